// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace rapport::ui {

class ProjectSession;

/**
 * One undo step for any edit of the project's tables. The edit runs once, through the
 * repositories, inside a transaction that records every row it changes (SQLite's session
 * extension, storage::ChangeRecorder); undo replays the inverse changes and redo the changes,
 * so undo restores exactly the previous state — keys, row versions, and rows the edit
 * touched in other tables (a deleted person's rewards or survey responses) included.
 *
 * `affected` names the people whose rows change; `onApplied` (optional) hears of them after
 * every redo and undo, before the session announces contentChanged.
 */
class StorageChangeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(StorageChangeCommand)

public:
    using Edit = std::function<bool(QString* error)>;
    using Applied = std::function<void(const QList<qint64>& affected)>;

    /** Runs edit in a recorded transaction; nullptr with *error if it failed (nothing was
     *  changed then). Push the command to apply it (its first redo does nothing more). */
    static std::unique_ptr<StorageChangeCommand> run(ProjectSession& session, const QString& text,
                                                     const Edit& edit, QString* error);

    void undo() override;
    void redo() override;

    QList<qint64> affected() const { return m_affected; }
    void setAffected(const QList<qint64>& people) { m_affected = people; }
    void setOnApplied(Applied applied) { m_onApplied = std::move(applied); }
    /** Called when replaying fails (the rows changed outside the undo history). */
    void setOnFailed(std::function<void(const QString& message)> failed)
    {
        m_onFailed = std::move(failed);
    }

private:
    StorageChangeCommand(ProjectSession& session, const QString& text);
    void replay(const QByteArray& changes);

    QPointer<ProjectSession> m_session;
    QByteArray m_redo;
    QByteArray m_undo;
    QList<qint64> m_affected;
    Applied m_onApplied;
    std::function<void(const QString&)> m_onFailed;
    bool m_applied = true; // the edit ran when the command was made
};

} // namespace rapport::ui
