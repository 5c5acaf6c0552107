// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/DateRange.h"
#include "core/engine/FunnelQuery.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace rapport::engine {

/**
 * The best attempt of one person (definitions in FunnelQuery.h), on that person's activities
 * in canonical order given as times and step masks (bit s = the activity matches step s).
 *
 * Ordered: from a start p, steps are placed group by group (a group = activities with the
 * same time) in time order; in each group as many of the next steps as a bipartite matching
 * (steps × the group's free activities) allows. Placing the longest prefix in the earliest
 * possible group is optimal — any valid assignment can be rearranged into it without moving
 * any step later — so it gives both the deepest step and the earliest t_j for every j.
 * Strict: the next group must be the very next distinct time (anything later would leave an
 * unmatched activity strictly between), so a small DP over (group, next step) replaces the
 * greedy. Unordered: for each start p (and each step p could serve) the window is grown group
 * by group and the matched prefix extended by augmenting paths (Kuhn): with p forced onto a
 * step for the depth, freely for the earliest end time of each step.
 * One matcher per thread; buffers are reused between people.
 */
class FunnelMatcher
{
public:
    struct Attempt
    {
        int depth = 0;           ///< 0 = never entered
        std::uint32_t start = 0; ///< index of the start activity (in the spans given)
        std::array<std::int64_t, FunnelQuery::kMaxSteps> convert{}; ///< t_j − t_1, j < depth
    };

    FunnelMatcher(FunnelMode mode, int steps, std::int64_t window, DateRange dateRange);

    /** times non-decreasing; masks of the same size. For Ordered/Unordered activities
     *  matching no step may be left out; Strict needs all of them. */
    Attempt best(std::span<const std::int64_t> times, std::span<const std::uint32_t> masks);

private:
    int maxPrefix(std::uint32_t groupBegin, std::uint32_t groupEnd, std::uint32_t skip,
                  int firstStep);
    bool augment(int step, std::uint32_t groupBegin, std::uint32_t groupEnd, std::uint32_t skip);
    void prepare();
    Attempt ordered(std::uint32_t p);
    Attempt strict(std::uint32_t p);
    Attempt unordered(std::uint32_t p);
    int growPrefix(std::uint32_t begin, std::uint32_t windowEnd, std::uint32_t p, int forcedStep,
                   std::int64_t* convert);
    std::uint32_t nextMatch(int step, std::uint32_t from, std::int64_t limit) const;

    FunnelMode m_mode;
    int m_steps;
    std::int64_t m_window;
    DateRange m_dateRange;
    std::span<const std::int64_t> m_times;
    std::span<const std::uint32_t> m_masks;
    std::vector<std::uint32_t> m_groupBegin; ///< per activity: first index of its time group
    std::vector<std::uint32_t> m_groupEnd;
    std::vector<std::uint32_t> m_next;       ///< m_steps × (n+1) next-match table (big people)
    bool m_useNext = false;
    std::vector<int> m_matchOf;              ///< per activity: step it serves, −1 = free
    std::vector<std::uint32_t> m_visited;    ///< per activity: DFS stamp
    std::uint32_t m_stamp = 0;
    std::array<std::int64_t, FunnelQuery::kMaxSteps> m_stepActivity{}; ///< step → activity or −1
};

} // namespace rapport::engine
