// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rapport::io {

/** The order of day, month and year in a numeric date such as 03/04/2025. */
enum class DateOrder
{
    MonthDayYear,
    DayMonthYear,
    YearMonthDay
};

/**
 * Parses the date and time texts platforms write, to milliseconds since the Unix epoch:
 * - ISO 8601 (`2025-03-04T09:15:00Z`, `2017-01-27 15:51:40+00:00`, a date alone);
 * - numeric dates with `/`, `.` or `-` in `order` (`3/4/25 9:15`, `04.03.2025 09:15`,
 *   `2024/03/05 10:12:33 AM GMT+1`), two-digit years as 20YY;
 * - month names (`April 24, 2014`, `24 Apr 2014 7:00 pm`);
 * - a 12-hour clock with AM/PM (also a.m./p.m.), seconds optional;
 * - a zone as `Z`, `UTC`, `GMT`, `±hh[:mm]`, `GMT±h[:mm]` or `UTC±h`;
 * - Unix time in seconds (10 digits) or milliseconds (13 digits).
 * A time without a zone is taken as UTC (*zoned = false: the caller may know better). False
 * for anything else, and for impossible dates (31/02) — never a guess.
 */
bool parsePlatformTime(QStringView text, DateOrder order, qint64* msecs, bool* zoned = nullptr);

/**
 * The order of a column of numeric dates: the first field above 12 proves day-first,
 * the second above 12 proves month-first, a four-digit first field year-first; when
 * nothing proves it, `fallback` (the platform's own convention).
 */
DateOrder detectDateOrder(const QStringList& values, DateOrder fallback);

} // namespace rapport::io
