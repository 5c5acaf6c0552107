// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/CsvReader.h"
#include "core/io/InputError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace rapport::io {

/** One data row of a platform export: its cells and where it starts in the file (the CSV
 *  line, the spreadsheet row, or the JSON line of the array element). */
struct PlatformRow
{
    qint64 line = 0;
    QStringList cells;

    /** The cell at column, or an empty string. */
    QString at(int column) const
    {
        return column >= 0 && column < cells.size() ? cells[column] : QString();
    }
};

/**
 * A platform's export file read whole, before its format is known: a table (CSV, TSV or the
 * first sheet of an .xlsx) or a JSON array. Platform exports are small (thousands of rows);
 * the canonical activity CSV, which can hold millions, is streamed by CsvImporter instead.
 */
struct PlatformTable
{
    enum class Kind
    {
        Table,
        Json
    };
    Kind kind = Kind::Table;
    QString fileName;  ///< as the user knows it, for messages
    QString baseName;  ///< the file name without extension (a default campaign or survey name)
    QString encoding;  ///< "utf-8", "utf-16le", "xlsx", "json" ...
    QString delimiter; ///< of a text table
    qint64 headerLine = 1;
    QStringList header; ///< trimmed header texts
    QList<PlatformRow> rows;
    QJsonArray items;        ///< Json: the array's elements
    QList<qint64> itemLines; ///< Json: the line each element starts on

    /** The first column named `name`: exact first, then ignoring case and surrounding space. */
    int column(QStringView name) const;
    /** The first of several names present, or −1. */
    int anyColumn(std::initializer_list<const char16_t*> names) const;
    bool has(QStringView name) const { return column(name) >= 0; }
    /** Columns whose header contains `fragment` (case-insensitive), in order. */
    QList<int> columnsContaining(QStringView fragment) const;
};

/**
 * Reads a platform export: `.xlsx` (the first worksheet; dates become ISO text), `.json`
 * (an array, or an object holding one array), or a delimited text file in any encoding
 * CsvReader accepts (a `.xls` that is really tab-separated text, as Meetup writes, too).
 * Refuses an empty file, a file with a header only when `allowEmpty` is false, and binary
 * or malformed content, naming the file and line.
 */
class PlatformTableReader
{
    Q_DECLARE_TR_FUNCTIONS(PlatformTableReader)

public:
    static bool read(const QString& path, const CsvOptions& csv, PlatformTable* table,
                     InputError* error);
    /** The same from bytes already in memory (tests; `displayName` says the kind by its suffix). */
    static bool readBytes(const QByteArray& bytes, const QString& displayName,
                          const CsvOptions& csv, PlatformTable* table, InputError* error);

private:
    static bool readText(const QByteArray& bytes, const QString& displayName, const CsvOptions& csv,
                         PlatformTable* table, InputError* error);
    static bool readJson(const QByteArray& bytes, const QString& displayName, PlatformTable* table,
                         InputError* error);
};

} // namespace rapport::io
