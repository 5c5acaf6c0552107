// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/WorkspaceSync.h"

#include "core/storage/Changeset.h"
#include "core/storage/Transaction.h"
#include "core/workspace/WorkspaceChangeLog.h"
#include "core/workspace/WorkspaceRows.h"

// The session extension (Debian's libsqlite3 is built with it), to read changesets.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace rapport::workspace {

using namespace sqltext;

namespace {

const QString kSeqName = QStringLiteral("workspace_seq");
const QString kXminName = QStringLiteral("workspace_xmin");
constexpr int kDebounceMs = 150;
// Edits of this many rows or more go to the server in blocks of kBatchStatements.
constexpr qsizetype kBatchFrom = 16;
constexpr qsizetype kBatchStatements = 500;

QVariant fromSqlite(sqlite3_value* value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_value_int64(value)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_value_double(value));
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
        QString s = QString::fromUtf8(text, sqlite3_value_bytes(value));
        if (s.isNull())
            s = QString(QLatin1String(""));
        return QVariant(s);
    }
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_value_blob(value)),
                                   sqlite3_value_bytes(value)));
    default:
        return QVariant();
    }
}

QString keyJson(const QVariantMap& key)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(key)).toJson(QJsonDocument::Compact));
}

QString labelOf(const QVariantMap& row)
{
    for (const char* column : {"name", "display_name", "title", "id"}) {
        const QString value = row.value(QLatin1String(column)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

// One row of a changeset: its values before and after (unset where the changeset has none:
// an update records the key and the changed columns only).
struct WorkspaceSync::Change
{
    QString table;
    int op = 0; // SQLITE_INSERT, SQLITE_UPDATE, SQLITE_DELETE
    QStringList columns;
    QStringList keyColumns;
    bool hasRowVersion = false;
    QList<std::optional<QVariant>> before;
    QList<std::optional<QVariant>> after;

    QVariantMap key() const
    {
        QVariantMap k;
        const auto& values = op == SQLITE_INSERT ? after : before;
        for (const QString& column : keyColumns)
            k.insert(column, values.at(columns.indexOf(column)).value_or(QVariant()));
        return k;
    }
    RowRef row() const { return {table, key()}; }
    std::optional<QVariant> valueBefore(const QString& column) const
    {
        const qsizetype i = columns.indexOf(column);
        return i < 0 ? std::nullopt : before.at(i);
    }
    QString where() const
    {
        QStringList conditions;
        const QVariantMap k = key();
        for (const QString& column : keyColumns)
            conditions << identifier(column) + QLatin1String(" = ") + serverLiteral(k.value(column));
        return conditions.join(QLatin1String(" AND "));
    }
};

struct WorkspaceSync::Failure
{
    enum What { Error, NoRow } what = Error;
    QSqlError error;
};

WorkspaceSync::WorkspaceSync(QSqlDatabase local, QSqlDatabase server, QObject* parent)
    : QObject(parent), m_local(local), m_server(server), m_rows(local, server), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &WorkspaceSync::remoteChangesAvailable);
}

WorkspaceSync::~WorkspaceSync()
{
    if (m_listening && m_server.isOpen() && m_server.driver())
        m_server.driver()->unsubscribeFromNotification(QString::fromLatin1(WorkspaceChangeLog::kChannel));
}

bool WorkspaceSync::startListening(QString* error)
{
    QSqlDriver* driver = m_server.driver();
    const QString channel = QString::fromLatin1(WorkspaceChangeLog::kChannel);
    if (!driver || !driver->subscribeToNotification(channel)) {
        *error = tr("Cannot follow other people's changes: %1")
                     .arg(driver ? driver->lastError().text() : tr("no connection"));
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this, channel](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                // Our own pushes come back too; fetching them is harmless but useless. The
                // timer is not restarted, so a steady stream still wakes the window.
                if (name == channel && source != QSqlDriver::SelfSource && !m_debounce->isActive())
                    m_debounce->start();
            });
    m_listening = true;
    return true;
}

bool WorkspaceSync::reconnect(QString* error)
{
    const bool wasListening = m_listening;
    if (QSqlDriver* driver = m_server.driver(); driver && wasListening)
        disconnect(driver, &QSqlDriver::notification, this, nullptr);
    m_listening = false;
    m_server.close();
    if (!m_server.open()) {
        *error = tr("The workspace cannot be reached: %1").arg(m_server.lastError().text());
        return false;
    }
    return !wasListening || startListening(error);
}

bool WorkspaceSync::currentPoint(QSqlDatabase server, SyncPoint* point, QString* error)
{
    QSqlQuery q(server);
    if (!q.exec(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text, "
                               "(SELECT coalesce(max(seq), 0) FROM rapport_changes)")) ||
        !q.next()) {
        *error = tr("Cannot read the workspace's change log: %1").arg(q.lastError().text());
        return false;
    }
    point->xmin = q.value(0).toString();
    point->seq = q.value(1).toLongLong();
    // A pruned log may hold nothing past its horizon: a copy read now is not behind it.
    const qint64 horizon = WorkspaceChangeLog::horizon(server, error);
    if (horizon < 0) {
        *error = tr("Cannot read the workspace's change log: %1").arg(*error);
        return false;
    }
    point->seq = std::max(point->seq, horizon);
    return true;
}

bool WorkspaceSync::storePoint(QSqlDatabase local, const SyncPoint& point, QString* error)
{
    QSqlQuery q(local);
    q.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    for (const auto& [name, value] : {std::pair{kSeqName, QString::number(point.seq)}, std::pair{kXminName, point.xmin}}) {
        q.addBindValue(name);
        q.addBindValue(value.isNull() ? QString(QLatin1String("")) : value);
        if (!q.exec()) {
            *error = tr("Cannot note the workspace position in the local copy: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

SyncPoint WorkspaceSync::appliedPoint() const
{
    SyncPoint point;
    QSqlQuery q(m_local);
    if (q.exec(QStringLiteral("SELECT name, value FROM meta WHERE name IN ('workspace_seq', 'workspace_xmin')")))
        while (q.next()) {
            if (q.value(0).toString() == kSeqName)
                point.seq = q.value(1).toLongLong();
            else
                point.xmin = q.value(1).toString();
        }
    return point;
}

bool WorkspaceSync::readChanges(const QByteArray& changeset, QList<Change>* changes, QString* error)
{
    if (changeset.isEmpty())
        return true;
    sqlite3_changeset_iter* it = nullptr;
    if (sqlite3changeset_start(&it, int(changeset.size()), const_cast<char*>(changeset.constData())) != SQLITE_OK) {
        *error = tr("The edit cannot be read (not a changeset).");
        return false;
    }
    bool ok = true;
    while (ok && sqlite3changeset_next(it) == SQLITE_ROW) {
        const char* table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &table, &columns, &op, &indirect);
        const WorkspaceRows::TableInfo* info = m_rows.tableInfo(QString::fromUtf8(table));
        if (!info || info->columns.size() != columns) {
            *error = tr("The edit changes a table the local copy does not have (%1).").arg(QString::fromUtf8(table));
            ok = false;
            break;
        }
        Change change;
        change.table = QString::fromUtf8(table);
        change.op = op;
        change.columns = info->columns;
        change.keyColumns = info->keyColumns;
        change.hasRowVersion = info->hasRowVersion;
        for (int i = 0; i < columns; ++i) {
            sqlite3_value* value = nullptr;
            std::optional<QVariant> before, after;
            if (op != SQLITE_INSERT && sqlite3changeset_old(it, i, &value) == SQLITE_OK && value)
                before = fromSqlite(value);
            value = nullptr;
            if (op != SQLITE_DELETE && sqlite3changeset_new(it, i, &value) == SQLITE_OK && value)
                after = fromSqlite(value);
            change.before << before;
            change.after << after;
        }
        changes->append(change);
    }
    if (sqlite3changeset_finalize(it) != SQLITE_OK && ok) {
        *error = tr("The edit cannot be read (a damaged changeset).");
        return false;
    }
    return ok;
}

QList<WorkspaceSync::Change> WorkspaceSync::serverOrder(const QList<Change>& changes)
{
    // A changeset lists tables in the order the edit first touched them: deleting a person
    // deletes the tags first, so its undo would insert the tags before the person, which
    // PostgreSQL refuses (its foreign keys are checked at once, not at commit).
    QHash<QString, int> rank;
    for (const Change& change : changes)
        if (!rank.contains(change.table))
            rank.insert(change.table, m_rows.rankOf(change.table));
    QList<Change> deletions, writes;
    for (const Change& change : changes)
        (change.op == SQLITE_DELETE ? deletions : writes) << change;
    std::stable_sort(deletions.begin(), deletions.end(),
                     [&](const Change& a, const Change& b) { return rank.value(a.table) > rank.value(b.table); });
    // Updates before insertions in a table: a renamed record frees its name for a new one.
    std::stable_sort(writes.begin(), writes.end(), [&](const Change& a, const Change& b) {
        const int ra = rank.value(a.table), rb = rank.value(b.table);
        if (ra != rb)
            return ra < rb;
        if (a.table != b.table)
            return false;
        return a.op == SQLITE_UPDATE && b.op == SQLITE_INSERT;
    });
    return deletions + writes;
}

PushResult WorkspaceSync::push(const QByteArray& changeset)
{
    QList<Change> changes;
    QString error;
    if (!readChanges(changeset, &changes, &error))
        return {PushResult::Status::Failed, error, {}};
    return apply(changes, false, changeset);
}

QString WorkspaceSync::statementFor(const Change& change, bool force) const
{
    const QString table = identifier(change.table);
    if (change.op == SQLITE_INSERT) {
        QStringList columns, values;
        for (int i = 0; i < change.columns.size(); ++i)
            if (change.after.at(i)) {
                columns << identifier(change.columns.at(i));
                values << serverLiteral(*change.after.at(i));
            }
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1String(", ")), values.join(QLatin1String(", ")));
    }
    QString where = change.where();
    const std::optional<QVariant> version = change.valueBefore(QStringLiteral("row_version"));
    if (change.op == SQLITE_DELETE) {
        if (!force && change.hasRowVersion && version)
            where += QLatin1String(" AND row_version = ") + serverLiteral(*version);
        return QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, where);
    }
    QStringList assignments, checks;
    bool setsRowVersion = false;
    for (int i = 0; i < change.columns.size(); ++i) {
        if (!change.after.at(i))
            continue;
        const QString& column = change.columns.at(i);
        if (force && column == QLatin1String("row_version")) {
            assignments << QStringLiteral("row_version = row_version + 1");
            setsRowVersion = true;
            continue;
        }
        assignments << identifier(column) + QLatin1String(" = ") + serverLiteral(*change.after.at(i));
        if (change.before.at(i))
            checks << identifier(column) + QLatin1String(" IS NOT DISTINCT FROM ") + serverLiteral(*change.before.at(i));
    }
    if (force && change.hasRowVersion && !setsRowVersion)
        assignments << QStringLiteral("row_version = row_version + 1");
    if (assignments.isEmpty())
        return {};
    // The row as the edit found it: its version, or (a table without one) the old values.
    if (!force && version)
        where += QLatin1String(" AND row_version = ") + serverLiteral(*version);
    else if (!force && !checks.isEmpty())
        where += QLatin1String(" AND ") + checks.join(QLatin1String(" AND "));
    return QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(table, assignments.join(QLatin1String(", ")), where);
}

bool WorkspaceSync::applyInBatches(const QList<Change>& ordered, QSet<QString>* inserted)
{
    // A large edit (an import, a bulk edit) in blocks of statements, one round trip each:
    // a row that is not as the edit found it stops the block. Any failure: the caller rolls
    // back and goes row by row, which finds and reports it.
    const QString tag = QStringLiteral("$rapport_batch$");
    QSqlQuery q(m_server);
    QStringList body;
    const auto flush = [&] {
        if (body.isEmpty())
            return true;
        const bool ok = q.exec(QLatin1String("DO ") + tag + QLatin1String(" BEGIN\n") + body.join(u'\n') +
                               QLatin1String("\nEND ") + tag);
        body.clear();
        return ok;
    };
    for (const Change& change : ordered) {
        const QString sql = statementFor(change, false);
        if (sql.isEmpty())
            continue;
        if (sql.contains(tag))
            return false; // a value holding the quote: row by row
        if (change.op == SQLITE_INSERT) {
            body << sql + u';';
            inserted->insert(change.table);
        } else if (change.op == SQLITE_UPDATE) {
            body << sql + QLatin1String("; IF NOT FOUND THEN RAISE EXCEPTION 'changed since'; END IF;");
        } else {
            // Gone already (with its parent, or deleted by someone else) is what the edit wanted.
            body << sql + QStringLiteral("; IF NOT FOUND AND EXISTS (SELECT 1 FROM %1 WHERE %2) THEN "
                                         "RAISE EXCEPTION 'changed since'; END IF;")
                              .arg(identifier(change.table), change.where());
        }
        if (body.size() >= kBatchStatements && !flush())
            return false;
    }
    return flush();
}

PushResult WorkspaceSync::apply(const QList<Change>& changes, bool force, const QByteArray& changeset)
{
    if (changes.isEmpty())
        return {};
    const QList<Change> ordered = serverOrder(changes);
    QString error;
    if (!force && ordered.size() >= kBatchFrom) {
        if (!m_server.transaction())
            return {PushResult::Status::Failed,
                    tr("The workspace cannot be reached: %1").arg(m_server.lastError().text()), {}};
        QSet<QString> inserted;
        if (applyInBatches(ordered, &inserted) && fixSequences(inserted, &error) && m_server.commit())
            return {};
        m_server.rollback();
    }
    if (!m_server.transaction())
        return {PushResult::Status::Failed,
                tr("The workspace cannot be reached: %1").arg(m_server.lastError().text()), {}};
    QSet<QString> inserted;
    QSqlQuery q(m_server);
    for (const Change& change : ordered) {
        const QString sql = statementFor(change, force);
        if (sql.isEmpty())
            continue;
        if (change.op == SQLITE_INSERT)
            inserted.insert(change.table);
        if (!q.exec(sql))
            return failure(change, {Failure::Error, q.lastError()}, changeset);
        if (q.numRowsAffected() > 0)
            continue;
        if (change.op == SQLITE_DELETE) {
            // Gone already: with its parent (ON DELETE CASCADE), or deleted by someone else,
            // which is what this edit wanted too. Still there: changed since.
            if (!force && !m_rows.serverRow(change.row()).isEmpty())
                return failure(change, {Failure::NoRow, {}}, changeset);
            continue;
        }
        if (change.op == SQLITE_UPDATE && force) {
            // Deleted on the server: keep mine puts the whole local row back.
            const QVariantMap mine = m_rows.localRow(change.row());
            if (mine.isEmpty())
                continue;
            QStringList columns, values;
            for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
                columns << identifier(it.key());
                values << serverLiteral(it.value());
            }
            if (!q.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(identifier(change.table), columns.join(QLatin1String(", ")),
                                 values.join(QLatin1String(", ")))))
                return failure(change, {Failure::Error, q.lastError()}, changeset);
            inserted.insert(change.table);
            continue;
        }
        return failure(change, {Failure::NoRow, {}}, changeset);
    }
    if (!fixSequences(inserted, &error)) {
        m_server.rollback();
        return {PushResult::Status::Failed, error, {}};
    }
    if (!m_server.commit()) {
        const QString why = m_server.lastError().text();
        m_server.rollback();
        return {PushResult::Status::Failed, tr("The workspace did not save the change: %1").arg(why), {}};
    }
    return {};
}

PushResult WorkspaceSync::failure(const Change& change, const Failure& why, const QByteArray& changeset)
{
    m_server.rollback();
    const QString code = why.error.nativeErrorCode();
    const QString serverText = why.error.databaseText().trimmed();
    if (why.what == Failure::Error && code == QLatin1String("42501"))
        return {PushResult::Status::Refused,
                tr("You can read this workspace but not change it; the server refused the change (%1).")
                    .arg(serverText),
                {}};
    const bool keyTaken = code == QLatin1String("23505") && change.op == SQLITE_INSERT &&
                          serverText.contains(change.table + QLatin1String("_pkey"));
    if (why.what == Failure::Error && code != QLatin1String("23505") && code != QLatin1String("23503")) {
        if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
            return {PushResult::Status::Failed,
                    tr("The workspace was busy with another change; try again (%1).").arg(serverText), {}};
        return {PushResult::Status::Failed,
                tr("The workspace did not save the change: %1").arg(why.error.text()), {}};
    }

    SyncConflict conflict;
    conflict.table = change.table;
    conflict.key = change.key();
    conflict.changes = changeset;
    conflict.theirs = m_rows.serverRow(change.row());
    const QVariantMap mine = m_rows.localRow(change.row());
    conflict.id = conflict.theirs.value(QStringLiteral("id"), mine.value(QStringLiteral("id"))).toString();
    conflict.label = labelOf(mine);
    if (conflict.label.isEmpty())
        conflict.label = labelOf(conflict.theirs);
    if (conflict.label.isEmpty())
        conflict.label = keyJson(conflict.key);
    QSqlQuery q(m_server);
    if (q.exec(QStringLiteral("SELECT by_user, at FROM rapport_changes WHERE table_name = %1 AND pk = %2::jsonb "
                              "ORDER BY seq DESC LIMIT 1")
                   .arg(textLiteral(change.table), textLiteral(keyJson(conflict.key)))) &&
        q.next()) {
        conflict.changedBy = q.value(0).toString();
        conflict.changedAt = q.value(1).toDateTime().toUTC();
    }
    const QString who = conflict.changedBy.isEmpty() ? tr("someone else") : conflict.changedBy;
    if (keyTaken) {
        conflict.kind = SyncConflict::Kind::KeyTaken;
        conflict.message = tr("%1 added a record to “%2” at the same moment as your “%3”; yours was not "
                              "saved. Enter it again.")
                               .arg(who, change.table, conflict.label);
    } else if (code == QLatin1String("23505")) {
        conflict.kind = SyncConflict::Kind::Duplicate;
        conflict.message = tr("“%1” in “%2” cannot be saved: the workspace already holds the same value (%3).")
                               .arg(conflict.label, change.table, serverText);
    } else if (code == QLatin1String("23503")) {
        conflict.kind = SyncConflict::Kind::Deleted;
        conflict.message = tr("“%1” in “%2” refers to a record that was deleted in the workspace; your change "
                              "was not saved.")
                               .arg(conflict.label, change.table);
    } else if (conflict.theirs.isEmpty()) {
        conflict.kind = SyncConflict::Kind::Deleted;
        conflict.message = tr("“%1” in “%2” was deleted by %3; your change was not saved.")
                               .arg(conflict.label, change.table, who);
    } else {
        conflict.kind = SyncConflict::Kind::Changed;
        conflict.message = tr("“%1” in “%2” was changed by %3 since you last saw it; your change was not saved.")
                               .arg(conflict.label, change.table, who);
    }
    PushResult result;
    result.status = PushResult::Status::Conflict;
    result.message = conflict.message;
    result.conflict = conflict;
    return result;
}

bool WorkspaceSync::fixSequences(const QSet<QString>& tables, QString* error)
{
    // Explicit keys do not advance an identity's sequence; keep it past the largest key so
    // that a row inserted on the server without a key (rapport-cli, psql) gets a free one.
    QSqlQuery q(m_server);
    for (const QString& table : tables) {
        const WorkspaceRows::TableInfo* info = m_rows.tableInfo(table);
        if (!info || info->keyColumns != QStringList{QStringLiteral("key")})
            continue;
        const QString sql = QStringLiteral(
            "SELECT setval(s::regclass, m) FROM (SELECT pg_get_serial_sequence(%1, 'key') AS s, "
            "(SELECT max(key) FROM %2) AS m) x WHERE s IS NOT NULL AND m IS NOT NULL "
            "AND m > coalesce(pg_sequence_last_value(s::regclass), 0)")
                                .arg(textLiteral(identifier(table)), identifier(table));
        if (!q.exec(sql)) {
            *error = tr("The workspace did not save the change: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

bool WorkspaceSync::refreshRows(const QList<RowRef>& refs, RemoteChanges* result, QString* error)
{
    QHash<QString, QList<QVariantMap>> keys;
    for (const RowRef& ref : refs)
        if (!keys[ref.table].contains(ref.key))
            keys[ref.table] << ref.key;
    QHash<QString, QList<QVariantMap>> rows;
    if (!m_rows.readServerRows(keys, &rows, error))
        return false;
    const ForeignKeysOff foreignKeysOff(m_local);
    storage::Transaction transaction(m_local);
    if (!transaction.isActive()) {
        *error = tr("The local copy cannot be changed (no transaction).");
        return false;
    }
    if (!m_rows.writeLocalRows(keys, rows, result, error))
        return false;
    return transaction.commit(error);
}

RemoteChanges WorkspaceSync::fetchRemoteChanges()
{
    RemoteChanges result;
    const auto fail = [&](const QString& message) {
        result.ok = false;
        result.message = message;
        result.changed.clear();
        result.removed.clear();
        return result;
    };
    const SyncPoint from = appliedPoint();
    result.seq = from.seq;
    if (!m_server.transaction())
        return fail(tr("The workspace cannot be reached: %1").arg(m_server.lastError().text()));
    // One snapshot for the log and the rows, so that they agree.
    QSqlQuery q(m_server);
    q.setForwardOnly(true);
    SyncPoint to;
    QString error;
    if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")) ||
        !currentPoint(m_server, &to, &error)) {
        if (error.isEmpty())
            error = q.lastError().text();
        m_server.rollback();
        return fail(error);
    }
    // Behind the horizon (the log was pruned, or the project replaced, since this copy was
    // read): the rows it missed are no longer named anywhere.
    const qint64 horizon = WorkspaceChangeLog::horizon(m_server, &error);
    if (horizon < 0) {
        m_server.rollback();
        return fail(tr("Cannot read the workspace's change log: %1").arg(error));
    }
    if (from.seq < horizon) {
        m_server.rollback();
        result.stale = true;
        return fail(tr("The workspace was replaced, or its change history trimmed, since your copy was read; "
                       "it is read again."));
    }
    to.seq = std::max(to.seq, from.seq);
    // Transactions still running at the last fetch may have committed since with lower
    // numbers than what was read then: read again from the oldest of them (see the log).
    QString sql = QStringLiteral("SELECT table_name, pk::text FROM rapport_changes WHERE (seq > %1").arg(from.seq);
    if (!from.xmin.isEmpty())
        sql += QStringLiteral(" OR tx >= %1::xid8").arg(textLiteral(from.xmin));
    sql += QLatin1String(") AND table_name <> '*'"); // a replacement's marker
    if (!q.exec(sql + QLatin1String(" ORDER BY seq"))) {
        const QString why = q.lastError().text();
        m_server.rollback();
        return fail(tr("Cannot read the workspace's change log: %1").arg(why));
    }
    QHash<QString, QList<QVariantMap>> keys;
    QSet<QString> seen;
    while (q.next()) {
        const QString table = q.value(0).toString();
        const QString pk = q.value(1).toString();
        if (seen.contains(table + u'\n' + pk))
            continue;
        seen.insert(table + u'\n' + pk);
        keys[table] << QJsonDocument::fromJson(pk.toUtf8()).object().toVariantMap();
    }
    QHash<QString, QList<QVariantMap>> rows;
    if (!m_rows.readServerRows(keys, &rows, &error)) {
        m_server.rollback();
        return fail(error);
    }
    m_server.commit();

    const ForeignKeysOff foreignKeysOff(m_local);
    storage::Transaction transaction(m_local);
    if (!transaction.isActive())
        return fail(tr("The local copy cannot be changed (no transaction)."));
    if (!m_rows.writeLocalRows(keys, rows, &result, &error) || !storePoint(m_local, to, &error) ||
        !transaction.commit(&error))
        return fail(error);
    result.seq = to.seq;
    return result;
}

PushResult WorkspaceSync::keepMine(const SyncConflict& conflict, RemoteChanges* written)
{
    if (conflict.kind == SyncConflict::Kind::KeyTaken || conflict.kind == SyncConflict::Kind::Duplicate)
        return {PushResult::Status::Failed,
                tr("Your new “%1” cannot replace what is in the workspace; take theirs and enter it again.")
                    .arg(conflict.label),
                {}};
    QList<Change> changes;
    QString error;
    if (!readChanges(conflict.changes, &changes, &error))
        return {PushResult::Status::Failed, error, {}};
    PushResult result = apply(changes, true, conflict.changes);
    if (!result)
        return result;
    QList<RowRef> refs;
    for (const Change& change : changes)
        refs << change.row();
    RemoteChanges refreshed;
    if (!refreshRows(refs, written ? written : &refreshed, &error))
        return {PushResult::Status::Failed,
                tr("Your change is in the workspace, but the local copy could not be updated: %1").arg(error), {}};
    return result;
}

RemoteChanges WorkspaceSync::takeTheirs(const SyncConflict& conflict)
{
    RemoteChanges result;
    QList<Change> changes;
    QString error;
    if (!readChanges(conflict.changes, &changes, &error)) {
        result.ok = false;
        result.message = error;
        return result;
    }
    {
        // Take the edit back; if the rows moved on since, the refresh below still sets them
        // to the server's.
        storage::Transaction transaction(m_local);
        QString ignored;
        const QByteArray inverse = storage::invertChangeset(conflict.changes, &ignored);
        if (transaction.isActive() && storage::applyChangeset(m_local, inverse, &ignored))
            transaction.commit(&ignored);
    }
    QList<RowRef> refs;
    for (const Change& change : changes)
        refs << change.row();
    if (!refreshRows(refs, &result, &error)) {
        result.ok = false;
        result.message = error;
        return result;
    }
    RemoteChanges more = fetchRemoteChanges();
    if (!more)
        return more;
    more.changed = result.changed + more.changed;
    more.removed = result.removed + more.removed;
    return more;
}

} // namespace rapport::workspace
