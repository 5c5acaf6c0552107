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

} // namespace rapport::storage
