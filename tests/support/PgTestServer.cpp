// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PgTestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace rapport::test {

PgServer PgServer::fromEnvironment()
{
    PgServer server;
    server.host = qEnvironmentVariable("RAPPORT_TEST_PG_HOST");
    server.port = qEnvironmentVariableIntValue("RAPPORT_TEST_PG_PORT");
    server.user = qEnvironmentVariable("RAPPORT_TEST_PG_USER");
    server.password = qEnvironmentVariable("RAPPORT_TEST_PG_PASSWORD");
    server.binDir = qEnvironmentVariable("RAPPORT_TEST_PG_BIN");
    if (server.host.isEmpty() || server.user.isEmpty())
        server.port = 0;
    return server;
}

QSqlDatabase PgServer::connect(const QString& connectionName, const QString& database, const QString& asUser,
                               const QString& asPassword) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(asUser.isEmpty() ? user : asUser);
    db.setPassword(asUser.isEmpty() ? password : asPassword);
    db.open();
    return db;
}

PgTestDatabase::PgTestDatabase(const PgServer& server, const QString& copyOf)
    : m_server(server)
{
    if (!server.isValid()) {
        m_error = QStringLiteral("no PostgreSQL server: run the test under tests/support/run-with-postgres.sh");
        return;
    }
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    m_database = QStringLiteral("rapport_test_") + id.left(12);
    {
        QSqlDatabase admin = server.connect(QStringLiteral("admin-") + id, QStringLiteral("postgres"));
        if (!admin.isOpen()) {
            m_error = admin.lastError().text();
        } else {
            QSqlQuery q(admin);
            const QString from = copyOf.isEmpty() ? QString() : QStringLiteral(" TEMPLATE %1").arg(copyOf);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'%2").arg(m_database, from)))
                m_error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin-") + id);
    if (!m_error.isEmpty())
        return;
    m_connection = QStringLiteral("pg-") + id;
    QSqlDatabase db = server.connect(m_connection, m_database);
    if (!db.isOpen()) {
        m_error = db.lastError().text();
        return;
    }
    m_ok = true;
}

PgTestDatabase::~PgTestDatabase()
{
    for (const QString& name : std::as_const(m_extraConnections))
        QSqlDatabase::removeDatabase(name);
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
    if (m_database.isEmpty() || !m_server.isValid())
        return;
    const QString admin = QStringLiteral("drop-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = m_server.connect(admin, QStringLiteral("postgres"));
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }
    QSqlDatabase::removeDatabase(admin);
}

QSqlDatabase PgTestDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QSqlDatabase PgTestDatabase::connectAgain(const QString& asUser, const QString& asPassword)
{
    const QString name = QStringLiteral("pg-again-") + QUuid::createUuid().toString(QUuid::Id128);
    m_extraConnections << name;
    return m_server.connect(name, m_database, asUser, asPassword);
}

} // namespace rapport::test
