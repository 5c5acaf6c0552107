// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IdentityMerge.h"
#include "core/storage/Changeset.h"
#include "core/storage/ImportLog.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/RewardRepository.h"
#include "core/storage/Transaction.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <functional>

using namespace rapport;
using storage::Changeset;
using storage::ChangeRecorder;

namespace {

/** Every row of the tables an edit of people touches. */
QStringList dump(const QSqlDatabase& db)
{
    QStringList rows;
    for (const char* table : {"people", "identities", "person_tags", "rewards"}) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << QLatin1String(table) + u':' + cells.join(u'|');
        }
    }
    return rows;
}

} // namespace

class TestChangeset : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void undoAndRedoAreExact_data();
    void undoAndRedoAreExact();
    void conflictChangesNothing();
    void emptyChangesApply();

private:
    /** Runs edit recording it; returns (redo, undo). */
    std::pair<QByteArray, QByteArray> record(const std::function<bool()>& edit);

    std::unique_ptr<test::TestDatabase> m_database;
    test::FixedClock m_clock;
    std::unique_ptr<storage::PeopleRepository> m_people;
};

void TestChangeset::init()
{
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->isOk(), qPrintable(m_database->error()));
    QSqlQuery(m_database->db()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    m_people = std::make_unique<storage::PeopleRepository>(m_database->db(), m_clock);
    for (int i = 0; i < 3; ++i) {
        model::Person p;
        p.displayName = QStringLiteral("Person %1").arg(i);
        p.identities = {{model::IdentityKind::Email, QStringLiteral("p%1@example.org").arg(i)}};
        p.tags = {QStringLiteral("t%1").arg(i)};
        QVERIFY(m_people->create(p));
        model::Reward reward;
        reward.person = p.meta.id;
        reward.date = QDate(2025, 1, 1);
        QVERIFY(storage::RewardRepository(m_database->db(), m_clock).create(reward));
    }
    m_clock.advance(60);
}

void TestChangeset::cleanup()
{
    m_people.reset();
    m_database.reset();
}

std::pair<QByteArray, QByteArray> TestChangeset::record(const std::function<bool()>& edit)
{
    storage::Transaction transaction(m_database->db());
    ChangeRecorder recorder(m_database->db());
    if (!recorder.isActive() || !edit())
        return {};
    QString error;
    const QByteArray redo = recorder.changes(&error);
    const QByteArray undo = recorder.inverse(&error);
    if (!transaction.commit(&error))
        return {};
    return {redo, undo};
}

void TestChangeset::undoAndRedoAreExact_data()
{
    QTest::addColumn<int>("edit");
    QTest::newRow("update") << 0;
    QTest::newRow("delete with rewards") << 1;
    QTest::newRow("merge") << 2;
    QTest::newRow("create") << 3;
}

void TestChangeset::undoAndRedoAreExact()
{
    QFETCH(int, edit);
    const QStringList before = dump(m_database->db());
    const auto [redo, undo] = record([&] {
        switch (edit) {
        case 0: {
            model::Person p = *m_people->getByKey(1);
            p.displayName = QStringLiteral("Renamed");
            p.identities.append({model::IdentityKind::GitHub, QStringLiteral("gh")});
            p.tags = {QStringLiteral("new")};
            return bool(m_people->update(p));
        }
        case 1:
            return bool(m_people->remove(m_people->idOf(2)));
        case 2: {
            model::PersonMerge merge;
            return model::PersonMerge::merge(*m_people->getByKey(1), *m_people->getByKey(3), m_clock, &merge,
                                             nullptr) &&
                   bool(m_people->mergePeople(merge));
        }
        default: {
            model::Person p;
            p.displayName = QStringLiteral("Created");
            return bool(m_people->create(p));
        }
        }
    });
    QVERIFY(!redo.isEmpty() && !undo.isEmpty());
    const QStringList after = dump(m_database->db());
    QVERIFY(after != before);
    QString error;
    for (int round = 0; round < 2; ++round) {
        {
            storage::Transaction transaction(m_database->db());
            QVERIFY2(Changeset::apply(m_database->db(), undo, &error), qPrintable(error));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(dump(m_database->db()), before);
        {
            storage::Transaction transaction(m_database->db());
            QVERIFY2(Changeset::apply(m_database->db(), redo, &error), qPrintable(error));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(dump(m_database->db()), after);
    }
}

void TestChangeset::conflictChangesNothing()
{
    const auto [redo, undo] = record([&] {
        model::Person p = *m_people->getByKey(1);
        p.displayName = QStringLiteral("Renamed");
        return bool(m_people->update(p));
    });
    // Someone else changes the row afterwards: the undo no longer fits.
    model::Person p = *m_people->getByKey(1);
    p.company = QStringLiteral("Elsewhere");
    QVERIFY(m_people->update(p));
    const QStringList now = dump(m_database->db());
    QString error;
    storage::Transaction transaction(m_database->db());
    QVERIFY(!Changeset::apply(m_database->db(), undo, &error));
    QVERIFY2(error.contains(QStringLiteral("people")), qPrintable(error));
    transaction.rollback();
    QCOMPARE(dump(m_database->db()), now);
}

void TestChangeset::emptyChangesApply()
{
    QString error;
    QVERIFY(Changeset::apply(m_database->db(), QByteArray(), &error));
}

QTEST_GUILESS_MAIN(TestChangeset)
#include "tst_changeset.moc"
