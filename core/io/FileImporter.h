// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/CsvImporter.h"
#include "core/io/ImportFormat.h"

#include <QCoreApplication>

#include <optional>

namespace rapport::io {

struct FileImportOptions
{
    /** "auto" (recognise the file), a platform preset ("eventbrite", ... importFormats()),
     *  or a canonical kind ("people", "activities", "responses"). */
    QString preset = QStringLiteral("auto");
    ColumnMapping mapping; ///< canonical files only
    bool dryRun = false;
    CsvOptions csv;
    TranslateOptions translate;
    ImportProgress progress; ///< how far it got; false cancels (see ImportProgress)
};

/**
 * Imports any file a community team has: a canonical CSV (streamed by CsvImporter), or a
 * platform's export recognised from its header (ImportFormat), translated into people,
 * activities and responses and imported in one transaction: all or nothing, the error
 * naming the file and line, the project unchanged on failure or in a dry run. People are
 * matched across files and platforms by normalised email, then by platform handle.
 */
class FileImporter
{
    Q_DECLARE_TR_FUNCTIONS(FileImporter)

public:
    FileImporter(storage::ProjectFile& project, const model::Clock& clock);

    bool importFile(const QString& path, const FileImportOptions& options, ImportReport* report,
                    InputError* error);

    /** What the file is: a format's name, a canonical kind's name, or empty with *error. */
    static QString recognise(const QString& path, const CsvOptions& csv, InputError* error);

private:
    bool importTranslation(const PlatformTable& table, const Translation& translation,
                           const FileImportOptions& options, ImportReport* report,
                           InputError* error);

    storage::ProjectFile& m_project;
    const model::Clock& m_clock;
};

/** The canonical kind a header is, if it is one (activities: type + timestamp;
 *  responses: submitted_at; people: an email or handle column). */
std::optional<ImportKind> canonicalKindOf(const QStringList& header);

} // namespace rapport::io
