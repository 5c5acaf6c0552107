// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Funnel: one block's share of a funnel — each person's best attempt, gathered per group.
#include "core/engine/FunnelBlock.h"

#include "core/engine/Store.h"

#include <algorithm>
#include <stdexcept>

namespace rapport::engine {

namespace {

std::int64_t saturatingAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t r;
    return __builtin_add_overflow(a, b, &r) ? std::numeric_limits<std::int64_t>::max() : r;
}

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
int orderedFast(const FunnelPlan& c, const StoreBlock& block, std::uint32_t begin, std::uint32_t end,
                std::int64_t fromOff, std::int64_t toOff, FunnelBlockScratch& buf, std::int64_t* bestConvert,
                std::uint32_t& bestStart, bool& fallback)
{
    const std::uint32_t* time = block.timeOffsets().data();
    const std::uint8_t* type = block.types().data();
    std::uint32_t* at = buf.listTime.data();
    std::uint8_t* step = buf.listStep.data();
    std::uint32_t* index = buf.listIndex.data();
    std::uint32_t n = 0, present = 0, multi = 0;
    if (!Conditions && c.vectorListing) {
        const StepListing listed =
            listSteps(time, type, begin, end, c.stepTables, NeedStart, at, step, index);
        n = listed.n;
        present = listed.present;
        multi = listed.multi;
    } else {
        // Nothing before the first possible start (or tied with it) can serve a step: skip it.
        std::uint32_t first = begin;
        while (first < end && !((Conditions ? c.mask(block, first) : c.typeMask[type[first]]) & 1u))
            ++first;
        if (first == end)
            return 0;
        while (first > begin && time[first - 1] == time[first])
            --first;
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
int general(const FunnelPlan& c, const StoreBlock& block, std::uint32_t begin, std::uint32_t end,
            FunnelBlockScratch& buf, std::int64_t* bestConvert, std::uint32_t& bestStart)
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

} // namespace

void scanFunnelBlock(const FunnelPlan& c, std::size_t b, FunnelBlockScratch& buf, FunnelBlock& out,
                     std::vector<std::uint8_t>* depthByRow, std::vector<std::uint32_t>* groupByRow)
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
            if (groupByRow)
                (*groupByRow)[row] = group;
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
            buf.groupSlot.resize(c.groupCount, kNoFunnelGroup);
        for (std::uint32_t g : buf.outGroup)
            if (buf.groupSlot[g] == kNoFunnelGroup) {
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
            buf.groupSlot[g] = kNoFunnelGroup;
    out.version = block.version();
}

FunnelPlan FunnelPlan::compile(const Store& store, const FunnelQuery& query)
{
    FunnelPlan c;
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
            if (f.acceptsType(static_cast<std::int32_t>(store.types().key(code))))
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
    c.vectorListing = c.k <= 8 && store.types().size() <= 64 && listStepsVectorized();
    for (std::uint32_t code = 0; code < 64; ++code) {
        c.stepTables.mask[code] = static_cast<std::uint8_t>(c.typeMask[code]);
        c.stepTables.step[code] = static_cast<std::uint8_t>(std::countr_zero(c.typeMask[code] | (1u << 31)));
    }
    c.depthOneShortcut = c.mode == FunnelMode::Ordered && query.dateRange.isAll()
                         && !c.campaignGroups && store.types().size() <= 32
                         && !(c.conditionSteps & 1u);
    return c;
}

} // namespace rapport::engine
