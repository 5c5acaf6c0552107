// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecordedEditCommand.h"

#include "ui/ChangePublisher.h"
#include "ui/ProjectSession.h"

#include <QCoreApplication>

namespace rapport::ui {

namespace {
// All recorded edits share one id; mergeWith compares their keys.
constexpr int kRecordedEditId = 0x52454331; // "REC1"
} // namespace

QString storeMessage(const storage::StoreResult& result)
{
    if (result.validation.isEmpty())
        return result.message;
    QStringList messages;
    for (const model::ValidationError& error : result.validation)
        if (!messages.contains(error.message))
            messages << error.message;
    return messages.join(u' ');
}

RecordedEditCommand::RecordedEditCommand(ProjectSession& session, const QString& text,
                                         QString mergeKey)
    : QUndoCommand(text), m_session(session), m_mergeKey(std::move(mergeKey))
{
}

bool RecordedEditCommand::push(std::unique_ptr<RecordedEditCommand> command, const Edit& edit,
                               QString* error)
{
    ChangePublisher* publisher = command->m_session.publisher();
    if (publisher && !publisher->prepare(error))
        return false;
    const storage::StoreResult result =
        storage::RecordedEdit::record(command->m_session.file(), edit, &command->m_edit);
    if (!result) {
        *error = storeMessage(result);
        return false; // nothing was changed
    }
    if (command->m_edit.isEmpty())
        return true; // nothing to undo
    if (publisher) {
        const ChangePublisher::Outcome outcome =
            publisher->publish(command->m_edit.forwardChanges(), ChangePublisher::Step::Edit, command->text());
        if (outcome.kind == ChangePublisher::Outcome::Kind::Replaced)
            return true; // their version stands; there is nothing of ours to undo
        if (outcome.kind == ChangePublisher::Outcome::Kind::Refused) {
            QString ignored;
            command->m_edit.undo(command->m_session.file(), &ignored);
            *error = outcome.message;
            return false;
        }
    }
    command->m_pending = true;
    QUndoStack* stack = command->m_session.undoStack();
    stack->push(command.release());
    return true;
}

void RecordedEditCommand::undo()
{
    QString error;
    if (!m_edit.undo(m_session.file(), &error))
        drop(QCoreApplication::translate("rapport::ui::RecordedEditCommand",
                                         "“%1” cannot be undone: %2"),
             error);
    else
        publish(ChangePublisher::Step::Undo);
    applied();
}

void RecordedEditCommand::redo()
{
    QString error;
    if (m_pending)
        m_pending = false; // the edit ran before the push
    else if (!m_edit.redo(m_session.file(), &error))
        drop(QCoreApplication::translate("rapport::ui::RecordedEditCommand",
                                         "“%1” cannot be redone: %2"),
             error);
    else
        publish(ChangePublisher::Step::Redo);
    applied();
}

void RecordedEditCommand::publish(ChangePublisher::Step step)
{
    ChangePublisher* publisher = m_session.publisher();
    if (!publisher)
        return;
    const bool undoing = step == ChangePublisher::Step::Undo;
    const ChangePublisher::Outcome outcome =
        publisher->publish(undoing ? m_edit.inverseChanges() : m_edit.forwardChanges(), step, text());
    if (outcome.kind == ChangePublisher::Outcome::Kind::Published)
        return;
    if (outcome.kind == ChangePublisher::Outcome::Kind::Refused) {
        // The server keeps what it had: so does the working copy.
        QString ignored;
        if (undoing)
            m_edit.redo(m_session.file(), &ignored);
        else
            m_edit.undo(m_session.file(), &ignored);
    }
    drop(undoing ? QCoreApplication::translate("rapport::ui::RecordedEditCommand", "“%1” cannot be undone: %2")
                 : QCoreApplication::translate("rapport::ui::RecordedEditCommand", "“%1” cannot be redone: %2"),
         outcome.kind == ChangePublisher::Outcome::Kind::Refused
             ? outcome.message
             : QCoreApplication::translate("rapport::ui::RecordedEditCommand",
                                           "you took the other person's version instead."));
}

void RecordedEditCommand::drop(const QString& message, const QString& error)
{
    // The rows changed under the stack (an import, another program): the stack drops the
    // step rather than keep one that no longer fits the project, which is as it was.
    setObsolete(true);
    if (m_onFailed)
        m_onFailed(message.arg(text(), error));
}

void RecordedEditCommand::applied()
{
    if (m_onApplied)
        m_onApplied(m_affected);
}

int RecordedEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kRecordedEditId;
}

bool RecordedEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const RecordedEditCommand*>(other);
    if (!next || next->m_mergeKey != m_mergeKey || &next->m_session != &m_session)
        return false;
    QString error;
    if (!m_edit.append(next->m_edit, &error))
        return false;
    for (const qint64 person : next->m_affected)
        if (!m_affected.contains(person))
            m_affected << person;
    setText(next->text());
    if (m_edit.isEmpty())
        setObsolete(true);
    return true;
}

} // namespace rapport::ui
