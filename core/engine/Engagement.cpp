// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engagement.h"

#include "core/engine/CalendarPeriod.h"
#include "core/engine/DecayKernel.h"
#include "core/engine/LevelCache.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace rapport::engine {

namespace {

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

/** Σ w(type) × 0.5^(age/h) over a person's activities up to asOf (DecayKernel; the same
 *  bits however the person is reached: alone, or within a block run). */
double scoreOf(const StoreBlock& block, std::uint32_t slot, const DecayKernel& kernel,
               std::int64_t asOf, std::vector<double>& buffer)
{
    const std::uint32_t first = block.begin(slot);
    const std::uint32_t n = block.end(slot) - first;
    if (n == 0)
        return 0;
    if (buffer.size() < n)
        buffer.resize(n);
    kernel.decay(block.timeOffsets().data() + first, block.types().data() + first, n,
                 asOf - block.timeBase(), buffer.data());
    return kernel.sum(buffer.data(), n);
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

/**
 * Levels of the counted people of block b, written to levelByRow. The terms of a run of
 * consecutive people (up to kRun activities, or one person with more) are computed in one
 * kernel call into a buffer that stays in the first-level cache, then summed per person.
 */
void scoreBlock(const Store& store, std::size_t b, const DecayKernel& kernel,
                const EngagementQuery& query, std::uint8_t* levelByRow)
{
    constexpr std::uint32_t kRun = 4096;
    const StoreBlock& block = store.block(b);
    const auto firstRow = static_cast<std::uint32_t>(b * Store::kBlockSize);
    const std::uint32_t people = block.personCount();
    const std::int64_t a0 = query.asOf - block.timeBase();
    std::vector<double> terms(kRun);
    for (std::uint32_t slot = 0; slot < people;) {
        const std::uint32_t first = block.begin(slot);
        std::uint32_t last = slot + 1;
        while (last < people && block.end(last) - first <= kRun)
            ++last;
        const std::uint32_t n = block.end(last - 1) - first;
        if (terms.size() < n)
            terms.resize(n);
        kernel.decay(block.timeOffsets().data() + first, block.types().data() + first, n, a0,
                     terms.data());
        for (; slot < last; ++slot) {
            const std::uint32_t row = firstRow + slot;
            levelByRow[row] =
                store.isCounted(row)
                    ? levelOf(kernel.sum(terms.data() + (block.begin(slot) - first),
                                         block.end(slot) - block.begin(slot)),
                              query.thresholds)
                    : std::uint8_t(0);
        }
    }
}

EngagementResult computeLevels(const Store& store, const EngagementQuery& query,
                               const ParallelFor& parallel, LevelCache::State* cache)
{
    validate(query);
    const DecayKernel kernel(query.halfLife, weights(store, query), store.types().size());
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
                scoreBlock(store, b, kernel, query, cache->levelByRow.data());
                cache->versions[b] = block.activityVersion();
                scored[b] = 1;
            }
            std::copy_n(cache->levelByRow.data() + first, rows, result.levelByRow.data() + first);
        } else {
            scoreBlock(store, b, kernel, query, result.levelByRow.data());
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
    const DecayKernel kernel(query.halfLife, weights(store, query), store.types().size());
    const PersonSet people = query.people.compile(store);
    using Matrix = std::array<std::array<std::uint64_t, 4>, 4>;
    std::vector<Matrix> counts(parallel.threads(), Matrix{});
    std::vector<std::vector<std::int64_t>> promoted(store.blockCount());
    parallel.run(store.blockCount(), [&](std::size_t b, int worker) {
        const StoreBlock& block = store.block(b);
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        std::vector<double> buffer;
        people.forEach(first, first + block.personCount(), [&](std::size_t row) {
            const std::uint32_t slot = std::uint32_t(row) - first;
            const std::uint8_t before =
                levelOf(scoreOf(block, slot, kernel, from, buffer), query.thresholds);
            const std::uint8_t after =
                levelOf(scoreOf(block, slot, kernel, to, buffer), query.thresholds);
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

LevelChanges Engagement::changes(const Store& store, const PersonSet& people,
                                 std::span<const std::uint8_t> before,
                                 std::span<const std::uint8_t> after)
{
    if (before.size() < store.rowCount() || after.size() < store.rowCount())
        throw std::invalid_argument("level changes need a level for every row of the store");
    LevelChanges result;
    people.forEach(0, store.rowCount(), [&](std::size_t row) {
        if (!store.isCounted(std::uint32_t(row)))
            return;
        const std::uint8_t from = std::min<std::uint8_t>(before[row], 3);
        const std::uint8_t to = std::min<std::uint8_t>(after[row], 3);
        ++result.transitions[from][to];
        if (to > from) {
            ++result.promoted;
            result.promotedKeys.push_back(store.key(std::uint32_t(row)));
        } else if (to < from) {
            ++result.demoted;
        }
    });
    std::sort(result.promotedKeys.begin(), result.promotedKeys.end());
    return result;
}

double Engagement::score(const Store& store, const EngagementQuery& query, std::uint32_t row)
{
    validate(query);
    const DecayKernel kernel(query.halfLife, weights(store, query), store.types().size());
    std::vector<double> buffer;
    return scoreOf(store.block(row / Store::kBlockSize), row % Store::kBlockSize, kernel,
                   query.asOf, buffer);
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
