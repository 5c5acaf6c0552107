// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace rapport::io {

/**
 * Parses an ISO 8601 date or date-time: `YYYY-MM-DD`, then optionally `T` or a space,
 * `hh:mm[:ss[.fraction]]`, then optionally `Z` or `±hh[:mm]`. Without a zone the time is UTC;
 * a date alone is midnight UTC. *msecs gets milliseconds since the Unix epoch (fractions
 * beyond milliseconds are dropped). Hand-written because imports parse millions of these.
 */
bool parseIsoTimestamp(QStringView text, qint64* msecs);
/** A date (`YYYY-MM-DD`, or the date part of a timestamp). */
bool parseIsoDate(QStringView text, QDate* date);
/** `2026-03-01T09:00:00Z`, with `.mmm` only when there are milliseconds. */
QString formatIsoTimestamp(qint64 msecs);

/** true/false, yes/no, y/n, 1/0 (case-insensitive); empty is not a boolean. */
bool parseImportBool(QStringView text, bool* value);
/** A finite number with a '.' decimal point (a ',' is accepted when there is no '.'). */
bool parseImportNumber(QStringView text, double* value);
/** The shortest text that reads back as the same double. */
QString formatNumber(double value);
/** `a; b;;c` → [a, b, c]: trimmed, empty parts dropped, repeats dropped (first kept). */
QStringList splitImportList(QStringView text);

} // namespace rapport::io
