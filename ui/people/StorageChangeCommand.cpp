// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/StorageChangeCommand.h"

#include "core/storage/Changeset.h"
#include "core/storage/ImportLog.h"
#include "ui/ProjectSession.h"


namespace rapport::ui {

StorageChangeCommand::StorageChangeCommand(ProjectSession& session, const QString& text)
    : QUndoCommand(text), m_session(&session)
{
}

std::unique_ptr<StorageChangeCommand> StorageChangeCommand::run(ProjectSession& session,
                                                                const QString& text,
                                                                const Edit& edit, QString* error)
{
    std::unique_ptr<StorageChangeCommand> command(new StorageChangeCommand(session, text));
    storage::Transaction transaction = session.file().transaction();
    if (!transaction.isActive()) {
        *error = tr("The project cannot be changed right now.");
        return nullptr;
    }
    {
        storage::ChangeRecorder recorder(session.file().database());
        if (!recorder.isActive(error))
            return nullptr;
        if (!edit(error))
            return nullptr; // the transaction rolls back
        command->m_redo = recorder.changes(error);
        if (command->m_redo.isNull() && !error->isEmpty())
            return nullptr;
        command->m_undo = recorder.inverse(error);
        if (command->m_undo.isNull() && !error->isEmpty())
            return nullptr;
    }
    if (!transaction.commit(error))
        return nullptr;
    return command;
}

void StorageChangeCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        if (m_onApplied)
            m_onApplied(m_affected);
        return;
    }
    replay(m_redo);
}

void StorageChangeCommand::undo()
{
    replay(m_undo);
}

void StorageChangeCommand::replay(const QByteArray& changes)
{
    if (!m_session)
        return;
    QString error;
    storage::Transaction transaction = m_session->file().transaction();
    const bool ok = transaction.isActive() &&
                    storage::Changeset::apply(m_session->file().database(), changes, &error) &&
                    transaction.commit(&error);
    if (!ok) {
        transaction.rollback();
        // The step no longer fits the project: the stack drops it.
        setObsolete(true);
        if (m_onFailed)
            m_onFailed(tr("“%1” cannot be undone or redone: %2").arg(text(), error));
    }
    if (m_onApplied)
        m_onApplied(m_affected);
}

} // namespace rapport::ui
