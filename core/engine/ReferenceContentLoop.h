// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ContentLoopData.h"
#include "core/engine/ContentLoopResult.h"
#include "core/engine/ReferenceData.h"

namespace rapport::engine {

/** Reward cost per activation, and readers / activated people / onward readers, by brute force
 *  from RewardCostQuery's and ContentActivationQuery's definitions. For tests. */
class ReferenceContentLoop
{
public:
    static RewardCost rewardCost(const ReferenceData& data, const std::vector<Reward>& rewards,
                                 const RewardCostQuery& query, std::uint64_t snapshotId);
    static ContentActivationResult activations(const ReferenceData& data,
                                               const ContentLoopData& content,
                                               const ContentActivationQuery& query,
                                               std::uint64_t snapshotId);
    static std::vector<std::int64_t> people(const ReferenceData& data, const ContentLoopData& content,
                                            const ContentActivationQuery& query,
                                            const ContentPeopleSelection& selection);
};

} // namespace rapport::engine
