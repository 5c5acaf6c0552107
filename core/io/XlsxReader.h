// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/InputError.h"

#include <QCoreApplication>
#include <QStringList>

namespace rapport::io {

/** One row of a worksheet: its 1-based row number and its cells as text (A = 0). */
struct XlsxRow
{
    qint64 row = 0;
    QStringList cells;
};

/**
 * Reads the first worksheet of an Office Open XML workbook (.xlsx: a zip of XML parts,
 * opened with QuaZip) as text: shared and inline strings as they are, numbers in their
 * shortest form, cells formatted as dates or times as ISO 8601 text (`2025-03-04T09:15:00`,
 * no zone; the 1900 and 1904 date systems), booleans as true/false. Empty rows are dropped.
 * Refuses what is not a workbook, parts that expand beyond sane sizes (zip bombs), and
 * malformed XML, naming the part.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static bool readFirstSheet(const QByteArray& bytes, const QString& displayName,
                               QList<XlsxRow>* rows, InputError* error);
};

} // namespace rapport::io
