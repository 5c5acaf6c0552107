// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ContentLoopData.h"
#include "core/engine/ContentLoopResult.h"
#include "core/engine/ReferenceData.h"

namespace rapport::engine {

/** Reward cost per activation by brute force from RewardCostQuery's definition. For tests. */
class ReferenceContentLoop
{
public:
    static RewardCost rewardCost(const ReferenceData& data, const std::vector<Reward>& rewards,
                                 const RewardCostQuery& query, std::uint64_t snapshotId);
};

} // namespace rapport::engine
