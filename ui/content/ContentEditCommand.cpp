// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/ContentEditCommand.h"

#include "ui/ProjectSession.h"

#include <QCoreApplication>

namespace rapport::ui {

ContentEditCommand::ContentEditCommand(ProjectSession& session, const QString& text,
                                       ErrorSink onError)
    : QUndoCommand(text), m_session(session), m_onError(std::move(onError))
{
}

std::unique_ptr<ContentEditCommand> ContentEditCommand::run(ProjectSession& session,
                                                            const QString& text, const Edit& edit,
                                                            ErrorSink onError,
                                                            storage::StoreResult* result)
{
    std::unique_ptr<ContentEditCommand> command(
        new ContentEditCommand(session, text, std::move(onError)));
    *result = storage::RecordedEdit::record(session.file(), edit, &command->m_edit);
    if (!*result)
        return nullptr;
    return command;
}

void ContentEditCommand::undo()
{
    QString error;
    if (!m_edit.undo(m_session.file(), &error)) {
        // The rows changed under the stack (an import, another program): drop the step
        // rather than leave a half-undone project.
        setObsolete(true);
        if (m_onError)
            m_onError(QCoreApplication::translate("rapport::ui::ContentEditCommand",
                                                  "“%1” cannot be undone: %2")
                          .arg(text(), error));
        return;
    }
    m_applied = false;
}

void ContentEditCommand::redo()
{
    if (m_applied)
        return; // the edit ran when the command was made
    QString error;
    if (!m_edit.redo(m_session.file(), &error)) {
        setObsolete(true);
        if (m_onError)
            m_onError(QCoreApplication::translate("rapport::ui::ContentEditCommand",
                                                  "“%1” cannot be redone: %2")
                          .arg(text(), error));
        return;
    }
    m_applied = true;
}

} // namespace rapport::ui
