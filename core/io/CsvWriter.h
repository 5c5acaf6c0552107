// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace rapport::io {

/**
 * Makes a cell safe to open in a spreadsheet: text starting with `= + - @`, a tab or a
 * carriage return would be run as a formula (CSV injection), so it gets a leading `'`.
 * Plain numbers ("-5", "+1.5e3") are left alone: they are not formulas.
 *
 * Cells that already start with one or more `'` followed by such a character get one more
 * quote, so the escape is reversible: restoreNeutralisedFormula(neutraliseFormula(x)) == x
 * for every x. Importers call restoreNeutralisedFormula() on every cell, which is why an
 * export re-imports as exactly the data it came from.
 */
QString neutraliseFormula(const QString& cell);
/** The inverse of neutraliseFormula(): drops one `'` before `'*[=+-@\t\r]`. */
QString restoreNeutralisedFormula(QStringView cell);
/** Whether the cell is one neutraliseFormula() would change. */
bool needsFormulaNeutralising(QStringView cell);

struct CsvWriterOptions
{
    QChar delimiter = u',';
    /** A UTF-8 byte order mark, so Excel reads non-Latin names correctly. */
    bool byteOrderMark = true;
    /** RFC 4180 line ends. */
    bool crlf = true;
    /** Prefix formula-looking cells (see neutraliseFormula). */
    bool neutraliseFormulas = true;
};

/**
 * Writes RFC 4180 CSV in UTF-8 to a device (use a QSaveFile so a crash never leaves half a
 * file). Fields are quoted when they hold the delimiter, a quote, a line break, or leading
 * or trailing spaces.
 */
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device, CsvWriterOptions options = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void writeRow(const QStringList& cells);
    /** Writes what is buffered; false if the device refused (see errorString()). */
    bool flush();
    bool hasError() const { return m_failed; }
    QString errorString() const;

private:
    void appendCell(const QString& cell);

    QIODevice* m_device;
    CsvWriterOptions m_options;
    QByteArray m_buffer;
    bool m_failed = false;
    bool m_started = false;
};

} // namespace rapport::io
