// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ProjectMetaCommand.h"

#include "core/storage/ProjectMeta.h"
#include "ui/ProjectSession.h"

#include <QCoreApplication>
#include <QtDebug>

namespace rapport::ui {

bool ProjectMetaCommand::run(ProjectSession& session, const QString& text, const QStringList& rows,
                             const std::function<storage::StoreResult()>& action, QString* error)
{
    if (session.isReadOnly()) {
        if (error)
            *error = QCoreApplication::translate("rapport::ui::ProjectMetaCommand",
                                                 "The project is open read-only.");
        return false;
    }
    const storage::ProjectMeta meta(session.file().database());
    Values before, after;
    for (const QString& row : rows)
        before.push_back(meta.value(row));
    storage::Transaction transaction = session.file().transaction();
    const storage::StoreResult result = action();
    if (!result) {
        if (error)
            *error = result.message;
        return false;
    }
    for (const QString& row : rows)
        after.push_back(meta.value(row));
    if (!transaction.commit(error))
        return false;
    if (before == after)
        return true; // nothing changed: no step
    session.undoStack()->push(new ProjectMetaCommand(session, text, rows, before, after));
    return true;
}

ProjectMetaCommand::ProjectMetaCommand(ProjectSession& session, const QString& text,
                                       QStringList rows, Values before, Values after)
    : QUndoCommand(text), m_session(&session), m_rows(std::move(rows)), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void ProjectMetaCommand::undo()
{
    write(m_before);
}

void ProjectMetaCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    write(m_after);
}

void ProjectMetaCommand::write(const Values& values)
{
    if (!m_session)
        return;
    storage::ProjectMeta meta(m_session->file().database());
    storage::Transaction transaction = m_session->file().transaction();
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (const storage::StoreResult r = meta.setValue(m_rows[i], values[std::size_t(i)]); !r) {
            qWarning() << "Undoing" << text() << "failed:" << r.message;
            return;
        }
    QString error;
    if (!transaction.commit(&error))
        qWarning() << "Undoing" << text() << "failed:" << error;
}

} // namespace rapport::ui
