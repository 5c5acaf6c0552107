// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/WorkspaceLink.h"

#include "ui/ProjectSession.h"

#include <QTimer>

namespace rapport::ui {

namespace {

/** The rows a fetch wrote into the working copy, as the engine counts them. */
storage::EngineChanges engineRows(const workspace::RemoteChanges& changes)
{
    storage::EngineChanges rows;
    for (const workspace::RowRef& row : changes.changed)
        rows.add(row.table, row.key, false);
    for (const workspace::RowRef& row : changes.removed)
        rows.add(row.table, row.key, true);
    return rows;
}

} // namespace

using workspace::PushResult;
using workspace::SyncConflict;

WorkspaceLink::WorkspaceLink(ProjectSession& session, QSqlDatabase server, QString serverConnection,
                             workspace::WorkspaceAddress address, ConflictResolver resolver)
    : m_session(session), m_serverConnection(std::move(serverConnection)), m_address(std::move(address)),
      m_resolver(std::move(resolver)),
      m_sync(std::make_unique<workspace::WorkspaceSync>(session.file().database(), server)),
      m_poll(new QTimer(this))
{
    connect(m_sync.get(), &workspace::WorkspaceSync::remoteChangesAvailable, this,
            &WorkspaceLink::readRemoteChanges);
    m_poll->setInterval(15000);
    connect(m_poll, &QTimer::timeout, this, &WorkspaceLink::readRemoteChanges);
}

int WorkspaceLink::pollInterval() const
{
    return m_poll->interval();
}

void WorkspaceLink::setPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

WorkspaceLink::~WorkspaceLink()
{
    m_sync.reset();
    {
        QSqlDatabase server = QSqlDatabase::database(m_serverConnection, false);
        server.close();
    }
    QSqlDatabase::removeDatabase(m_serverConnection);
}

bool WorkspaceLink::startListening(QString* error)
{
    if (!m_sync->startListening(error))
        return false;
    m_poll->start();
    return true;
}

bool WorkspaceLink::catchUp(QString* error)
{
    workspace::RemoteChanges changes = m_sync->fetchRemoteChanges();
    if (!changes && changes.stale) {
        *error = changes.message;
        m_poll->stop();
        emit copyOutdated(changes.message);
        return false;
    }
    if (!changes) {
        // The connection may have been lost: open it again and read once more.
        QString reconnectError;
        if (m_sync->reconnect(&reconnectError))
            changes = m_sync->fetchRemoteChanges();
    }
    if (!changes) {
        *error = changes.message;
        return false;
    }
    if (!changes.isEmpty()) {
        m_session.takeRemoteChanges(engineRows(changes));
        emit remoteChangesRead(int(changes.changed.size() + changes.removed.size()));
    }
    return true;
}

void WorkspaceLink::readRemoteChanges()
{
    if (m_publishing)
        return; // publish() reads them itself when it is done
    QString error;
    if (!catchUp(&error) && m_poll->isActive()) // stopped: the copy is outdated, and said so
        emit remoteChangesFailed(error);
}

bool WorkspaceLink::prepare(QString* error)
{
    return catchUp(error);
}

ChangePublisher::Outcome WorkspaceLink::publish(const QByteArray& changes, Step step, const QString& what)
{
    m_publishing = true;
    PushResult pushed = m_sync->push(changes);
    if (pushed.status == PushResult::Status::Failed) {
        // Nothing reached the server; if the connection was lost, open it again and send once
        // more (row versions still catch whatever someone else changed meanwhile).
        QString reconnectError;
        if (m_sync->reconnect(&reconnectError))
            pushed = m_sync->push(changes);
    }
    m_publishing = false;
    if (pushed) {
        m_session.takeRemoteChanges(); // nothing to save: the server has it
        return Outcome::published();
    }
    switch (pushed.status) {
    case PushResult::Status::Pushed:
        break;
    case PushResult::Status::Refused:
        return Outcome::refused(tr("You may read this workspace but not change it, so “%1” was not made. Ask "
                                   "its owner to make you an editor. (%2)")
                                    .arg(what, pushed.message));
    case PushResult::Status::Failed:
        return Outcome::refused(tr("“%1” could not be sent to the workspace, so it was not made: %2")
                                    .arg(what, pushed.message));
    case PushResult::Status::Conflict: {
        const SyncConflict& conflict = pushed.conflict;
        if (step == Step::Import) {
            // Thousands of rows are not put to the user one by one: the import is taken back
            // (by the caller), the other changes read in, and the file can be imported again.
            QTimer::singleShot(0, this, &WorkspaceLink::readRemoteChanges);
            return Outcome::refused(tr("“%1” was not sent to the workspace, so it was taken back: %2 Import it "
                                       "again to bring it in.")
                                        .arg(what, conflict.message));
        }
        if (conflict.kind == SyncConflict::Kind::KeyTaken || conflict.kind == SyncConflict::Kind::Duplicate) {
            // Someone added a record at the same moment: ours is taken back (by the caller);
            // read theirs in right after, so the next try gets a fresh key.
            QTimer::singleShot(0, this, &WorkspaceLink::readRemoteChanges);
            return Outcome::refused(conflict.message);
        }
        const Choice choice = m_resolver ? m_resolver(conflict) : Choice::TakeTheirs;
        if (choice == Choice::KeepMine) {
            const PushResult forced = m_sync->keepMine(conflict);
            if (!forced)
                return Outcome::refused(forced.message);
            m_session.takeRemoteChanges();
            return Outcome::published();
        }
        const workspace::RemoteChanges theirs = m_sync->takeTheirs(conflict);
        if (!theirs)
            return Outcome::refused(theirs.message);
        m_session.takeRemoteChanges(engineRows(theirs));
        return Outcome::replaced();
    }
    }
    return Outcome::refused(pushed.message);
}

} // namespace rapport::ui
