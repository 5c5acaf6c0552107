// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ImportFormat.h"

#include "core/io/ImportValues.h"

#include <QDateTime>

namespace rapport::io {

CanonicalTable::CanonicalTable(ImportKind kind, QStringList header)
    : m_kind(kind), m_header(std::move(header))
{
    for (int i = 0; i < m_header.size(); ++i)
        m_index.insert(m_header[i], i);
}

CanonicalTable CanonicalTable::people()
{
    return CanonicalTable(ImportKind::People, canonicalColumns(ImportKind::People));
}

CanonicalTable CanonicalTable::activities()
{
    return CanonicalTable(ImportKind::Activities, canonicalColumns(ImportKind::Activities));
}

CanonicalTable CanonicalTable::responses(const QStringList& questions)
{
    return CanonicalTable(ImportKind::Responses,
                          canonicalColumns(ImportKind::Responses) + questions);
}

PlatformRow& CanonicalTable::add(qint64 line)
{
    PlatformRow row;
    row.line = line;
    row.cells.resize(m_header.size());
    m_rows.append(std::move(row));
    return m_rows.back();
}

void CanonicalTable::set(PlatformRow& row, QStringView column, const QString& value) const
{
    const int index = m_index.value(column.toString(), -1);
    Q_ASSERT_X(index >= 0, "CanonicalTable::set", "not a column of this table");
    if (index >= 0)
        row.cells[index] = value;
}

const QList<const ImportFormat*>& importFormats()
{
    // Surveys first (their metadata columns are the most distinctive), Google Forms last
    // among them (its only fixed column is Timestamp); see each family's file.
    static const QList<const ImportFormat*> all = surveyImportFormats() + eventImportFormats() +
                                                  communityImportFormats() + crmImportFormats();
    return all;
}

const ImportFormat* findImportFormat(QStringView name)
{
    for (const ImportFormat* format : importFormats())
        if (format->name().compare(name, Qt::CaseInsensitive) == 0)
            return format;
    return nullptr;
}

const ImportFormat* detectImportFormat(const PlatformTable& table)
{
    for (const ImportFormat* format : importFormats())
        if (format->matches(table))
            return format;
    return nullptr;
}

namespace formats {

bool parseTime(const QString& text, const TimeColumn& column, qint64* msecs)
{
    bool zoned = true;
    if (!parsePlatformTime(text, column.order, msecs, &zoned))
        return false;
    if (!zoned && column.zone.isValid()) {
        // The wall-clock time was read as UTC; it was the zone's.
        const QDateTime wall = QDateTime::fromMSecsSinceEpoch(*msecs, QTimeZone::utc());
        *msecs = QDateTime(wall.date(), wall.time(), column.zone).toMSecsSinceEpoch();
    }
    return true;
}

QString isoTime(qint64 msecs)
{
    return formatIsoTimestamp(msecs);
}

TimeColumn columnOrder(const PlatformTable& table, int column, const TranslateOptions& options,
                       DateOrder platformDefault)
{
    if (options.dateOrder)
        return {*options.dateOrder, options.timeZone};
    if (column < 0)
        return {platformDefault, options.timeZone};
    QStringList values;
    values.reserve(table.rows.size());
    for (const PlatformRow& row : table.rows)
        values.append(row.at(column));
    return {detectDateOrder(values, platformDefault), options.timeZone};
}

bool readTime(const PlatformTable& table, qint64 line, const QString& column, const QString& text,
              const TimeColumn& how, qint64* msecs, InputError* error)
{
    if (parseTime(text, how, msecs))
        return true;
    *error = badTime(table, line, column, text);
    return false;
}

InputError badTime(const PlatformTable& table, qint64 line, const QString& column,
                   const QString& text)
{
    return InputError{
        table.fileName, line,
        QCoreApplication::translate("rapport::io::ImportFormat",
                                    "“%1” in column “%2” is not a date and time this importer "
                                    "reads")
            .arg(text.left(64), column)};
}

void addActivity(Translation* out, qint64 line, const char16_t* whoColumn, const QString& who,
                 const QString& type, qint64 at, const QString& campaign)
{
    PlatformRow& a = out->activities.add(line);
    out->activities.set(a, QStringView(whoColumn), who);
    out->activities.set(a, u"type", type);
    out->activities.set(a, u"timestamp", isoTime(at));
    out->activities.set(a, u"campaign", campaign);
}

bool isBotLogin(const QString& login, const QString& type)
{
    return type.compare(u"Bot", Qt::CaseInsensitive) == 0 ||
           login.endsWith(u"[bot]", Qt::CaseInsensitive) ||
           login.endsWith(u"-bot", Qt::CaseInsensitive);
}

} // namespace formats

} // namespace rapport::io
