// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Viewers and editors of a team workspace, enforced by the PostgreSQL server: a viewer's
// writes through the real repositories are refused by the server ("permission denied") and
// change nothing, while reading and building figures work; an editor's writes succeed;
// revoking takes effect on the next connection; unknown users are refused.

#include "core/model/Campaign.h"
#include "core/model/Person.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/CampaignResults.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/ProjectSummary.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceRoles.h"
#include "tests/support/CampaignFixture.h"
#include "tests/support/FixedClock.h"
#include "tests/support/PgTestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace rapport;
using namespace rapport::workspace;
using model::Person;

class TestPgRoles : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server = test::PgServer::fromEnvironment();
    std::unique_ptr<test::PgTestDatabase> m_database;
    test::FixedClock m_clock;
    test::CampaignFixture m_fixture;
    model::Uuid m_grace;
    int m_connections = 0;
    QStringList m_closed;

    WorkspaceAddress addressAs(const QString& user) const
    {
        WorkspaceAddress a;
        a.host = m_server.host;
        a.port = m_server.port;
        a.user = user;
        a.database = m_database->name();
        a.tls = TlsMode::Disable;
        return a;
    }
    QSqlDatabase admin() const { return m_database->database(); }
    /** A new connection through Workspace::open, as the app makes it. */
    WorkspaceResult openAs(const QString& user, const QString& password, QSqlDatabase* db)
    {
        const QString name = QStringLiteral("as-%1-%2").arg(user).arg(++m_connections);
        return Workspace::open(addressAs(user), password, name, db);
    }
    /** Closes db; the connection is removed after the test, when no repository holds it. */
    void drop(QSqlDatabase& db)
    {
        m_closed << db.connectionName();
        db.close();
        db = {};
    }
    Person storedGrace() const { return *storage::PeopleRepository(admin(), m_clock).get(m_grace); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.isValid(), "run under tests/support/run-with-postgres.sh");
        m_database = std::make_unique<test::PgTestDatabase>(m_server);
        QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
        const WorkspaceResult r = Workspace::initialise(admin(), addressAs(m_server.user));
        QVERIFY2(r, qPrintable(r.message));
        QSqlQuery q(admin());
        for (const char* sql : {"CREATE ROLE mei LOGIN PASSWORD 'mei-secret'",
                                "CREATE ROLE ana LOGIN PASSWORD 'ana-secret'",
                                "CREATE ROLE lin LOGIN PASSWORD 'lin-secret'"})
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
        test::addCampaignFixture(admin(), m_clock, &m_fixture);
        // The fixture writes explicit keys; new rows' keys come after them (as after a publish).
        QVERIFY(q.exec(QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                                      "'public' AND column_name = 'key' AND is_identity = 'YES'")));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        for (const QString& table : std::as_const(tables))
            QVERIFY2(q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'key'), "
                                           "coalesce(max(key), 0) + 1, false) FROM %1")
                                .arg(table)),
                     qPrintable(q.lastError().text()));
        Person grace;
        grace.displayName = QStringLiteral("Grace");
        grace.company = QStringLiteral("Navy");
        grace.identities = {{model::IdentityKind::Email, QStringLiteral("grace@example.org")}};
        QVERIFY(storage::PeopleRepository(admin(), m_clock).create(grace));
        m_grace = grace.meta.id;
    }
    void cleanup()
    {
        for (const QString& name : std::as_const(m_closed))
            QSqlDatabase::removeDatabase(name);
        m_closed.clear();
    }
    void cleanupTestCase() { m_database.reset(); }

    void initialiseCreatesTheTwoGroups()
    {
        const QString db = m_database->name();
        QSqlQuery q(admin());
        QVERIFY(q.exec(QStringLiteral("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'rapport\\_%' "
                                      "ORDER BY rolname")));
        QStringList groups;
        while (q.next()) {
            QVERIFY(!q.value(1).toBool());
            groups << q.value(0).toString();
        }
        QCOMPARE(groups, (QStringList{WorkspaceRoles::editorGroup(db), WorkspaceRoles::viewerGroup(db)}));
        QCOMPARE(WorkspaceRoles::viewerGroup(QStringLiteral("devrel")), QStringLiteral("rapport_devrel_viewers"));
        // Initialising again (an editor opening an older workspace) keeps them.
        const WorkspaceResult again = Workspace::initialise(admin(), addressAs(m_server.user));
        QVERIFY2(again, qPrintable(again.message));
        QCOMPARE(WorkspaceRoles::roleOf(admin()), Role::Owner);
    }

    void groupNamesStayUniqueAndQuoted()
    {
        // PostgreSQL cuts names at 63 bytes: long database names get a hash instead.
        const QString longA = QString(70, QLatin1Char('a')) + QStringLiteral("-one");
        const QString longB = QString(70, QLatin1Char('a')) + QStringLiteral("-two");
        for (const QString& name : {longA, longB, QStringLiteral("社区运营团队的工作区名称很长很长很长很长很长")}) {
            QVERIFY(WorkspaceRoles::viewerGroup(name).toUtf8().size() <= 63);
            QVERIFY(WorkspaceRoles::editorGroup(name).toUtf8().size() <= 63);
            QVERIFY(WorkspaceRoles::viewerGroup(name) != WorkspaceRoles::editorGroup(name));
        }
        QVERIFY(WorkspaceRoles::viewerGroup(longA) != WorkspaceRoles::viewerGroup(longB));
        QCOMPARE(WorkspaceRoles::quoted(QStringLiteral("we\"ird")), QStringLiteral("\"we\"\"ird\""));
    }

    void unknownUsersAreRefused()
    {
        const WorkspaceAddress address = addressAs(m_server.user);
        WorkspaceResult r = WorkspaceRoles::grantAccess(admin(), address, QStringLiteral("nobody"), Role::Viewer);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QStringLiteral("no user “nobody”")), qPrintable(r.message));
        QVERIFY(r.message.contains(address.toUrl()));
        r = WorkspaceRoles::revokeAccess(admin(), address, QStringLiteral("nobody"));
        QVERIFY(!r);
        r = WorkspaceRoles::grantAccess(admin(), address, WorkspaceRoles::editorGroup(m_database->name()), Role::Viewer);
        QVERIFY2(!r && r.message.contains(QLatin1String("group")), qPrintable(r.message));
        r = WorkspaceRoles::grantAccess(admin(), address, QStringLiteral("mei"), Role::Owner);
        QVERIFY(!r);
        // A user without a grant cannot even connect.
        QSqlDatabase db;
        r = openAs(QStringLiteral("lin"), QStringLiteral("lin-secret"), &db);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QLatin1String("permission denied")), qPrintable(r.message));
        drop(db);
    }

    void viewerReadsButTheServerRefusesTheirWrites()
    {
        const WorkspaceResult granted =
            WorkspaceRoles::grantAccess(admin(), addressAs(m_server.user), QStringLiteral("mei"), Role::Viewer);
        QVERIFY2(granted, qPrintable(granted.message));
        QSqlDatabase db;
        const WorkspaceResult opened = openAs(QStringLiteral("mei"), QStringLiteral("mei-secret"), &db);
        QVERIFY2(opened, qPrintable(opened.message));
        QVERIFY2(Workspace::check(db, addressAs(QStringLiteral("mei"))), "a viewer may open the workspace");
        QCOMPARE(WorkspaceRoles::roleOf(db), Role::Viewer);

        // Reading and building figures work.
        storage::PeopleRepository people(db, m_clock);
        const qint64 before = people.count();
        QVERIFY(before > 0);
        Person grace = *people.get(m_grace);
        QCOMPARE(grace.company, QStringLiteral("Navy"));
        storage::ProjectSummary summary;
        QString error;
        QVERIFY2(storage::ProjectSummary::compute(db, &summary, &error), qPrintable(error));
        QCOMPARE(summary.people, before);
        const auto spring = storage::CampaignRepository(db, m_clock).get(m_fixture.spring);
        QVERIFY(spring);
        storage::CampaignResults results(db);
        const auto figures = results.compute(*spring, &error);
        QVERIFY2(figures, qPrintable(error));
        QCOMPARE(figures->reached, test::CampaignFixture::kReached);
        QCOMPARE(figures->attended, test::CampaignFixture::kAttended);

        // Every kind of write is refused by the server, and nothing changes.
        const auto refused = [](const storage::StoreResult& r) {
            return !r && r.error == storage::StoreError::Database && r.message.contains(QLatin1String("permission denied"));
        };
        Person newcomer;
        newcomer.displayName = QStringLiteral("Newcomer");
        storage::StoreResult r = people.create(newcomer);
        QVERIFY2(refused(r), qPrintable(r.message));
        grace.company = QStringLiteral("Harvard");
        r = people.update(grace);
        QVERIFY2(refused(r), qPrintable(r.message));
        r = people.remove(m_grace);
        QVERIFY2(refused(r), qPrintable(r.message));
        model::Campaign campaign = *spring;
        campaign.owner = QStringLiteral("Mei");
        r = storage::CampaignRepository(db, m_clock).update(campaign);
        QVERIFY2(refused(r), qPrintable(r.message));
        QSqlQuery raw(db);
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM activity_changes")));
        QCOMPARE(raw.lastError().nativeErrorCode(), QStringLiteral("42501")); // insufficient_privilege

        QCOMPARE(people.count(), before);
        const Person stored = storedGrace();
        QCOMPARE(stored.company, QStringLiteral("Navy"));
        QCOMPARE(stored.meta.rowVersion, 1);
        QCOMPARE(storage::CampaignRepository(admin(), m_clock).get(m_fixture.spring)->owner, spring->owner);
        drop(db);
    }

    void editorsWritesSucceed()
    {
        const WorkspaceResult granted =
            WorkspaceRoles::grantAccess(admin(), addressAs(m_server.user), QStringLiteral("ana"), Role::Editor);
        QVERIFY2(granted, qPrintable(granted.message));
        QSqlDatabase db;
        const WorkspaceResult opened = openAs(QStringLiteral("ana"), QStringLiteral("ana-secret"), &db);
        QVERIFY2(opened, qPrintable(opened.message));
        QCOMPARE(WorkspaceRoles::roleOf(db), Role::Editor);
        storage::PeopleRepository people(db, m_clock);
        const qint64 before = people.count();
        Person newcomer;
        newcomer.displayName = QStringLiteral("Newcomer");
        storage::StoreResult r = people.create(newcomer);
        QVERIFY2(r, qPrintable(r.message));
        Person grace = *people.get(m_grace);
        grace.company = QStringLiteral("Harvard");
        r = people.update(grace);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(storedGrace().company, QStringLiteral("Harvard"));
        r = people.remove(newcomer.meta.id);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(people.count(), before);
        model::Campaign campaign = *storage::CampaignRepository(db, m_clock).get(m_fixture.spring);
        campaign.owner = QStringLiteral("Ana");
        r = storage::CampaignRepository(db, m_clock).update(campaign);
        QVERIFY2(r, qPrintable(r.message));

        // Their edits are in the change log (written by its trigger, as the owner) ...
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM rapport_changes WHERE by_user = 'ana'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() >= 4, qPrintable(q.value(0).toString()));
        // ... but the log the other copies follow, and the schema version, are not theirs to write.
        for (const QString& forged :
             {QStringLiteral("INSERT INTO rapport_changes (table_name, op, pk) VALUES ('people', 'D', '{}')"),
              QStringLiteral("DELETE FROM rapport_changes"), QStringLiteral("UPDATE rapport_changes SET by_user = 'bo'"),
              QStringLiteral("TRUNCATE rapport_changes"), QStringLiteral("UPDATE rapport_schema SET version = 1"),
              QStringLiteral("INSERT INTO rapport_sync (name, value) VALUES ('horizon', 0)"),
              QStringLiteral("SELECT nextval('rapport_changes_seq_seq')")}) {
            QVERIFY2(!q.exec(forged), qPrintable(forged));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }
        // Nor can an editor switch the log off for their own edits (only a publish by the owner
        // loads without logging).
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM rapport_changes WHERE by_user = 'ana'")) && q.next());
        const int logged = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("SET rapport.bulk_load = 'on'")));
        grace.company = QStringLiteral("Yale");
        r = people.update(grace);
        QVERIFY2(r, qPrintable(r.message));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM rapport_changes WHERE by_user = 'ana'")) && q.next());
        QVERIFY2(q.value(0).toInt() > logged, qPrintable(q.value(0).toString()));
        drop(db);
    }

    void membersAreListed()
    {
        QString error;
        const QList<WorkspaceMember> members = WorkspaceRoles::members(admin(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(members.size(), 3);
        QCOMPARE(members[0].user, m_server.user);
        QCOMPARE(members[0].role, Role::Owner);
        QCOMPARE(members[1].user, QStringLiteral("ana"));
        QCOMPARE(members[1].role, Role::Editor);
        QCOMPARE(members[2].user, QStringLiteral("mei"));
        QCOMPARE(members[2].role, Role::Viewer);
    }

    void changingAndRevokingTakeEffectOnTheNextConnection()
    {
        const WorkspaceAddress address = addressAs(m_server.user);
        // Ana becomes a viewer: one group at a time.
        QVERIFY(WorkspaceRoles::grantAccess(admin(), address, QStringLiteral("ana"), Role::Viewer));
        QSqlDatabase db;
        QVERIFY(openAs(QStringLiteral("ana"), QStringLiteral("ana-secret"), &db));
        QCOMPARE(WorkspaceRoles::roleOf(db), Role::Viewer);
        Person grace = *storage::PeopleRepository(db, m_clock).get(m_grace);
        grace.company = QStringLiteral("Yale");
        QVERIFY(!storage::PeopleRepository(db, m_clock).update(grace));
        drop(db);

        const WorkspaceResult revoked = WorkspaceRoles::revokeAccess(admin(), address, QStringLiteral("mei"));
        QVERIFY2(revoked, qPrintable(revoked.message));
        const WorkspaceResult opened = openAs(QStringLiteral("mei"), QStringLiteral("mei-secret"), &db);
        QVERIFY(!opened);
        QVERIFY2(opened.message.contains(QLatin1String("permission denied")), qPrintable(opened.message));
        drop(db);
        QCOMPARE(WorkspaceRoles::members(admin()).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pg_roles.moc"
