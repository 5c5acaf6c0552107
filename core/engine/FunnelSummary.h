// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/FunnelResult.h"

#include <cstdint>
#include <vector>

namespace rapport::engine {

/**
 * Turns per-person outcomes (depth and times to convert) into FunnelSteps: counts, rates,
 * lower median and nearest-rank p90. Shared by Funnel and ReferenceFunnel so both report
 * the same statistics of the same multisets.
 */
class FunnelSummary
{
public:
    explicit FunnelSummary(int steps);
    int steps() const { return static_cast<int>(m_counts.size()); }
    /** A person that reached `depth` ≥ 1; convert[s] for s < depth. */
    void add(int depth, const std::int64_t* convert);
    std::vector<FunnelStep> finish();
    /** Attribute groups by label (bytewise), campaign groups by key. */
    static void sortGroups(std::vector<FunnelGroup>& groups, bool byLabel);

private:
    std::vector<std::uint64_t> m_counts;
    std::vector<std::vector<std::int64_t>> m_times;
};

} // namespace rapport::engine
