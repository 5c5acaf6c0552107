// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The PostgreSQL server that tests/support/run-with-postgres.sh started for this test
// process, and fresh databases on it. Each PgTestDatabase is a new, empty database dropped
// again when it goes out of scope, so tests never see each other's rows.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rapport::test {

struct PgServer
{
    QString host;
    int port = 0;
    QString user;     // a superuser
    QString password;
    QString binDir;   // the server's programs (psql)

    /** The server of run-with-postgres.sh, or port 0 when the test was not run under it. */
    static PgServer fromEnvironment();
    bool isValid() const { return port > 0; }
    /** A QPSQL connection named connectionName to database as user (the superuser if empty). */
    QSqlDatabase connect(const QString& connectionName, const QString& database,
                         const QString& asUser = {}, const QString& asPassword = {}) const;
};

class PgTestDatabase
{
public:
    /** Creates a new database on the server (a copy of the database copyOf if given: it must
     *  have no open connection) and opens a connection to it. */
    explicit PgTestDatabase(const PgServer& server, const QString& copyOf = {});
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    bool isOpen() const { return m_ok; }
    QString error() const { return m_error; }
    QString name() const { return m_database; }
    QSqlDatabase database() const;
    /** Another connection to the same database (as another user, if given). */
    QSqlDatabase connectAgain(const QString& asUser = {}, const QString& asPassword = {});

private:
    PgServer m_server;
    QString m_database;
    QString m_connection;
    QStringList m_extraConnections;
    QString m_error;
    bool m_ok = false;
};

} // namespace rapport::test
