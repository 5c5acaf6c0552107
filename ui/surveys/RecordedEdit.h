// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectRepositoryTypes.h"

#include <QByteArray>
#include <QUndoCommand>

#include <functional>

namespace rapport::ui {

class ProjectSession;

/**
 * One user edit of the project, whatever it changes: it runs once through the
 * repositories (validated), while SQLite's session extension records every row it
 * touches; undo applies the inverse changeset and redo the changeset, each in a project
 * transaction. So undo restores exactly the rows that were there (keys, versions, times,
 * dependent rows such as answers of a removed question), and one class serves every edit.
 *
 * If rows it touched were changed since outside the undo stack (an import, say), undo
 * or redo changes nothing, reports why and the step leaves the stack.
 */
class RecordedEdit : public QUndoCommand
{
public:
    using Edit = std::function<storage::StoreResult()>;
    using Report = std::function<void(const QString& message)>;

    /**
     * Runs edit on session's project and pushes it as one undo step called text. False
     * with *error (the repository's message; nothing changed, nothing pushed) if it
     * failed. An edit that changed nothing pushes nothing and returns true. report hears
     * about a later undo or redo that could not be applied; applied is called each time the
     * step is done, undone or redone, before the session says its content changed.
     */
    static bool run(ProjectSession& session, const QString& text, const Edit& edit,
                    QString* error, Report report = {}, std::function<void()> applied = {});

    void undo() override;
    void redo() override;

private:
    RecordedEdit(ProjectSession& session, const QString& text, QByteArray changes,
                 QByteArray inverse, Report report, std::function<void()> applied);
    void apply(const QByteArray& changes, bool undoing);

    ProjectSession& m_session;
    QByteArray m_changes;
    QByteArray m_inverse;
    Report m_report;
    std::function<void()> m_applied;
    bool m_done = true; // pushed after it ran: the first redo() has nothing to do
};

/** The message of a failed write: the validation messages when there are any. */
QString storeMessage(const storage::StoreResult& result);

} // namespace rapport::ui
