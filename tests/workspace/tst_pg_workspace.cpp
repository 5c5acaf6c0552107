// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Addresses of team workspaces, and opening and preparing one on a real PostgreSQL server.

#include "core/storage/Migrator.h"
#include "core/storage/Schema.h"
#include "core/workspace/Workspace.h"
#include "tests/support/PgTestServer.h"

#include <QSqlQuery>
#include <QTest>

using namespace rapport;
using namespace rapport::workspace;

class TestPgWorkspace : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server = test::PgServer::fromEnvironment();

    WorkspaceAddress addressOf(const QString& database) const
    {
        WorkspaceAddress a;
        a.host = m_server.host;
        a.port = m_server.port;
        a.user = m_server.user;
        a.database = database;
        a.tls = TlsMode::Disable;
        return a;
    }

private slots:
    void parsesAddresses()
    {
        WorkspaceAddress a;
        QString error;
        QVERIFY2(WorkspaceAddress::fromUrl(QStringLiteral("postgresql://mei@db.example.org:6543/devrel?sslmode=verify-full"),
                                           &a, &error),
                 qPrintable(error));
        QCOMPARE(a.host, QStringLiteral("db.example.org"));
        QCOMPARE(a.port, 6543);
        QCOMPARE(a.user, QStringLiteral("mei"));
        QCOMPARE(a.database, QStringLiteral("devrel"));
        QCOMPARE(a.tls, TlsMode::VerifyFull);
        QCOMPARE(a.toUrl(), QStringLiteral("postgresql://mei@db.example.org:6543/devrel?sslmode=verify-full"));
        QCOMPARE(a.secretKey(), QStringLiteral("workspace/mei@db.example.org:6543/devrel"));

        QVERIFY(WorkspaceAddress::fromUrl(QStringLiteral("postgres://ana@localhost/community"), &a, &error));
        QCOMPARE(a.port, 5432);
        QCOMPARE(a.tls, TlsMode::Prefer);
        QCOMPARE(a.toUrl(), QStringLiteral("postgresql://ana@localhost:5432/community"));

        const WorkspaceAddress before = a;
        QVERIFY(!WorkspaceAddress::fromUrl(QStringLiteral("postgresql://ana:secret@localhost/community"), &a, &error));
        QVERIFY2(error.contains(QLatin1String("keychain")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("secret")));
        QVERIFY(!WorkspaceAddress::fromUrl(QStringLiteral("mysql://ana@localhost/community"), &a, &error));
        QVERIFY(error.contains(QLatin1String("postgresql://")));
        QVERIFY(!WorkspaceAddress::fromUrl(QStringLiteral("postgresql://localhost/community"), &a, &error));
        QVERIFY(error.contains(QLatin1String("no user")));
        QVERIFY(!WorkspaceAddress::fromUrl(QStringLiteral("postgresql://ana@localhost/"), &a, &error));
        QVERIFY(error.contains(QLatin1String("no database")));
        QVERIFY(!WorkspaceAddress::fromUrl(QStringLiteral("postgresql://ana@localhost/x?sslmode=maybe"), &a, &error));
        QVERIFY(error.contains(QLatin1String("maybe")));
        QCOMPARE(a, before); // a refused address changes nothing

        a.host = QStringLiteral("h'o\\st");
        QVERIFY(a.connectionString(QStringLiteral("p w")).contains(QLatin1String("host='h\\'o\\\\st'")));
        QVERIFY(a.connectionString(QStringLiteral("p w")).contains(QLatin1String("password='p w'")));
    }

    void opensAndPreparesAWorkspace()
    {
        test::PgTestDatabase pg(m_server);
        QVERIFY2(pg.isOpen(), qPrintable(pg.error()));
        const WorkspaceAddress address = addressOf(pg.name());
        QSqlDatabase db;
        WorkspaceResult r = Workspace::open(address, m_server.password, QStringLiteral("ws"), &db);
        QVERIFY2(r, qPrintable(r.message));
        r = Workspace::check(db, address);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QLatin1String("publish")), qPrintable(r.message));
        r = Workspace::initialise(db, address);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(storage::databaseSchemaVersion(db), storage::currentSchemaVersion());
        r = Workspace::check(db, address);
        QVERIFY2(r, qPrintable(r.message));

        // A workspace of a newer Rapport is refused, not "migrated".
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE rapport_schema SET version = 99")));
        r = Workspace::initialise(db, address);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QLatin1String("newer Rapport")), qPrintable(r.message));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("ws"));
    }

    void aWrongPasswordIsRefusedWithTheAddress()
    {
        test::PgTestDatabase pg(m_server);
        QVERIFY2(pg.isOpen(), qPrintable(pg.error()));
        const WorkspaceAddress address = addressOf(pg.name());
        {
            QSqlDatabase db;
            const WorkspaceResult r = Workspace::open(address, QStringLiteral("not-the-password"), QStringLiteral("bad"), &db);
            QVERIFY(!r);
            QVERIFY2(r.message.contains(address.toUrl()), qPrintable(r.message));
            QVERIFY2(r.message.contains(QLatin1String("password authentication failed")), qPrintable(r.message));
            QVERIFY(!r.message.contains(QLatin1String("not-the-password")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bad"));
    }
};

QTEST_GUILESS_MAIN(TestPgWorkspace)
#include "tst_pg_workspace.moc"
