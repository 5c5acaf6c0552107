// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityFilter.h"
#include "core/engine/CalendarPeriod.h"
#include "core/engine/DateRange.h"
#include "core/engine/PersonFilter.h"

namespace rapport::engine {

/**
 * Cohort retention. A person's start is its first activity (canonical order) matching
 * `start` whose time lies in `dateRange` (the range bounds the start only); its cohort is
 * the calendar period (UTC ISO week or month) of that start. The person is retained in
 * period k (0 ≤ k < periods) when some activity matching `returning` (type unset = any
 * activity) falls in period cohort + k. For k = 0 that activity must be another activity
 * than the start itself, at or after the start's time (a tie counts): period 0 says "came
 * back in the period it started", not "started". Return activities are not bounded by the
 * date range. Only people passing `people` count.
 */
struct RetentionQuery
{
    static constexpr int kMaxPeriods = 64;

    ActivityFilter start;
    ActivityFilter returning;
    CalendarPeriod::Kind period = CalendarPeriod::Kind::Month;
    int periods = 12; ///< 1..kMaxPeriods
    DateRange dateRange;
    PersonFilter people;

    friend bool operator==(const RetentionQuery&, const RetentionQuery&) = default;
};

} // namespace rapport::engine
