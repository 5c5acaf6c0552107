// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspace/WorkspaceRows.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

class QTimer;

namespace rapport::workspace {

/** An edit that the server refused because someone else changed the same record first. */
struct SyncConflict
{
    enum class Kind {
        Changed,  // the record was changed on the server since this copy last saw it
        Deleted,  // the record (or one it refers to) was deleted on the server
        KeyTaken, // a new record's key was taken by someone else's new record at the same time
        Duplicate // a new or renamed record's unique value (a name) exists on the server
    };
    Kind kind = Kind::Changed;
    QString table;
    QVariantMap key;     // the record's primary key
    QString id;          // its id (UUID) when the table has one
    QString label;       // its name, title or id, for messages
    QVariantMap theirs;  // the row on the server now; empty when it is gone
    QString changedBy;   // who wrote it last, from the change log (empty if unknown)
    QDateTime changedAt; // when (UTC)
    QByteArray changes;  // the changeset that was refused (what keepMine/takeTheirs resolve)
    QString message;     // one sentence for the user
};

/** The outcome of sending an edit to the server. */
struct PushResult
{
    enum class Status {
        Pushed,   // the server holds the edit
        Conflict, // someone else changed the same record: see conflict; nothing was changed
        Refused,  // the server does not let this user change data (a viewer); nothing was changed
        Failed,   // the server could not be reached or another error; nothing was changed
    };
    Status status = Status::Pushed;
    QString message;
    SyncConflict conflict;
    explicit operator bool() const { return status == Status::Pushed; }
};

/** A position in the server's change log: everything before it is in a local copy. */
struct SyncPoint
{
    qint64 seq = 0;
    QString xmin; // the oldest transaction running when it was read (see WorkspaceChangeLog)
};

/**
 * Keeps a local SQLite working copy of a team workspace and the PostgreSQL workspace in
 * step. The application works on the local copy as on a file (repositories, engine, undo);
 * each recorded edit (storage::RecordedEdit) is then sent with push() as its own server
 * transaction, guarded by row versions so that nobody's edit is overwritten unseen.
 * Other people's edits are read from the change log (WorkspaceChangeLog) with
 * fetchRemoteChanges(), prompted by remoteChangesAvailable() (LISTEN/NOTIFY).
 *
 * In the window, one edit goes: fetchRemoteChanges() (so a new record gets the next key
 * the server has), RecordedEdit::record on the local copy, push(forwardChanges()). On a
 * Conflict the user reads conflict.message and picks keepMine() or takeTheirs(); after
 * takeTheirs the edit is no longer in the local copy, so its undo step is dropped (made
 * obsolete). Undo is RecordedEdit::undo, then push(inverseChanges()); redo likewise with
 * forwardChanges(). Refused (a viewer) and Failed (the server unreachable) leave the edit
 * in the local copy only: take it back locally (undo) or push again. After a fetch or a
 * resolution, RemoteChanges says which tables and keys to reload into the engine and the
 * areas; an undo step whose rows a fetch rewrote refuses to apply and is dropped, as after
 * an import.
 *
 * Both connections belong to the calling thread; all methods run there.
 */
class WorkspaceSync : public QObject
{
    Q_OBJECT

public:
    /** local: the working copy (QSQLITE); server: the workspace (QPSQL). */
    WorkspaceSync(QSqlDatabase local, QSqlDatabase server, QObject* parent = nullptr);
    ~WorkspaceSync() override;

    /** Where the server's change log is now. A pull reads it BEFORE copying the rows and
     *  stores it in the new copy (storePoint), so no later change is missed (changes in
     *  between are fetched again, which is harmless). */
    static bool currentPoint(QSqlDatabase server, SyncPoint* point, QString* error);
    /** Writes point into the local copy's meta table (workspace_seq, workspace_xmin). */
    static bool storePoint(QSqlDatabase local, const SyncPoint& point, QString* error);
    /** The position the local copy is at (seq 0 if it was never synchronised). */
    SyncPoint appliedPoint() const;

    /**
     * Sends an edit's changeset (RecordedEdit::forwardChanges(); inverseChanges() for an
     * undo) to the server in one transaction. Each updated or deleted row must still have
     * the row version (or, where a table has none, the values) the edit started from;
     * otherwise nothing is changed and the result is a Conflict naming the record.
     */
    PushResult push(const QByteArray& changeset);
    /** Resolves a conflict by forcing the refused edit onto the server (without the version
     *  checks; each forced record's row_version becomes the server's + 1), then reads the
     *  rows back, so local copy and server agree. Not possible for KeyTaken/Duplicate (the
     *  new record has to be entered again): Failed with a message saying so. written, if
     *  given, receives the local rows that were set to the server's. */
    PushResult keepMine(const SyncConflict& conflict, RemoteChanges* written = nullptr);
    /** Resolves a conflict by taking the refused edit back in the local copy and reading
     *  the server's rows instead, then every other remote change. */
    RemoteChanges takeTheirs(const SyncConflict& conflict);

    /** Reads the change log after appliedPoint(), copies each changed row from the server
     *  (or deletes it when gone) into the local copy in one transaction, and advances the
     *  point. Call before recording a local edit, so new keys follow the server's. */
    RemoteChanges fetchRemoteChanges();

    /** Subscribes to the change log's NOTIFY channel; remoteChangesAvailable() follows
     *  other sessions' commits. The Qt event loop must run. */
    bool startListening(QString* error);
    /** Opens the server connection again (after the server restarted or the network
     *  dropped it) and, if it was listening, listens again; false with *error if the server
     *  still cannot be reached. Nothing that was not sent is lost: a failed push changed
     *  nothing on the server. */
    bool reconnect(QString* error);

signals:
    /** Someone else committed changes (several notifications in a short time give one). */
    void remoteChangesAvailable();

private:
    struct Change;
    struct Failure;

    bool readChanges(const QByteArray& changeset, QList<Change>* changes, QString* error);
    /** The order the server accepts: deletions children first, then per table, parents
     *  first, its updates and its insertions. */
    QList<Change> serverOrder(const QList<Change>& changes);
    PushResult apply(const QList<Change>& changes, bool force, const QByteArray& changeset);
    /** The statement that makes change on the server (empty if there is nothing to do);
     *  force drops the row-version check and bumps the server's version instead. */
    QString statementFor(const Change& change, bool force) const;
    /** The fast path of apply() for large edits; false on any failure (nothing reported). */
    bool applyInBatches(const QList<Change>& ordered, QSet<QString>* inserted);
    PushResult failure(const Change& change, const Failure& why, const QByteArray& changeset);
    bool fixSequences(const QSet<QString>& tables, QString* error);
    /** Makes the local rows of refs equal to the server's, in one local transaction. */
    bool refreshRows(const QList<RowRef>& refs, RemoteChanges* result, QString* error);

    QSqlDatabase m_local;
    QSqlDatabase m_server;
    WorkspaceRows m_rows;
    QTimer* m_debounce = nullptr;
    bool m_listening = false;
};

} // namespace rapport::workspace
