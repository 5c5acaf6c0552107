// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/Workspace.h"

#include "core/storage/Migrator.h"
#include "core/storage/Schema.h"
#include "core/workspace/WorkspaceChangeLog.h"
#include "core/workspace/WorkspaceRoles.h"

#include <QCoreApplication>
#include <QSqlError>

namespace rapport::workspace {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::workspace::Workspace", text);
}

} // namespace

WorkspaceResult Workspace::open(const WorkspaceAddress& address, const QString& password,
                                const QString& connectionName, QSqlDatabase* db)
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!connection.isValid())
        return WorkspaceResult::failure(tr("This installation cannot reach PostgreSQL: its Qt driver (QPSQL) is missing."));
    connection.setHostName(address.host);
    connection.setPort(address.port);
    connection.setDatabaseName(address.database);
    connection.setUserName(address.user);
    connection.setPassword(password);
    connection.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=10;application_name=Rapport")
                                     .arg(address.sslModeName()));
    if (!connection.open()) {
        const QString why = connection.lastError().databaseText().trimmed().isEmpty()
                                ? connection.lastError().text()
                                : connection.lastError().databaseText().trimmed();
        *db = connection;
        return WorkspaceResult::failure(tr("Cannot open the workspace %1: %2").arg(address.toUrl(), why));
    }
    *db = connection;
    return WorkspaceResult::success();
}

WorkspaceResult Workspace::initialise(QSqlDatabase db, const WorkspaceAddress& address)
{
    const int version = storage::databaseSchemaVersion(db);
    if (version < 0)
        return WorkspaceResult::failure(
            tr("Cannot read the schema version of the workspace %1: %2").arg(address.toUrl(), db.lastError().text()));
    if (version > storage::currentSchemaVersion())
        return WorkspaceResult::failure(tr("The workspace %1 was written by a newer Rapport (schema %2; this one "
                                           "reads up to %3). Update Rapport to open it.")
                                            .arg(address.toUrl())
                                            .arg(version)
                                            .arg(storage::currentSchemaVersion()));
    QString error;
    if (!storage::migrateDatabase(db, storage::migrationSteps(), &error))
        return WorkspaceResult::failure(tr("Cannot prepare the workspace %1: %2").arg(address.toUrl(), error));
    if (!WorkspaceChangeLog::install(db, &error))
        return WorkspaceResult::failure(tr("Cannot prepare the workspace %1: %2").arg(address.toUrl(), error));
    return WorkspaceRoles::ensure(db, address); // last: the groups' rights cover every table
}

WorkspaceResult Workspace::check(QSqlDatabase db, const WorkspaceAddress& address)
{
    const int version = storage::databaseSchemaVersion(db);
    if (version < 0)
        return WorkspaceResult::failure(
            tr("Cannot read the workspace %1: %2").arg(address.toUrl(), db.lastError().text()));
    if (version == 0)
        return WorkspaceResult::failure(tr("The database %1 holds no Rapport workspace yet. Publish a project "
                                           "to it first (rapport-cli publish FILE URL).")
                                            .arg(address.toUrl()));
    if (version > storage::currentSchemaVersion())
        return WorkspaceResult::failure(tr("The workspace %1 was written by a newer Rapport (schema %2). Update "
                                           "Rapport to open it.")
                                            .arg(address.toUrl())
                                            .arg(version));
    if (version < storage::currentSchemaVersion())
        return WorkspaceResult::failure(tr("The workspace %1 is at an older schema (%2). Its owner brings it up "
                                           "to date by publishing the project to it again with this Rapport "
                                           "(rapport-cli publish FILE URL --replace).")
                                            .arg(address.toUrl())
                                            .arg(version));
    return WorkspaceResult::success();
}

} // namespace rapport::workspace
