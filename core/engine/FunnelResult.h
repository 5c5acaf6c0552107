// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Provenance.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::engine {

/**
 * One step of a funnel result. overallRate = n_k / n_1 and stepRate = n_k / n_(k−1)
 * (both 1 for step 1 when n_1 > 0, and 0 when the denominator is 0). Time to convert over
 * the persons reaching the step, in seconds: median = the lower median (element
 * ⌊(n−1)/2⌋ of the sorted times), p90 = nearest rank (element ⌈0.9·n⌉−1); nullopt when
 * nobody reaches the step.
 */
struct FunnelStep
{
    std::uint64_t persons = 0;
    double overallRate = 0;
    double stepRate = 0;
    std::optional<std::int64_t> medianSeconds;
    std::optional<std::int64_t> p90Seconds;

    friend bool operator==(const FunnelStep&, const FunnelStep&) = default;
};

/**
 * One breakdown group. Attribute groups: label = the attribute value ("" = none), key = 0;
 * campaign groups: key = campaign key (0 = no campaign), label = its name. Only groups
 * with at least one person at step 1 are listed; attribute groups sorted by label
 * (bytewise), campaign groups by key.
 */
struct FunnelGroup
{
    std::string label;
    std::int64_t key = 0;
    std::vector<FunnelStep> steps;

    friend bool operator==(const FunnelGroup&, const FunnelGroup&) = default;
};

/** `steps` are the whole funnel's figures with or without a breakdown, so a breakdown query
 *  also answers the same funnel without one (a dashboard computes it once for both). */
struct FunnelResult
{
    std::vector<FunnelStep> steps;
    std::vector<FunnelGroup> groups;
    Provenance provenance;

    friend bool operator==(const FunnelResult&, const FunnelResult&) = default;
};

} // namespace rapport::engine
