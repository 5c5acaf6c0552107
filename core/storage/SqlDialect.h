// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rapport::storage {

/**
 * The two databases a project can live in: an SQLite file (`*.rapport`) or a team
 * workspace on a PostgreSQL server. The schema is written once, in SQLite's dialect
 * (Schema.cpp); translateDdl() turns each statement into PostgreSQL's. Queries that
 * differ between the two ask dialectOf(db).
 */
enum class SqlBackend {
    Sqlite,
    Postgres,
};

/** Which database db talks to (by its Qt driver: QSQLITE or QPSQL). */
SqlBackend dialectOf(const QSqlDatabase& db);

/**
 * One schema statement in the backend's dialect. For PostgreSQL:
 * `key INTEGER PRIMARY KEY [AUTOINCREMENT]` becomes a BIGINT identity column; INTEGER
 * becomes BIGINT (times are milliseconds), REAL DOUBLE PRECISION, BLOB BYTEA; WITHOUT ROWID
 * is dropped; `x COLLATE NOCASE` in an index becomes `lower(x)`.
 */
QString translateDdl(const QString& sqliteStatement, SqlBackend backend);

// Queries are written once; where the two dialects must differ, one of these small helpers
// gives the construct in db's dialect (never a second copy of a whole query). New keys of
// INSERTs: detail::runInsert/insertedKey (ProjectRepositorySupport.h).

/** An ORDER BY term that ignores case: `column COLLATE NOCASE` (uses SQLite's NOCASE
 *  indexes), `lower(column)` on PostgreSQL (its expression indexes, see translateDdl). */
QString noCaseOrder(const QSqlDatabase& db, const QString& column);
/** A condition that column equals the next bound value, ignoring case. */
QString noCaseEquals(const QSqlDatabase& db, const QString& column);
/** A subquery giving the integers of a JSON array bound as text ("[1,2,3]") as rows:
 *  `key IN (<this>)` takes a key list of any length as one bound value. */
QString jsonIntegers(const QSqlDatabase& db);
/** The operator "is not equal, NULL being a value like any other" (SQLite's IS NOT). */
QString isDistinctFrom(const QSqlDatabase& db);
/** The aggregate joining the text expression over a group with separator (a literal). */
QString groupConcat(const QSqlDatabase& db, const QString& expression, const QString& separator);

} // namespace rapport::storage
