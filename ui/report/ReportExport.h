// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/ReportOptions.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace rapport::storage {
struct EngineData;
}

namespace rapport::report {

/** Where a report's data come from. */
struct ReportSource
{
    QSqlDatabase db;     ///< the project's connection, of the calling thread
    QString projectPath; ///< names the project in the report, and its file time
    /** The engine's data already loaded (the window's session); null: loaded from db. */
    std::shared_ptr<const storage::EngineData> data;
    QDateTime now; ///< "computed at" (UTC)
};

/** How long each phase took, for the benchmark; and what was written. */
struct ReportTimings
{
    double loadMs = 0;    ///< engine data (0 when given)
    double contentMs = 0; ///< content loop data
    double hashMs = 0;    ///< content hash
    double computeMs = 0; ///< the figures (engine queries)
    double renderMs = 0;  ///< drawing the PDF
    double writeMs = 0;   ///< properties and the file
    double totalMs = 0;
    int pages = 0;
    qint64 bytes = 0;
    std::vector<std::pair<const char*, double>> queryMs; ///< computeMs by group of queries
};

/**
 * Writes an executive report or an author statement as a PDF.
 *
 * The PDF is drawn in memory, completed with its document properties (PdfInfo) and only
 * then written through QSaveFile: a failure or a cancel at any point leaves whatever was at
 * outPath before untouched, and never a partial file. Needs a QGuiApplication (fonts); runs
 * on any thread that owns source.db.
 */
class ReportExport
{
public:
    /** The share done (0–1); returning false cancels (the export then fails with "cancelled"). */
    using Progress = std::function<bool(double share)>;

    static bool writeReport(const ReportSource& source, const ReportOptions& options, const QString& outPath,
                            const Progress& progress, QString* error, ReportTimings* timings = nullptr);
    /** The author statement of the person with email options.author (any of their emails). */
    static bool writeAuthorStatement(const ReportSource& source, const ReportOptions& options,
                                     const QString& outPath, const Progress& progress, QString* error,
                                     ReportTimings* timings = nullptr);
};

} // namespace rapport::report
