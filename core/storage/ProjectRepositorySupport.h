// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal helpers shared by the repositories; not part of the public API.

#include "core/model/Clock.h"
#include "core/model/Record.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace rapport::storage::detail {

/** Milliseconds since the epoch (UTC) for a time column; NULL for an invalid time. */
QVariant timeValue(const QDateTime& time);
QDateTime timeFrom(const QVariant& value);
/** 'YYYY-MM-DD' for a date column; NULL for an invalid date. */
QVariant dateValue(const QDate& date);
QDate dateFrom(const QVariant& value);
QVariant idValue(const model::Uuid& id); // canonical text, NULL for a null id
model::Uuid idFrom(const QVariant& value);
QVariant keyValue(RowKey key); // NULL for 0

/** RAII savepoint: every repository write is atomic on its own and nests in a Transaction.
 *  Outside a transaction SQLite's SAVEPOINT begins one; PostgreSQL refuses it there, so on
 *  PostgreSQL the savepoint then is a transaction of its own (BEGIN … COMMIT). */
class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    bool isActive() const { return m_active; }
    bool release(QString* error = nullptr);

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_ownsTransaction = false;
};

/** For a query read while other queries run on the same connection (merged streams, a
 *  callback per row): forward-only on SQLite; on PostgreSQL the whole result is fetched at
 *  once, because QPSQL drops the rest of a forward-only result when another query runs. */
void streamAlongside(QSqlQuery& query);
/** Prepares and executes; false on failure. */
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values = {});
/** run() for an INSERT into a table with a `key` column whose new key insertedKey() gives. */
bool runInsert(QSqlQuery& query, const QString& sql, const QVariantList& values);
/** The key of the row the last runInsert() on query made. */
RowKey insertedKey(QSqlQuery& query);
/** A failure result from a failed query: Duplicate for UNIQUE violations, else Database. */
StoreResult queryError(const QSqlQuery& query);
StoreResult invalid(const model::ValidationErrors& errors);
StoreResult notFound(const QString& what, const model::Uuid& id);
StoreResult conflict(const QString& what);

/** One value from a one-row query (NULL/invalid if no row). */
QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
qint64 count(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

/** key of the row with this id in a table with `key` and `id` columns; 0 if none. */
RowKey keyOf(const QSqlDatabase& db, const QString& table, const model::Uuid& id);
model::Uuid idOf(const QSqlDatabase& db, const QString& table, RowKey key);
/** For an optional reference: 0 for a null id; -1 (and *result = NotFound) if it does not exist. */
RowKey referenceKey(const QSqlDatabase& db, const QString& table, const model::Uuid& id, const QString& what,
                    StoreResult* result);

/** Gives a record without id a fresh meta (create); keeps the meta of one with an id. */
void ensureMeta(model::RecordMeta& meta, const model::Clock& clock);
/** Looks up the row for an update: NotFound if missing, Conflict if its row_version is not
 *  meta.rowVersion. On success *key is set. */
StoreResult checkVersion(const QSqlDatabase& db, const QString& table, const model::RecordMeta& meta,
                         const QString& what, RowKey* key);
/** Deletes the row with this id: NotFound if none. */
StoreResult removeRow(const QSqlDatabase& db, const QString& table, const model::Uuid& id, const QString& what);

/** Binds id, created_at, updated_at, row_version in that order (for INSERT ... VALUES). */
QVariantList metaValues(const model::RecordMeta& meta);
/** Reads id, created_at, updated_at, row_version from columns first..first+3. */
model::RecordMeta metaFrom(const QSqlQuery& query, int first);
/** The column list matching metaValues / metaFrom. */
inline constexpr const char* kMetaColumns = "id, created_at, updated_at, row_version";

} // namespace rapport::storage::detail

namespace rapport::storage::detail {

/**
 * Resolves referenced ids to keys (NotFound if one is missing) and reorders *ids by key, the
 * order link tables (WITHOUT ROWID, keyed by both ends) give them back in.
 */
StoreResult resolveReferences(const QSqlDatabase& db, const QString& table, const QString& what,
                              QList<model::Uuid>* ids, QList<RowKey>* keys);
/** Replaces the rows of a link table for one owner. */
StoreResult writeLinks(const QSqlDatabase& db, const QString& table, const QString& ownerColumn, RowKey owner,
                       const QString& targetColumn, const QList<RowKey>& targets);
/** The target ids of one owner in a link table, ordered by target key. */
QList<model::Uuid> readLinks(const QSqlDatabase& db, const QString& table, const QString& ownerColumn, RowKey owner,
                             const QString& targetColumn, const QString& targetTable);
/** Runs a write inside a savepoint: the result of body, released on success. */
template<typename Body>
StoreResult atomically(const QSqlDatabase& db, Body body)
{
    Savepoint savepoint(db);
    if (!savepoint.isActive())
        return StoreResult::fail(
            StoreError::Database,
            QCoreApplication::translate("rapport::storage", "Could not start a savepoint."));
    StoreResult r = body();
    if (!r)
        return r;
    QString error;
    if (!savepoint.release(&error))
        return StoreResult::fail(StoreError::Database, error);
    return r;
}

} // namespace rapport::storage::detail
