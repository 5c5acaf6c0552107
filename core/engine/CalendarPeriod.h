// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::engine {

/**
 * Calendar periods in UTC for cohorts and trends: ISO weeks (Monday 00:00:00 to the next
 * Monday) and calendar months. A period is numbered by an index that grows by one per
 * period (weeks: Monday-based weeks since the epoch's week; months: year × 12 + month − 1),
 * so "cohort period + k" is index + k.
 */
class CalendarPeriod
{
public:
    enum class Kind { Week, Month };

    static std::int64_t index(Kind kind, std::int64_t t);
    /** First second of the period (seconds since the Unix epoch, UTC). */
    static std::int64_t start(Kind kind, std::int64_t index);
    /** "2025-01" for months, ISO 8601 week "2025-W03" (ISO week-numbering year) for weeks. */
    static std::string label(Kind kind, std::int64_t index);
    /** "2025-01-31T23:59:59Z", for provenance. */
    static std::string isoTime(std::int64_t t);
    static const char* name(Kind kind) { return kind == Kind::Week ? "week" : "month"; }

    /**
     * Period starts of indices [first, first + count] (count + 1 boundaries), for indexing
     * sorted times without calendar arithmetic per activity.
     */
    static std::vector<std::int64_t> boundaries(Kind kind, std::int64_t first, std::int64_t count);
};

} // namespace rapport::engine
