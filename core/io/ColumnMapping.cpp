// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ColumnMapping.h"

#include "core/io/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace rapport::io {

namespace {

QString fold(QStringView text)
{
    return text.trimmed().toString().toCaseFolded();
}

} // namespace

void ColumnMapping::set(const QString& canonical, const QString& header)
{
    m_headerFor.insert(canonical, header);
}

void ColumnMapping::ignore(const QString& header)
{
    m_ignored.insert(fold(header));
}

bool ColumnMapping::load(const QString& path, const QStringList& canonicalNames, ColumnMapping* mapping,
                         InputError* error)
{
    const QString name = QFileInfo(path).fileName();
    *error = InputError{name, 0, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error->reason = tr("cannot read the mapping (%1)").arg(file.errorString());
        return false;
    }
    if (file.size() > 1024 * 1024) {
        error->reason = tr("a column mapping of more than 1 MiB is not a column mapping");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error->reason = tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        error->reason = tr("expected a JSON object mapping column names to the file's header names");
        return false;
    }
    ColumnMapping result;
    result.m_source = name;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = fold(it.key());
        if (!canonicalNames.contains(key)) {
            error->reason = tr("“%1” is not a column of this import (expected one of: %2)")
                                .arg(it.key(), canonicalNames.join(QStringLiteral(", ")));
            return false;
        }
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            error->reason = tr("the header name for “%1” must be a non-empty string").arg(it.key());
            return false;
        }
        result.set(key, it.value().toString());
    }
    *mapping = result;
    *error = {};
    return true;
}

bool ColumnMapping::resolve(const CsvRecord& header, const QStringList& canonicalNames, const QString& fileName,
                            HeaderColumns* columns, InputError* error) const
{
    *columns = {};
    QHash<QString, int> byHeader; // folded header → first column
    for (int i = 0; i < header.size(); ++i) {
        const QString text = header.field(i).trimmed().toString();
        columns->names << text;
        if (!text.isEmpty()) {
            columns->width = i + 1;
            byHeader.insert(fold(text), byHeader.value(fold(text), i));
        }
    }
    QHash<int, QString> claimed; // column → canonical name
    for (auto it = m_headerFor.begin(); it != m_headerFor.end(); ++it) {
        const int column = byHeader.value(fold(it.value()), -1);
        if (column < 0) {
            *error = InputError{fileName, header.line(),
                                tr("no column “%1” (named for “%2” in %3)").arg(it.value(), it.key(), m_source)};
            return false;
        }
        columns->canonical.insert(it.key(), column);
        claimed.insert(column, it.key());
    }
    for (const QString& name : canonicalNames) {
        if (columns->canonical.contains(name) || m_ignored.contains(name))
            continue;
        const int column = byHeader.value(name, -1);
        if (column >= 0 && !claimed.contains(column)) {
            columns->canonical.insert(name, column);
            claimed.insert(column, name);
        }
    }
    QSet<QString> known(canonicalNames.begin(), canonicalNames.end()); // repeats are not "others"
    for (const QString& mapped : m_headerFor)
        known.insert(fold(mapped));
    known.unite(m_ignored);
    for (int i = 0; i < columns->width; ++i) {
        if (!claimed.contains(i) && !columns->names[i].isEmpty() && !known.contains(fold(columns->names[i])))
            columns->others << i;
    }
    return true;
}

} // namespace rapport::io
