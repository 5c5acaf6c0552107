// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rapport::io {

/** A row that was read but not imported, and why (not an error: the import goes on). */
struct SkippedRow
{
    qint64 line = 0;
    QString reason;
    friend bool operator==(const SkippedRow&, const SkippedRow&) = default;
};

/** What an import created, matched and skipped; the same for a dry run. */
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    /** At most this many skipped rows are listed; skippedTotal counts them all. */
    static constexpr int kMaxListedSkips = 1000;

    QString file;
    QString format;   // "eventbrite", "typeform", ...; or the canonical "people", "activities", "responses"
    QString encoding; // "utf-8", "windows-1252", ...
    QString delimiter;
    bool dryRun = false;
    qint64 rows = 0; // records after the header
    qint64 peopleCreated = 0;
    qint64 peopleMatched = 0; // rows that found a person already known (in the project or earlier in the file)
    qint64 peopleUpdated = 0; // matched people who got new information
    qint64 activitiesCreated = 0;
    qint64 activitiesExisting = 0; // already stored, or repeated in the file
    qint64 responsesCreated = 0;
    qint64 responsesExisting = 0;
    qint64 campaignsCreated = 0;
    qint64 channelsCreated = 0;
    qint64 surveysCreated = 0;
    qint64 questionsAdded = 0; // to surveys that existed
    QList<SkippedRow> skipped;
    qint64 skippedTotal = 0;

    void skip(qint64 line, const QString& reason);
    /** Whether the project would change. */
    bool changesProject() const;
    /** Keys: people_created, people_matched, people_updated, activities_created,
     *  activities_existing, responses_created, responses_existing, campaigns_created,
     *  channels_created, surveys_created, questions_added, rows, skipped [{line, reason}],
     *  skipped_total, dry_run, file, format, encoding. */
    QJsonObject toJson() const;
    /** A few lines for people. */
    QString toText() const;
};

} // namespace rapport::io
