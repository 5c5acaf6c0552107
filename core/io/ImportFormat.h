// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/CsvImporter.h"
#include "core/io/ImportReport.h"
#include "core/io/InputError.h"
#include "core/io/PlatformDates.h"
#include "core/io/PlatformTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <memory>

namespace rapport::io {

/**
 * Rows in the shape of one of the canonical CSVs (CsvImporter: people, activities,
 * responses), each keeping the line of the platform file it came from, so errors and
 * skips name that line.
 */
class CanonicalTable
{
public:
    CanonicalTable(ImportKind kind, QStringList header);
    /** The canonical people table with every column CsvImporter knows. */
    static CanonicalTable people();
    static CanonicalTable activities();
    /** Responses: who, submitted_at, survey, then one column per question (by its text). */
    static CanonicalTable responses(const QStringList& questions);

    ImportKind kind() const { return m_kind; }
    const QStringList& header() const { return m_header; }
    const QList<PlatformRow>& rows() const { return m_rows; }
    bool isEmpty() const { return m_rows.isEmpty(); }

    /** A new row from `line`; fill it with set() (names must be in the header). */
    PlatformRow& add(qint64 line);
    void set(PlatformRow& row, QStringView column, const QString& value) const;
    int column(QStringView name) const { return int(m_header.indexOf(name)); }

private:
    ImportKind m_kind;
    QStringList m_header;
    QHash<QString, int> m_index;
    QList<PlatformRow> m_rows;
};

/** What a platform file becomes: people, their activities and survey responses. */
struct Translation
{
    CanonicalTable people = CanonicalTable::people();
    CanonicalTable activities = CanonicalTable::activities();
    CanonicalTable responses = CanonicalTable::responses({});
    QList<SkippedRow> skipped; ///< rows that are not people (bots, system accounts) and why
    /** Data rows of the table that are really headers (SurveyMonkey's second header row):
     *  not counted as rows read. */
    int extraHeaderRows = 0;
};

/** Choices a user can make about a platform file (command-line options). */
struct TranslateOptions
{
    /** The campaign an event export's activities belong to; empty: the event name in the
     *  file, else the file's base name. */
    QString campaign;
    /** The survey a survey export's responses belong to; empty: the file's base name. */
    QString survey;
    /** Forces the day/month order of numeric dates (else detected per column, else the
     *  platform's convention). */
    std::optional<DateOrder> dateOrder;
    /** The zone of times written without one (SurveyMonkey, Google Sheets, files Excel has
     *  saved); invalid = UTC. */
    QTimeZone timeZone;
};

/** How to read the times of one column: the day/month order, and the zone of times that
 *  name none (invalid = UTC). */
struct TimeColumn
{
    TimeColumn(DateOrder order = DateOrder::YearMonthDay, QTimeZone zone = {})
        : order(order), zone(std::move(zone))
    {
    }
    DateOrder order;
    QTimeZone zone;
};

/**
 * One platform's export format: how to recognise it from its header, and how to translate
 * it into canonical rows. Formats are stateless singletons (importFormats()).
 */
class ImportFormat
{
public:
    virtual ~ImportFormat() = default;
    /** The preset name (`--preset eventbrite`). */
    virtual QString name() const = 0;
    /** What it is, for people ("Eventbrite attendee report"). */
    virtual QString title() const = 0;
    /** Whether the file is of this format, from its header (tables) or its items (JSON). */
    virtual bool matches(const PlatformTable& table) const = 0;
    /** False with *error naming the file and line on a row that cannot be read. */
    virtual bool translate(const PlatformTable& table, const TranslateOptions& options,
                           Translation* out, InputError* error) const = 0;
};

/** Every platform format, in detection order (the most specific headers first). */
const QList<const ImportFormat*>& importFormats();
const ImportFormat* findImportFormat(QStringView name);
/** The first format whose matches() holds, or nullptr. */
const ImportFormat* detectImportFormat(const PlatformTable& table);

// The families, each in its own file (ImportFormats*.cpp).
QList<const ImportFormat*> eventImportFormats();
QList<const ImportFormat*> surveyImportFormats();
QList<const ImportFormat*> communityImportFormats();
QList<const ImportFormat*> crmImportFormats();

/** Helpers the formats share. */
namespace formats {

/** A cell trimmed. */
inline QString cell(const PlatformRow& row, int column)
{
    return row.at(column).trimmed();
}
/** Parses a time cell as its column says; false when it is not a time. */
bool parseTime(const QString& text, const TimeColumn& column, qint64* msecs);
/** The ISO text canonical files use (`2025-03-04T09:15:00Z`). */
QString isoTime(qint64 msecs);
/** How to read a column's times: the date order (options first, then the values, then the
 *  platform's), and the options' zone. */
TimeColumn columnOrder(const PlatformTable& table, int column, const TranslateOptions& options,
                       DateOrder platformDefault);
/** Reads a time cell; false with *error naming the file, line and column when it is not one. */
bool readTime(const PlatformTable& table, qint64 line, const QString& column, const QString& text,
              const TimeColumn& how, qint64* msecs, InputError* error);
/** `FILE:LINE: reason` for a time cell that cannot be read. */
InputError badTime(const PlatformTable& table, qint64 line, const QString& column,
                   const QString& text);
/** A new activity row of `type` at `at` (ms) for the person named in `whoColumn`. */
void addActivity(Translation* out, qint64 line, const char16_t* whoColumn, const QString& who,
                 const QString& type, qint64 at, const QString& campaign);
/** A GitHub-style bot: type "Bot", or a login ending in "[bot]" or "-bot". */
bool isBotLogin(const QString& login, const QString& type);

} // namespace formats

} // namespace rapport::io
