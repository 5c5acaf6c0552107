// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvWriter.h"

#include <QIODevice>

namespace rapport::io {

namespace {

bool isFormulaTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// [+-]?digits[.digits][e[+-]digits]: a number a spreadsheet reads as a number, not a formula.
bool isPlainNumber(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && (s[i] == u'+' || s[i] == u'-'))
        ++i;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < n && s[i] >= u'0' && s[i] <= u'9')
            ++i;
        return i > from;
    };
    if (!digits())
        return false;
    if (i < n && s[i] == u'.' && (++i, !digits()))
        return false;
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < n && (s[i] == u'+' || s[i] == u'-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

// Index of the first character after the leading quotes, if that character is a trigger.
qsizetype triggerAfterQuotes(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] == u'\'')
        ++i;
    return i < s.size() && isFormulaTrigger(s[i]) ? i : -1;
}

} // namespace

bool needsFormulaNeutralising(QStringView cell)
{
    const qsizetype t = triggerAfterQuotes(cell);
    if (t < 0)
        return false;
    return t > 0 || !isPlainNumber(cell);
}

QString neutraliseFormula(const QString& cell)
{
    return needsFormulaNeutralising(cell) ? QLatin1Char('\'') + cell : cell;
}

QString restoreNeutralisedFormula(QStringView cell)
{
    // Only what neutraliseFormula() can have produced: ' then '* then a trigger, where the
    // unescaped text would itself have been escaped.
    if (cell.size() >= 2 && cell[0] == u'\'' && triggerAfterQuotes(cell.mid(1)) >= 0
        && needsFormulaNeutralising(cell.mid(1)))
        return cell.mid(1).toString();
    return cell.toString();
}

CsvWriter::CsvWriter(QIODevice* device, CsvWriterOptions options)
    : m_device(device), m_options(std::move(options))
{
    m_buffer.reserve(1 << 17);
}

CsvWriter::~CsvWriter()
{
    flush();
}

QString CsvWriter::errorString() const
{
    return m_device ? m_device->errorString() : QString();
}

void CsvWriter::appendCell(const QString& raw)
{
    const QString cell = m_options.neutraliseFormulas ? neutraliseFormula(raw) : raw;
    bool quote = !cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace());
    for (const QChar c : cell) {
        if (c == m_options.delimiter || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_buffer += cell.toUtf8();
        return;
    }
    m_buffer += '"';
    QString escaped = cell;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    m_buffer += escaped.toUtf8();
    m_buffer += '"';
}

void CsvWriter::writeRow(const QStringList& cells)
{
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            m_buffer += "\xEF\xBB\xBF";
    }
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer += QString(m_options.delimiter).toUtf8();
        appendCell(cells[i]);
    }
    m_buffer += m_options.crlf ? "\r\n" : "\n";
    if (m_buffer.size() >= (1 << 16))
        flush();
}

bool CsvWriter::flush()
{
    if (m_failed || !m_device)
        return false;
    if (!m_buffer.isEmpty()) {
        if (m_device->write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
    return !m_failed;
}

} // namespace rapport::io
