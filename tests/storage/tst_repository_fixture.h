// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real project database for repository and activity store tests, with the current schema:
// - by default an SQLite file in a temporary folder, the schema applied step by step (as a
//   migration from empty would);
// - with RAPPORT_TEST_BACKEND=postgres (the tst_x-postgres tests that rapport_also_on_postgres
//   registers), a fresh database on the test's own PostgreSQL server, migrated by
//   storage::migrateDatabase as a workspace is, and dropped afterwards.
// So one set of storage tests runs against both backends.

#include "core/storage/Migrator.h"
#include "core/storage/Schema.h"
#include "tests/support/PgTestServer.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace rapport::test {

class TestDatabase
{
public:
    /** Whether this test process runs against PostgreSQL (RAPPORT_TEST_BACKEND=postgres). */
    static bool onPostgres() { return qEnvironmentVariable("RAPPORT_TEST_BACKEND") == QLatin1String("postgres"); }

    TestDatabase()
    {
        if (onPostgres()) {
            openPostgres({});
            return;
        }
        m_name = QUuid::createUuid().toString();
        m_path = m_dir.filePath(QStringLiteral("test.rapport"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        for (const auto& step : storage::migrationSteps()) {
            for (const QString& sql : step.statements) {
                if (!q.exec(sql)) {
                    m_error = q.lastError().text() + QLatin1String(" in ") + sql;
                    return;
                }
            }
            q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion));
        }
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(storage::kApplicationId));
        m_ok = true;
    }
    /** A copy of another test database (made once, copied for each test: faster). copyOf is
     *  the other's path(); on PostgreSQL its database name, copied as a template. */
    explicit TestDatabase(const QString& copyOf)
    {
        if (onPostgres()) {
            openPostgres(copyOf);
            return;
        }
        m_name = QUuid::createUuid().toString();
        m_path = m_dir.filePath(QStringLiteral("test.rapport"));
        if (!QFile::copy(copyOf, m_path)) {
            m_error = QStringLiteral("cannot copy ") + copyOf;
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        m_ok = true;
    }
    ~TestDatabase()
    {
        if (m_pg) {
            openDatabases().remove(m_pg->name());
            m_pg.reset();
            return;
        }
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    bool isOk() const { return m_ok; }
    QString error() const { return m_error; }
    /** The SQLite file; on PostgreSQL the database's name (what the copy constructor takes). */
    QString path() const { return m_pg ? m_pg->name() : m_path; }
    QSqlDatabase db() const { return m_pg ? m_pg->database() : QSqlDatabase::database(m_name, false); }
    /** A second connection to the same PostgreSQL database (an invalid one on SQLite). */
    QSqlDatabase connectAgain(const QString& asUser = {}, const QString& asPassword = {})
    {
        return m_pg ? m_pg->connectAgain(asUser, asPassword) : QSqlDatabase();
    }

private:
    static QHash<QString, TestDatabase*>& openDatabases()
    {
        static QHash<QString, TestDatabase*> databases;
        return databases;
    }

    void openPostgres(const QString& copyOf)
    {
        const PgServer server = PgServer::fromEnvironment();
        // A template database must have no connection while it is copied.
        TestDatabase* original = copyOf.isEmpty() ? nullptr : openDatabases().value(copyOf);
        if (original)
            original->db().close();
        m_pg = std::make_unique<PgTestDatabase>(server, copyOf);
        if (original)
            original->db().open();
        if (!m_pg->isOpen()) {
            m_error = m_pg->error();
            return;
        }
        openDatabases().insert(m_pg->name(), this);
        if (copyOf.isEmpty()) {
            QString error;
            if (!storage::migrateDatabase(m_pg->database(), storage::migrationSteps(), &error)) {
                m_error = error;
                return;
            }
        }
        m_ok = true;
    }

    QTemporaryDir m_dir;
    QString m_name;
    QString m_path;
    QString m_error;
    std::unique_ptr<PgTestDatabase> m_pg;
    bool m_ok = false;
};

} // namespace rapport::test
