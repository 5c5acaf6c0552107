// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/PersonFilter.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>

namespace rapport::engine {

/** Engagement levels, in order; a person holds the highest level whose threshold it reaches. */
enum class EngagementLevel : std::uint8_t { Observer = 0, Participant, Contributor, Advocate };

/**
 * Engagement score and levels. A person's score as of time T is
 *     Σ weight(type) × 0.5^((T − t) / halfLife)
 * over its activities with t ≤ T (later ones are ignored). Weights are looked up by the
 * type's display name (Store::types().name(key): "attended", or the key as decimal text
 * for an unnamed type); types not listed weigh `otherWeight`. Level = Observer, or the
 * highest of Participant / Contributor / Advocate whose threshold the score reaches
 * (score ≥ threshold); thresholds must be non-decreasing. Only people passing `people`
 * are counted; the level of every person is computed (it becomes the store's level column).
 * The decay is computed to a few ulps (exactly at ages that are whole multiples of the
 * half-life), so a score a hair from a threshold may land on either side of it.
 */
struct EngagementQuery
{
    std::map<std::string, double> weights = defaultWeights();
    double otherWeight = 0;
    std::int64_t halfLife = 90 * 86400; ///< seconds, ≥ 1
    std::array<double, 3> thresholds{2, 15, 50}; ///< Participant, Contributor, Advocate
    std::int64_t asOf = 0;                       ///< seconds since the Unix epoch (UTC)
    PersonFilter people;

    /** attended 3, contributed 8, spoke 10, authored 8, posted 2, commented 1, starred 0.5,
     *  shared 2, referred 5, registered 1, responded 1, invited 0, rewarded 0. */
    static std::map<std::string, double> defaultWeights()
    {
        return {{"attended", 3},  {"contributed", 8}, {"spoke", 10},   {"authored", 8},
                {"posted", 2},    {"commented", 1},   {"starred", 0.5}, {"shared", 2},
                {"referred", 5},  {"registered", 1},  {"responded", 1}, {"invited", 0},
                {"rewarded", 0}};
    }
    static const char* levelName(EngagementLevel level)
    {
        static constexpr const char* kNames[] = {"Observer", "Participant", "Contributor",
                                                 "Advocate"};
        return kNames[static_cast<int>(level)];
    }

    friend bool operator==(const EngagementQuery&, const EngagementQuery&) = default;
};

} // namespace rapport::engine
