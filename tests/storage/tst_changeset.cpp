// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CampaignRepository.h"
#include "core/storage/Changeset.h"
#include "core/storage/ImportLog.h"
#include "core/storage/SurveyRepository.h"
#include "core/storage/Transaction.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/CampaignFixture.h"
#include "tests/support/FixedClock.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace rapport;
using storage::applyChangeset;
using storage::ChangeRecorder;

namespace {

/** Every row of a table, as text, in key order: to compare states exactly. */
QStringList rowsOf(const QSqlDatabase& db, const QString& table)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(u'|');
    }
    return rows;
}

QStringList state(const QSqlDatabase& db)
{
    QStringList all;
    for (const char* table :
         {"campaigns", "goals", "calendar_moments", "surveys", "campaign_audiences"})
        all << QString::fromLatin1(table) << rowsOf(db, QString::fromLatin1(table));
    return all;
}

struct Recorded
{
    QByteArray changes;
    QByteArray inverse;
};

/** Runs edit in a transaction and records it. */
template <typename Edit> Recorded record(const QSqlDatabase& db, Edit edit)
{
    Recorded r;
    storage::Transaction transaction(db);
    ChangeRecorder recorder(db);
    if (!edit())
        return r;
    QString error;
    r.changes = recorder.changes(&error);
    r.inverse = recorder.inverse(&error);
    transaction.commit(&error);
    return r;
}

bool apply(const QSqlDatabase& db, const QByteArray& changes, QString* error)
{
    storage::Transaction transaction(db);
    if (!applyChangeset(db, changes, error))
        return false;
    return transaction.commit(error);
}

} // namespace

class TestChangeset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoAndRedoAnUpdate();
    void undoADeleteRestoresKeysAndReferences();
    void concatenatedEditsUndoAsOne();
    void conflictChangesNothing();
    void emptyChangesets();

private:
    QSqlDatabase db() const { return m_database->db(); }
    std::unique_ptr<test::TestDatabase> m_template; // the fixture, copied for each test
    std::unique_ptr<test::TestDatabase> m_database;
    test::FixedClock m_clock;
    test::CampaignFixture m_fixture;
};

void TestChangeset::initTestCase()
{
    m_template = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_template->isOk(), qPrintable(m_template->error()));
    // One transaction: a commit per row would wait for the disk each time.
    QSqlQuery(m_template->db()).exec(QStringLiteral("BEGIN"));
    test::addCampaignFixture(m_template->db(), m_clock, &m_fixture);
    QVERIFY(QSqlQuery(m_template->db()).exec(QStringLiteral("COMMIT")));
}

void TestChangeset::init()
{
    m_database = std::make_unique<test::TestDatabase>(m_template->path());
    QVERIFY2(m_database->isOk(), qPrintable(m_database->error()));
}

void TestChangeset::cleanup()
{
    m_database.reset();
}

void TestChangeset::undoAndRedoAnUpdate()
{
    storage::CampaignRepository repo(db(), m_clock);
    const QStringList before = state(db());
    m_clock.advance(3600);
    const Recorded edit = record(db(), [&] {
        auto c = repo.get(m_fixture.spring);
        c->name = QStringLiteral("Spring meetup 2026");
        return bool(repo.update(*c));
    });
    QVERIFY(!edit.changes.isEmpty());
    QVERIFY(!storage::isEmptyChangeset(edit.changes));
    const QStringList after = state(db());
    QVERIFY(after != before);

    QString error;
    QVERIFY2(apply(db(), edit.inverse, &error), qPrintable(error));
    QCOMPARE(state(db()), before); // name, updated_at and row_version as they were
    QCOMPARE(repo.get(m_fixture.spring)->meta.rowVersion, 1);
    QVERIFY2(apply(db(), edit.changes, &error), qPrintable(error));
    QCOMPARE(state(db()), after);
    QCOMPARE(repo.get(m_fixture.spring)->name, QStringLiteral("Spring meetup 2026"));
}

void TestChangeset::undoADeleteRestoresKeysAndReferences()
{
    storage::CampaignRepository repo(db(), m_clock);
    const qint64 key = repo.keyOf(m_fixture.spring);
    const QStringList before = state(db());
    const Recorded edit = record(db(), [&] { return bool(repo.remove(m_fixture.spring)); });
    QVERIFY(!repo.get(m_fixture.spring));
    const storage::SurveyRepository surveys(db(), m_clock);
    QCOMPARE(surveys.get(surveys.findByName(QStringLiteral("Spring feedback")))->campaign,
             model::Uuid());

    QString error;
    QVERIFY2(apply(db(), edit.inverse, &error), qPrintable(error));
    QCOMPARE(state(db()), before);
    QCOMPARE(repo.keyOf(m_fixture.spring), key); // activities refer to this key
    QCOMPARE(repo.get(m_fixture.spring)->goals.size(), 3);

    QVERIFY2(apply(db(), edit.changes, &error), qPrintable(error));
    QVERIFY(!repo.get(m_fixture.spring));
    QCOMPARE(repo.goalCount(), 0);
}

void TestChangeset::concatenatedEditsUndoAsOne()
{
    storage::CampaignRepository repo(db(), m_clock);
    const QStringList before = state(db());
    const auto rename = [&](const QString& name) {
        return record(db(), [&] {
            auto c = repo.get(m_fixture.spring);
            c->name = name;
            return bool(repo.update(*c));
        });
    };
    const Recorded first = rename(QStringLiteral("A"));
    const Recorded second = rename(QStringLiteral("B"));
    QString error;
    const QByteArray both = storage::concatChangesets(first.changes, second.changes, &error);
    QVERIFY2(!both.isEmpty(), qPrintable(error));
    const QByteArray inverse = storage::invertChangeset(both, &error);
    QVERIFY2(!inverse.isEmpty(), qPrintable(error));
    const QStringList after = state(db());
    QVERIFY2(apply(db(), inverse, &error), qPrintable(error));
    QCOMPARE(state(db()), before);
    QVERIFY2(apply(db(), both, &error), qPrintable(error));
    QCOMPARE(state(db()), after);
    QCOMPARE(repo.get(m_fixture.spring)->name, QStringLiteral("B"));
}

void TestChangeset::conflictChangesNothing()
{
    storage::CampaignRepository repo(db(), m_clock);
    const Recorded edit = record(db(), [&] {
        auto c = repo.get(m_fixture.spring);
        c->owner = QStringLiteral("Chen");
        return bool(repo.update(*c));
    });
    // Changed behind the record's back: its inverse no longer fits.
    auto c = repo.get(m_fixture.spring);
    c->owner = QStringLiteral("Dara");
    QVERIFY(repo.update(*c));
    const QStringList changed = state(db());
    QString error;
    QVERIFY(!apply(db(), edit.inverse, &error));
    QVERIFY2(error.contains(QLatin1String("campaigns")), qPrintable(error));
    QCOMPARE(state(db()), changed);
}

void TestChangeset::emptyChangesets()
{
    QVERIFY(storage::isEmptyChangeset({}));
    const Recorded nothing = record(db(), [] { return true; });
    QVERIFY(storage::isEmptyChangeset(nothing.changes));
    QString error;
    QVERIFY(applyChangeset(db(), {}, &error));
}

QTEST_GUILESS_MAIN(TestChangeset)
#include "tst_changeset.moc"
