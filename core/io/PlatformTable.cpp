// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/PlatformTable.h"

#include "core/io/XlsxReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::io {

namespace {

/** Platform exports are small; a file larger than this is not one (the canonical CSV is
 *  imported by streaming). */
constexpr qint64 kMaxPlatformFileBytes = 512LL * 1024 * 1024;

/**
 * The line on which each element of the top-level JSON array starts (the JSON parser gives
 * no positions). `start` is the offset of the array's '['. Strings are skipped with their
 * escapes, so brackets inside them do not count.
 */
QList<qint64> elementLines(const QByteArray& bytes, qsizetype start)
{
    QList<qint64> lines;
    qint64 line = 1;
    for (qsizetype i = 0; i < start; ++i)
        line += bytes[i] == '\n';
    int depth = 0;
    bool expectElement = false;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        if (depth == 1 && expectElement && c != ']') {
            lines.append(line);
            expectElement = false;
        }
        if (c == '"') {
            for (++i; i < bytes.size() && bytes[i] != '"'; ++i) {
                if (bytes[i] == '\\')
                    ++i;
                else if (bytes[i] == '\n')
                    ++line;
            }
            continue;
        }
        if (c == '[' || c == '{') {
            ++depth;
            if (depth == 1)
                expectElement = true;
        } else if (c == ']' || c == '}') {
            --depth;
            if (depth == 0)
                break;
        } else if (c == ',' && depth == 1) {
            expectElement = true;
        }
    }
    return lines;
}

} // namespace

int PlatformTable::column(QStringView name) const
{
    for (int i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return i;
    const QStringView trimmed = name.trimmed();
    for (int i = 0; i < header.size(); ++i)
        if (QStringView(header[i]).trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int PlatformTable::anyColumn(std::initializer_list<const char16_t*> names) const
{
    for (const char16_t* name : names)
        if (const int c = column(QStringView(name)); c >= 0)
            return c;
    return -1;
}

QList<int> PlatformTable::columnsContaining(QStringView fragment) const
{
    QList<int> columns;
    for (int i = 0; i < header.size(); ++i)
        if (header[i].contains(fragment, Qt::CaseInsensitive))
            columns.append(i);
    return columns;
}

bool PlatformTableReader::read(const QString& path, const CsvOptions& csv, PlatformTable* table,
                               InputError* error)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        *error = InputError{name, 0, tr("no such file")};
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = InputError{name, 0, tr("cannot be read: %1").arg(file.errorString())};
        return false;
    }
    if (file.size() > kMaxPlatformFileBytes) {
        *error =
            InputError{name, 0,
                       tr("is %1 MB, larger than any platform export; import the canonical CSV "
                          "with --as instead")
                           .arg(file.size() / (1024 * 1024))};
        return false;
    }
    return readBytes(file.readAll(), name, csv, table, error);
}

bool PlatformTableReader::readBytes(const QByteArray& bytes, const QString& displayName,
                                    const CsvOptions& csv, PlatformTable* table, InputError* error)
{
    *table = PlatformTable{};
    table->fileName = displayName;
    table->baseName = QFileInfo(displayName).completeBaseName();
    if (bytes.isEmpty()) {
        *error = InputError{displayName, 0, tr("the file is empty")};
        return false;
    }
    if (bytes.startsWith("PK\x03\x04")) {
        QList<XlsxRow> rows;
        if (!XlsxReader::readFirstSheet(bytes, displayName, &rows, error))
            return false;
        table->encoding = QStringLiteral("xlsx");
        if (rows.isEmpty()) {
            *error = InputError{displayName, 0, tr("the first worksheet is empty")};
            return false;
        }
        table->headerLine = rows.front().row;
        for (const QString& h : rows.front().cells)
            table->header.append(h.trimmed());
        for (qsizetype i = 1; i < rows.size(); ++i)
            table->rows.append(PlatformRow{rows[i].row, rows[i].cells});
        return true;
    }
    qsizetype first = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        first = 3;
    while (first < bytes.size() && (bytes[first] == ' ' || bytes[first] == '\n' ||
                                    bytes[first] == '\r' || bytes[first] == '\t'))
        ++first;
    if (first < bytes.size() && (bytes[first] == '[' || bytes[first] == '{'))
        return readJson(bytes, displayName, table, error);
    return readText(bytes, displayName, csv, table, error);
}

bool PlatformTableReader::readText(const QByteArray& bytes, const QString& displayName,
                                   const CsvOptions& csv, PlatformTable* table, InputError* error)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(csv);
    CsvRecord record;
    if (!reader.open(&buffer, displayName) || !reader.next(&record)) {
        *error = reader.error();
        return false;
    }
    table->encoding = textEncodingName(reader.encoding());
    table->delimiter = reader.delimiter();
    table->headerLine = record.line();
    for (int i = 0; i < record.size(); ++i)
        table->header.append(record.field(i).trimmed().toString());
    while (reader.next(&record)) {
        PlatformRow row;
        row.line = record.line();
        row.cells.reserve(record.size());
        for (int i = 0; i < record.size(); ++i)
            row.cells.append(record.string(i));
        table->rows.append(std::move(row));
    }
    if (reader.hasError()) {
        *error = reader.error();
        return false;
    }
    return true;
}

bool PlatformTableReader::readJson(const QByteArray& bytes, const QString& displayName,
                                   PlatformTable* table, InputError* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qint64 line = 1;
        for (qsizetype i = 0; i < parseError.offset && i < bytes.size(); ++i)
            line += bytes[i] == '\n';
        *error =
            InputError{displayName, line, tr("not valid JSON: %1").arg(parseError.errorString())};
        return false;
    }
    table->kind = PlatformTable::Kind::Json;
    table->encoding = QStringLiteral("json");
    if (document.isArray()) {
        table->items = document.array();
    } else {
        // An object holding the array (an API response such as {"members": [...]}).
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it->isArray()) {
                table->items = it->toArray();
                break;
            }
        if (table->items.isEmpty() && !object.isEmpty()) {
            *error = InputError{displayName, 1, tr("a JSON object with no array of records in it")};
            return false;
        }
    }
    const qsizetype open = bytes.indexOf('[');
    table->itemLines = open >= 0 ? elementLines(bytes, open) : QList<qint64>{};
    while (table->itemLines.size() < table->items.size())
        table->itemLines.append(table->itemLines.isEmpty() ? 1 : table->itemLines.back());
    return true;
}

} // namespace rapport::io
