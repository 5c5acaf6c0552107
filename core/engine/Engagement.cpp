// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engagement.h"

#include "core/engine/CalendarPeriod.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace rapport::engine {

namespace {

/**
 * 0.5^(age / h) without a transcendental call per activity: age = q·h + r, so the factor is
 * 2^−q (exact, built from the exponent bits) × 2^(−r/h) from three small tables (steps of
 * 4096 s, 64 s and 1 s; besides the coarse one ~1 KiB, so they stay in L1).
 * Exact at r = 0; otherwise within a few ulps of std::pow.
 */
class Decay
{
public:
    explicit Decay(std::int64_t halfLife)
        : m_halfLife(halfLife),
          m_inverse(1.0 / double(halfLife)),
          m_high(std::size_t(halfLife >> 12) + 2),
          m_mid(64),
          m_low(64)
    {
        for (std::size_t i = 0; i < m_high.size(); ++i)
            m_high[i] = std::exp2(-double(std::int64_t(i) << 12) / double(halfLife));
        for (std::size_t j = 0; j < 64; ++j) {
            m_mid[j] = std::exp2(-double(j << 6) / double(halfLife));
            m_low[j] = std::exp2(-double(j) / double(halfLife));
        }
    }
    double operator()(std::int64_t age) const
    {
        std::int64_t q = std::int64_t(double(age) * m_inverse);
        std::int64_t r = age - q * m_halfLife;
        if (r < 0) {
            --q;
            r += m_halfLife;
        } else if (r >= m_halfLife) {
            ++q;
            r -= m_halfLife;
        }
        if (q > 1020)
            return 0;
        const double power = std::bit_cast<double>(std::uint64_t(1023 - q) << 52);
        return m_high[std::size_t(r >> 12)] * (m_mid[std::size_t((r >> 6) & 63)] * m_low[std::size_t(r & 63)]) * power;
    }

private:
    std::int64_t m_halfLife;
    double m_inverse;
    std::vector<double> m_high; ///< 2^(−i·4096/h)
    std::vector<double> m_mid;  ///< 2^(−j·64/h), j < 64
    std::vector<double> m_low;  ///< 2^(−k/h), k < 64
};

void validate(const EngagementQuery& query)
{
    if (query.halfLife < 1)
        throw std::invalid_argument("the engagement half-life must be at least one second");
    if (!(query.thresholds[0] <= query.thresholds[1] && query.thresholds[1] <= query.thresholds[2]))
        throw std::invalid_argument("engagement thresholds must not decrease");
}

/** Weight by type code. */
std::array<double, 256> weights(const Store& store, const EngagementQuery& query)
{
    std::array<double, 256> w{};
    for (std::uint32_t code = 0; code < store.types().size(); ++code) {
        const auto it = query.weights.find(store.types().name(store.types().key(code)));
        w[code] = it != query.weights.end() ? it->second : query.otherWeight;
    }
    return w;
}

std::uint8_t levelOf(double score, const std::array<double, 3>& thresholds)
{
    std::uint8_t level = 0;
    while (level < 3 && score >= thresholds[level])
        ++level;
    return level;
}

double scoreOf(const StoreBlock& block, std::uint32_t slot, const std::array<double, 256>& w,
               const Decay& decay, std::int64_t asOf)
{
    const auto types = block.types();
    const auto times = block.timeOffsets();
    const std::int64_t base = block.timeBase();
    double score = 0;
    for (std::uint32_t i = block.begin(slot), end = block.end(slot); i < end; ++i) {
        const std::int64_t age = asOf - (base + times[i]);
        if (age < 0)
            break;
        score += w[types[i]] * decay(age); // no branch on zero weights: it mispredicts
    }
    return score;
}

} // namespace

EngagementResult Engagement::compute(const Store& store, const EngagementQuery& query,
                                     const ParallelFor& parallel)
{
    validate(query);
    const Decay decay(query.halfLife);
    const std::array<double, 256> w = weights(store, query);
    const PersonSet people = query.people.compile(store);
    EngagementResult result;
    result.levelByRow.assign(store.rowCount(), 0);
    std::vector<std::array<std::uint64_t, 4>> counts(parallel.threads());
    parallel.run(store.blockCount(), [&](std::size_t b, int worker) {
        const StoreBlock& block = store.block(b);
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        store.countedPeople().forEach(first, first + block.personCount(), [&](std::size_t row) {
            const double score = scoreOf(block, std::uint32_t(row) - first, w, decay, query.asOf);
            const std::uint8_t level = levelOf(score, query.thresholds);
            result.levelByRow[row] = level;
            if (people.contains(row))
                ++counts[std::size_t(worker)][level];
        });
    });
    for (const auto& c : counts)
        for (std::size_t l = 0; l < 4; ++l)
            result.levels[l] += c[l];
    result.provenance = provenance(query, store.snapshotId());
    return result;
}

LevelChanges Engagement::changes(const Store& store, const EngagementQuery& query, std::int64_t from,
                                 std::int64_t to, const ParallelFor& parallel)
{
    validate(query);
    const Decay decay(query.halfLife);
    const std::array<double, 256> w = weights(store, query);
    const PersonSet people = query.people.compile(store);
    using Matrix = std::array<std::array<std::uint64_t, 4>, 4>;
    std::vector<Matrix> counts(parallel.threads(), Matrix{});
    std::vector<std::vector<std::int64_t>> promoted(store.blockCount());
    parallel.run(store.blockCount(), [&](std::size_t b, int worker) {
        const StoreBlock& block = store.block(b);
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        people.forEach(first, first + block.personCount(), [&](std::size_t row) {
            const std::uint32_t slot = std::uint32_t(row) - first;
            const std::uint8_t before = levelOf(scoreOf(block, slot, w, decay, from), query.thresholds);
            const std::uint8_t after = levelOf(scoreOf(block, slot, w, decay, to), query.thresholds);
            ++counts[std::size_t(worker)][before][after];
            if (after > before)
                promoted[b].push_back(store.key(std::uint32_t(row)));
        });
    });
    LevelChanges result;
    for (const Matrix& m : counts)
        for (std::size_t i = 0; i < 4; ++i)
            for (std::size_t j = 0; j < 4; ++j) {
                result.transitions[i][j] += m[i][j];
                if (j > i)
                    result.promoted += m[i][j];
                else if (j < i)
                    result.demoted += m[i][j];
            }
    for (const auto& keys : promoted)
        result.promotedKeys.insert(result.promotedKeys.end(), keys.begin(), keys.end());
    std::sort(result.promotedKeys.begin(), result.promotedKeys.end());
    EngagementQuery described = query;
    described.asOf = from;
    result.provenance = provenance(described, store.snapshotId());
    result.provenance.definition += " Level changes: level as of the first time against "
                                    "level as of the second time, per person.";
    result.provenance.parameters.emplace_back("changes until", CalendarPeriod::isoTime(to));
    return result;
}

double Engagement::score(const Store& store, const EngagementQuery& query, std::uint32_t row)
{
    validate(query);
    const Decay decay(query.halfLife);
    return scoreOf(store.block(row / Store::kBlockSize), row % Store::kBlockSize,
                   weights(store, query), decay, query.asOf);
}

Provenance Engagement::provenance(const EngagementQuery& query, std::uint64_t snapshotId)
{
    Provenance p;
    p.definition = "Engagement score = Σ weight(type) × 0.5^((as of − t) / half-life) over the "
                   "person's activities up to the as-of time; level = the highest of "
                   "Participant, Contributor, Advocate whose threshold the score reaches "
                   "(score ≥ threshold), else Observer.";
    std::ostringstream weights;
    for (const auto& [name, weight] : query.weights)
        weights << (weights.tellp() > 0 ? ", " : "") << name << " " << weight;
    weights << (weights.tellp() > 0 ? ", " : "") << "other " << query.otherWeight;
    std::ostringstream thresholds;
    thresholds << "Participant ≥ " << query.thresholds[0] << ", Contributor ≥ "
               << query.thresholds[1] << ", Advocate ≥ " << query.thresholds[2];
    p.parameters = {{"weights", weights.str()},
                    {"half-life", std::to_string(query.halfLife) + " s"},
                    {"thresholds", thresholds.str()},
                    {"as of", CalendarPeriod::isoTime(query.asOf)}};
    p.filters = query.people.describe();
    p.snapshotId = snapshotId;
    return p;
}

} // namespace rapport::engine
