// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/CsvImporter.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace rapport::model {
class Clock;
}

namespace rapport::io {

class CsvWriter;

/**
 * Writes a project's people, activities or responses as the canonical CSV that CsvImporter
 * reads: UTF-8 with a BOM, CRLF, through a QSaveFile (all or nothing on disk), with formula
 * cells neutralised. Importing the export into a fresh project gives the same data (people
 * keep their ids through the `id` column); importing it into the same project adds nothing.
 *
 * Activities and responses name their person by email and GitHub handle, and by `person_id`
 * only for people who have neither. Merged people appear as the person they were merged into.
 */
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    CsvExporter(QSqlDatabase db, const model::Clock& clock);

    /** The header row written for a kind. */
    static QStringList columns(ImportKind what);
    /** False with a one-line *error naming the output file on failure (nothing is written then). */
    bool exportFile(ImportKind what, const QString& outPath, qint64* rows, QString* error);

private:
    bool writePeople(CsvWriter& writer, qint64* rows, QString* error);
    bool writeActivities(CsvWriter& writer, qint64* rows, QString* error);
    bool writeResponses(CsvWriter& writer, qint64* rows, QString* error);

    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::io
