// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/FunnelSummary.h"

#include <algorithm>

namespace rapport::engine {

FunnelSummary::FunnelSummary(int steps)
    : m_counts(steps, 0)
    , m_times(steps)
{
}

void FunnelSummary::add(int depth, const std::int64_t* convert)
{
    for (int s = 0; s < depth; ++s) {
        ++m_counts[s];
        m_times[s].push_back(s == 0 ? 0 : convert[s]);
    }
}

std::vector<FunnelStep> FunnelSummary::finish()
{
    std::vector<FunnelStep> steps(m_counts.size());
    for (std::size_t s = 0; s < steps.size(); ++s) {
        FunnelStep& step = steps[s];
        step.persons = m_counts[s];
        const std::uint64_t first = m_counts[0];
        const std::uint64_t previous = s == 0 ? m_counts[0] : m_counts[s - 1];
        step.overallRate = first ? double(step.persons) / double(first) : 0.0;
        step.stepRate = previous ? double(step.persons) / double(previous) : 0.0;
        auto& times = m_times[s];
        if (times.empty())
            continue;
        const std::size_t n = times.size();
        const std::size_t median = (n - 1) / 2;
        const std::size_t p90 = (9 * n + 9) / 10 - 1;
        std::nth_element(times.begin(), times.begin() + median, times.end());
        step.medianSeconds = times[median];
        std::nth_element(times.begin(), times.begin() + p90, times.end());
        step.p90Seconds = times[p90];
    }
    return steps;
}

void FunnelSummary::sortGroups(std::vector<FunnelGroup>& groups, bool byLabel)
{
    std::sort(groups.begin(), groups.end(), [byLabel](const FunnelGroup& a, const FunnelGroup& b) {
        return byLabel ? a.label < b.label : a.key < b.key;
    });
}

} // namespace rapport::engine
