// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Funnel.h"

#include "core/engine/FunnelCache.h"
#include "core/engine/FunnelMatcher.h"
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

constexpr std::uint32_t kNoGroup = std::numeric_limits<std::uint32_t>::max();
/** People with more activities than this go to FunnelMatcher (next-match tables). */
constexpr std::uint32_t kFastPathMaxActivities = 512;

std::int64_t saturatingAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t r;
    return __builtin_add_overflow(a, b, &r) ? std::numeric_limits<std::int64_t>::max() : r;
}

/** A funnel step compiled against the store's dictionaries. */
struct CompiledStep
{
    bool conditions = false; // anything beyond the type
    std::vector<char> campaigns, channels, contents; // allowed codes (empty = any)
    std::optional<double> minValue, maxValue;
};

std::vector<char> allowedCodes(const std::vector<std::int64_t>& keys, const KeyDictionary& dict)
{
    if (keys.empty())
        return {};
    std::vector<char> allowed(dict.size(), 0);
    for (std::int64_t key : keys)
        if (auto code = dict.find(key))
            allowed[*code] = 1;
    return allowed;
}

/**
 * One block's share of the result. Groups are the breakdown codes present in the block
 * (ungrouped: the single group 0); times to convert for steps 2..k, step-major, each step's
 * list contiguous per group (step 1's time is always 0 and is not stored).
 */
struct BlockPartial
{
    std::uint64_t version = 0; ///< StoreBlock::version() it was computed for; 0 = none
    std::vector<std::uint64_t> people; ///< the block's words of the person set
    std::vector<std::uint32_t> groups;
    std::vector<std::uint32_t> counts; ///< groups × k: persons reaching step s
    std::vector<std::int64_t> times;
    std::vector<std::uint32_t> timeBegin; ///< (k−1) × groups + 1 offsets into times

    std::size_t memoryBytes() const
    {
        return sizeof(*this) + people.capacity() * 8 + groups.capacity() * 4
               + counts.capacity() * 4 + times.capacity() * 8 + timeBegin.capacity() * 4;
    }
};

/** What every block task needs: the query compiled against the store. */
struct Compiled
{
    const Store* store = nullptr;
    int k = 0;
    FunnelMode mode = FunnelMode::Ordered;
    std::int64_t window = 0;
    DateRange dateRange;
    std::array<std::uint32_t, 256> typeMask{};
    std::vector<CompiledStep> steps;
    std::uint32_t conditionSteps = 0;
    bool typesServeSeveralSteps = false; ///< some type code matches two steps
    std::uint32_t startTypeBits = 0;     ///< StoreBlock::typeBit of every type that can start
    /** Ordered funnels of all time, by no campaign, type codes ≤ 32 (type bits exact), step 1
     *  a type only: people without a step-2 type reach step 1 and no further. */
    bool depthOneShortcut = false;
    std::uint32_t secondTypeBits = 0;
    std::uint32_t startMask = 1;
    const PersonSet* who = nullptr;
    std::optional<int> attribute;
    bool campaignGroups = false;
    std::size_t groupCount = 1; ///< breakdown dictionary size (1 when ungrouped)

    /** Step mask of activity i of the block (bit s = matches step s). */
    std::uint32_t mask(const StoreBlock& block, std::uint32_t i) const
    {
        std::uint32_t mask = typeMask[block.types()[i]];
        if (!(mask & conditionSteps))
            return mask;
        for (std::uint32_t bits = mask & conditionSteps; bits; bits &= bits - 1) {
            const int s = std::countr_zero(bits);
            const CompiledStep& c = steps[s];
            const double v = c.minValue || c.maxValue ? block.value(i) : 0.0;
            const bool ok = (c.campaigns.empty() || c.campaigns[block.campaigns()[i]])
                            && (c.channels.empty() || c.channels[block.channels()[i]])
                            && (c.contents.empty() || c.contents[block.contents()[i]])
                            && (!c.minValue || v >= *c.minValue)
                            && (!c.maxValue || v <= *c.maxValue);
            if (!ok)
                mask &= ~(1u << s);
        }
        return mask;
    }
};

/** Per-worker buffers, reused from block to block. */
struct Scratch
{
    explicit Scratch(const Compiled& c)
        : matcher(c.mode, c.k, c.window, c.dateRange)
    {
    }
    FunnelMatcher matcher;
    std::vector<std::int64_t> times;
    std::vector<std::uint32_t> masks;
    std::vector<std::uint32_t> index;
    // outcomes of the block being computed
    std::vector<std::uint32_t> outGroup;
    std::vector<std::uint8_t> outDepth;
    std::vector<std::int64_t> outConvert; ///< k per outcome
    std::vector<std::uint32_t> groupSlot;  ///< group code → index in the block's groups
    // ungrouped outcomes of the block being computed: counts and times per step
    std::array<std::uint32_t, FunnelQuery::kMaxSteps> stepCounts{};
    std::array<std::vector<std::int64_t>, FunnelQuery::kMaxSteps> stepTimes;
    // orderedFast's listing of one person (kFastPathMaxActivities + 1 entries)
    std::vector<std::uint32_t> listTime = std::vector<std::uint32_t>(kFastPathMaxActivities + 1);
    std::vector<std::uint8_t> listStep = std::vector<std::uint8_t>(kFastPathMaxActivities + 1);
    std::vector<std::uint32_t> listIndex = std::vector<std::uint32_t>(kFastPathMaxActivities + 1);
};

/**
 * The ordered funnel of one person whose activities each match at most one step.
 * The step-matching activities are listed as (time, step), ties ordered by step (equal
 * times may serve consecutive steps in either order, and an activity serves one step only,
 * so this order loses nothing); then from each start one forward walk places every step on
 * the earliest activity that can take it. Placing each step as early as possible is optimal
 * (any valid assignment can be moved earlier step by step), so the walk gives the deepest
 * step and the earliest t_j of each start — what FunnelMatcher::ordered() gives when no
 * activity can serve two steps. The first start reaching the deepest step wins (ties among
 * equal starts keep canonical order: the listing is stable).
 */
template<bool Conditions, bool NeedStart>
int orderedFast(const Compiled& c, const StoreBlock& block, std::uint32_t begin, std::uint32_t end,
                std::int64_t fromOff, std::int64_t toOff, Scratch& buf, std::int64_t* bestConvert,
                std::uint32_t& bestStart, bool& fallback)
{
    const std::uint32_t* time = block.timeOffsets().data();
    const std::uint8_t* type = block.types().data();
    std::uint32_t* at = buf.listTime.data();
    std::uint8_t* step = buf.listStep.data();
    std::uint32_t* index = buf.listIndex.data();
    // Nothing before the first possible start (or tied with it) can serve a step: skip it.
    std::uint32_t first = begin;
    while (first < end && !((Conditions ? c.mask(block, first) : c.typeMask[type[first]]) & 1u))
        ++first;
    if (first == end)
        return 0;
    while (first > begin && time[first - 1] == time[first])
        --first;
    std::uint32_t n = 0, present = 0, multi = 0;
    for (std::uint32_t i = first; i < end; ++i) { // branch-free listing
        const std::uint32_t m = Conditions ? c.mask(block, i) : c.typeMask[type[i]];
        at[n] = time[i];
        step[n] = static_cast<std::uint8_t>(std::countr_zero(m | (1u << 31)));
        if constexpr (NeedStart)
            index[n] = i;
        n += m != 0;
        present |= m;
        if (Conditions || c.typesServeSeveralSteps)
            multi |= m & (m - 1);
    }
    if (!(present & 1u))
        return 0;
    if (multi) {
        fallback = true;
        return 0;
    }
    bool ties = false;
    for (std::uint32_t x = 1; x < n; ++x)
        ties |= at[x] == at[x - 1];
    if (ties) // insertion sort by (time, step), stable
        for (std::uint32_t x = 1; x < n; ++x)
            for (std::uint32_t y = x; y > 0 && at[y - 1] == at[y] && step[y - 1] > step[y]; --y) {
                std::swap(step[y - 1], step[y]);
                if constexpr (NeedStart)
                    std::swap(index[y - 1], index[y]);
            }
    const int maxDepth = std::min(c.k, std::countr_one(present));
    int best = 0;
    std::int64_t convert[FunnelQuery::kMaxSteps]; // written before read, up to depth
    for (std::uint32_t p = 0; p < n; ++p) {
        if (step[p] != 0)
            continue;
        const std::int64_t t1 = at[p];
        if (t1 < fromOff)
            continue;
        if (t1 >= toOff)
            break;
        const std::int64_t limit = saturatingAdd(t1, c.window);
        int depth = 1;
        for (std::uint32_t e = p + 1; e < n && depth < maxDepth && std::int64_t(at[e]) <= limit; ++e) {
            convert[depth] = std::int64_t(at[e]) - t1; // kept only when the step matches
            depth += step[e] == depth;
        }
        if (depth > best) {
            best = depth;
            if constexpr (NeedStart)
                bestStart = index[p];
            bestConvert[0] = 0;
            for (int s = 1; s < depth; ++s)
                bestConvert[s] = convert[s];
            if (depth == maxDepth)
                break;
        }
    }
    return best;
}

/** Everything else: the exact matcher on the person's step-matching activities. */
int general(const Compiled& c, const StoreBlock& block, std::uint32_t begin, std::uint32_t end,
            Scratch& buf, std::int64_t* bestConvert, std::uint32_t& bestStart)
{
    const bool strict = c.mode == FunnelMode::Strict;
    if (buf.times.size() < end - begin) { // grow only: no zero-filling per person
        buf.times.resize(end - begin);
        buf.masks.resize(end - begin);
        buf.index.resize(end - begin);
    }
    std::uint32_t any = 0, used = 0;
    for (std::uint32_t i = begin; i < end; ++i) {
        const std::uint32_t mask = c.mask(block, i);
        buf.masks[used] = mask;
        buf.index[used] = i;
        any |= mask;
        used += mask || strict;
    }
    if (!(any & c.startMask))
        return 0;
    for (std::uint32_t u = 0; u < used; ++u)
        buf.times[u] = block.time(buf.index[u]);
    const FunnelMatcher::Attempt at =
        buf.matcher.best(std::span(buf.times.data(), used), std::span(buf.masks.data(), used));
    if (at.depth) {
        bestStart = buf.index[at.start];
        std::copy(at.convert.begin(), at.convert.begin() + c.k, bestConvert);
    }
    return at.depth;
}

void computeBlock(const Compiled& c, std::size_t b, Scratch& buf, BlockPartial& out,
                  std::vector<std::uint8_t>* depthByRow)
{
    const StoreBlock& block = c.store->block(b);
    const int k = c.k;
    const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
    const std::uint32_t people = block.personCount();
    const std::int64_t base = block.timeBase();
    // The date range in the block's time offsets (times of the block lie in [base, base + 2^32)).
    auto offsetOf = [base](std::int64_t t) { // t − base, saturated to [−1, 2^32]
        std::int64_t d;
        if (__builtin_sub_overflow(t, base, &d))
            return t < 0 ? std::int64_t(-1) : std::int64_t(0x100000000LL);
        return std::clamp<std::int64_t>(d, -1, 0x100000000LL);
    };
    const std::int64_t fromOff = offsetOf(c.dateRange.from);
    const std::int64_t toOff = offsetOf(c.dateRange.to);
    const bool conditions = c.conditionSteps != 0;
    const bool ordered = c.mode == FunnelMode::Ordered;

    buf.outGroup.clear();
    buf.outDepth.clear();
    buf.outConvert.clear();
    const auto words = c.who->words();
    const std::size_t w0 = first / 64, w1 = std::min<std::size_t>(words.size(), (first + people + 63) / 64);
    out.people.assign(words.begin() + std::min(w0, words.size()), words.begin() + w1);
    for (std::size_t w = w0; w < w1; ++w) {
        for (std::uint64_t bits = words[w]; bits; bits &= bits - 1) {
            const auto row = static_cast<std::uint32_t>(w * 64 + std::countr_zero(bits));
            const std::uint32_t slot = row - first;
            if (slot >= people)
                break;
            if (!(block.typeBits(slot) & c.startTypeBits)) // no activity can start an attempt
                continue;
            const std::uint32_t begin = block.begin(slot), end = block.end(slot);
            std::int64_t convert[FunnelQuery::kMaxSteps];
            std::uint32_t start = 0;
            int depth = 0;
            bool fallback = !ordered || end - begin > kFastPathMaxActivities;
            if (c.depthOneShortcut && !(block.typeBits(slot) & c.secondTypeBits)) {
                depth = 1; // has a start (exact type bits), and nothing for step 2
                convert[0] = 0;
                fallback = false;
            } else if (!fallback) {
                auto fast = [&]<bool Conditions, bool NeedStart>() {
                    return orderedFast<Conditions, NeedStart>(c, block, begin, end, fromOff, toOff,
                                                              buf, convert, start, fallback);
                };
                depth = conditions ? (c.campaignGroups ? fast.template operator()<true, true>()
                                                       : fast.template operator()<true, false>())
                                   : (c.campaignGroups ? fast.template operator()<false, true>()
                                                       : fast.template operator()<false, false>());
            }
            if (fallback)
                depth = general(c, block, begin, end, buf, convert, start);
            if (depth == 0)
                continue;
            if (depthByRow)
                (*depthByRow)[row] = static_cast<std::uint8_t>(depth);
            if (c.groupCount <= 1) { // straight into the per-step lists
                for (int s = 0; s < depth; ++s)
                    ++buf.stepCounts[s];
                for (int s = 1; s < depth; ++s)
                    buf.stepTimes[s].push_back(convert[s]);
                continue;
            }
            buf.outConvert.insert(buf.outConvert.end(), convert, convert + k);
            std::uint32_t group = 0;
            if (c.attribute)
                group = c.store->attributeCode(*c.attribute, row);
            else if (c.campaignGroups)
                group = block.campaigns()[start];
            buf.outGroup.push_back(group);
            buf.outDepth.push_back(static_cast<std::uint8_t>(depth));
        }
    }

    if (c.groupCount <= 1) {
        out.groups.assign(1, 0);
        out.counts.assign(buf.stepCounts.begin(), buf.stepCounts.begin() + k);
        out.timeBegin.assign(k, 0);
        for (int s = 1; s < k; ++s)
            out.timeBegin[s] = out.timeBegin[s - 1] + static_cast<std::uint32_t>(buf.stepTimes[s].size());
        out.times.clear();
        out.times.reserve(out.timeBegin.back());
        for (int s = 1; s < k; ++s) {
            out.times.insert(out.times.end(), buf.stepTimes[s].begin(), buf.stepTimes[s].end());
            buf.stepTimes[s].clear();
        }
        buf.stepCounts.fill(0);
        out.version = block.version();
        return;
    }

    // Gather the outcomes into the partial: groups ascending, times contiguous per (step, group).
    const std::size_t n = buf.outDepth.size();
    out.groups.clear();
    if (c.groupCount <= 1) {
        out.groups.push_back(0);
    } else {
        if (buf.groupSlot.size() < c.groupCount)
            buf.groupSlot.resize(c.groupCount, kNoGroup);
        for (std::uint32_t g : buf.outGroup)
            if (buf.groupSlot[g] == kNoGroup) {
                buf.groupSlot[g] = 0;
                out.groups.push_back(g);
            }
        std::sort(out.groups.begin(), out.groups.end());
        for (std::uint32_t i = 0; i < out.groups.size(); ++i)
            buf.groupSlot[out.groups[i]] = i;
    }
    const std::size_t groups = out.groups.size();
    auto slotOf = [&](std::size_t person) {
        return c.groupCount <= 1 ? std::uint32_t(0) : buf.groupSlot[buf.outGroup[person]];
    };
    out.counts.assign(groups * k, 0);
    out.timeBegin.assign((k - 1) * groups + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t g = slotOf(i);
        const int depth = buf.outDepth[i];
        for (int s = 0; s < depth; ++s)
            ++out.counts[g * k + s];
        for (int s = 1; s < depth; ++s)
            ++out.timeBegin[(s - 1) * groups + g + 1];
    }
    for (std::size_t x = 1; x < out.timeBegin.size(); ++x)
        out.timeBegin[x] += out.timeBegin[x - 1];
    out.times.resize(out.timeBegin.back());
    {
        std::vector<std::uint32_t>& next = buf.index; // reused as write cursors
        next.assign(out.timeBegin.begin(), out.timeBegin.end() - 1);
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t g = slotOf(i);
            const std::int64_t* convert = buf.outConvert.data() + i * k;
            for (int s = 1; s < buf.outDepth[i]; ++s)
                out.times[next[(s - 1) * groups + g]++] = convert[s];
        }
        buf.times.clear(); // index/times are resized again before the matcher uses them
        buf.masks.clear();
        next.clear();
    }
    out.times.shrink_to_fit();
    if (c.groupCount > 1)
        for (std::uint32_t g : out.groups)
            buf.groupSlot[g] = kNoGroup;
    out.version = block.version();
}

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

Compiled compileQuery(const Store& store, const FunnelQuery& query)
{
    Compiled c;
    c.store = &store;
    c.k = static_cast<int>(query.steps.size());
    if (c.k == 0 || c.k > FunnelQuery::kMaxSteps)
        throw std::invalid_argument("a funnel has 1 to 16 steps");
    if (query.window < 0)
        throw std::invalid_argument("a funnel window cannot be negative");
    c.mode = query.mode;
    c.window = query.window;
    c.dateRange = query.dateRange;
    if (query.breakdown.kind == FunnelBreakdown::Kind::Attribute) {
        c.attribute = store.findAttribute(query.breakdown.attribute);
        if (!c.attribute)
            throw std::invalid_argument("unknown attribute: " + query.breakdown.attribute);
        c.groupCount = std::max<std::size_t>(1, store.attributeValues(*c.attribute).size());
    } else if (query.breakdown.kind == FunnelBreakdown::Kind::Campaign) {
        c.campaignGroups = true;
        c.groupCount = std::max<std::size_t>(1, store.campaigns().size());
    }
    // Grouped queries always go through the group machinery, even with one group code.
    if (query.breakdown.kind != FunnelBreakdown::Kind::None)
        c.groupCount = std::max<std::size_t>(2, c.groupCount);
    c.steps.resize(c.k);
    for (int s = 0; s < c.k; ++s) {
        const ActivityFilter& f = query.steps[s];
        for (std::uint32_t code = 0; code < store.types().size(); ++code)
            if (!f.type || store.types().key(code) == *f.type)
                c.typeMask[code] |= 1u << s;
        CompiledStep& step = c.steps[s];
        step.conditions = !f.typeOnly();
        step.campaigns = allowedCodes(f.campaigns, store.campaigns());
        step.channels = allowedCodes(f.channels, store.channels());
        step.contents = allowedCodes(f.contents, store.contents());
        step.minValue = f.minValue;
        step.maxValue = f.maxValue;
        if (step.conditions)
            c.conditionSteps |= 1u << s;
    }
    for (std::uint32_t m : c.typeMask)
        c.typesServeSeveralSteps |= (m & (m - 1)) != 0;
    c.startMask = query.mode == FunnelMode::Unordered ? (1u << c.k) - 1 : 1u;
    for (std::uint32_t code = 0; code < store.types().size(); ++code)
        if (c.typeMask[code] & c.startMask)
            c.startTypeBits |= StoreBlock::typeBit(static_cast<std::uint8_t>(code));
    for (std::uint32_t code = 0; code < store.types().size(); ++code)
        if (c.k > 1 && (c.typeMask[code] & 2u))
            c.secondTypeBits |= StoreBlock::typeBit(static_cast<std::uint8_t>(code));
    c.depthOneShortcut = c.mode == FunnelMode::Ordered && query.dateRange.isAll()
                         && !c.campaignGroups && store.types().size() <= 32
                         && !(c.conditionSteps & 1u);
    return c;
}

} // namespace

struct FunnelCache::State
{
    bool valid = false;
    FunnelQuery query;
    std::vector<BlockPartial> blocks;
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
        for (const BlockPartial& b : m_state->blocks)
            bytes += b.memoryBytes();
    return bytes;
}

namespace {

FunnelResult computeWith(const Store& store, const FunnelQuery& query, const ParallelFor& parallel,
                         const PersonSet* people, std::vector<std::uint8_t>* depthByRow,
                         FunnelCache::State& cache)
{
    Compiled c = compileQuery(store, query);
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

    // Blocks whose partial is missing or stale.
    std::vector<std::uint32_t> todo;
    const auto words = c.who->words();
    for (std::size_t b = 0; b < store.blockCount(); ++b) {
        const BlockPartial& p = cache.blocks[b];
        const std::size_t w0 = std::min(words.size(), b * Store::kBlockSize / 64);
        const std::size_t w1 = std::min<std::size_t>(
            words.size(), (b * Store::kBlockSize + store.block(b).personCount() + 63) / 64);
        const bool same = !depthByRow && p.version == store.block(b).version()
                          && p.people.size() == w1 - w0
                          && std::equal(p.people.begin(), p.people.end(), words.begin() + w0);
        if (!same)
            todo.push_back(static_cast<std::uint32_t>(b));
    }
    cache.recomputed = todo.size();
    if (!todo.empty()) {
        std::vector<std::unique_ptr<Scratch>> scratch(parallel.threads());
        parallel.run(todo.size(), [&](std::size_t t, int worker) {
            if (!scratch[worker])
                scratch[worker] = std::make_unique<Scratch>(c);
            computeBlock(c, todo[t], *scratch[worker], cache.blocks[todo[t]], depthByRow);
        });
    }

    // Merge: counts add up; times are selected over the union of the blocks' lists, one
    // selection (a step of the total or of a group) per task.
    std::vector<std::uint64_t> counts(k, 0);
    std::vector<Ranges> times(k - 1);
    for (const BlockPartial& p : cache.blocks) {
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
        std::vector<std::uint32_t> head(c.groupCount, kNoGroup), tail(c.groupCount, kNoGroup);
        std::vector<Ref> refs;
        for (std::uint32_t b = 0; b < cache.blocks.size(); ++b) {
            const BlockPartial& p = cache.blocks[b];
            for (std::uint32_t g = 0; g < p.groups.size(); ++g) {
                const std::uint32_t code = p.groups[g];
                const auto r = static_cast<std::uint32_t>(refs.size());
                refs.push_back({b, g, kNoGroup});
                if (head[code] == kNoGroup)
                    head[code] = r;
                else
                    refs[tail[code]].next = r;
                tail[code] = r;
            }
        }
        for (std::uint32_t code = 0; code < c.groupCount; ++code) {
            if (head[code] == kNoGroup)
                continue;
            std::fill(counts.begin(), counts.end(), 0);
            std::vector<Ranges> ranges(k - 1);
            for (std::uint32_t r = head[code]; r != kNoGroup; r = refs[r].next) {
                const BlockPartial& p = cache.blocks[refs[r].block];
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
