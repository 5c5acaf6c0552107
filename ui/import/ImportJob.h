// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/FileImporter.h"
#include "ui/BackgroundTask.h"

namespace rapport::ui {

/** How an import (or its dry run) on a worker thread ended. */
struct ImportOutcome
{
    bool ok = false;
    bool cancelled = false; ///< stopped on request; the project is unchanged
    io::ImportReport report;
    io::InputError error;
};

/**
 * Runs io::FileImporter on a worker thread, through a second connection to the project
 * (a Qt connection belongs to the thread that opened it; SQLite lets two share a file).
 * The import is all or nothing: cancelled or failed, it is rolled back. Call on the worker.
 */
ImportOutcome runImportJob(const storage::ProjectFile& project, const model::Clock& clock,
                           const QString& path, io::FileImportOptions options,
                           const BackgroundTask::Progress& progress);

} // namespace rapport::ui
