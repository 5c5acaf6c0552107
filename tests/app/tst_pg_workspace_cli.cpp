// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later

// rapport-cli workspace grant|revoke|who, run as a process against a workspace on the test's
// own PostgreSQL server, the owner's password given on standard input.

#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceChangeLog.h"
#include "core/workspace/WorkspaceRoles.h"
#include "tests/support/PgTestServer.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace rapport;
using namespace rapport::workspace;

class TestPgWorkspaceCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    test::PgServer m_server = test::PgServer::fromEnvironment();
    std::unique_ptr<test::PgTestDatabase> m_database;

    QString url() const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
            .arg(m_server.user, m_server.host)
            .arg(m_server.port)
            .arg(m_database->name());
    }
    Run cli(const QStringList& arguments, const QString& password) const
    {
        QProcess process;
        process.start(QStringLiteral(RAPPORT_CLI), QStringList{QStringLiteral("workspace")} + arguments
                                                       + QStringList{QStringLiteral("--password-stdin")});
        process.write((password + QLatin1Char('\n')).toUtf8());
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.isValid(), "run under tests/support/run-with-postgres.sh");
        m_database = std::make_unique<test::PgTestDatabase>(m_server);
        QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
        WorkspaceAddress address;
        QString error;
        QVERIFY2(WorkspaceAddress::fromUrl(url(), &address, &error), qPrintable(error));
        const WorkspaceResult r = Workspace::initialise(m_database->database(), address);
        QVERIFY2(r, qPrintable(r.message));
        QSqlQuery q(m_database->database());
        QVERIFY2(q.exec(QStringLiteral("CREATE ROLE mei LOGIN PASSWORD 'mei-secret'")), qPrintable(q.lastError().text()));
    }
    void cleanupTestCase() { m_database.reset(); }

    void grantsListsAndRevokes()
    {
        Run r = cli({QStringLiteral("grant"), url(), QStringLiteral("mei"), QStringLiteral("viewer")}, m_server.password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("mei may now read")), qPrintable(r.out));
        r = cli({QStringLiteral("who"), url()}, m_server.password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("mei\tviewer")), qPrintable(r.out));
        QVERIFY(r.out.contains(m_server.user + QLatin1String("\towner")));

        r = cli({QStringLiteral("grant"), url(), QStringLiteral("mei"), QStringLiteral("editor")}, m_server.password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(WorkspaceRoles::members(m_database->database()).value(1).role, Role::Editor);

        r = cli({QStringLiteral("revoke"), url(), QStringLiteral("mei")}, m_server.password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("no longer has access")), qPrintable(r.out));
        r = cli({QStringLiteral("who"), url()}, m_server.password);
        QVERIFY(!r.out.contains(QLatin1String("mei")));
    }

    void pruneDropsOldEntriesAndMovesTheHorizon()
    {
        QSqlQuery q(m_database->database());
        // Two log entries, one of them 40 days old (the trigger writes them as people change).
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO rapport_changes (table_name, op, pk, at) VALUES "
                                       "('people', 'U', '{\"key\": 1}', now() - interval '40 days'), "
                                       "('people', 'U', '{\"key\": 2}', now())")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT max(seq) FROM rapport_changes")) && q.next());
        const qint64 newest = q.value(0).toLongLong();
        Run r = cli({QStringLiteral("prune"), url()}, m_server.password); // 30 days by default
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Removed 1 change-log entries older than 30 days")), qPrintable(r.out));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM rapport_changes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QString error;
        QCOMPARE(WorkspaceChangeLog::horizon(m_database->database(), &error), newest - 1);
        r = cli({QStringLiteral("prune"), url(), QStringLiteral("0")}, m_server.password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(WorkspaceChangeLog::horizon(m_database->database(), &error), newest);
        r = cli({QStringLiteral("prune"), url(), QStringLiteral("soon")}, m_server.password);
        QCOMPARE(r.exitCode, 2);
    }

    void mistakesAreOneLineReasons()
    {
        Run r = cli({QStringLiteral("grant"), url(), QStringLiteral("nobody"), QStringLiteral("viewer")}, m_server.password);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("nobody")) && r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err));
        r = cli({QStringLiteral("grant"), url(), QStringLiteral("mei"), QStringLiteral("admin")}, m_server.password);
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("grant"), QStringLiteral("postgresql://x:pw@host/db"), QStringLiteral("mei"),
                 QStringLiteral("viewer")},
                m_server.password);
        QCOMPARE(r.exitCode, 2);
        // A wrong password: refused by the server, and never echoed.
        r = cli({QStringLiteral("who"), url()}, QStringLiteral("wrong-password-123"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(url()), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("wrong-password-123")));
        QVERIFY(!r.out.contains(QLatin1String("wrong-password-123")));
    }
};

QTEST_GUILESS_MAIN(TestPgWorkspaceCli)
#include "tst_pg_workspace_cli.moc"
