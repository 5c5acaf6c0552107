// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectFile.h"
#include "core/storage/Transaction.h"
#include "tests/support/FixedClock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport::storage;

class TransactionTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_connection = QStringLiteral("tst_transaction");

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    int rows() const
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM item")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    bool insert(const QString& sql = QStringLiteral("INSERT INTO item (parent) VALUES (NULL)"))
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        d.setDatabaseName(m_dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE item (key INTEGER PRIMARY KEY, parent INTEGER "
                                      "REFERENCES item(key) DEFERRABLE INITIALLY DEFERRED)")));
    }
    void init()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM item")));
    }
    void cleanupTestCase()
    {
        db().close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void commitKeepsTheChangesAndRunsOnCommit()
    {
        int commits = 0;
        {
            Transaction t(db(), [&] { ++commits; });
            QVERIFY(t.isActive());
            QVERIFY(insert());
            QCOMPARE(commits, 0);
            QVERIFY(t.commit());
            QVERIFY(!t.isActive());
        }
        QCOMPARE(commits, 1);
        QCOMPARE(rows(), 1);
    }

    void destructionRollsBack()
    {
        int commits = 0;
        {
            Transaction t(db(), [&] { ++commits; });
            QVERIFY(insert());
            QVERIFY(insert());
            QCOMPARE(rows(), 2); // visible inside the transaction
        }
        QCOMPARE(rows(), 0);
        QCOMPARE(commits, 0);
    }

    void explicitRollback()
    {
        Transaction t(db());
        QVERIFY(insert());
        t.rollback();
        QVERIFY(!t.isActive());
        QCOMPARE(rows(), 0);
        QVERIFY(!t.commit()); // nothing left to commit
    }

    void failedCommitRollsBackAndReportsWhy()
    {
        int commits = 0;
        QString error;
        {
            Transaction t(db(), [&] { ++commits; });
            QVERIFY(insert());
            // A deferred foreign key is only checked at COMMIT, so this commit fails.
            QVERIFY(insert(QStringLiteral("INSERT INTO item (parent) VALUES (4242)")));
            QVERIFY(!t.commit(&error));
            QVERIFY(!t.isActive());
        }
        QVERIFY2(error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
                 qPrintable(error));
        QCOMPARE(commits, 0);
        QCOMPARE(rows(), 0);
        // The connection is usable again.
        Transaction again(db());
        QVERIFY(again.isActive());
    }

    void notActiveOnAClosedConnection()
    {
        Transaction t{QSqlDatabase()};
        QVERIFY(!t.isActive());
        QString error;
        QVERIFY(!t.commit(&error));
        QVERIFY(!error.isEmpty());
    }

    void projectTransactionMarksUnsavedChanges()
    {
        rapport::test::FixedClock clock;
        ProjectEnvironment env{m_dir.filePath(QStringLiteral("recovery")), QStringLiteral("ann"),
                               QStringLiteral("host"), &clock};
        FileResult r;
        auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("p.rapport")), env, &r);
        QVERIFY2(project, qPrintable(r.message));
        QVERIFY(!project->hasUnsavedChanges());
        {
            Transaction t = project->transaction();
            QSqlQuery q(project->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (name, value) VALUES ('x', '1')")));
        } // rolled back: still clean
        QVERIFY(!project->hasUnsavedChanges());
        {
            Transaction t = project->transaction();
            QSqlQuery q(project->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (name, value) VALUES ('x', '1')")));
            QVERIFY(t.commit());
        }
        QVERIFY(project->hasUnsavedChanges());
        QVERIFY(project->save());
        QVERIFY(!project->hasUnsavedChanges());
    }
};

QTEST_GUILESS_MAIN(TransactionTest)
#include "tst_transaction.moc"
