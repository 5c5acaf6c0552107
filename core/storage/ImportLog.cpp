// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ImportLog.h"

#include "core/storage/Changeset.h"

#include "core/storage/ProjectRepositorySqlite.h"
#include "core/storage/Transaction.h"

// The session extension (Debian's libsqlite3 is built with it).
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>
#include <zstd.h>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace rapport::storage {

namespace {

constexpr const char* kLogTable = "import_log";

QByteArray compress(const QByteArray& raw)
{
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(raw.size()))), Qt::Uninitialized);
    const std::size_t n = ZSTD_compress(out.data(), std::size_t(out.size()), raw.constData(),
                                        std::size_t(raw.size()), 3);
    if (ZSTD_isError(n))
        return {};
    out.resize(qsizetype(n));
    return out;
}

QByteArray decompress(const QByteArray& packed)
{
    const unsigned long long size =
        ZSTD_getFrameContentSize(packed.constData(), std::size_t(packed.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ULL << 34))
        return {};
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const std::size_t n = ZSTD_decompress(out.data(), std::size_t(out.size()), packed.constData(),
                                          std::size_t(packed.size()));
    if (ZSTD_isError(n) || n != size)
        return {};
    return out;
}

} // namespace

struct ChangeRecorder::Private
{
    sqlite3* db = nullptr;
    sqlite3_session* session = nullptr;
    QString error;
};

ChangeRecorder::ChangeRecorder(const QSqlDatabase& db) : d(std::make_unique<Private>())
{
    d->db = detail::sqliteHandle(db);
    if (!d->db) {
        d->error = tr("changes can only be recorded on a SQLite project");
        return;
    }
    if (sqlite3session_create(d->db, "main", &d->session) != SQLITE_OK) {
        d->error = QString::fromUtf8(sqlite3_errmsg(d->db));
        d->session = nullptr;
        return;
    }
    // Every table but the log itself (and SQLite's own, which have no primary key).
    sqlite3session_table_filter(
        d->session,
        [](void*, const char* table) { return std::strcmp(table, kLogTable) != 0 ? 1 : 0; },
        nullptr);
    if (sqlite3session_attach(d->session, nullptr) != SQLITE_OK) {
        d->error = QString::fromUtf8(sqlite3_errmsg(d->db));
        sqlite3session_delete(d->session);
        d->session = nullptr;
    }
}

ChangeRecorder::~ChangeRecorder()
{
    if (d->session)
        sqlite3session_delete(d->session);
}

bool ChangeRecorder::isActive(QString* error) const
{
    if (!d->session && error)
        *error = d->error;
    return d->session != nullptr;
}

QByteArray ChangeRecorder::inverse(QString* error) const
{
    if (!isActive(error))
        return {};
    int size = 0;
    void* changes = nullptr;
    if (sqlite3session_changeset(d->session, &size, &changes) != SQLITE_OK) {
        *error = tr("the changes could not be recorded: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(d->db)));
        return {};
    }
    int inverseSize = 0;
    void* inverse = nullptr;
    const int rc = sqlite3changeset_invert(size, changes, &inverseSize, &inverse);
    sqlite3_free(changes);
    if (rc != SQLITE_OK) {
        *error = tr("the changes could not be inverted (SQLite error %1)").arg(rc);
        return {};
    }
    QByteArray result(static_cast<const char*>(inverse), inverseSize);
    sqlite3_free(inverse);
    return result;
}

QByteArray ChangeRecorder::changes(QString* error) const
{
    if (!isActive(error))
        return {};
    int size = 0;
    void* changes = nullptr;
    if (sqlite3session_changeset(d->session, &size, &changes) != SQLITE_OK) {
        *error = tr("the changes could not be recorded: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(d->db)));
        return {};
    }
    QByteArray result(static_cast<const char*>(changes), size);
    sqlite3_free(changes);
    return result;
}

bool ImportLog::record(const QDateTime& at, const QString& file, const QString& format,
                       const QJsonObject& summary, const QByteArray& inverse, QString* error)
{
    const QByteArray packed = compress(inverse);
    if (packed.isEmpty() && !inverse.isEmpty()) {
        *error = tr("the undo record could not be compressed");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_log (at, file, format, summary, undo, undo_bytes) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(file);
    q.addBindValue(format);
    q.addBindValue(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    q.addBindValue(packed);
    q.addBindValue(qint64(inverse.size()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<ImportLogEntry> ImportLog::list() const
{
    QList<ImportLogEntry> entries;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT key, at, file, format, summary, undo_bytes FROM import_log ORDER BY key"));
    while (q.next()) {
        ImportLogEntry e;
        e.key = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
        e.file = q.value(2).toString();
        e.format = q.value(3).toString();
        e.summary = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        e.undoBytes = q.value(5).toLongLong();
        entries.append(e);
    }
    return entries;
}

bool ImportLog::undoLatest(ImportLogEntry* undone, QString* error, UndoneImport* redo)
{
    const QList<ImportLogEntry> entries = list();
    if (entries.isEmpty()) {
        *error = tr("there is no import to undo");
        return false;
    }
    *undone = entries.back();
    if (!detail::sqliteHandle(m_db)) {
        *error = tr("imports can only be undone in a SQLite project");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT undo FROM import_log WHERE key = ?"));
    q.addBindValue(undone->key);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const QByteArray packed = q.value(0).toByteArray();
    q.finish();
    const QByteArray changes = packed.isEmpty() ? QByteArray() : decompress(packed);
    if (!packed.isEmpty() && changes.isEmpty()) {
        *error = tr("the undo record of %1 is damaged").arg(undone->file);
        return false;
    }

    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = tr("the project cannot be changed (no transaction)");
        return false;
    }
    QString conflictTable, applyError;
    if (!applyChangeset(m_db, changes, &applyError, &conflictTable)) {
        transaction.rollback();
        if (!conflictTable.isEmpty())
            *error = tr("%1 cannot be undone: its rows in “%2” have changed since it was imported "
                        "(edited, merged or "
                        "compacted); nothing was changed")
                         .arg(undone->file, conflictTable);
        else
            *error = tr("%1 cannot be undone: %2").arg(undone->file, applyError);
        return false;
    }
    QSqlQuery drop(m_db);
    drop.prepare(QStringLiteral("DELETE FROM import_log WHERE key = ?"));
    drop.addBindValue(undone->key);
    if (!drop.exec()) {
        *error = drop.lastError().text();
        transaction.rollback();
        return false;
    }
    if (!transaction.commit(error))
        return false;
    if (redo)
        *redo = UndoneImport{*undone, packed};
    return true;
}

bool ImportLog::changesOf(qint64 key, QByteArray* changes, QString* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT undo, file FROM import_log WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().isValid() ? q.lastError().text() : tr("there is no import %1 in the log").arg(key);
        return false;
    }
    const QByteArray packed = q.value(0).toByteArray();
    const QString file = q.value(1).toString();
    if (packed.isEmpty()) {
        changes->clear();
        return true;
    }
    const QByteArray inverse = decompress(packed);
    QString invertError;
    *changes = inverse.isEmpty() ? QByteArray() : invertChangeset(inverse, &invertError);
    if (changes->isEmpty()) {
        *error = tr("the undo record of %1 is damaged").arg(file);
        return false;
    }
    return true;
}

bool ImportLog::undoRecordOf(const UndoneImport& undone, QByteArray* inverse, QString* error)
{
    *inverse = undone.undo.isEmpty() ? QByteArray() : decompress(undone.undo);
    if (!undone.undo.isEmpty() && inverse->isEmpty()) {
        *error = tr("the undo record of %1 is damaged").arg(undone.entry.file);
        return false;
    }
    return true;
}

bool ImportLog::redo(const UndoneImport& undone, qint64* key, QString* error)
{
    const ImportLogEntry& entry = undone.entry;
    if (!detail::sqliteHandle(m_db)) {
        *error = tr("imports can only be redone in a SQLite project");
        return false;
    }
    const QByteArray inverse = undone.undo.isEmpty() ? QByteArray() : decompress(undone.undo);
    if (!undone.undo.isEmpty() && inverse.isEmpty()) {
        *error = tr("the undo record of %1 is damaged").arg(entry.file);
        return false;
    }
    // The import's own changes are the inverse of its undo record.
    QString applyError;
    const QByteArray changes = inverse.isEmpty() ? QByteArray() : invertChangeset(inverse, &applyError);
    if (!inverse.isEmpty() && changes.isEmpty()) {
        *error = tr("%1 cannot be redone: %2").arg(entry.file, applyError);
        return false;
    }

    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = tr("the project cannot be changed (no transaction)");
        return false;
    }
    QString conflictTable;
    if (!applyChangeset(m_db, changes, &applyError, &conflictTable)) {
        transaction.rollback();
        if (!conflictTable.isEmpty())
            *error = tr("%1 cannot be redone: its rows in “%2” have changed since it was "
                        "undone; nothing was changed")
                         .arg(entry.file, conflictTable);
        else
            *error = tr("%1 cannot be redone: %2").arg(entry.file, applyError);
        return false;
    }
    if (!record(entry.at, entry.file, entry.format, entry.summary, inverse, error)) {
        transaction.rollback();
        return false;
    }
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT max(key) FROM import_log")) || !last.next()) {
        *error = last.lastError().text();
        transaction.rollback();
        return false;
    }
    *key = last.value(0).toLongLong();
    last.finish();
    return transaction.commit(error);
}

} // namespace rapport::storage
