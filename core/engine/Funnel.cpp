// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Funnel.h"

#include "core/engine/FunnelBlock.h"
#include "core/engine/FunnelCache.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace rapport::engine {

namespace {

/** A list of time ranges (one per block) whose union is one multiset of times to convert. */
struct Ranges
{
    std::vector<std::pair<const std::int64_t*, const std::int64_t*>> parts;
    std::size_t size = 0;
    void add(const std::int64_t* a, const std::int64_t* b)
    {
        if (a != b) {
            parts.emplace_back(a, b);
            size += b - a;
        }
    }
};

/** Element `rank` of the sorted union, for two ranks at once (lower median and p90). */
std::array<std::int64_t, 2> selectRanks(const Ranges& r, std::array<std::size_t, 2> ranks,
                                        std::int64_t window, std::vector<std::int64_t>& scratch)
{
    auto direct = [&](std::vector<std::int64_t>& v, std::array<std::size_t, 2> at) {
        std::nth_element(v.begin(), v.begin() + at[0], v.end());
        const std::int64_t a = v[at[0]];
        if (at[1] > at[0])
            std::nth_element(v.begin() + at[0] + 1, v.begin() + at[1], v.end());
        return std::array<std::int64_t, 2>{a, v[at[1]]};
    };
    constexpr std::size_t kSmall = 1 << 15;
    if (r.size <= kSmall || window <= 0) {
        scratch.clear();
        for (const auto& [a, b] : r.parts)
            scratch.insert(scratch.end(), a, b);
        return direct(scratch, ranks);
    }
    // Radix select: a histogram of the high bits, then only the elements of the rank's bucket.
    constexpr int kBits = 12;
    const int width = std::bit_width(static_cast<std::uint64_t>(window));
    const int shift = std::max(0, width - kBits);
    const std::size_t buckets = (static_cast<std::uint64_t>(window) >> shift) + 1;
    std::vector<std::uint32_t> histogram(buckets, 0);
    auto bucketOf = [&](std::int64_t v) {
        return std::min<std::uint64_t>(static_cast<std::uint64_t>(std::max<std::int64_t>(v, 0)) >> shift,
                                       buckets - 1);
    };
    bool negative = false;
    for (const auto& [a, b] : r.parts)
        for (const std::int64_t* p = a; p != b; ++p) {
            negative |= *p < 0;
            ++histogram[bucketOf(*p)];
        }
    if (negative) { // cannot happen (times to convert lie in [0, window]); stay exact anyway
        scratch.clear();
        for (const auto& [a, b] : r.parts)
            scratch.insert(scratch.end(), a, b);
        return direct(scratch, ranks);
    }
    std::array<std::int64_t, 2> result{};
    std::array<std::uint64_t, 2> bucket{};
    std::array<std::size_t, 2> within{};
    for (int q = 0; q < 2; ++q) {
        std::size_t below = 0, x = 0;
        while (below + histogram[x] <= ranks[q])
            below += histogram[x++];
        bucket[q] = x;
        within[q] = ranks[q] - below;
    }
    for (int q = 0; q < 2; ++q) {
        if (q == 1 && bucket[1] == bucket[0]) {
            std::nth_element(scratch.begin(), scratch.begin() + within[1], scratch.end());
            result[1] = scratch[within[1]];
            break;
        }
        scratch.clear();
        for (const auto& [a, b] : r.parts)
            for (const std::int64_t* p = a; p != b; ++p)
                if (bucketOf(*p) == bucket[q])
                    scratch.push_back(*p);
        std::nth_element(scratch.begin(), scratch.begin() + within[q], scratch.end());
        result[q] = scratch[within[q]];
    }
    return result;
}

/** A median/p90 still to select: over `ranges`, into `step`. */
struct Selection
{
    const Ranges* ranges;
    FunnelStep* step;
};

/** FunnelSteps from counts per step (rates; step 1's times are 0); the times of steps 2..k
 *  are left to `selections`, run in parallel once every step exists. */
std::vector<FunnelStep> countSteps(const std::vector<std::uint64_t>& counts)
{
    std::vector<FunnelStep> steps(counts.size());
    for (std::size_t s = 0; s < steps.size(); ++s) {
        FunnelStep& step = steps[s];
        step.persons = counts[s];
        const std::uint64_t first = counts[0];
        const std::uint64_t previous = s == 0 ? counts[0] : counts[s - 1];
        step.overallRate = first ? double(step.persons) / double(first) : 0.0;
        step.stepRate = previous ? double(step.persons) / double(previous) : 0.0;
        if (s == 0 && counts[0] > 0) { // the start's own time: 0 for everyone
            step.medianSeconds = 0;
            step.p90Seconds = 0;
        }
    }
    return steps;
}

void addSelections(std::vector<FunnelStep>& steps, const std::vector<Ranges>& times,
                   std::vector<Selection>& selections)
{
    for (std::size_t s = 1; s < steps.size(); ++s)
        if (steps[s].persons > 0)
            selections.push_back({&times[s - 1], &steps[s]});
}
} // namespace

struct FunnelCache::State
{
    bool valid = false;
    FunnelQuery query;
    std::vector<FunnelBlock> blocks;
    std::size_t recomputed = 0;
};

FunnelCache::FunnelCache()
    : m_state(std::make_unique<State>())
{
}
FunnelCache::~FunnelCache() = default;
FunnelCache::FunnelCache(FunnelCache&&) noexcept = default;
FunnelCache& FunnelCache::operator=(FunnelCache&&) noexcept = default;

void FunnelCache::clear()
{
    m_state = std::make_unique<State>();
}

std::size_t FunnelCache::lastRecomputedBlocks() const
{
    return m_state ? m_state->recomputed : 0;
}

std::size_t FunnelCache::memoryBytes() const
{
    std::size_t bytes = sizeof(*this) + (m_state ? sizeof(State) : 0);
    if (m_state)
        for (const FunnelBlock& b : m_state->blocks)
            bytes += b.memoryBytes();
    return bytes;
}

namespace {

FunnelResult computeWith(const Store& store, const FunnelQuery& query, const ParallelFor& parallel,
                         const PersonSet* people, std::vector<std::uint8_t>* depthByRow,
                         FunnelCache::State& cache, std::vector<std::uint32_t>* groupByRow = nullptr)
{
    FunnelPlan c = FunnelPlan::compile(store, query);
    const PersonSet compiledPeople = people ? PersonSet() : query.people.compile(store);
    c.who = people ? people : &compiledPeople;
    const int k = c.k;

    if (!cache.valid || !(cache.query == query)) {
        cache.blocks.clear();
        cache.query = query;
        cache.valid = true;
    }
    cache.blocks.resize(store.blockCount());
    if (depthByRow)
        depthByRow->assign(store.rowCount(), 0);
    if (groupByRow)
        groupByRow->assign(store.rowCount(), kNoFunnelGroup);

    // Blocks whose partial is missing or stale.
    std::vector<std::uint32_t> todo;
    const auto words = c.who->words();
    for (std::size_t b = 0; b < store.blockCount(); ++b) {
        const FunnelBlock& p = cache.blocks[b];
        const std::size_t w0 = std::min(words.size(), b * Store::kBlockSize / 64);
        const std::size_t w1 = std::min<std::size_t>(
            words.size(), (b * Store::kBlockSize + store.block(b).personCount() + 63) / 64);
        const bool same = !depthByRow && !groupByRow && p.version == store.block(b).version()
                          && p.people.size() == w1 - w0
                          && std::equal(p.people.begin(), p.people.end(), words.begin() + w0);
        if (!same)
            todo.push_back(static_cast<std::uint32_t>(b));
    }
    cache.recomputed = todo.size();
    if (!todo.empty()) {
        std::vector<std::unique_ptr<FunnelBlockScratch>> scratch(parallel.threads());
        parallel.run(todo.size(), [&](std::size_t t, int worker) {
            if (!scratch[worker])
                scratch[worker] = std::make_unique<FunnelBlockScratch>(c);
            scanFunnelBlock(c, todo[t], *scratch[worker], cache.blocks[todo[t]], depthByRow,
                            groupByRow);
        });
    }

    // Merge: counts add up; times are selected over the union of the blocks' lists, one
    // selection (a step of the total or of a group) per task.
    std::vector<std::uint64_t> counts(k, 0);
    std::vector<Ranges> times(k - 1);
    for (const FunnelBlock& p : cache.blocks) {
        const std::size_t groups = p.groups.size();
        for (std::size_t g = 0; g < groups; ++g)
            for (int s = 0; s < k; ++s)
                counts[s] += p.counts[g * k + s];
        for (int s = 1; s < k; ++s)
            times[s - 1].add(p.times.data() + p.timeBegin[(s - 1) * groups],
                             p.times.data() + p.timeBegin[s * groups]);
    }
    FunnelResult result;
    result.steps = countSteps(counts);
    std::vector<std::vector<Ranges>> groupTimes; // per listed group

    if (query.breakdown.kind != FunnelBreakdown::Kind::None) {
        // Per group code, the chain of (block, group index) holding it.
        struct Ref
        {
            std::uint32_t block, index, next;
        };
        std::vector<std::uint32_t> head(c.groupCount, kNoFunnelGroup), tail(c.groupCount, kNoFunnelGroup);
        std::vector<Ref> refs;
        for (std::uint32_t b = 0; b < cache.blocks.size(); ++b) {
            const FunnelBlock& p = cache.blocks[b];
            for (std::uint32_t g = 0; g < p.groups.size(); ++g) {
                const std::uint32_t code = p.groups[g];
                const auto r = static_cast<std::uint32_t>(refs.size());
                refs.push_back({b, g, kNoFunnelGroup});
                if (head[code] == kNoFunnelGroup)
                    head[code] = r;
                else
                    refs[tail[code]].next = r;
                tail[code] = r;
            }
        }
        for (std::uint32_t code = 0; code < c.groupCount; ++code) {
            if (head[code] == kNoFunnelGroup)
                continue;
            std::fill(counts.begin(), counts.end(), 0);
            std::vector<Ranges> ranges(k - 1);
            for (std::uint32_t r = head[code]; r != kNoFunnelGroup; r = refs[r].next) {
                const FunnelBlock& p = cache.blocks[refs[r].block];
                const std::size_t groups = p.groups.size(), g = refs[r].index;
                for (int s = 0; s < k; ++s)
                    counts[s] += p.counts[g * k + s];
                for (int s = 1; s < k; ++s)
                    ranges[s - 1].add(p.times.data() + p.timeBegin[(s - 1) * groups + g],
                                      p.times.data() + p.timeBegin[(s - 1) * groups + g + 1]);
            }
            if (counts[0] == 0)
                continue;
            FunnelGroup group;
            if (c.attribute) {
                group.label = store.attributeValues(*c.attribute).text(code);
            } else {
                group.key = store.campaigns().key(code);
                group.label = group.key == 0 ? std::string() : store.campaigns().name(group.key);
            }
            group.steps = countSteps(counts);
            result.groups.push_back(std::move(group));
            groupTimes.push_back(std::move(ranges));
        }
    }
    std::vector<Selection> selections;
    addSelections(result.steps, times, selections);
    for (std::size_t g = 0; g < result.groups.size(); ++g)
        addSelections(result.groups[g].steps, groupTimes[g], selections);
    // Largest first, so the big ones do not end up last on one thread.
    std::stable_sort(selections.begin(), selections.end(), [](const Selection& a, const Selection& b) {
        return a.ranges->size > b.ranges->size;
    });
    std::vector<std::vector<std::int64_t>> selectScratch(parallel.threads());
    parallel.run(selections.size(), [&](std::size_t i, int worker) {
        const Selection& sel = selections[i];
        const std::size_t n = sel.step->persons;
        const auto q = selectRanks(*sel.ranges, {(n - 1) / 2, (9 * n + 9) / 10 - 1}, query.window,
                                   selectScratch[worker]);
        sel.step->medianSeconds = q[0];
        sel.step->p90Seconds = q[1];
    });
    std::sort(result.groups.begin(), result.groups.end(),
              [byLabel = c.attribute.has_value()](const FunnelGroup& a, const FunnelGroup& b) {
                  return byLabel ? a.label < b.label : a.key < b.key;
              });
    result.provenance = Funnel::provenance(query, &store, store.snapshotId());
    return result;
}

} // namespace

FunnelResult Funnel::compute(const Store& store, const FunnelQuery& query,
                             const ParallelFor& parallel)
{
    return compute(store, query, parallel, nullptr, nullptr);
}

FunnelResult Funnel::compute(const Store& store, const FunnelQuery& query,
                             const ParallelFor& parallel, const PersonSet* people,
                             std::vector<std::uint8_t>* depthByRow)
{
    FunnelCache::State once;
    return computeWith(store, query, parallel, people, depthByRow, once);
}

FunnelResult Funnel::compute(const Store& store, const FunnelQuery& query,
                             const ParallelFor& parallel, FunnelCache& cache)
{
    if (!cache.m_state)
        cache.m_state = std::make_unique<FunnelCache::State>();
    return computeWith(store, query, parallel, nullptr, nullptr, *cache.m_state);
}

PersonSet Funnel::reached(const Store& store, const FunnelQuery& query, const ParallelFor& parallel,
                          int step, const FunnelGroup* group, const PersonSet* people)
{
    if (step < 1 || step > static_cast<int>(query.steps.size()))
        throw std::invalid_argument("no such funnel step: " + std::to_string(step));
    if (group && query.breakdown.kind == FunnelBreakdown::Kind::None)
        throw std::invalid_argument("a funnel group needs a breakdown");
    std::vector<std::uint8_t> depth;
    std::vector<std::uint32_t> groupOf;
    FunnelCache::State once;
    computeWith(store, query, parallel, people, &depth, once, group ? &groupOf : nullptr);
    // The group's code: attribute groups by label, campaign groups by key.
    std::uint32_t code = kNoFunnelGroup;
    if (group && query.breakdown.kind == FunnelBreakdown::Kind::Attribute) {
        const Dictionary& values = store.attributeValues(*store.findAttribute(query.breakdown.attribute));
        if (const auto found = values.find(group->label))
            code = *found;
    } else if (group) {
        if (const auto found = store.campaigns().find(group->key))
            code = *found;
    }
    PersonSet result(store.rowCount());
    for (std::size_t row = 0; row < depth.size(); ++row)
        if (depth[row] >= step && (!group || groupOf[row] == code))
            result.insert(row);
    return result;
}

Provenance Funnel::provenance(const FunnelQuery& query, const Store* store,
                              std::uint64_t snapshotId)
{
    Provenance p;
    switch (query.mode) {
    case FunnelMode::Ordered:
        p.definition = "A person reaches step k when k distinct activities a1..ak match steps "
                       "1..k with t1 ≤ … ≤ tk and tk − t1 ≤ window; the date range bounds the "
                       "start. Each person counts once, with its deepest attempt (ties: "
                       "earliest start).";
        break;
    case FunnelMode::Strict:
        p.definition = "Ordered funnel in which no other activity of the person lies strictly "
                       "between consecutive matched steps; tk − t1 ≤ window; the date range "
                       "bounds the start. Deepest attempt per person (ties: earliest start).";
        break;
    case FunnelMode::Unordered:
        p.definition = "A person reaches step k when k distinct activities match steps 1..k in "
                       "any order, all within the window after the earliest of them (the "
                       "start, bounded by the date range). Deepest attempt per person.";
        break;
    }
    std::string steps;
    for (std::size_t s = 0; s < query.steps.size(); ++s)
        steps += (s ? "; " : "") + std::to_string(s + 1) + ". " + query.steps[s].describe(store);
    p.parameters = {
        {"steps", steps},
        {"window", std::to_string(query.window) + " s"},
        {"mode", query.mode == FunnelMode::Ordered  ? "ordered"
                 : query.mode == FunnelMode::Strict ? "strict"
                                                    : "unordered"},
        {"date range", query.dateRange.describe()},
        {"breakdown", query.breakdown.kind == FunnelBreakdown::Kind::None ? std::string("none")
                      : query.breakdown.kind == FunnelBreakdown::Kind::Campaign
                          ? std::string("campaign of the first step")
                          : "attribute " + query.breakdown.attribute},
        {"median", "lower median; p90 nearest rank"},
    };
    p.filters = query.people.describe();
    p.snapshotId = snapshotId;
    return p;
}

} // namespace rapport::engine
