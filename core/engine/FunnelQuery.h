// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityFilter.h"
#include "core/engine/DateRange.h"
#include "core/engine/PersonFilter.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::engine {

/**
 * How a person moves through the steps. In every mode an attempt uses distinct activities
 * (one activity never serves two steps), all within `window` seconds of the attempt's start
 * (the earliest matched activity; tk − t1 == window still counts), and the start must lie in
 * the query's date range (the date range bounds the start only).
 *
 * Ordered  (default): a1..ak match steps 1..k with t1 ≤ t2 ≤ … ≤ tk. Equal times may serve
 *          consecutive steps in either canonical order.
 * Strict:  Ordered, and for each consecutive pair of matched steps no other activity of the
 *          person — any activity not used as a matched step, of any type — has a time
 *          strictly between t_i and t_{i+1}. Activities at exactly t_i or t_{i+1} are not
 *          "between" (ties are simultaneous, not interruptions), so the rule does not
 *          depend on how ties are ordered.
 * Unordered: k distinct activities matching steps 1..k in any time order, all within
 *          [s, s + window] where s is the time of the earliest of them (the start).
 */
enum class FunnelMode { Ordered, Strict, Unordered };

/** Breakdown of a funnel into groups, each with its own step counts. */
struct FunnelBreakdown
{
    enum class Kind { None, Attribute, Campaign };
    Kind kind = Kind::None;
    std::string attribute; ///< for Kind::Attribute: a person attribute name ("country")

    friend bool operator==(const FunnelBreakdown&, const FunnelBreakdown&) = default;
};

/**
 * A funnel: ordered steps (each an ActivityFilter, normally with a type), a conversion
 * window, a mode, a date range on the start, the people considered and a breakdown.
 *
 * Each person contributes one attempt, the best: the one reaching the deepest step; among
 * those, the earliest start time; among those, the start activity first in canonical order
 * (ActivityRecord.h). Its start activity gives the campaign breakdown (in Unordered mode the
 * start is the earliest matched activity, whichever step it serves). Time to convert to
 * step j for that person = the earliest t_j any valid attempt from that same start
 * activity reaches step j with, minus t1 (0 for step 1). In Unordered mode: the earliest
 * moment after the start by which steps 1..j all have distinct matching activities in the
 * attempt's window [s, s + window], minus s.
 */
struct FunnelQuery
{
    static constexpr int kMaxSteps = 16;

    std::vector<ActivityFilter> steps;
    std::int64_t window = 30 * 86400; ///< seconds
    FunnelMode mode = FunnelMode::Ordered;
    DateRange dateRange;
    PersonFilter people;
    FunnelBreakdown breakdown;

    friend bool operator==(const FunnelQuery&, const FunnelQuery&) = default;
};

} // namespace rapport::engine
