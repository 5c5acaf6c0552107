// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real SQLite project database in a temporary folder, with the current schema applied
// step by step (as a migration from empty would), for repository and activity store tests.

#include "core/storage/Schema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace rapport::test {

class TestDatabase
{
public:
    TestDatabase()
    {
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
    /** A copy of another test database's file (made once, copied for each test: faster). */
    explicit TestDatabase(const QString& copyOf)
    {
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
    QString path() const { return m_path; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QTemporaryDir m_dir;
    QString m_name;
    QString m_path;
    QString m_error;
    bool m_ok = false;
};

} // namespace rapport::test
