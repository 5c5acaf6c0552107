// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportCommand.h"

#include "ui/ProjectSession.h"

#include <QApplication>
#include <QCursor>

namespace rapport::ui {

namespace {

/** A wait cursor while a large import is taken out or put back. */
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

ImportCommand::ImportCommand(ProjectSession& session, storage::ImportLogEntry entry,
                             std::function<void(const QString&)> reportError)
    : m_session(session), m_entry(std::move(entry)), m_reportError(std::move(reportError))
{
    setText(tr("Import %1").arg(m_entry.file));
}

void ImportCommand::fail(const QString& message)
{
    setObsolete(true);
    if (m_reportError)
        m_reportError(message);
}

void ImportCommand::undo()
{
    if (!m_applied)
        return;
    const WaitCursor wait;
    storage::ImportLog log(m_session.file().database());
    const QList<storage::ImportLogEntry> entries = log.list();
    if (entries.isEmpty() || entries.back().key != m_entry.key) {
        fail(tr("The import of %1 cannot be undone: a later import must be undone first.")
                 .arg(m_entry.file));
        return;
    }
    storage::ImportLogEntry undone;
    QString error;
    if (!log.undoLatest(&undone, &error, &m_undone)) {
        fail(error);
        return;
    }
    m_applied = false;
    m_session.file().markModified();
}

void ImportCommand::redo()
{
    if (m_applied)
        return; // pushed after the import was made
    const WaitCursor wait;
    qint64 key = 0;
    QString error;
    if (!storage::ImportLog(m_session.file().database()).redo(m_undone, &key, &error)) {
        fail(error);
        return;
    }
    m_entry.key = key;
    m_applied = true;
    m_session.file().markModified();
}

} // namespace rapport::ui
