// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportJob.h"

#include "core/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rapport::ui {

ImportOutcome runImportJob(const storage::ProjectFile& project, const model::Clock& clock,
                           const QString& path, io::FileImportOptions options,
                           const BackgroundTask::Progress& progress)
{
    ImportOutcome outcome;
    storage::FileResult opened;
    std::unique_ptr<storage::ProjectFile> connection = project.openSecondConnection(&opened);
    if (!connection) {
        outcome.error = io::InputError{QFileInfo(path).fileName(), 0, opened.message};
        return outcome;
    }
    options.progress = [&](double share) {
        outcome.cancelled = outcome.cancelled || !progress(share);
        return !outcome.cancelled;
    };
    io::FileImporter importer(*connection, clock);
    outcome.ok = importer.importFile(path, options, &outcome.report, &outcome.error);
    if (outcome.ok)
        outcome.cancelled = false; // it ended before it could be stopped: it stands
    return outcome;
}

} // namespace rapport::ui
