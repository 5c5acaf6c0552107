// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/DateRange.h"
#include "core/engine/Provenance.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::engine {

class ContentLoop;
class ParallelFor;
class Store;
class SurveyResponses;

/**
 * A goal: a metric, a target and a period. Metrics and their value over the period:
 *   "nps"        NPS of the responses dated in the period (−100 … 100);
 *   "csat"       CSAT share of the responses dated in the period (0 … 1);
 *   "advocates"  people at the Advocate level now (the store's level column; no period);
 *   "reach"      views gained by all pieces in the period (ContentLoop);
 *   other        an activity type's display name (or key as text): distinct people with
 *                that activity dated in the period (0 when no such type exists yet).
 * A campaign's goal (campaign ≠ 0) counts only that campaign's activities, and the
 * responses to surveys of that campaign; "advocates" and "reach" have no campaign and stay
 * project-wide.
 */
struct Goal
{
    std::string metric;
    double target = 0;
    DateRange period;
    std::int64_t campaign = 0; ///< campaign key; 0 = the whole project
};

/** value is absent when undefined (NPS/CSAT without answers, reach without content data);
 *  fraction = value ÷ target, absent when either is missing or the target is 0. */
struct GoalProgress
{
    std::string metric;
    double target = 0;
    std::optional<double> value;
    std::optional<double> fraction;
    Provenance provenance;
};

/** Goal progress over the engine's sources (responses and content may be null). */
class Goals
{
public:
    static GoalProgress progress(const Goal& goal, const Store& store,
                                 const SurveyResponses* responses, const ContentLoop* content,
                                 const ParallelFor& parallel);
    /**
     * The progress of several goals, in order: the same as progress() for each, but the
     * activity-type goals are counted together in one pass over the activities (a report
     * with twenty campaign goals reads twenty million activities once, not twenty times).
     */
    static std::vector<GoalProgress> progress(const std::vector<Goal>& goals, const Store& store,
                                              const SurveyResponses* responses, const ContentLoop* content,
                                              const ParallelFor& parallel);
};

} // namespace rapport::engine
