// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ColumnMapping.h"
#include "core/io/CsvReader.h"
#include "core/io/ImportReport.h"
#include "core/io/InputError.h"

#include <QCoreApplication>

#include <functional>

namespace rapport::model {
class Clock;
}
namespace rapport::storage {
class ProjectFile;
}

namespace rapport::io {

/** The canonical CSV files Rapport reads and writes. */
enum class ImportKind { People, Activities, Responses };
QString importKindName(ImportKind kind); // "people", "activities", "responses"
bool importKindFromName(QStringView name, ImportKind* kind);

/** The canonical header names of a kind (what a --mapping may name). */
QStringList canonicalColumns(ImportKind kind);

/** Told now and then how much of its file an import has read (0–1), on the import's
 *  thread; returning false cancels the import: it is rolled back and fails with "the import
 *  was cancelled". */
using ImportProgress = std::function<bool(double share)>;

struct ImportOptions
{
    ColumnMapping mapping;
    /** Compute the same report, then roll everything back. */
    bool dryRun = false;
    CsvOptions csv;
    ImportProgress progress;
};

/**
 * Imports a canonical CSV (see docs in the .cpp and issue 2 §4) into an open project.
 *
 * All-or-nothing: everything happens in one storage::Transaction, and any error rolls it back
 * and names the file and line (`people.csv:42: ...`). Idempotent: people are matched (by `id`
 * when the file has Rapport's own ids, then by trimmed, case-folded email, then by platform
 * handle) and only get information they lacked; activities already stored are skipped (the
 * store is a set); responses are matched by survey, person (or anonymous), submission time
 * and answers.
 *
 * Decisions: a person named in an activities or responses file who is not in the project is
 * created from the identities on that line (source "import"), like a campaign or channel
 * named there; content must already exist (it needs authors, which an activity line cannot
 * say). A people row with neither an email nor a handle (nor id) is skipped, because nothing
 * could match it on the next import. Cells are read through restoreNeutralisedFormula(), so
 * Rapport's own exports read back exactly.
 */
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    CsvImporter(storage::ProjectFile& project, const model::Clock& clock);

    /** False with *error set (and the project unchanged) on any problem. */
    bool importFile(ImportKind kind, const QString& path, const ImportOptions& options, ImportReport* report,
                    InputError* error);

private:
    storage::ProjectFile& m_project;
    const model::Clock& m_clock;
};

} // namespace rapport::io
