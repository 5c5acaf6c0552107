// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectRepositoryTypes.h"
#include "core/storage/RecordedEdit.h"
#include "ui/ChangePublisher.h"

#include <QList>
#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace rapport::ui {

class ProjectSession;

/**
 * One user action on the project, kept on the undo stack as exactly the rows it changed:
 * the edit runs once, through the repositories, in one transaction while SQLite records
 * every row it touches (storage::RecordedEdit); undo applies the inverse record and redo
 * the record itself. Every column comes back as it was — keys that other rows refer to,
 * row versions, dependent rows such as a deleted person's rewards or a removed question's
 * answers — so every edit of every area needs only this one command class.
 *
 * If the rows were changed since outside the undo stack (an import, say), undo or redo
 * changes nothing, reports why and the step leaves the stack.
 *
 * Commands with the same non-empty merge key (say "this campaign's budget") merge when
 * pushed one after the other: their records are joined, and undo takes both back at once.
 */
class RecordedEditCommand : public QUndoCommand
{
public:
    using Edit = std::function<storage::StoreResult()>;
    using Report = std::function<void(const QString& message)>;
    using Applied = std::function<void(const QList<qint64>& affected)>;

    RecordedEditCommand(ProjectSession& session, const QString& text, QString mergeKey = {});

    /**
     * Runs edit on the session's project as command and pushes command onto the session's
     * undo stack (its first redo does nothing more). An edit that changed nothing pushes
     * nothing and returns true. False with *error (storeMessage(); nothing changed, nothing
     * pushed) if it failed.
     */
    static bool push(std::unique_ptr<RecordedEditCommand> command, const Edit& edit,
                     QString* error);

    /** Hears why a later undo or redo could not be applied. */
    void setOnFailed(Report failed) { m_onFailed = std::move(failed); }
    /** The same through a member of receiver (a signal, say), while receiver lives. */
    template <typename Receiver>
    void setOnFailed(Receiver* receiver, void (Receiver::*failed)(const QString&))
    {
        m_onFailed = [guard = QPointer<Receiver>(receiver), failed](const QString& message) {
            if (guard)
                (guard->*failed)(message);
        };
    }
    /** Called each time the step is done (pushed), undone or redone, with affected(), before
     *  the session says its content changed. */
    void setOnApplied(Applied applied) { m_onApplied = std::move(applied); }
    /** The people (keys) whose rows the edit changes, for the applied callback. */
    void setAffected(const QList<qint64>& people) { m_affected = people; }
    QList<qint64> affected() const { return m_affected; }

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    /** Leaves the stack after a failed undo or redo, and says why (message has %1 for the
     *  text and %2 for error). */
    void drop(const QString& message, const QString& error);
    /** Sends an undo or redo to the session's publisher (a team workspace), if any. */
    void publish(ChangePublisher::Step step);
    void applied();

    ProjectSession& m_session;
    QString m_mergeKey;
    storage::RecordedEdit m_edit;
    Report m_onFailed;
    Applied m_onApplied;
    QList<qint64> m_affected;
    bool m_pending = false; // the edit ran before the push: the first redo() skips it
};

/** The message of a failed write: its validation messages (each once) when there are any. */
QString storeMessage(const storage::StoreResult& result);

} // namespace rapport::ui
