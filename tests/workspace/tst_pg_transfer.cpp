// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Moving a project between a file and a workspace (publish, pull) on a real PostgreSQL
// server, and loading the engine straight from the workspace.

#include "core/engine/Funnel.h"
#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/io/DemoCommunity.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/Schema.h"
#include "core/workspace/PgEngineLoader.h"
#include "core/workspace/ProjectTables.h"
#include "core/workspace/Transfer.h"
#include "core/workspace/Workspace.h"
#include "tests/support/FixedClock.h"
#include "tests/support/PgTestServer.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::workspace;

namespace {

std::int64_t countRows(QSqlDatabase db, const QString& table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/** The foreign keys and indexes of a workspace, which a publish drops and brings back. */
QStringList schemaShape(QSqlDatabase db)
{
    QStringList shape;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
                          "FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
                          "UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"));
    while (q.next())
        shape << q.value(0).toString();
    return shape;
}

} // namespace

class TestPgTransfer : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server = test::PgServer::fromEnvironment();
    test::FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    QString m_file;
    ContentHash m_fileContent;
    std::int64_t m_people = 0;

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
    storage::ProjectEnvironment environment() const
    {
        storage::ProjectEnvironment env;
        env.recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
        env.userName = QStringLiteral("tester");
        env.hostName = QStringLiteral("here");
        env.clock = &m_clock;
        return env;
    }
    ContentHash contentOfFile(const QString& path)
    {
        storage::FileResult r;
        auto project = storage::ProjectFile::open(path, environment(), storage::OpenMode::ReadOnly,
                                                  storage::RecoveryChoice::Discard, &r);
        ContentHash hash;
        QString error;
        if (!project || !Transfer::contentHash(project->database(), &hash, &error))
            qWarning("%s", qPrintable(project ? error : r.message));
        return hash;
    }
    /** Every project table of the workspace is empty. */
    bool workspaceIsEmpty(QSqlDatabase db)
    {
        for (const ProjectTable& t : projectTables())
            if (countRows(db, t.name) != 0)
                return false;
        return true;
    }
    std::int64_t workspacePeople(const WorkspaceAddress& address)
    {
        ContentHash hash;
        QString error;
        if (!Transfer::contentHash(address, m_server.password, &hash, &error))
            return -1;
        for (const TableContent& t : hash.tables)
            if (t.table == u"people")
                return t.rows;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.isValid(), "run under tests/support/run-with-postgres.sh");
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("community.rapport"));
        storage::FileResult r;
        auto project = storage::ProjectFile::create(m_file, environment(), &r);
        QVERIFY2(project, qPrintable(r.message));
        io::DemoOptions options;
        options.people = 300;
        options.seed = 11;
        QString error;
        {
            storage::Transaction t = project->transaction();
            QVERIFY2(io::DemoCommunity(project->database(), m_clock).generate(options, nullptr, &error), qPrintable(error));
            QVERIFY(t.commit());
        }
        QSqlDatabase db = project->database();
        QSqlQuery q(db);
        // Change rows not yet compacted (one added, one removed), a merge, tags, a text key
        // with characters whose order differs between collations, a real, a NULL, a blob.
        storage::ActivityStore activities(db);
        storage::ActivityColumns one;
        one.push_back({1, activities.typeKey(QStringLiteral("starred")), 1767225600, 0, 0, 0, 2.5});
        QVERIFY(activities.append(one));
        storage::ActivityColumns firstOfPersonTwo;
        QVERIFY(activities.activitiesOf({2}, &firstOfPersonTwo));
        QVERIFY(!firstOfPersonTwo.empty());
        storage::ActivityColumns removal;
        removal.push_back(firstOfPersonTwo.row(0));
        QVERIFY(activities.remove(removal));
        QVERIFY(activities.changeCount() >= 2);
        QVERIFY(q.exec(QStringLiteral("UPDATE people SET merged_into = 4, merged_at = 1767225600000 WHERE key = 3")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO person_tags VALUES (5, 'Zebra'), (5, 'apple'), (5, 'Äpfel'), (5, '_x')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('b', 'ß'), ('B', 'zwei'), ('a-b', '0')")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM people WHERE key = (SELECT MAX(key) FROM people)"))); // key not reused
        project->markModified();
        r = project->save();
        QVERIFY2(r, qPrintable(r.message));
        QVERIFY(Transfer::contentHash(db, &m_fileContent, &error));
        m_people = countRows(db, QStringLiteral("people"));
        QCOMPARE(m_people, 299);
        QVERIFY(m_fileContent.rows() > 300);
    }

    void theContentHashSeesEveryTable()
    {
        // Every table of the schema is transferred, including ones added by later migrations.
        QStringList names;
        for (const ProjectTable& t : projectTables())
            names << t.name;
        for (const char* table : {"people", "person_tags", "identities", "activity_segments", "activity_changes",
                                  "meta", "import_log", "survey_answer_tags", "calendar_moments"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        QVERIFY(names.indexOf(QStringLiteral("calendar_moments")) < names.indexOf(QStringLiteral("campaigns")));
        QVERIFY(names.indexOf(QStringLiteral("people")) < names.indexOf(QStringLiteral("person_tags")));
        QCOMPARE(m_fileContent.tables.size(), projectTables().size());
        QCOMPARE(m_fileContent.total.size(), 32);

        // A change anywhere changes the hash, and the table is named.
        const QString copy = m_dir.filePath(QStringLiteral("changed.rapport"));
        QVERIFY(QFile::copy(m_file, copy));
        {
            storage::FileResult r;
            auto project = storage::ProjectFile::open(copy, environment(), storage::OpenMode::ReadWrite,
                                                      storage::RecoveryChoice::Discard, &r);
            QVERIFY2(project, qPrintable(r.message));
            QVERIFY(QSqlQuery(project->database()).exec(QStringLiteral("UPDATE channels SET url = url || '/' WHERE key = 1")));
            project->markModified();
            QVERIFY(project->save());
        }
        const ContentHash changed = contentOfFile(copy);
        QVERIFY(changed.total != m_fileContent.total);
        QVERIFY2(Transfer::firstDifference(m_fileContent, changed).contains(QLatin1String("channels")),
                 qPrintable(Transfer::firstDifference(m_fileContent, changed)));
    }

    void publishesAndPullsBack()
    {
        test::PgTestDatabase pg(m_server);
        QVERIFY2(pg.isOpen(), qPrintable(pg.error()));
        const WorkspaceAddress address = addressOf(pg.name());
        TransferReport report;
        std::int64_t lastDone = -1;
        QStringList seen;
        PublishOptions options;
        options.progress = [&](std::int64_t done, std::int64_t total, const QString& what) {
            QVERIFY(done <= total);
            lastDone = done;
            if (!seen.contains(what))
                seen << what;
        };
        QStringList emptyShape;
        {
            test::PgTestDatabase empty(m_server);
            QVERIFY(Workspace::initialise(empty.database(), addressOf(empty.name())));
            emptyShape = schemaShape(empty.database());
        }
        QVERIFY(emptyShape.size() > 40);
        WorkspaceResult r = Transfer::publishFile(m_file, address, m_server.password, options, &report);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(report.content.total, m_fileContent.total);
        QCOMPARE(schemaShape(pg.database()), emptyShape); // every foreign key and index is back
        QCOMPARE(report.content.rows(), m_fileContent.rows());
        QVERIFY(report.bytes > 0);
        QVERIFY(seen.contains(QStringLiteral("people")) && seen.contains(QStringLiteral("activity_segments")));
        QVERIFY(lastDone > 0);

        // Both sides hash the same, counted on the server by its own means too.
        ContentHash server;
        QString error;
        QVERIFY2(Transfer::contentHash(address, m_server.password, &server, &error), qPrintable(error));
        QCOMPARE(server.total, m_fileContent.total);
        QSqlDatabase db = pg.database();
        QCOMPARE(countRows(db, QStringLiteral("people")), m_people);
        QCOMPARE(countRows(db, QStringLiteral("activity_changes")), 2);

        // New rows get keys past the copied ones, and past the deleted person's key.
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO people (id, created_at, updated_at, display_name) "
                                       "VALUES ('00000000-0000-7000-8000-000000000001', 0, 0, 'New') RETURNING key")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 301);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM people WHERE key = 301")));

        // Pull into a new file: a valid project whose content equals the original's.
        const QString pulled = m_dir.filePath(QStringLiteral("pulled/back.rapport"));
        TransferReport pullReport;
        r = Transfer::pullToFile(address, m_server.password, pulled, &pullReport);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(pullReport.content.total, m_fileContent.total);
        QVERIFY(storage::ProjectFile::inspect(pulled)); // full page check, application id, version
        storage::FileResult opened;
        auto project = storage::ProjectFile::open(pulled, environment(), storage::OpenMode::ReadWrite,
                                                  storage::RecoveryChoice::Discard, &opened);
        QVERIFY2(project, qPrintable(opened.message));
        QCOMPARE(project->schemaVersion(), storage::currentSchemaVersion());
        ContentHash back;
        QVERIFY(Transfer::contentHash(project->database(), &back, &error));
        QCOMPARE(back.total, m_fileContent.total);
        // The deleted person's key is not handed out again in the pulled file either.
        QSqlQuery p(project->database());
        QVERIFY(p.exec(QStringLiteral("INSERT INTO people (id, created_at, updated_at, display_name) "
                                      "VALUES ('00000000-0000-7000-8000-000000000002', 0, 0, 'New')")));
        QCOMPARE(p.lastInsertId().toLongLong(), 302); // 301 was handed out by the workspace
        project.reset();
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("pulled"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("back.rapport")});
    }

    void aSecondPublishIsRefusedUnlessReplacing()
    {
        test::PgTestDatabase pg(m_server);
        QVERIFY2(pg.isOpen(), qPrintable(pg.error()));
        const WorkspaceAddress address = addressOf(pg.name());
        TransferReport report;
        QVERIFY(Transfer::publishFile(m_file, address, m_server.password, {}, &report));

        // Someone edits the workspace; a second publish must not touch that.
        QSqlDatabase db = pg.database();
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE people SET company = 'Edited' WHERE key = 1")));
        ContentHash before;
        QString error;
        QVERIFY(Transfer::contentHash(address, m_server.password, &before, &error));
        WorkspaceResult r = Transfer::publishFile(m_file, address, m_server.password, {}, &report);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QLatin1String("already holds a project with 299 people")), qPrintable(r.message));
        QVERIFY2(r.message.contains(address.toUrl()), qPrintable(r.message));
        ContentHash after;
        QVERIFY(Transfer::contentHash(address, m_server.password, &after, &error));
        QCOMPARE(after.total, before.total);

        PublishOptions replace;
        replace.replace = true;
        r = Transfer::publishFile(m_file, address, m_server.password, replace, &report);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(report.replacedPeople, 299);
        QVERIFY(Transfer::contentHash(address, m_server.password, &after, &error));
        QCOMPARE(after.total, m_fileContent.total);
    }

    void aFailureMidwayLeavesTheServerEmpty()
    {
        test::PgTestDatabase pg(m_server);
        QVERIFY2(pg.isOpen(), qPrintable(pg.error()));
        const WorkspaceAddress address = addressOf(pg.name());
        QSqlDatabase db = pg.database();
        QVERIFY(Workspace::initialise(db, address));
        // identities are copied after people: the failure comes once people are in.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                      "$$ BEGIN RAISE EXCEPTION 'the disk is full'; END $$")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON identities FOR EACH ROW EXECUTE FUNCTION refuse()")));
        const QStringList shape = schemaShape(db);
        TransferReport report;
        WorkspaceResult r = Transfer::publishFile(m_file, address, m_server.password, {}, &report);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QLatin1String("identities")) && r.message.contains(QLatin1String("the disk is full")),
                 qPrintable(r.message));
        QVERIFY(workspaceIsEmpty(db));
        QCOMPARE(schemaShape(db), shape);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse ON identities")));

        // Cancelled from the progress callback, midway through a table.
        std::atomic_bool cancel = false;
        PublishOptions options;
        options.cancel = &cancel;
        options.progress = [&](std::int64_t done, std::int64_t, const QString&) {
            if (done > 1000)
                cancel = true;
        };
        r = Transfer::publishFile(m_file, address, m_server.password, options, &report);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QLatin1String("cancelled")), qPrintable(r.message));
        QVERIFY(workspaceIsEmpty(db));

        // And the workspace still takes the project afterwards.
        r = Transfer::publishFile(m_file, address, m_server.password, {}, &report);
        QVERIFY2(r, qPrintable(r.message));
    }

    void aFailedPullLeavesNoFile()
    {
        test::PgTestDatabase pg(m_server);
        QVERIFY2(pg.isOpen(), qPrintable(pg.error()));
        const WorkspaceAddress address = addressOf(pg.name());
        const QString folder = m_dir.filePath(QStringLiteral("failed"));
        QVERIFY(QDir().mkpath(folder));
        TransferReport report;
        // No workspace there yet.
        WorkspaceResult r = Transfer::pullToFile(address, m_server.password, folder + QStringLiteral("/x.rapport"), &report);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QLatin1String("no Rapport workspace")), qPrintable(r.message));
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());

        QVERIFY(Transfer::publishFile(m_file, address, m_server.password, {}, &report));
        // A file that is not a project is never overwritten.
        const QString notes = folder + QStringLiteral("/notes.txt");
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("my notes\n");
        }
        r = Transfer::pullToFile(address, m_server.password, notes, &report);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QLatin1String("not a Rapport project")), qPrintable(r.message));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("my notes\n"));

        // Cancelled midway: no file, no temporary file; an older project there stays.
        const QString target = folder + QStringLiteral("/old.rapport");
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("changed.rapport")), target));
        const ContentHash old = contentOfFile(target);
        std::atomic_bool cancel = false;
        r = Transfer::pullToFile(address, m_server.password, target, &report,
                                 [&](std::int64_t done, std::int64_t, const QString&) {
                                     if (done > 1000)
                                         cancel = true;
                                 },
                                 &cancel);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QLatin1String("cancelled")), qPrintable(r.message));
        QCOMPARE(contentOfFile(target).total, old.total);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("notes.txt"), QStringLiteral("old.rapport")}));
        // Without cancel it replaces that project.
        r = Transfer::pullToFile(address, m_server.password, target, &report);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(contentOfFile(target).total, m_fileContent.total);
    }

    void theEngineFromAWorkspaceEqualsTheOneFromTheFile()
    {
        test::PgTestDatabase pg(m_server);
        QVERIFY2(pg.isOpen(), qPrintable(pg.error()));
        const WorkspaceAddress address = addressOf(pg.name());
        TransferReport report;
        QVERIFY(Transfer::publishFile(m_file, address, m_server.password, {}, &report));

        storage::FileResult r;
        auto project = storage::ProjectFile::open(m_file, environment(), storage::OpenMode::ReadOnly,
                                                  storage::RecoveryChoice::Discard, &r);
        QVERIFY2(project, qPrintable(r.message));
        QString error;
        const auto fromFile = storage::EngineLoader(project->database(), 2).load(&error);
        QVERIFY2(fromFile, qPrintable(error));
        double lastShare = -1;
        PgEngineLoader loader(address, m_server.password, 2);
        loader.setProgress([&](double share) {
            lastShare = share;
            return true;
        });
        const auto fromServer = loader.load(&error);
        QVERIFY2(fromServer, qPrintable(error));
        QCOMPARE(lastShare, 1.0);

        const engine::Store& a = fromFile->store;
        const engine::Store& b = fromServer->store;
        QCOMPARE(b.rowCount(), a.rowCount());
        QCOMPARE(b.personCount(), a.personCount());
        QCOMPARE(b.activityCount(), a.activityCount());
        QCOMPARE(fromServer->report.merges, 1);
        QCOMPARE(fromServer->report.activities, fromFile->report.activities);
        for (std::uint32_t row = 0; row < a.rowCount(); ++row) {
            const engine::PersonRecord pa = a.person(row), pb = b.person(row);
            QCOMPARE(pb.key, pa.key);
            QCOMPARE(pb.attributes, pa.attributes);
            QCOMPARE(pb.tags, pa.tags);
            QCOMPARE(pb.internal, pa.internal);
            QCOMPARE(pb.joinDay, pa.joinDay);
            QCOMPARE(b.flags(row), a.flags(row));
        }
        QCOMPARE(fromServer->responses.size(), fromFile->responses.size());

        // The same figures: a funnel and NPS.
        const engine::ParallelFor parallel(2);
        engine::FunnelQuery funnel;
        for (const char* type : {"registered", "attended", "responded"}) {
            engine::ActivityFilter step;
            for (std::uint32_t code = 0; code < a.types().size(); ++code)
                if (a.types().name(a.types().key(code)) == type)
                    step.type = std::int32_t(a.types().key(code));
            QVERIFY2(step.type, type);
            funnel.steps.push_back(step);
        }
        const engine::FunnelResult fa = engine::Funnel::compute(a, funnel, parallel);
        const engine::FunnelResult fb = engine::Funnel::compute(b, funnel, parallel);
        QVERIFY(fa.steps.front().persons > 0);
        QVERIFY(fa.steps == fb.steps);
        const engine::NpsResult na = engine::Nps::compute(a, fromFile->responses, {}, parallel);
        const engine::NpsResult nb = engine::Nps::compute(b, fromServer->responses, {}, parallel);
        QVERIFY(na.total.nps.has_value());
        QVERIFY(na.total == nb.total);
        QCOMPARE(nb.total.responses, na.total.responses);
    }

    void aWrongPasswordIsReportedWithoutIt()
    {
        test::PgTestDatabase pg(m_server);
        QVERIFY2(pg.isOpen(), qPrintable(pg.error()));
        const WorkspaceAddress address = addressOf(pg.name());
        TransferReport report;
        const WorkspaceResult r = Transfer::publishFile(m_file, address, QStringLiteral("wrong-secret"), {}, &report);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QLatin1String("password authentication failed")), qPrintable(r.message));
        QVERIFY(!r.message.contains(QLatin1String("wrong-secret")));
        QString error;
        QVERIFY(!PgEngineLoader(address, QStringLiteral("wrong-secret")).load(&error));
        QVERIFY2(error.contains(address.toUrl()), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPgTransfer)
#include "tst_pg_transfer.moc"
