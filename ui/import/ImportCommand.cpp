// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportCommand.h"

#include "ui/ChangePublisher.h"
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

bool ImportCommand::publishNew(ProjectSession& session, const storage::ImportLogEntry& entry, QString* error)
{
    ChangePublisher* publisher = session.publisher();
    if (!publisher)
        return true;
    QByteArray changes;
    storage::ImportLog log(session.file().database());
    ChangePublisher::Outcome outcome;
    if (!log.changesOf(entry.key, &changes, error))
        outcome = ChangePublisher::Outcome::refused(*error);
    else if (!changes.isEmpty())
        outcome = publisher->publish(changes, ChangePublisher::Step::Import, tr("Import %1").arg(entry.file));
    if (outcome.kind == ChangePublisher::Outcome::Kind::Published)
        return true;
    *error = outcome.message;
    storage::ImportLogEntry undone;
    QString undoError;
    if (!log.undoLatest(&undone, &undoError))
        *error += u' '
                  + tr("It could not be taken back in your copy either (%1); open the workspace again to read "
                       "what the server holds.")
                        .arg(undoError);
    session.updateModified();
    emit session.contentChanged();
    return false;
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
    if (ChangePublisher* publisher = m_session.publisher()) {
        QByteArray inverse;
        ChangePublisher::Outcome outcome;
        if (!storage::ImportLog::undoRecordOf(m_undone, &inverse, &error))
            outcome = ChangePublisher::Outcome::refused(error);
        else if (!inverse.isEmpty())
            outcome = publisher->publish(inverse, ChangePublisher::Step::Import, text());
        if (outcome.kind != ChangePublisher::Outcome::Kind::Published) {
            qint64 key = 0;
            QString redoError;
            if (log.redo(m_undone, &key, &redoError))
                m_entry.key = key; // as it was: the import stands, in the copy as on the server
            fail(outcome.message);
            return;
        }
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
    storage::ImportLog log(m_session.file().database());
    if (!log.redo(m_undone, &key, &error)) {
        fail(error);
        return;
    }
    m_entry.key = key;
    if (m_session.publisher()) {
        storage::ImportLogEntry entry = m_entry;
        if (!publishNew(m_session, entry, &error)) { // taken back in the copy too
            fail(error);
            return;
        }
    }
    m_applied = true;
    m_session.file().markModified();
}

} // namespace rapport::ui
