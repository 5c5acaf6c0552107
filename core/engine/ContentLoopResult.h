// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ContentLoopData.h"
#include "core/engine/Provenance.h"

#include <optional>
#include <vector>

namespace rapport::engine {

/** Reach of one piece, author (key = people.key) or series (key = series key). */
struct ContentReach
{
    std::int64_t key = 0;
    std::uint64_t pieces = 0;
    ContentMetrics metrics;

    friend bool operator==(const ContentReach&, const ContentReach&) = default;
};

struct ContentReachResult
{
    std::vector<ContentReach> rows; ///< by key
    ContentMetrics total;           ///< over pieces (a piece with two authors counts once)
    Provenance provenance;
};

struct OnwardClicksResult
{
    std::vector<ContentLink> links; ///< (from, to) summed; most clicks first, then from, to
    Provenance provenance;
};

/** costPerActivation is absent when nobody was activated (never a division by zero). */
struct RewardCost
{
    double rewardValue = 0;
    std::uint64_t rewards = 0;
    std::uint64_t activated = 0;
    std::optional<double> costPerActivation;
    Provenance provenance;

    friend bool operator==(const RewardCost&, const RewardCost&) = default;
};

} // namespace rapport::engine
