// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectRepositorySupport.h"

#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace rapport::storage::detail {

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant idValue(const model::Uuid& id)
{
    return id.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id.toString());
}

model::Uuid idFrom(const QVariant& value)
{
    return value.isNull() ? model::Uuid() : model::Uuid::fromString(value.toString());
}

QVariant keyValue(RowKey key)
{
    return key ? QVariant(key) : QVariant(QMetaType(QMetaType::LongLong));
}

Savepoint::Savepoint(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("SAVEPOINT rapport_repository"));
    // PostgreSQL: "SAVEPOINT can only be used in transaction blocks" (25P01) — no transaction
    // is open, so this write is one of its own.
    if (!m_active && dialectOf(m_db) == SqlBackend::Postgres
        && q.lastError().nativeErrorCode() == QLatin1String("25P01")) {
        m_active = q.exec(QStringLiteral("BEGIN"));
        m_ownsTransaction = m_active;
    }
}

Savepoint::~Savepoint()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_ownsTransaction) {
        q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    q.exec(QStringLiteral("ROLLBACK TO rapport_repository"));
    q.exec(QStringLiteral("RELEASE rapport_repository"));
}

bool Savepoint::release(QString* error)
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(m_ownsTransaction ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE rapport_repository"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& v : values) {
        // A null QString is bound as SQL NULL by QSQLITE; text columns are NOT NULL, so an
        // empty field is written as ''. Intended NULLs are null variants (see dateValue).
        if (!v.isNull() && v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    return query.exec();
}

namespace {

bool onPostgres(const QSqlQuery& query)
{
    return query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

} // namespace

void streamAlongside(QSqlQuery& query)
{
    query.setForwardOnly(!onPostgres(query));
}

bool runInsert(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!onPostgres(query))
        return run(query, sql, values);
    // QPSQL's lastInsertId is the row's OID, not its key: ask for the key.
    return run(query, sql + QLatin1String(" RETURNING key"), values) && query.next();
}

RowKey insertedKey(QSqlQuery& query)
{
    return onPostgres(query) ? query.value(0).toLongLong() : query.lastInsertId().toLongLong();
}

StoreResult queryError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite says so in words; PostgreSQL gives SQLSTATE 23505 (unique_violation).
    if (text.contains(QLatin1String("UNIQUE constraint failed")) || error.nativeErrorCode() == QLatin1String("23505"))
        return StoreResult::fail(
            StoreError::Duplicate,
            QCoreApplication::translate("rapport::storage", "Already exists (%1).").arg(text));
    return StoreResult::fail(StoreError::Database, text);
}

StoreResult invalid(const model::ValidationErrors& errors)
{
    QStringList lines;
    for (const model::ValidationError& e : errors)
        lines << (e.field.isEmpty() ? e.message : e.field + QLatin1String(": ") + e.message);
    StoreResult r = StoreResult::fail(StoreError::Invalid, lines.join(QLatin1String("; ")));
    r.validation = errors;
    return r;
}

StoreResult notFound(const QString& what, const model::Uuid& id)
{
    return StoreResult::fail(StoreError::NotFound,
                             QCoreApplication::translate("rapport::storage", "No %1 with id %2.")
                                 .arg(what, id.toString()));
}

StoreResult conflict(const QString& what)
{
    return StoreResult::fail(
        StoreError::Conflict,
        QCoreApplication::translate("rapport::storage",
                                    "The %1 was changed by someone else since it was read.")
            .arg(what));
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, sql, values) || !q.next())
        return {};
    return q.value(0);
}

qint64 count(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    return scalar(db, sql, values).toLongLong();
}

RowKey keyOf(const QSqlDatabase& db, const QString& table, const model::Uuid& id)
{
    if (id.isNull())
        return 0;
    return scalar(db, QStringLiteral("SELECT key FROM %1 WHERE id = ?").arg(table), {id.toString()}).toLongLong();
}

model::Uuid idOf(const QSqlDatabase& db, const QString& table, RowKey key)
{
    return idFrom(scalar(db, QStringLiteral("SELECT id FROM %1 WHERE key = ?").arg(table), {key}));
}

RowKey referenceKey(const QSqlDatabase& db, const QString& table, const model::Uuid& id, const QString& what,
                    StoreResult* result)
{
    if (id.isNull())
        return 0;
    const RowKey key = keyOf(db, table, id);
    if (key == 0) {
        *result = notFound(what, id);
        return -1;
    }
    return key;
}

void ensureMeta(model::RecordMeta& meta, const model::Clock& clock)
{
    if (meta.id.isNull())
        meta = model::RecordMeta::create(clock);
    if (!meta.createdAt.isValid())
        meta.createdAt = clock.now();
    if (!meta.updatedAt.isValid())
        meta.updatedAt = meta.createdAt;
    if (meta.rowVersion < 1)
        meta.rowVersion = 1;
}

StoreResult checkVersion(const QSqlDatabase& db, const QString& table, const model::RecordMeta& meta,
                         const QString& what, RowKey* key)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // On a shared server two editors may save the same row at once: FOR UPDATE locks it until
    // this write's transaction ends, so the other one waits, then reads the version this one
    // wrote and gets a conflict. (SQLite: one writer at a time; the write lock does that.)
    const QLatin1String lock(dialectOf(db) == SqlBackend::Postgres ? " FOR UPDATE" : "");
    if (!run(q, QStringLiteral("SELECT key, row_version FROM %1 WHERE id = ?%2").arg(table, lock), {meta.id.toString()}))
        return queryError(q);
    if (!q.next())
        return notFound(what, meta.id);
    if (q.value(1).toLongLong() != meta.rowVersion)
        return conflict(what);
    *key = q.value(0).toLongLong();
    return StoreResult::ok(*key);
}

StoreResult removeRow(const QSqlDatabase& db, const QString& table, const model::Uuid& id, const QString& what)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id.toString()}))
        return queryError(q);
    if (q.numRowsAffected() == 0)
        return notFound(what, id);
    return StoreResult::ok();
}

QVariantList metaValues(const model::RecordMeta& meta)
{
    return {meta.id.toString(), meta.createdAt.toMSecsSinceEpoch(), meta.updatedAt.toMSecsSinceEpoch(), meta.rowVersion};
}

model::RecordMeta metaFrom(const QSqlQuery& query, int first)
{
    model::RecordMeta meta;
    meta.id = model::Uuid::fromString(query.value(first).toString());
    meta.createdAt = timeFrom(query.value(first + 1));
    meta.updatedAt = timeFrom(query.value(first + 2));
    meta.rowVersion = query.value(first + 3).toLongLong();
    return meta;
}

} // namespace rapport::storage::detail

namespace rapport::storage::detail {

StoreResult resolveReferences(const QSqlDatabase& db, const QString& table, const QString& what,
                              QList<model::Uuid>* ids, QList<RowKey>* keys)
{
    QList<std::pair<RowKey, model::Uuid>> pairs;
    for (const model::Uuid& id : std::as_const(*ids)) {
        const RowKey key = keyOf(db, table, id);
        if (!key)
            return notFound(what, id);
        pairs.append({key, id});
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    ids->clear();
    keys->clear();
    for (const auto& [key, id] : pairs) {
        keys->append(key);
        ids->append(id);
    }
    return StoreResult::ok();
}

StoreResult writeLinks(const QSqlDatabase& db, const QString& table, const QString& ownerColumn, RowKey owner,
                       const QString& targetColumn, const QList<RowKey>& targets)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn), {owner}))
        return queryError(q);
    if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)").arg(table, ownerColumn, targetColumn)))
        return queryError(q);
    for (RowKey target : targets) {
        q.addBindValue(owner);
        q.addBindValue(target);
        if (!q.exec())
            return queryError(q);
    }
    return StoreResult::ok(owner);
}

QList<model::Uuid> readLinks(const QSqlDatabase& db, const QString& table, const QString& ownerColumn, RowKey owner,
                             const QString& targetColumn, const QString& targetTable)
{
    QList<model::Uuid> ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT t.id FROM %1 l JOIN %4 t ON t.key = l.%3 WHERE l.%2 = ? ORDER BY l.%3")
               .arg(table, ownerColumn, targetColumn, targetTable),
        {owner});
    while (q.next())
        ids.append(model::Uuid::fromString(q.value(0).toString()));
    return ids;
}

} // namespace rapport::storage::detail
