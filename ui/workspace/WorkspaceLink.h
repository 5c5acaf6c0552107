// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspace/WorkspaceAddress.h"
#include "core/workspace/WorkspaceSync.h"
#include "ui/ChangePublisher.h"

#include <QObject>

class QTimer;

#include <functional>
#include <memory>

namespace rapport::ui {

class ProjectSession;

/**
 * Ties an open project (the local working copy of a team workspace) to the server: every
 * edit, undo and redo is pushed as its own server transaction; before an edit the copy
 * catches up with other people's changes; their commits (LISTEN/NOTIFY) are read in as
 * they happen and the views re-read. When someone else changed the same record first, the
 * conflict is put to the user: keep mine (overwrite theirs) or take theirs (drop mine).
 *
 * Owns the server connection (opened on this thread) and removes it when destroyed. When
 * the connection is lost (the server restarted, the network dropped), the next push or read
 * opens it again and tries once more; a poll every pollInterval() reads what notifications
 * a lost connection missed, and notices the loss when nobody edits.
 */
class WorkspaceLink final : public QObject, public ChangePublisher
{
    Q_OBJECT

public:
    enum class Choice { KeepMine, TakeTheirs };
    using ConflictResolver = std::function<Choice(const workspace::SyncConflict& conflict)>;

    /** server: an open QPSQL connection named serverConnection, handed over to this link. */
    WorkspaceLink(ProjectSession& session, QSqlDatabase server, QString serverConnection,
                  workspace::WorkspaceAddress address, ConflictResolver resolver);
    ~WorkspaceLink() override;

    /** Starts hearing other people's commits; false with *error if the server refused. */
    bool startListening(QString* error);
    /** Reads other people's changes now; false with *error (the copy is then unchanged). */
    bool catchUp(QString* error);

    /** How often other people's changes are read without a notification (default 15 s). */
    int pollInterval() const;
    void setPollInterval(int milliseconds);

    const workspace::WorkspaceAddress& address() const { return m_address; }
    workspace::WorkspaceSync& sync() const { return *m_sync; }

    bool prepare(QString* error) override;
    Outcome publish(const QByteArray& changes, Step step, const QString& what) override;

signals:
    /** Other people's changes arrived (after the views were told); for the status bar. */
    void remoteChangesRead(int rows);
    /** Reading other people's changes failed (the server went away, say). */
    void remoteChangesFailed(const QString& message);
    /** The copy can no longer catch up (the project was replaced on the server, or the change
     *  log pruned past it): it must be read again whole. Nothing of the user's is lost: every
     *  change was sent when it was made. */
    void copyOutdated(const QString& message);

private:
    void readRemoteChanges();

    ProjectSession& m_session;
    QString m_serverConnection;
    workspace::WorkspaceAddress m_address;
    ConflictResolver m_resolver;
    std::unique_ptr<workspace::WorkspaceSync> m_sync;
    bool m_publishing = false;
    QTimer* m_poll;
};

} // namespace rapport::ui
