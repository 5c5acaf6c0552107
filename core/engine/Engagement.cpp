// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engagement.h"

#include "core/engine/CalendarPeriod.h"
#include "core/engine/LevelCache.h"
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
 * 2^−q (exact, built from the exponent bits) × 2^(−r/h) from two tables (steps of 4096 s
 * and 1 s; the fine one the products of 64-entry tables of steps of 64 s and 1 s, as
 * earlier versions computed it). Exact at r = 0; otherwise within a few ulps of std::pow.
 */
class Decay
{
public:
    explicit Decay(std::int64_t halfLife)
        : m_halfLife(halfLife),
          m_inverse(1.0 / double(halfLife)),
          m_high(std::size_t(halfLife >> 12) + 2),
          m_low(4096)
    {
        for (std::size_t i = 0; i < m_high.size(); ++i)
            m_high[i] = std::exp2(-double(std::int64_t(i) << 12) / double(halfLife));
        std::array<double, 64> mid, low;
        for (std::size_t j = 0; j < 64; ++j) {
            mid[j] = std::exp2(-double(j << 6) / double(halfLife));
            low[j] = std::exp2(-double(j) / double(halfLife));
        }
        for (std::size_t j = 0; j < 4096; ++j)
            m_low[j] = mid[j >> 6] * low[j & 63];
    }
    /** 2^(−i·4096/h), i ≤ h / 4096. */
    const double* high() const { return m_high.data(); }
    /** 2^(−j/h), j < 4096. */
    const double* low() const { return m_low.data(); }
    /** age = q·h + r with 0 ≤ r < h. */
    void split(std::int64_t age, std::int64_t& q, std::int64_t& r) const
    {
        q = std::int64_t(double(age) * m_inverse);
        r = age - q * m_halfLife;
        if (r < 0) {
            --q;
            r += m_halfLife;
        } else if (r >= m_halfLife) {
            ++q;
            r -= m_halfLife;
        }
    }
    /** 2^−q (0 past q = 1020). */
    static double power(std::int64_t q)
    {
        return q > 1020 ? 0.0 : std::bit_cast<double>(std::uint64_t(1023 - q) << 52);
    }

private:
    std::int64_t m_halfLife;
    double m_inverse;
    std::vector<double> m_high;
    std::vector<double> m_low;
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
    // thresholds do not decrease: the count of those reached is the level (no branches)
    return std::uint8_t(int(score >= thresholds[0]) + int(score >= thresholds[1]) + int(score >= thresholds[2]));
}

/**
 * Σ w(type) × 0.5^(age/h) over a person's activities up to asOf. Ages fall along the
 * person's activities (they ascend in time), so q·h stays put while r = age − q·h ≥ 0: the
 * float-to-integer split is redone only when a half-life boundary is crossed, and 2^−q
 * multiplies the sum of each run of equal q once. Each term is exact when its age is a
 * whole multiple of the half-life, and the power of two scales exactly, so such scores are
 * exact (the hand-computed tests hit thresholds exactly). The summation order is fixed per
 * person, so compute, changes and score agree to the bit for any thread count.
 */
double scoreOf(const StoreBlock& block, std::uint32_t slot, const std::array<double, 256>& w,
               const Decay& decay, std::int64_t asOf)
{
    const std::uint32_t* times = block.timeOffsets().data();
    const std::uint8_t* types = block.types().data();
    const std::int64_t a0 = asOf - block.timeBase();
    std::uint32_t i = block.begin(slot);
    const std::uint32_t end = block.end(slot);
    if (i == end || a0 < std::int64_t(times[i]))
        return 0;
    const double* high = decay.high();
    const double* low = decay.low();
    const double* weight = w.data();
    std::int64_t q, r;
    decay.split(a0 - times[i], q, r);
    std::int64_t whole = a0 - times[i] - r; // q·h: r = age − whole while age ≥ whole
    double power = Decay::power(q);
    // Sums per run of equal q, scaled by 2^−q (exactly) when q changes; two partial sums
    // each, so that the add latency does not bound the loop.
    double total = 0, s0 = 0, s1 = 0;
    auto term = [&](std::uint32_t k) {
        std::int64_t rk = a0 - std::int64_t(times[k]) - whole;
        if (rk < 0) [[unlikely]] {
            total += (s0 + s1) * power;
            s0 = s1 = 0;
            decay.split(a0 - times[k], q, rk);
            whole = a0 - std::int64_t(times[k]) - rk;
            power = Decay::power(q);
        }
        // no branch on zero weights: it mispredicts
        return weight[types[k]] * (high[rk >> 12] * low[rk & 4095]);
    };
    for (; i + 1 < end && std::int64_t(times[i + 1]) <= a0; i += 2) {
        const double x = term(i);
        s0 += x;
        const double y = term(i + 1);
        s1 += y;
    }
    if (i < end && std::int64_t(times[i]) <= a0)
        s0 += term(i);
    return total + (s0 + s1) * power;
}

} // namespace

struct LevelCache::State
{
    bool valid = false;
    EngagementQuery scoring; ///< the parameters the levels were scored with (people cleared)
    std::vector<std::uint64_t> versions; ///< per block: activityVersion() scored; 0 = none
    std::vector<std::uint8_t> levelByRow;
    std::size_t recomputed = 0;
};

LevelCache::LevelCache() : m_state(std::make_unique<State>()) {}
LevelCache::~LevelCache() = default;
LevelCache::LevelCache(LevelCache&&) noexcept = default;
LevelCache& LevelCache::operator=(LevelCache&&) noexcept = default;

void LevelCache::clear()
{
    *m_state = State{};
}

std::size_t LevelCache::lastRecomputedBlocks() const
{
    return m_state->recomputed;
}

std::size_t LevelCache::memoryBytes() const
{
    return sizeof(State) + m_state->versions.capacity() * 8 + m_state->levelByRow.capacity();
}

namespace {

/** Levels of the counted people of `block` (rows first…), written to levelByRow. */
void scoreBlock(const Store& store, std::size_t b, const std::array<double, 256>& w,
                const Decay& decay, const EngagementQuery& query, std::uint8_t* levelByRow)
{
    const StoreBlock& block = store.block(b);
    const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
    std::fill(levelByRow + first, levelByRow + first + block.personCount(), std::uint8_t(0));
    store.countedPeople().forEach(first, first + block.personCount(), [&](std::size_t row) {
        const double score = scoreOf(block, std::uint32_t(row) - first, w, decay, query.asOf);
        levelByRow[row] = levelOf(score, query.thresholds);
    });
}

EngagementResult computeLevels(const Store& store, const EngagementQuery& query,
                               const ParallelFor& parallel, LevelCache::State* cache)
{
    validate(query);
    const Decay decay(query.halfLife);
    const std::array<double, 256> w = weights(store, query);
    const PersonSet people = query.people.compile(store);
    EngagementResult result;
    result.levelByRow.assign(store.rowCount(), 0);
    if (cache) {
        EngagementQuery scoring = query;
        scoring.people = PersonFilter();
        if (!cache->valid || !(cache->scoring == scoring)) {
            *cache = LevelCache::State{};
            cache->valid = true;
            cache->scoring = std::move(scoring);
        }
        cache->versions.resize(store.blockCount(), 0);
        cache->levelByRow.resize(store.rowCount(), 0);
        cache->recomputed = 0;
    }
    std::vector<std::array<std::uint64_t, 4>> counts(parallel.threads());
    std::vector<std::uint8_t> scored(cache ? store.blockCount() : 0, 0);
    parallel.run(store.blockCount(), [&](std::size_t b, int worker) {
        const StoreBlock& block = store.block(b);
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        const std::uint32_t rows = block.personCount();
        if (cache) {
            if (cache->versions[b] != block.activityVersion()) {
                scoreBlock(store, b, w, decay, query, cache->levelByRow.data());
                cache->versions[b] = block.activityVersion();
                scored[b] = 1;
            }
            std::copy_n(cache->levelByRow.data() + first, rows, result.levelByRow.data() + first);
        } else {
            scoreBlock(store, b, w, decay, query, result.levelByRow.data());
        }
        auto& c = counts[std::size_t(worker)];
        people.forEach(first, first + rows, [&](std::size_t row) {
            if (store.isCounted(std::uint32_t(row)))
                ++c[result.levelByRow[row]];
        });
    });
    if (cache)
        cache->recomputed = std::size_t(std::count(scored.begin(), scored.end(), 1));
    for (const auto& c : counts)
        for (std::size_t l = 0; l < 4; ++l)
            result.levels[l] += c[l];
    result.provenance = Engagement::provenance(query, store.snapshotId());
    return result;
}

} // namespace

EngagementResult Engagement::compute(const Store& store, const EngagementQuery& query,
                                     const ParallelFor& parallel)
{
    return computeLevels(store, query, parallel, nullptr);
}

EngagementResult Engagement::compute(const Store& store, const EngagementQuery& query,
                                     const ParallelFor& parallel, LevelCache& cache)
{
    return computeLevels(store, query, parallel, cache.m_state.get());
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
