// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two editors of one team workspace, each with a connection of their own to the same
// PostgreSQL database, through the real repositories: a stale save is a conflict that
// changes nothing (then "keep mine" or "take theirs"); inserts at the same time both land;
// an edit held open by one editor makes the other's save of the same row wait, and then
// fail with a conflict instead of overwriting it.

#include "core/model/Campaign.h"
#include "core/model/Person.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/Transaction.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace rapport;
using namespace rapport::storage;
using model::Campaign;
using model::IdentityKind;
using model::Person;

namespace {

Person person(const QString& name, const QString& email)
{
    Person p;
    p.displayName = name;
    p.identities = {{IdentityKind::Email, email}};
    p.company = QStringLiteral("Acme");
    p.tags = {QStringLiteral("speaker")};
    return p;
}

} // namespace

class TestPgConcurrentEdits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_database;
    QSqlDatabase m_a; // editor A
    QSqlDatabase m_b; // editor B
    test::FixedClock m_clockA;
    test::FixedClock m_clockB;

private slots:
    void init()
    {
        qputenv("RAPPORT_TEST_BACKEND", "postgres"); // these two editors need a server
        m_database = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_database->isOk(), qPrintable(m_database->error()));
        m_a = m_database->db();
        m_b = m_database->connectAgain();
        QVERIFY(m_b.isOpen());
    }
    void cleanup()
    {
        m_a = {};
        m_b = {};
        m_database.reset();
    }

    void staleSaveOfAPersonIsAConflictAndChangesNothing()
    {
        PeopleRepository a(m_a, m_clockA), b(m_b, m_clockB);
        Person created = person(QStringLiteral("Grace"), QStringLiteral("grace@example.org"));
        QVERIFY(a.create(created));
        Person mineA = *a.get(created.meta.id);
        Person mineB = *b.get(created.meta.id); // both read version 1
        QCOMPARE(mineB.meta.rowVersion, 1);

        m_clockA.advance(60);
        mineA.company = QStringLiteral("Navy");
        QVERIFY(a.update(mineA));
        QCOMPARE(mineA.meta.rowVersion, 2);

        m_clockB.advance(120);
        Person staleB = mineB;
        staleB.company = QStringLiteral("Harvard");
        staleB.tags = {QStringLiteral("cobol")};
        staleB.identities << model::Identity{IdentityKind::GitHub, QStringLiteral("grace")};
        const StoreResult r = b.update(staleB);
        QCOMPARE(r.error, StoreError::Conflict);
        QVERIFY2(r.message.contains(QLatin1String("changed by someone else")), qPrintable(r.message));
        // Nothing of B's save is in the database, seen from either connection.
        for (PeopleRepository* repo : {&a, &b}) {
            const auto stored = repo->get(created.meta.id);
            QCOMPARE(stored->company, QStringLiteral("Navy"));
            QCOMPARE(stored->tags, QStringList{QStringLiteral("speaker")});
            QCOMPARE(stored->identities.size(), 1);
            QCOMPARE(stored->meta.rowVersion, 2);
        }

        // Keep mine: B reads A's version, puts its own change on top and saves.
        Person keepMine = *b.get(created.meta.id);
        keepMine.company = staleB.company;
        keepMine.tags = staleB.tags;
        QVERIFY(b.update(keepMine));
        QCOMPARE(keepMine.meta.rowVersion, 3);
        QCOMPARE(a.get(created.meta.id)->company, QStringLiteral("Harvard"));
        QCOMPARE(a.get(created.meta.id)->tags, QStringList{QStringLiteral("cobol")});

        // Take theirs: A's next stale save conflicts; A drops it and keeps B's record.
        mineA.company = QStringLiteral("Yale");
        QCOMPARE(a.update(mineA).error, StoreError::Conflict);
        const Person theirs = *a.get(created.meta.id);
        QCOMPARE(theirs.company, QStringLiteral("Harvard"));
        QCOMPARE(theirs.meta.rowVersion, 3);
    }

    void staleSaveOfACampaignIsAConflictAndChangesNothing()
    {
        CampaignRepository a(m_a, m_clockA), b(m_b, m_clockB);
        Campaign created;
        created.name = QStringLiteral("Summer Hack");
        created.owner = QStringLiteral("Priya");
        QVERIFY(a.create(created));
        Campaign mineA = *a.get(created.meta.id);
        Campaign mineB = *b.get(created.meta.id);

        mineA.owner = QStringLiteral("Ana");
        QVERIFY(a.update(mineA));
        mineB.owner = QStringLiteral("Mei");
        mineB.notes = QStringLiteral("B's notes");
        QCOMPARE(b.update(mineB).error, StoreError::Conflict);
        const Campaign stored = *b.get(created.meta.id);
        QCOMPARE(stored.owner, QStringLiteral("Ana"));
        QCOMPARE(stored.notes, QString());
        QCOMPARE(stored.meta.rowVersion, 2);

        // Keep mine, after re-reading.
        Campaign keepMine = stored;
        keepMine.owner = mineB.owner;
        keepMine.notes = mineB.notes;
        QVERIFY(b.update(keepMine));
        QCOMPARE(a.get(created.meta.id)->owner, QStringLiteral("Mei"));
        QCOMPARE(a.get(created.meta.id)->meta.rowVersion, 3);
    }

    void insertsAtTheSameTimeBothSucceedWithDistinctKeys()
    {
        PeopleRepository a(m_a, m_clockA), b(m_b, m_clockB);
        QSet<RowKey> keys;
        {
            // Both editors' transactions are open at once, their inserts interleaved.
            Transaction ta(m_a), tb(m_b);
            QVERIFY(ta.isActive() && tb.isActive());
            for (int i = 0; i < 5; ++i) {
                Person pa = person(QStringLiteral("A%1").arg(i), QStringLiteral("a%1@example.org").arg(i));
                Person pb = person(QStringLiteral("B%1").arg(i), QStringLiteral("b%1@example.org").arg(i));
                const StoreResult ra = a.create(pa);
                const StoreResult rb = b.create(pb);
                QVERIFY2(ra, qPrintable(ra.message));
                QVERIFY2(rb, qPrintable(rb.message));
                keys << ra.key << rb.key;
            }
            QString error;
            QVERIFY2(tb.commit(&error), qPrintable(error));
            QVERIFY2(ta.commit(&error), qPrintable(error));
        }
        QCOMPARE(keys.size(), 10);
        QCOMPARE(a.count(), 10);
        QCOMPARE(b.count(), 10);
        // Editors that claim the same identity at once: the second one is told, not merged.
        Person first = person(QStringLiteral("Lin"), QStringLiteral("lin@example.org"));
        Person second = person(QStringLiteral("Lin Y."), QStringLiteral("lin@example.org"));
        QVERIFY(a.create(first));
        QCOMPARE(b.create(second).error, StoreError::Duplicate);
        QCOMPARE(a.count(), 11);
    }

    void anOpenEditBlocksTheOtherSaveWhichThenConflicts()
    {
        PeopleRepository a(m_a, m_clockA);
        Person created = person(QStringLiteral("Ada"), QStringLiteral("ada@example.org"));
        QVERIFY(a.create(created));
        const Person readByB = *PeopleRepository(m_b, m_clockB).get(created.meta.id);

        // A's edit: its transaction stays open while B saves.
        auto ta = std::make_unique<Transaction>(m_a);
        QVERIFY(ta->isActive());
        Person mineA = *a.get(created.meta.id);
        mineA.company = QStringLiteral("Analytical Engines");
        QVERIFY(a.update(mineA));

        // B saves the same person from a thread with its own connection (Qt's connections
        // belong to one thread); the save has to wait for A's transaction.
        const test::PgServer server = test::PgServer::fromEnvironment();
        const QString database = m_database->path();
        std::atomic<int> outcome{-1};
        QString message;
        std::unique_ptr<QThread> editorB(QThread::create([&] {
            const QString name = QStringLiteral("editor-b-thread");
            {
                QSqlDatabase db = server.connect(name, database);
                QSqlQuery(db).exec(QStringLiteral("SET application_name = 'rapport-editor-b'"));
                test::FixedClock clock;
                Person staleB = readByB;
                staleB.company = QStringLiteral("Royal Society");
                const StoreResult r = PeopleRepository(db, clock).update(staleB);
                message = r.message;
                outcome = int(r.error);
            }
            QSqlDatabase::removeDatabase(name);
        }));
        editorB->start();

        // Wait (generously) until B is seen waiting for A's row lock on the server.
        QSqlDatabase observer = m_database->connectAgain();
        const auto bIsWaiting = [&] {
            QSqlQuery q(observer);
            return q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                         "'rapport-editor-b' AND wait_event_type = 'Lock'"))
                   && q.next() && q.value(0).toInt() == 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(bIsWaiting(), 60000);
        QCOMPARE(outcome.load(), -1); // still waiting

        QString error;
        QVERIFY2(ta->commit(&error), qPrintable(error));
        QVERIFY(editorB->wait(60000));
        QCOMPARE(StoreError(outcome.load()), StoreError::Conflict);
        QVERIFY2(message.contains(QLatin1String("changed by someone else")), qPrintable(message));
        const Person stored = *PeopleRepository(m_b, m_clockB).get(created.meta.id);
        QCOMPARE(stored.company, QStringLiteral("Analytical Engines"));
        QCOMPARE(stored.meta.rowVersion, 2);
    }
};

QTEST_GUILESS_MAIN(TestPgConcurrentEdits)
#include "tst_pg_concurrent_edits.moc"
