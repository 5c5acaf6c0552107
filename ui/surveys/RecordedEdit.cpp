// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/surveys/RecordedEdit.h"

#include "core/storage/Changeset.h"
#include "core/storage/ImportLog.h"
#include "core/storage/Transaction.h"
#include "ui/ProjectSession.h"

#include <QCoreApplication>

namespace rapport::ui {

QString storeMessage(const storage::StoreResult& result)
{
    if (result.validation.isEmpty())
        return result.message;
    QStringList messages;
    for (const model::ValidationError& e : result.validation)
        messages << e.message;
    return messages.join(u' ');
}

bool RecordedEdit::run(ProjectSession& session, const QString& text, const Edit& edit,
                       QString* error, Report report, std::function<void()> applied)
{
    QByteArray changes, inverse;
    {
        storage::Transaction transaction = session.file().transaction();
        if (!transaction.isActive()) {
            *error = QCoreApplication::translate("rapport::ui::RecordedEdit",
                                                 "The project cannot be changed.");
            return false;
        }
        {
            storage::ChangeRecorder recorder(session.file().database());
            if (!recorder.isActive(error))
                return false;
            const storage::StoreResult result = edit();
            if (!result) {
                *error = storeMessage(result);
                return false; // the transaction rolls back
            }
            changes = recorder.changes(error);
            if (changes.isEmpty())
                return error->isEmpty(); // nothing changed: nothing to undo
            inverse = recorder.inverse(error);
            if (inverse.isEmpty())
                return false;
        }
        if (!transaction.commit(error))
            return false;
    }
    session.undoStack()->push(
        new RecordedEdit(session, text, std::move(changes), std::move(inverse), std::move(report),
                         std::move(applied)));
    return true;
}

RecordedEdit::RecordedEdit(ProjectSession& session, const QString& text, QByteArray changes,
                           QByteArray inverse, Report report, std::function<void()> applied)
    : QUndoCommand(text), m_session(session), m_changes(std::move(changes)),
      m_inverse(std::move(inverse)), m_report(std::move(report)), m_applied(std::move(applied))
{
}

void RecordedEdit::undo()
{
    apply(m_inverse, true);
    if (m_applied)
        m_applied();
}

void RecordedEdit::redo()
{
    if (m_done)
        m_done = false;
    else
        apply(m_changes, false);
    if (m_applied)
        m_applied();
}

void RecordedEdit::apply(const QByteArray& changes, bool undoing)
{
    QString error;
    storage::Transaction transaction = m_session.file().transaction();
    if (transaction.isActive() && storage::Changeset::apply(m_session.file().database(), changes, &error)
        && transaction.commit(&error))
        return;
    transaction.rollback();
    // The stack drops a step that could not be applied; the project is as it was.
    setObsolete(true);
    if (m_report)
        m_report((undoing ? QCoreApplication::translate("rapport::ui::RecordedEdit",
                                                        "“%1” cannot be undone: %2")
                          : QCoreApplication::translate("rapport::ui::RecordedEdit",
                                                        "“%1” cannot be redone: %2"))
                     .arg(text(), error));
}

} // namespace rapport::ui
