// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"

#include "core/storage/SqlDialect.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::storage {

namespace {

// PostgreSQL has no user_version: the version lives in a one-row table of its own, created
// with the first step (so an empty database is at version 0, as an empty SQLite file is).
constexpr const char* kPgVersionTable = "rapport_schema";

QString setVersionStatement(SqlBackend backend, int version)
{
    if (backend == SqlBackend::Sqlite)
        return QStringLiteral("PRAGMA user_version = %1").arg(version);
    return QStringLiteral("UPDATE %1 SET version = %2").arg(QLatin1String(kPgVersionTable)).arg(version);
}

} // namespace

int databaseSchemaVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (dialectOf(db) == SqlBackend::Sqlite) {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(QLatin1String(kPgVersionTable)))
        || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM %1").arg(QLatin1String(kPgVersionTable))) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool migrateDatabase(QSqlDatabase db, const std::vector<MigrationStep>& steps, QString* error)
{
    const int from = databaseSchemaVersion(db);
    if (from < 0) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    for (const MigrationStep& step : steps) {
        if (step.toVersion <= from)
            continue;
        Transaction transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = QStringLiteral("schema %1: cannot begin a transaction: %2")
                             .arg(step.toVersion)
                             .arg(db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        const SqlBackend backend = dialectOf(db);
        QStringList statements;
        if (backend == SqlBackend::Postgres && from == 0 && step.toVersion == steps.front().toVersion)
            statements << QStringLiteral("CREATE TABLE %1 (version INTEGER NOT NULL)").arg(QLatin1String(kPgVersionTable))
                       << QStringLiteral("INSERT INTO %1 VALUES (0)").arg(QLatin1String(kPgVersionTable));
        for (const QString& sql : step.statements)
            statements << translateDdl(sql, backend);
        statements << setVersionStatement(backend, step.toVersion);
        for (const QString& sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                if (error)
                    *error = QStringLiteral("schema %1 (%2): %3")
                                 .arg(step.toVersion)
                                 .arg(step.description, q.lastError().databaseText());
                return false; // the transaction rolls back
            }
        }
        q.finish();
        QString commitError;
        if (!transaction.commit(&commitError)) {
            if (error)
                *error = QStringLiteral("schema %1: %2").arg(step.toVersion).arg(commitError);
            return false;
        }
    }
    return true;
}

} // namespace rapport::storage
