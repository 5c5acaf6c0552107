// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/FunnelMatcher.h"

#include <algorithm>
#include <limits>

namespace rapport::engine {

namespace {
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kNextTableFrom = 256; // people with more activities get next-match tables

std::int64_t saturatingAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t r;
    return __builtin_add_overflow(a, b, &r) ? std::numeric_limits<std::int64_t>::max() : r;
}
} // namespace

FunnelMatcher::FunnelMatcher(FunnelMode mode, int steps, std::int64_t window, DateRange dateRange)
    : m_mode(mode)
    , m_steps(steps)
    , m_window(window)
    , m_dateRange(dateRange)
{
}

void FunnelMatcher::prepare()
{
    const auto n = static_cast<std::uint32_t>(m_times.size());
    if (m_groupBegin.size() < n) { // grow only: no zero-filling per person
        m_groupBegin.resize(n);
        m_groupEnd.resize(n);
    }
    for (std::uint32_t i = 0; i < n; ++i)
        m_groupBegin[i] = i > 0 && m_times[i - 1] == m_times[i] ? m_groupBegin[i - 1] : i;
    for (std::uint32_t i = n; i-- > 0;)
        m_groupEnd[i] = i + 1 < n && m_times[i + 1] == m_times[i] ? m_groupEnd[i + 1] : i + 1;
    if (m_matchOf.size() < n) {
        m_matchOf.resize(n, -1);
        m_visited.resize(n, 0);
    }
    m_useNext = m_mode == FunnelMode::Ordered && n >= kNextTableFrom;
    if (m_useNext) {
        m_next.resize(static_cast<std::size_t>(m_steps) * (n + 1));
        for (int s = 0; s < m_steps; ++s) {
            std::uint32_t* next = m_next.data() + static_cast<std::size_t>(s) * (n + 1);
            next[n] = n;
            for (std::uint32_t i = n; i-- > 0;)
                next[i] = (m_masks[i] >> s) & 1u ? i : next[i + 1];
        }
    }
}

std::uint32_t FunnelMatcher::nextMatch(int step, std::uint32_t from, std::int64_t limit) const
{
    const auto n = static_cast<std::uint32_t>(m_times.size());
    if (m_useNext) {
        const std::uint32_t q = m_next[static_cast<std::size_t>(step) * (n + 1) + from];
        return q < n && m_times[q] <= limit ? q : n;
    }
    for (std::uint32_t i = from; i < n && m_times[i] <= limit; ++i)
        if ((m_masks[i] >> step) & 1u)
            return i;
    return n;
}

bool FunnelMatcher::augment(int step, std::uint32_t groupBegin, std::uint32_t groupEnd,
                            std::uint32_t skip)
{
    for (std::uint32_t a = groupBegin; a < groupEnd; ++a) {
        if (a == skip || !((m_masks[a] >> step) & 1u) || m_visited[a] == m_stamp)
            continue;
        m_visited[a] = m_stamp;
        if (m_matchOf[a] < 0 || augment(m_matchOf[a], groupBegin, groupEnd, skip)) {
            m_matchOf[a] = step;
            m_stepActivity[step] = a;
            return true;
        }
    }
    return false;
}

int FunnelMatcher::maxPrefix(std::uint32_t groupBegin, std::uint32_t groupEnd, std::uint32_t skip,
                             int firstStep)
{
    if (firstStep >= m_steps)
        return 0;
    if (groupEnd - groupBegin == 1) // the usual case: no tie
        return groupBegin != skip && ((m_masks[groupBegin] >> firstStep) & 1u) ? 1 : 0;
    std::fill(m_matchOf.begin() + groupBegin, m_matchOf.begin() + groupEnd, -1);
    int m = 0;
    for (int s = firstStep; s < m_steps; ++s, ++m) {
        ++m_stamp;
        if (!augment(s, groupBegin, groupEnd, skip))
            break;
    }
    return m;
}

FunnelMatcher::Attempt FunnelMatcher::ordered(std::uint32_t p)
{
    Attempt at;
    at.start = p;
    const std::int64_t t1 = m_times[p];
    const std::int64_t limit = saturatingAdd(t1, m_window);
    int j = 1 + maxPrefix(m_groupBegin[p], m_groupEnd[p], p, 1);
    std::uint32_t pos = m_groupEnd[p];
    const auto n = static_cast<std::uint32_t>(m_times.size());
    while (j < m_steps) {
        const std::uint32_t q = nextMatch(j, pos, limit);
        if (q >= n)
            break;
        const int m = maxPrefix(m_groupBegin[q], m_groupEnd[q], kNone, j);
        for (int s = j; s < j + m; ++s)
            at.convert[s] = m_times[q] - t1;
        j += m;
        pos = m_groupEnd[q];
    }
    at.depth = j;
    return at;
}

FunnelMatcher::Attempt FunnelMatcher::strict(std::uint32_t p)
{
    Attempt at;
    at.start = p;
    const std::int64_t t1 = m_times[p];
    const std::int64_t limit = saturatingAdd(t1, m_window);
    const int first = maxPrefix(m_groupBegin[p], m_groupEnd[p], p, 1);
    std::uint32_t reachable = 0; // bit j: a path has matched steps 0..j−1 so far
    for (int j = 1; j <= 1 + first; ++j)
        reachable |= 1u << j;
    at.depth = 1 + first;
    std::uint32_t done = (1u << at.depth) - 1; // steps whose earliest time is known
    const auto n = static_cast<std::uint32_t>(m_times.size());
    for (std::uint32_t g = m_groupEnd[p]; g < n && m_times[g] <= limit; g = m_groupEnd[g]) {
        std::uint32_t next = 0;
        for (int j = 1; j < m_steps; ++j) {
            if (!((reachable >> j) & 1u))
                continue;
            const int m = maxPrefix(g, m_groupEnd[g], kNone, j);
            for (int s = j; s < j + m; ++s) {
                next |= 1u << (s + 1);
                if (!((done >> s) & 1u)) {
                    done |= 1u << s;
                    at.convert[s] = m_times[g] - t1;
                }
            }
            at.depth = std::max(at.depth, j + m);
        }
        reachable = next;
        if (!(reachable & ~(1u << m_steps)))
            break;
    }
    return at;
}

int FunnelMatcher::growPrefix(std::uint32_t begin, std::uint32_t windowEnd, std::uint32_t p,
                              int forcedStep, std::int64_t* convert)
{
    std::fill(m_matchOf.begin() + begin, m_matchOf.begin() + windowEnd, -1);
    m_stepActivity.fill(-1);
    if (forcedStep >= 0)
        m_stepActivity[forcedStep] = p;
    const std::uint32_t skip = forcedStep >= 0 ? p : kNone;
    int prefix = 0;
    for (std::uint32_t g = begin; g < windowEnd && prefix < m_steps; g = m_groupEnd[g]) {
        while (prefix < m_steps) {
            if (m_stepActivity[prefix] < 0) {
                ++m_stamp;
                if (!augment(prefix, begin, m_groupEnd[g], skip))
                    break;
            }
            if (convert)
                convert[prefix] = m_times[g] - m_times[p];
            ++prefix;
        }
    }
    return prefix;
}

FunnelMatcher::Attempt FunnelMatcher::unordered(std::uint32_t p)
{
    // Depth: the longest prefix of steps matched inside [t1, t1 + window] with p serving one
    // of its steps. Time to convert: the earliest window end by which the prefix up to the
    // step is matched at all (p may or may not serve it).
    Attempt at;
    at.start = p;
    const std::int64_t limit = saturatingAdd(m_times[p], m_window);
    const auto n = static_cast<std::uint32_t>(m_times.size());
    const std::uint32_t begin = m_groupBegin[p];
    std::uint32_t windowEnd = m_groupEnd[p];
    while (windowEnd < n && m_times[windowEnd] <= limit)
        ++windowEnd;
    for (int jp = 0; jp < m_steps && at.depth < m_steps; ++jp) {
        if (!((m_masks[p] >> jp) & 1u))
            continue;
        const int prefix = growPrefix(begin, windowEnd, p, jp, nullptr);
        if (prefix > jp)
            at.depth = std::max(at.depth, prefix);
    }
    if (at.depth > 0)
        growPrefix(begin, windowEnd, p, -1, at.convert.data());
    return at;
}

FunnelMatcher::Attempt FunnelMatcher::best(std::span<const std::int64_t> times,
                                           std::span<const std::uint32_t> masks)
{
    m_times = times;
    m_masks = masks;
    Attempt best;
    const std::uint32_t startMask = m_mode == FunnelMode::Unordered ? (1u << m_steps) - 1 : 1u;
    bool prepared = false;
    for (std::uint32_t p = 0; p < times.size(); ++p) {
        if (!(masks[p] & startMask) || times[p] < m_dateRange.from)
            continue;
        if (times[p] >= m_dateRange.to)
            break;
        if (!prepared) {
            prepare();
            prepared = true;
        }
        const Attempt at = m_mode == FunnelMode::Ordered  ? ordered(p)
                           : m_mode == FunnelMode::Strict ? strict(p)
                                                          : unordered(p);
        if (at.depth > best.depth)
            best = at;
        if (best.depth == m_steps)
            break;
    }
    return best;
}

} // namespace rapport::engine
