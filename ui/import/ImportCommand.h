// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ImportLog.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace rapport::ui {

class ProjectSession;

/**
 * A whole import as one undo step. The import itself ran before the command was pushed
 * (on a worker, see ImportJob), so the first redo() does nothing. undo() applies the
 * import's undo record (storage::ImportLog::undoLatest); redo() applies the import's own
 * changes again, exactly (storage::ImportLog::redo). When either cannot be done, because the
 * rows have changed since outside the undo history or a later import is in the way, nothing
 * is changed, the user is told why, and the command leaves the history (obsolete).
 *
 * In a team workspace every step also goes to the server (ProjectSession::publisher()): the
 * import itself through publishNew() before the command is pushed, undo and redo as they
 * happen. What the server refuses (a viewer, an unreachable server, someone else's change to
 * the same rows) is taken back in the working copy too, and the user is told why.
 */
class ImportCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ImportCommand)

public:
    /** entry: the import just made, the newest in the project's import log. reportError
     *  tells the user why an undo or redo could not be made. */
    ImportCommand(ProjectSession& session, storage::ImportLogEntry entry,
                  std::function<void(const QString&)> reportError);

    void undo() override;
    void redo() override;

    /**
     * In a team workspace: sends the import just made (entry, the newest in the log) to the
     * server as one change. If the server does not take it, the import is taken back in the
     * working copy as well and false returned with *error saying why. A file project: true.
     */
    static bool publishNew(ProjectSession& session, const storage::ImportLogEntry& entry, QString* error);

    /** The import's key in the project's import log (changes when it is redone). */
    qint64 logKey() const { return m_entry.key; }

private:
    void fail(const QString& message);

    ProjectSession& m_session;
    storage::ImportLogEntry m_entry;
    storage::UndoneImport m_undone;
    std::function<void(const QString&)> m_reportError;
    bool m_applied = true; // the import is in the project
};

} // namespace rapport::ui
