// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/FunnelQuery.h"
#include "core/engine/FunnelResult.h"
#include "core/engine/ReferenceData.h"

namespace rapport::engine {

/**
 * The funnel by brute force, straight from the definitions in FunnelQuery.h: for every
 * possible start activity, enumerate every assignment of distinct activities to steps
 * (depth-first), check the mode's rule on it, and keep the best attempt. Exponential in the
 * worst case; meant for tests on small people (and sparse matches on big ones).
 */
class ReferenceFunnel
{
public:
    static FunnelResult compute(const ReferenceData& data, const FunnelQuery& query,
                                std::uint64_t snapshotId);
    /** The keys (ascending) of the people whose best attempt reaches `step` (1-based), of
     *  `group` when given (by label or campaign key, as Funnel::reached). */
    static std::vector<std::int64_t> reached(const ReferenceData& data, const FunnelQuery& query,
                                             int step, const FunnelGroup* group = nullptr);
};

} // namespace rapport::engine
