// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two editors on one team workspace: each works on a local SQLite copy and sends every
// recorded edit to a real PostgreSQL server; conflicts, undo, new keys, NOTIFY and a
// viewer's refused write.

#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/RecordedEdit.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceSync.h"
#include "tests/support/FixedClock.h"
#include "tests/support/PgTestServer.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rapport;
using namespace rapport::workspace;
using storage::RecordedEdit;
using storage::StoreResult;

namespace {

QStringList localTables(const QSqlDatabase& local)
{
    QStringList tables;
    QSqlQuery q(local);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                          "ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

QStringList columnsOf(const QSqlDatabase& local, const QString& table)
{
    QStringList columns;
    QSqlQuery q(local);
    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

QString shown(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toHex());
    return v.toString();
}

/** The rows of a table as sorted text, the same for SQLite and PostgreSQL. */
QStringList dump(const QSqlDatabase& db, const QString& table, const QStringList& columns)
{
    QStringList quoted;
    for (const QString& c : columns)
        quoted << u'"' + c + u'"';
    QStringList rows;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(u','), table)))
        return {QStringLiteral("ERROR ") + q.lastError().text()};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values << shown(q.value(i));
        rows << values.join(u'|');
    }
    rows.sort();
    return rows;
}

struct Editor
{
    QString name;
    QTemporaryDir dir;
    std::unique_ptr<storage::ProjectFile> file;
    std::unique_ptr<storage::ProjectRepository> repo;
    QSqlDatabase server;
    std::unique_ptr<WorkspaceSync> sync;

    QSqlDatabase local() const { return file->database(); }
};

} // namespace

class TestPgSync : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server = test::PgServer::fromEnvironment();
    test::FixedClock m_clock;
    std::unique_ptr<QTemporaryDir> m_seedDir;
    std::unique_ptr<storage::ProjectFile> m_seed; // a small community, made through the repositories
    std::unique_ptr<test::PgTestDatabase> m_pg;
    model::Uuid m_spring, m_autumn;

    QSqlDatabase server() const { return m_pg->database(); }

    /** A local copy of the workspace, as a pull makes it (rows copied with plain SQL). */
    std::unique_ptr<Editor> editor(const QString& name, const QString& user = {}, const QString& password = {})
    {
        auto e = std::make_unique<Editor>();
        e->name = name;
        storage::ProjectEnvironment env;
        env.recoveryDir = e->dir.filePath(QStringLiteral("recovery"));
        env.userName = name;
        env.clock = &m_clock;
        storage::FileResult result;
        e->file = storage::ProjectFile::create(e->dir.filePath(name + QStringLiteral(".rapport")), env, &result);
        if (!e->file) {
            qWarning("%s", qPrintable(result.message));
            return nullptr;
        }
        e->server = m_pg->connectAgain(user, password);
        SyncPoint point;
        QString error;
        if (!WorkspaceSync::currentPoint(e->server, &point, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        QSqlDatabase local = e->local();
        QSqlQuery(local).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        QSqlQuery(local).exec(QStringLiteral("BEGIN"));
        for (const QString& table : localTables(local)) {
            const QStringList columns = columnsOf(local, table);
            if (table != QLatin1String("meta"))
                QSqlQuery(local).exec(QStringLiteral("DELETE FROM \"%1\"").arg(table));
            QStringList quoted, marks;
            for (const QString& c : columns) {
                quoted << u'"' + c + u'"';
                marks << QStringLiteral("?");
            }
            QSqlQuery from(server());
            if (!from.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(u','), table)))
                continue; // not on the server
            QSqlQuery to(local);
            to.prepare(QStringLiteral("INSERT OR REPLACE INTO \"%1\" (%2) VALUES (%3)")
                           .arg(table, quoted.join(u','), marks.join(u',')));
            while (from.next()) {
                for (int i = 0; i < columns.size(); ++i) {
                    QVariant v = from.value(i);
                    if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
                        v = QString(QLatin1String(""));
                    to.addBindValue(v);
                }
                if (!to.exec())
                    qWarning("copy %s: %s", qPrintable(table), qPrintable(to.lastError().text()));
            }
        }
        QSqlQuery(local).exec(QStringLiteral("COMMIT"));
        QSqlQuery(local).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!WorkspaceSync::storePoint(local, point, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        e->repo = std::make_unique<storage::ProjectRepository>(local, m_clock);
        e->sync = std::make_unique<WorkspaceSync>(local, e->server);
        return e;
    }

    /** Every project table of the local copy equals the server's. */
    bool sameAsServer(const Editor& e, const QStringList& tables = {})
    {
        const QStringList all = tables.isEmpty() ? localTables(e.local()) : tables;
        for (const QString& table : all) {
            if (table == QLatin1String("meta"))
                continue; // the copy's own notes (its position in the log) live there
            const QStringList columns = columnsOf(e.local(), table);
            const QStringList mine = dump(e.local(), table, columns);
            const QStringList theirs = dump(server(), table, columns);
            if (mine != theirs) {
                qWarning("%s: %s differs:\n local  %s\n server %s", qPrintable(e.name), qPrintable(table),
                         qPrintable(mine.join(QLatin1String("\n        "))),
                         qPrintable(theirs.join(QLatin1String("\n        "))));
                return false;
            }
        }
        return true;
    }

    /** Edits a campaign of e through its repository, recorded for undo. */
    RecordedEdit editCampaign(Editor& e, const model::Uuid& id, const QString& notes, const QString& owner = {})
    {
        RecordedEdit edit;
        model::Campaign c = *e.repo->campaigns().get(id);
        c.notes = notes;
        if (!owner.isNull())
            c.owner = owner;
        const StoreResult r = RecordedEdit::record(*e.file, [&] { return e.repo->campaigns().update(c); }, &edit);
        if (!r)
            qWarning("edit: %s", qPrintable(r.message));
        return edit;
    }

    RecordedEdit addPerson(Editor& e, const QString& name, qint64* key)
    {
        RecordedEdit edit;
        model::Person p;
        p.displayName = name;
        p.tags = {QStringLiteral("speaker")};
        const StoreResult r = RecordedEdit::record(*e.file, [&] { return e.repo->people().create(p); }, &edit);
        if (!r)
            qWarning("add: %s", qPrintable(r.message));
        *key = e.repo->people().keyOf(p.meta.id);
        return edit;
    }

    QString serverText(const QString& sql)
    {
        QSqlQuery q(server());
        return q.exec(sql) && q.next() ? shown(q.value(0)) : QStringLiteral("ERROR ") + q.lastError().text();
    }

    /** A column of a campaign on the server. */
    QString onServer(const model::Uuid& campaign, const QString& column)
    {
        return serverText(QStringLiteral("SELECT %1 FROM campaigns WHERE id = '%2'").arg(column, campaign.toString()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.isValid());
        // A small community, written through the real repositories into a project file and
        // published to the workspace as rapport-cli publish does (explicit keys, not logged).
        m_seedDir = std::make_unique<QTemporaryDir>();
        QTemporaryDir& seedDir = *m_seedDir;
        storage::ProjectEnvironment env;
        env.recoveryDir = seedDir.filePath(QStringLiteral("recovery"));
        env.userName = QStringLiteral("seed");
        env.clock = &m_clock;
        storage::FileResult created;
        m_seed = storage::ProjectFile::create(seedDir.filePath(QStringLiteral("seed.rapport")), env, &created);
        QVERIFY2(m_seed, qPrintable(created.message));
        {
            storage::ProjectRepository repo(m_seed->database(), m_clock);
            for (const char* name : {"Ana Lima", "Bo Chen", "Chidi Okafor"}) {
                model::Person p;
                p.displayName = QString::fromUtf8(name);
                p.tags = {QStringLiteral("member")};
                const StoreResult s = repo.people().create(p);
                QVERIFY2(s, qPrintable(s.message));
            }
            for (const char* name : {"Spring meetup", "Autumn conference"}) {
                model::Campaign c;
                c.name = QString::fromUtf8(name);
                c.owner = QStringLiteral("Ana");
                c.notes = QStringLiteral("first notes");
                const StoreResult s = repo.campaigns().create(c);
                QVERIFY2(s, qPrintable(s.message));
                (m_spring.isNull() ? m_spring : m_autumn) = c.meta.id;
            }
        }
    }

    void cleanupTestCase()
    {
        m_seed.reset();
        m_seedDir.reset();
    }

    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(m_server.isValid());
        m_pg = std::make_unique<test::PgTestDatabase>(m_server);
        QVERIFY2(m_pg->isOpen(), qPrintable(m_pg->error()));
        WorkspaceAddress address;
        address.host = m_server.host;
        address.port = m_server.port;
        address.user = m_server.user;
        address.database = m_pg->name();
        address.tls = TlsMode::Disable;
        const WorkspaceResult r = Workspace::initialise(server(), address);
        QVERIFY2(r, qPrintable(r.message));

        // The seed project, published to the workspace as rapport-cli publish does (explicit
        // keys, not logged).
        const QSqlDatabase seed = m_seed->database();
        QSqlQuery q(server());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("SET LOCAL rapport.bulk_load = 'on'")));
        for (const QString& table : localTables(seed)) {
            const QStringList columns = columnsOf(seed, table);
            QStringList quoted, marks;
            for (const QString& c : columns) {
                quoted << u'"' + c + u'"';
                marks << QStringLiteral("?");
            }
            QSqlQuery from(seed);
            QVERIFY(from.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(u','), table)));
            QSqlQuery to(server());
            QVERIFY(to.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)").arg(table, quoted.join(u','), marks.join(u','))));
            while (from.next()) {
                for (int i = 0; i < columns.size(); ++i)
                    to.addBindValue(from.value(i));
                QVERIFY2(to.exec(), qPrintable(table + u' ' + to.lastError().text()));
            }
            if (columns.contains(QLatin1String("key")))
                QVERIFY2(q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'key'), max(key)) FROM %1 "
                                               "HAVING max(key) IS NOT NULL").arg(table)),
                         qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QCOMPARE(serverText(QStringLiteral("SELECT count(*) FROM people")), QStringLiteral("3"));
        QCOMPARE(serverText(QStringLiteral("SELECT count(*) FROM rapport_changes")), QStringLiteral("0"));
    }

    void cleanup()
    {
        m_pg.reset();
    }

    void theChangeLogNotesEveryTable()
    {
        QSqlQuery q(server());
        // Every table with a primary key has the trigger (enumerated, not listed by hand).
        QCOMPARE(serverText(QStringLiteral(
                     "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                     "JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary WHERE n.nspname = 'public' "
                     "AND c.relkind = 'r' AND c.relname NOT IN ('rapport_changes', 'rapport_schema', 'rapport_sync') "
                     "AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid "
                     "AND t.tgname = 'rapport_change_log')")),
                 QStringLiteral("0"));
        QVERIFY(serverText(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'rapport_change_log'"))
                    .toInt() >= 20);
        // Entity tables are logged by key, link tables by their whole key, with the user.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO people (id, created_at, updated_at, display_name) "
                                      "VALUES ('p-4', 0, 0, 'Dana') RETURNING key")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 4); // past the published keys
        QVERIFY(q.exec(QStringLiteral("INSERT INTO person_tags (person_key, tag) VALUES (4, 'new')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE campaigns SET notes = 'x' WHERE name = 'Spring meetup'")));
        QCOMPARE(serverText(QStringLiteral("SELECT string_agg(table_name || ' ' || op || pk::text, '; ' ORDER BY seq) "
                                           "FROM rapport_changes")),
                 QStringLiteral("people I{\"key\": 4}; person_tags I{\"tag\": \"new\", \"person_key\": 4}; "
                                "campaigns U{\"key\": 1}"));
        QCOMPARE(serverText(QStringLiteral("SELECT DISTINCT by_user FROM rapport_changes")), m_server.user);
        // Initialising again (a newer Rapport) keeps one trigger per table and the log.
        const QString before = serverText(QStringLiteral("SELECT count(*) FROM rapport_changes"));
        WorkspaceAddress address;
        address.host = m_server.host;
        address.user = m_server.user;
        address.database = m_pg->name();
        QVERIFY(Workspace::initialise(server(), address));
        QCOMPARE(serverText(QStringLiteral("SELECT count(*) FROM rapport_changes")), before);
        // A bulk load is not logged.
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("SET LOCAL rapport.bulk_load = 'on'")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO person_tags (person_key, tag) VALUES (2, 'bulk')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QCOMPARE(serverText(QStringLiteral("SELECT count(*) FROM rapport_changes")), before);
        // A key change logs the old key as gone.
        QVERIFY(q.exec(QStringLiteral("UPDATE person_tags SET tag = 'bulky' WHERE tag = 'bulk'")));
        QCOMPARE(serverText(QStringLiteral("SELECT string_agg(op || pk::text, ' ' ORDER BY seq) FROM rapport_changes "
                                           "WHERE table_name = 'person_tags' AND pk->>'person_key' = '2'")),
                 QStringLiteral("U{\"tag\": \"bulky\", \"person_key\": 2} D{\"tag\": \"bulk\", \"person_key\": 2}"));
    }

    void anEditReachesTheOtherCopy()
    {
        auto a = editor(QStringLiteral("a"));
        auto b = editor(QStringLiteral("b"));
        QVERIFY(a && b);
        QVERIFY(sameAsServer(*a) && sameAsServer(*b));

        const RecordedEdit edit = editCampaign(*a, m_spring, QStringLiteral("venue booked"));
        QVERIFY(!edit.isEmpty());
        const PushResult pushed = a->sync->push(edit.forwardChanges());
        QVERIFY2(pushed, qPrintable(pushed.message));
        QCOMPARE(onServer(m_spring, QStringLiteral("notes")), QStringLiteral("venue booked"));
        QCOMPARE(onServer(m_spring, QStringLiteral("row_version")), QStringLiteral("2"));

        const RemoteChanges changes = b->sync->fetchRemoteChanges();
        QVERIFY2(changes, qPrintable(changes.message));
        const qint64 springKey = b->repo->campaigns().keyOf(m_spring);
        QCOMPARE(changes.keys(QStringLiteral("campaigns")), QList<qint64>{springKey});
        QCOMPARE(changes.tables(), QSet<QString>{QStringLiteral("campaigns")});
        QCOMPARE(b->repo->campaigns().get(m_spring)->notes, QStringLiteral("venue booked"));
        QVERIFY(sameAsServer(*b));
        QVERIFY(b->sync->appliedPoint().seq > 0);

        // Nothing new: an empty fetch. A's own push comes back to A and changes nothing.
        QVERIFY(b->sync->fetchRemoteChanges().isEmpty());
        const RemoteChanges own = a->sync->fetchRemoteChanges();
        QVERIFY2(own, qPrintable(own.message));
        QVERIFY(sameAsServer(*a));
        QCOMPARE(a->repo->campaigns().get(m_spring)->notes, QStringLiteral("venue booked"));

        // Two names swapped in one transaction elsewhere (unique names, moved in any order).
        QSqlQuery swap(server());
        for (const char* sql : {"BEGIN", "UPDATE campaigns SET name = 'swap' WHERE name = 'Spring meetup'",
                                "UPDATE campaigns SET name = 'Spring meetup' WHERE name = 'Autumn conference'",
                                "UPDATE campaigns SET name = 'Autumn conference' WHERE name = 'swap'",
                                "UPDATE campaigns SET row_version = row_version + 1", "COMMIT"})
            QVERIFY2(swap.exec(QString::fromLatin1(sql)), qPrintable(swap.lastError().text()));
        const RemoteChanges swapped = b->sync->fetchRemoteChanges();
        QVERIFY2(swapped, qPrintable(swapped.message));
        QCOMPARE(b->repo->campaigns().get(m_spring)->name, QStringLiteral("Autumn conference"));
        QVERIFY(sameAsServer(*b));
    }

    void aStaleEditIsAConflictAndKeepMineWins()
    {
        auto a = editor(QStringLiteral("a"));
        auto b = editor(QStringLiteral("b"));
        QVERIFY(a && b);
        const RecordedEdit first = editCampaign(*a, m_spring, QStringLiteral("from A"));
        QVERIFY(a->sync->push(first.forwardChanges()));
        const QStringList serverBefore = dump(server(), QStringLiteral("campaigns"), columnsOf(a->local(), QStringLiteral("campaigns")));

        // B has not fetched: its edit starts from row version 1.
        const RecordedEdit stale = editCampaign(*b, m_spring, QStringLiteral("from B"), QStringLiteral("Bo"));
        const PushResult refused = b->sync->push(stale.forwardChanges());
        QCOMPARE(refused.status, PushResult::Status::Conflict);
        QCOMPARE(refused.conflict.kind, SyncConflict::Kind::Changed);
        QCOMPARE(refused.conflict.table, QStringLiteral("campaigns"));
        QCOMPARE(refused.conflict.id, m_spring.toString());
        QCOMPARE(refused.conflict.key.value(QStringLiteral("key")).toLongLong(), b->repo->campaigns().keyOf(m_spring));
        QCOMPARE(refused.conflict.label, QStringLiteral("Spring meetup"));
        QCOMPARE(refused.conflict.theirs.value(QStringLiteral("notes")).toString(), QStringLiteral("from A"));
        QCOMPARE(refused.conflict.changedBy, m_server.user);
        QVERIFY2(refused.message.contains(QLatin1String("Spring meetup")) && refused.message.contains(m_server.user),
                 qPrintable(refused.message));
        QCOMPARE(dump(server(), QStringLiteral("campaigns"), columnsOf(a->local(), QStringLiteral("campaigns"))), serverBefore);

        const PushResult kept = b->sync->keepMine(refused.conflict);
        QVERIFY2(kept, qPrintable(kept.message));
        QCOMPARE(onServer(m_spring, QStringLiteral("notes")), QStringLiteral("from B"));
        QCOMPARE(onServer(m_spring, QStringLiteral("owner")), QStringLiteral("Bo"));
        QCOMPARE(onServer(m_spring, QStringLiteral("row_version")), QStringLiteral("3")); // theirs (2) + 1
        QVERIFY(sameAsServer(*b));
        QCOMPARE(b->repo->campaigns().get(m_spring)->meta.rowVersion, 3);
        QVERIFY(a->sync->fetchRemoteChanges());
        QVERIFY(sameAsServer(*a));
        QCOMPARE(a->repo->campaigns().get(m_spring)->notes, QStringLiteral("from B"));

        // B edits on from there without a conflict.
        const RecordedEdit next = editCampaign(*b, m_spring, QStringLiteral("B again"));
        QVERIFY(b->sync->push(next.forwardChanges()));
    }

    void takeTheirsKeepsTheServersRecord()
    {
        auto a = editor(QStringLiteral("a"));
        auto b = editor(QStringLiteral("b"));
        QVERIFY(a && b);
        QVERIFY(a->sync->push(editCampaign(*a, m_spring, QStringLiteral("from A")).forwardChanges()));
        const QStringList columns = columnsOf(a->local(), QStringLiteral("campaigns"));
        const QStringList serverBefore = dump(server(), QStringLiteral("campaigns"), columns);

        const PushResult refused = b->sync->push(editCampaign(*b, m_spring, QStringLiteral("from B")).forwardChanges());
        QCOMPARE(refused.status, PushResult::Status::Conflict);
        const RemoteChanges taken = b->sync->takeTheirs(refused.conflict);
        QVERIFY2(taken, qPrintable(taken.message));
        QVERIFY(taken.keys(QStringLiteral("campaigns")).contains(b->repo->campaigns().keyOf(m_spring)));
        QCOMPARE(dump(server(), QStringLiteral("campaigns"), columns), serverBefore);
        QCOMPARE(b->repo->campaigns().get(m_spring)->notes, QStringLiteral("from A"));
        QVERIFY(sameAsServer(*b));
        QVERIFY(a->sync->fetchRemoteChanges());
        QVERIFY(sameAsServer(*a));
    }

    void anEditOfADeletedRecordIsAConflict()
    {
        auto a = editor(QStringLiteral("a"));
        auto b = editor(QStringLiteral("b"));
        QVERIFY(a && b);
        RecordedEdit removal;
        QVERIFY(RecordedEdit::record(*a->file, [&] { return a->repo->campaigns().remove(m_autumn); }, &removal));
        QVERIFY(a->sync->push(removal.forwardChanges()));

        const PushResult refused = b->sync->push(editCampaign(*b, m_autumn, QStringLiteral("still on")).forwardChanges());
        QCOMPARE(refused.status, PushResult::Status::Conflict);
        QCOMPARE(refused.conflict.kind, SyncConflict::Kind::Deleted);
        QVERIFY(refused.conflict.theirs.isEmpty());
        QCOMPARE(refused.conflict.label, QStringLiteral("Autumn conference"));
        QVERIFY2(refused.message.contains(QLatin1String("deleted")), qPrintable(refused.message));
        QCOMPARE(onServer(m_autumn, QStringLiteral("count(*)")), QStringLiteral("0"));

        // Keeping mine brings the campaign back with B's notes.
        const PushResult kept = b->sync->keepMine(refused.conflict);
        QVERIFY2(kept, qPrintable(kept.message));
        QCOMPARE(onServer(m_autumn, QStringLiteral("notes")), QStringLiteral("still on"));
        QVERIFY(sameAsServer(*b));
        QVERIFY(a->sync->fetchRemoteChanges());
        QVERIFY(sameAsServer(*a));
        QCOMPARE(a->repo->campaigns().get(m_autumn)->notes, QStringLiteral("still on"));

        // A stale delete is a conflict too; deleting what is gone already is not.
        RecordedEdit staleRemoval;
        QVERIFY(RecordedEdit::record(*a->file, [&] { return a->repo->campaigns().remove(m_spring); }, &staleRemoval));
        QVERIFY(b->sync->push(editCampaign(*b, m_spring, QStringLiteral("B first")).forwardChanges()));
        const PushResult deleteRefused = a->sync->push(staleRemoval.forwardChanges());
        QCOMPARE(deleteRefused.status, PushResult::Status::Conflict);
        QCOMPARE(deleteRefused.conflict.kind, SyncConflict::Kind::Changed);
        QCOMPARE(onServer(m_spring, QStringLiteral("notes")), QStringLiteral("B first"));
        QVERIFY(a->sync->takeTheirs(deleteRefused.conflict));
        QCOMPARE(a->repo->campaigns().get(m_spring)->notes, QStringLiteral("B first"));
        QVERIFY(sameAsServer(*a));
    }

    void aLateCommitIsNotMissed()
    {
        auto b = editor(QStringLiteral("b"));
        QVERIFY(b);
        // A transaction takes its log number first and commits last.
        QSqlDatabase slow = m_pg->connectAgain();
        QSqlDatabase quick = m_pg->connectAgain();
        QSqlQuery s(slow);
        QVERIFY(s.exec(QStringLiteral("BEGIN")));
        QVERIFY(s.exec(QStringLiteral("UPDATE campaigns SET notes = 'slow', row_version = row_version + 1 "
                                      "WHERE name = 'Spring meetup'")));
        QVERIFY(QSqlQuery(quick).exec(QStringLiteral("UPDATE campaigns SET notes = 'quick', row_version = row_version + 1 "
                                                     "WHERE name = 'Autumn conference'")));
        RemoteChanges first = b->sync->fetchRemoteChanges();
        QVERIFY2(first, qPrintable(first.message));
        QCOMPARE(b->repo->campaigns().get(m_autumn)->notes, QStringLiteral("quick"));
        QCOMPARE(b->repo->campaigns().get(m_spring)->notes, QStringLiteral("first notes"));
        QVERIFY(s.exec(QStringLiteral("COMMIT")));
        const RemoteChanges second = b->sync->fetchRemoteChanges();
        QVERIFY2(second, qPrintable(second.message));
        QCOMPARE(b->repo->campaigns().get(m_spring)->notes, QStringLiteral("slow"));
        QVERIFY(sameAsServer(*b));
        s = QSqlQuery();
        slow = quick = QSqlDatabase();
    }

    void anUndoReachesTheOtherCopy()
    {
        auto a = editor(QStringLiteral("a"));
        auto b = editor(QStringLiteral("b"));
        QVERIFY(a && b);
        const RecordedEdit edit = editCampaign(*a, m_autumn, QStringLiteral("moved to October"), QStringLiteral("Chidi"));
        QVERIFY(a->sync->push(edit.forwardChanges()));
        QVERIFY(b->sync->fetchRemoteChanges());
        QCOMPARE(b->repo->campaigns().get(m_autumn)->owner, QStringLiteral("Chidi"));

        QString error;
        QVERIFY2(edit.undo(*a->file, &error), qPrintable(error));
        const PushResult undone = a->sync->push(edit.inverseChanges());
        QVERIFY2(undone, qPrintable(undone.message));
        QVERIFY(b->sync->fetchRemoteChanges());
        QCOMPARE(b->repo->campaigns().get(m_autumn)->owner, QStringLiteral("Ana"));
        QCOMPARE(b->repo->campaigns().get(m_autumn)->notes, QStringLiteral("first notes"));
        QVERIFY(sameAsServer(*a) && sameAsServer(*b));

        // And redo.
        QVERIFY2(edit.redo(*a->file, &error), qPrintable(error));
        QVERIFY(a->sync->push(edit.forwardChanges()));
        QVERIFY(b->sync->fetchRemoteChanges());
        QCOMPARE(b->repo->campaigns().get(m_autumn)->owner, QStringLiteral("Chidi"));
        QVERIFY(sameAsServer(*a) && sameAsServer(*b));

        // Deleting a campaign, and undoing that, travels too.
        RecordedEdit removal;
        QVERIFY(RecordedEdit::record(*a->file, [&] { return a->repo->campaigns().remove(m_spring); }, &removal));
        QVERIFY(a->sync->push(removal.forwardChanges()));
        const RemoteChanges gone = b->sync->fetchRemoteChanges();
        QVERIFY(gone);
        QCOMPARE(gone.removed.size(), 1);
        QVERIFY(!b->repo->campaigns().get(m_spring));
        QVERIFY(removal.undo(*a->file, &error));
        QVERIFY(a->sync->push(removal.inverseChanges()));
        QVERIFY(b->sync->fetchRemoteChanges());
        QCOMPARE(b->repo->campaigns().get(m_spring)->name, QStringLiteral("Spring meetup"));
        QVERIFY(sameAsServer(*a) && sameAsServer(*b));

        // Removing a person deletes the tags and identities before the person; its undo
        // puts the person back before them on the server too.
        const model::Uuid bo = a->repo->people().idOf(2);
        RecordedEdit personRemoval;
        QVERIFY(RecordedEdit::record(*a->file, [&] { return a->repo->people().remove(bo); }, &personRemoval));
        const PushResult removed = a->sync->push(personRemoval.forwardChanges());
        QVERIFY2(removed, qPrintable(removed.message));
        QCOMPARE(serverText(QStringLiteral("SELECT count(*) FROM person_tags WHERE person_key = 2")), QStringLiteral("0"));
        QVERIFY(personRemoval.undo(*a->file, &error));
        const PushResult back = a->sync->push(personRemoval.inverseChanges());
        QVERIFY2(back, qPrintable(back.message));
        QCOMPARE(serverText(QStringLiteral("SELECT tag FROM person_tags WHERE person_key = 2")), QStringLiteral("member"));
        QVERIFY(b->sync->fetchRemoteChanges());
        QVERIFY(sameAsServer(*a) && sameAsServer(*b));
    }

    void newPeopleGetDistinctKeys()
    {
        auto a = editor(QStringLiteral("a"));
        auto b = editor(QStringLiteral("b"));
        QVERIFY(a && b);
        qint64 keyA = 0, keyB = 0;
        QVERIFY(a->sync->fetchRemoteChanges());
        QVERIFY(a->sync->push(addPerson(*a, QStringLiteral("Dana from A"), &keyA).forwardChanges()));
        QVERIFY(b->sync->fetchRemoteChanges()); // before recording, as the window does
        const PushResult pushed = b->sync->push(addPerson(*b, QStringLiteral("Eli from B"), &keyB).forwardChanges());
        QVERIFY2(pushed, qPrintable(pushed.message));
        QCOMPARE(keyA, 4);
        QCOMPARE(keyB, 5);
        QVERIFY(a->sync->fetchRemoteChanges());
        QVERIFY(b->sync->fetchRemoteChanges());
        QVERIFY(sameAsServer(*a) && sameAsServer(*b));
        QCOMPARE(a->repo->people().count(), 5);
        QCOMPARE(serverText(QStringLiteral("SELECT string_agg(tag, ',' ORDER BY tag) FROM person_tags WHERE person_key = 5")),
                 QStringLiteral("speaker"));
        // The server's own sequence stays past the explicit keys.
        QCOMPARE(serverText(QStringLiteral("INSERT INTO people (id, created_at, updated_at, display_name) "
                                           "VALUES ('x-1', 0, 0, 'psql') RETURNING key")),
                 QStringLiteral("6"));
    }

    void aSimultaneousInsertIsAConflict()
    {
        auto a = editor(QStringLiteral("a"));
        auto b = editor(QStringLiteral("b"));
        QVERIFY(a && b);
        qint64 keyA = 0, keyB = 0;
        const RecordedEdit fromA = addPerson(*a, QStringLiteral("Dana from A"), &keyA);
        const RecordedEdit fromB = addPerson(*b, QStringLiteral("Eli from B"), &keyB);
        QCOMPARE(keyA, keyB);
        QVERIFY(a->sync->push(fromA.forwardChanges()));
        const QStringList columns = columnsOf(a->local(), QStringLiteral("people"));
        const QStringList serverBefore = dump(server(), QStringLiteral("people"), columns);
        const PushResult refused = b->sync->push(fromB.forwardChanges());
        QCOMPARE(refused.status, PushResult::Status::Conflict);
        QCOMPARE(refused.conflict.kind, SyncConflict::Kind::KeyTaken);
        QCOMPARE(refused.conflict.table, QStringLiteral("people"));
        QCOMPARE(refused.conflict.label, QStringLiteral("Eli from B"));
        QCOMPARE(refused.conflict.theirs.value(QStringLiteral("display_name")).toString(), QStringLiteral("Dana from A"));
        QVERIFY2(refused.message.contains(QLatin1String("Eli from B")), qPrintable(refused.message));
        QCOMPARE(dump(server(), QStringLiteral("people"), columns), serverBefore);
        QCOMPARE(serverText(QStringLiteral("SELECT count(*) FROM people WHERE display_name = 'Eli from B'")), QStringLiteral("0"));

        // Keeping mine cannot replace their new person.
        QCOMPARE(b->sync->keepMine(refused.conflict).status, PushResult::Status::Failed);
        QCOMPARE(dump(server(), QStringLiteral("people"), columns), serverBefore);

        const RemoteChanges taken = b->sync->takeTheirs(refused.conflict);
        QVERIFY2(taken, qPrintable(taken.message));
        QCOMPARE(b->repo->people().count(), 4);
        QVERIFY(b->repo->people().get(b->repo->people().idOf(keyA)));
        QCOMPARE(b->repo->people().get(b->repo->people().idOf(keyA))->displayName, QStringLiteral("Dana from A"));
        QVERIFY(sameAsServer(*b));

        // Entered again, it gets the next key.
        qint64 again = 0;
        QVERIFY(b->sync->push(addPerson(*b, QStringLiteral("Eli from B"), &again).forwardChanges()));
        QCOMPARE(again, keyA + 1);
        QVERIFY(a->sync->fetchRemoteChanges());
        QVERIFY(sameAsServer(*a) && sameAsServer(*b));
    }

    void aLargeEditGoesInBlocks()
    {
        auto a = editor(QStringLiteral("a"));
        auto b = editor(QStringLiteral("b"));
        QVERIFY(a && b);
        QList<model::Uuid> added;
        RecordedEdit imported;
        QVERIFY(RecordedEdit::record(*a->file, [&] {
            for (int i = 0; i < 400; ++i) {
                model::Person p;
                p.displayName = QStringLiteral("Member %1 'quoted'").arg(i);
                if (i == 7)
                    p.displayName = QStringLiteral("Member 7");
                p.tags = {QStringLiteral("imported"), QStringLiteral("wave-%1").arg(i % 3)};
                const StoreResult r = a->repo->people().create(p);
                if (!r)
                    return r;
                added << p.meta.id;
            }
            return StoreResult::ok();
        }, &imported));
        const PushResult pushed = a->sync->push(imported.forwardChanges());
        QVERIFY2(pushed, qPrintable(pushed.message));
        QCOMPARE(serverText(QStringLiteral("SELECT count(*) FROM people")), QStringLiteral("403"));
        QCOMPARE(serverText(QStringLiteral("SELECT count(*) FROM person_tags WHERE tag = 'imported'")), QStringLiteral("400"));
        const RemoteChanges fetched = b->sync->fetchRemoteChanges();
        QVERIFY2(fetched, qPrintable(fetched.message));
        QCOMPARE(fetched.keys(QStringLiteral("people")).size(), 400);
        QVERIFY(sameAsServer(*b));

        // B's bulk edit of all of them, while A changed one: the conflict names that one.
        model::Person one = *a->repo->people().get(added.at(7));
        one.notes = QStringLiteral("A was first");
        RecordedEdit single;
        QVERIFY(RecordedEdit::record(*a->file, [&] { return a->repo->people().update(one); }, &single));
        QVERIFY(a->sync->push(single.forwardChanges()));
        const QStringList columns = columnsOf(b->local(), QStringLiteral("people"));
        const QStringList serverBefore = dump(server(), QStringLiteral("people"), columns);
        RecordedEdit bulk;
        QVERIFY(RecordedEdit::record(*b->file, [&] {
            for (const model::Uuid& id : added) {
                model::Person p = *b->repo->people().get(id);
                p.company = QStringLiteral("Acme");
                const StoreResult r = b->repo->people().update(p);
                if (!r)
                    return r;
            }
            return StoreResult::ok();
        }, &bulk));
        const PushResult refused = b->sync->push(bulk.forwardChanges());
        QCOMPARE(refused.status, PushResult::Status::Conflict);
        QCOMPARE(refused.conflict.label, QStringLiteral("Member 7"));
        QCOMPARE(dump(server(), QStringLiteral("people"), columns), serverBefore);
        const PushResult kept = b->sync->keepMine(refused.conflict);
        QVERIFY2(kept, qPrintable(kept.message));
        QCOMPARE(serverText(QStringLiteral("SELECT count(*) FROM people WHERE company = 'Acme'")), QStringLiteral("400"));
        QVERIFY(sameAsServer(*b));
        QVERIFY(a->sync->fetchRemoteChanges());
        QVERIFY(sameAsServer(*a));
        // Text that looks like the blocks' own quoting is sent as it is.
        const QString oddNotes = QStringLiteral("$rapport_batch$ END; DROP TABLE people; $$ \\ '");
        RecordedEdit odd;
        QVERIFY(RecordedEdit::record(*a->file, [&] {
            for (int i = 0; i < 20; ++i) {
                model::Person p = *a->repo->people().get(added.at(i));
                p.notes = oddNotes;
                const StoreResult r = a->repo->people().update(p);
                if (!r)
                    return r;
            }
            return StoreResult::ok();
        }, &odd));
        const PushResult oddPushed = a->sync->push(odd.forwardChanges());
        QVERIFY2(oddPushed, qPrintable(oddPushed.message));
        QSqlQuery check(server());
        QVERIFY(check.prepare(QStringLiteral("SELECT count(*) FROM people WHERE notes = ?")));
        check.addBindValue(oddNotes);
        QVERIFY(check.exec() && check.next());
        QCOMPARE(check.value(0).toInt(), 20);
        QVERIFY(b->sync->fetchRemoteChanges());
        QVERIFY(sameAsServer(*b));
    }

    void notifyReachesTheOtherEditor()
    {
        auto a = editor(QStringLiteral("a"));
        auto b = editor(QStringLiteral("b"));
        QVERIFY(a && b);
        QString error;
        QVERIFY2(a->sync->startListening(&error), qPrintable(error));
        QVERIFY2(b->sync->startListening(&error), qPrintable(error));
        QSignalSpy toA(a->sync.get(), &WorkspaceSync::remoteChangesAvailable);
        QSignalSpy toB(b->sync.get(), &WorkspaceSync::remoteChangesAvailable);

        QVERIFY(a->sync->push(editCampaign(*a, m_spring, QStringLiteral("live")).forwardChanges()));
        QTRY_COMPARE_WITH_TIMEOUT(toB.count(), 1, 5000);
        const RemoteChanges changes = b->sync->fetchRemoteChanges();
        QVERIFY(changes);
        QCOMPARE(b->repo->campaigns().get(m_spring)->notes, QStringLiteral("live"));
        QCOMPARE(toA.count(), 0); // its own push does not wake A

        // Several quick edits wake B once or a few times, not once per row.
        for (int i = 0; i < 5; ++i)
            QVERIFY(a->sync->push(editCampaign(*a, m_autumn, QStringLiteral("edit %1").arg(i)).forwardChanges()));
        QTRY_VERIFY_WITH_TIMEOUT(toB.count() >= 2, 5000);
        QVERIFY(b->sync->fetchRemoteChanges());
        QCOMPARE(b->repo->campaigns().get(m_autumn)->notes, QStringLiteral("edit 4"));
        QVERIFY(toB.count() <= 6);
    }

    void aViewersPushIsRefusedByTheServer()
    {
        const QString viewer = m_pg->name() + QStringLiteral("_viewer");
        QSqlQuery q(server());
        QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'view-only'").arg(viewer)), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(m_pg->name(), viewer)));
        QVERIFY(q.exec(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(viewer)));
        QVERIFY(q.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(viewer)));

        auto v = editor(QStringLiteral("viewer"), viewer, QStringLiteral("view-only"));
        QVERIFY(v);
        QVERIFY(v->server.isOpen());
        const QStringList columns = columnsOf(v->local(), QStringLiteral("campaigns"));
        const QStringList serverBefore = dump(server(), QStringLiteral("campaigns"), columns);
        const QString logBefore = serverText(QStringLiteral("SELECT count(*) FROM rapport_changes"));

        const PushResult refused = v->sync->push(editCampaign(*v, m_spring, QStringLiteral("viewer was here")).forwardChanges());
        QCOMPARE(refused.status, PushResult::Status::Refused);
        QVERIFY2(refused.message.contains(QLatin1String("not change")), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(QLatin1String("permission denied")), qPrintable(refused.message));
        QCOMPARE(dump(server(), QStringLiteral("campaigns"), columns), serverBefore);
        QCOMPARE(serverText(QStringLiteral("SELECT count(*) FROM rapport_changes")), logBefore);

        // A viewer still follows everyone else's edits.
        auto a = editor(QStringLiteral("a"));
        QVERIFY(a);
        QVERIFY(a->sync->push(editCampaign(*a, m_autumn, QStringLiteral("by an editor")).forwardChanges()));
        const RemoteChanges seen = v->sync->fetchRemoteChanges();
        QVERIFY2(seen, qPrintable(seen.message));
        QCOMPARE(v->repo->campaigns().get(m_autumn)->notes, QStringLiteral("by an editor"));
        v.reset();
        a.reset();
        m_pg.reset(); // drops the database before its role
        {
            QSqlDatabase admin = m_server.connect(QStringLiteral("drop-role"), QStringLiteral("postgres"));
            QSqlQuery drop(admin);
            QVERIFY2(drop.exec(QStringLiteral("DROP ROLE %1").arg(viewer)), qPrintable(drop.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("drop-role"));
    }
};

QTEST_GUILESS_MAIN(TestPgSync)
#include "tst_pg_sync.moc"
