// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"

#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::storage {

int databaseSchemaVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
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
        QStringList statements = step.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion);
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
