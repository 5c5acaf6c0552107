// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ActivityStore.h"
#include "tests/storage/tst_repository_fixture.h"

#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace rapport;
using storage::ActivityColumns;
using storage::ActivityRow;
using storage::ActivityStore;

namespace {

ActivityColumns generate(std::size_t rows, std::int64_t people, quint32 seed)
{
    QRandomGenerator rng(seed);
    ActivityColumns c;
    for (std::size_t i = 0; i < rows; ++i) {
        c.push_back({1 + std::int64_t(rng.bounded(quint32(people))), std::int32_t(1 + rng.bounded(5)),
                     1'700'000'000 + std::int64_t(rng.bounded(10'000'000)), std::int64_t(rng.bounded(3)),
                     std::int64_t(rng.bounded(2)), 0, rng.bounded(4) == 0 ? 2.5 : 0});
    }
    return c;
}

/** The stored rows as a set, read the way the engine reads them. */
std::multiset<std::tuple<std::int64_t, std::int64_t, std::int32_t, std::int64_t, std::int64_t, std::int64_t, double>>
stored(const ActivityStore& store, bool* batchesSorted = nullptr)
{
    std::multiset<std::tuple<std::int64_t, std::int64_t, std::int32_t, std::int64_t, std::int64_t, std::int64_t, double>> rows;
    if (batchesSorted)
        *batchesSorted = true;
    store.forEachSegment([&](const storage::ActivitySpans& s) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            const ActivityRow r = s[i];
            rows.insert({r.person, r.at, r.type, r.campaign, r.channel, r.content, r.value});
            if (batchesSorted && i > 0 && storage::storageOrder(s[i - 1], r) > 0)
                *batchesSorted = false;
        }
        return true;
    });
    return rows;
}

auto asSet(const ActivityColumns& c)
{
    std::multiset<std::tuple<std::int64_t, std::int64_t, std::int32_t, std::int64_t, std::int64_t, std::int64_t, double>> rows;
    for (std::size_t i = 0; i < c.size(); ++i) {
        const ActivityRow r = c.row(i);
        rows.insert({r.person, r.at, r.type, r.campaign, r.channel, r.content, r.value});
    }
    return rows;
}

} // namespace

class TestActivityStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typeDictionary();
    void appendSmallAndBulk_data();
    void appendSmallAndBulk();
    void appendIsIdempotent();
    void removeThenCompact();
    void reAddingARemovedRow();
    void compactMergesSmallSegments();
    void forEachSegmentCanStop();
    void damagedSegmentIsReported();
    void activitiesOfSomePeople();

private:
    std::unique_ptr<test::TestDatabase> m_database;
};

void TestActivityStore::init()
{
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->isOk(), qPrintable(m_database->error()));
}

void TestActivityStore::cleanup()
{
    m_database.reset();
}

void TestActivityStore::typeDictionary()
{
    ActivityStore store(m_database->db());
    const auto attended = store.typeKey(QStringLiteral("attended"));
    QVERIFY(attended > 0);
    QCOMPARE(store.typeKey(QStringLiteral("attended")), attended);
    const auto spoke = store.typeKey(QStringLiteral("spoke"));
    QVERIFY(spoke != attended);
    QCOMPARE(store.findTypeKey(QStringLiteral("spoke")), std::optional<std::int32_t>(spoke));
    QVERIFY(!store.findTypeKey(QStringLiteral("nothing")));
    QCOMPARE(store.typeKey(QStringLiteral("Not A Type!")), -1);
    QCOMPARE(store.types().value(spoke), QStringLiteral("spoke"));
    QCOMPARE(store.types().size(), 2);
}

void TestActivityStore::appendSmallAndBulk_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("expectedSegments");
    QTest::addColumn<int>("expectedChanges");
    QTest::newRow("empty") << 0 << 0 << 0;
    QTest::newRow("one row") << 1 << 0 << 1;
    QTest::newRow("small batch") << 500 << 0 << 500;
    QTest::newRow("bulk: one segment") << 20'000 << 1 << 0;
    QTest::newRow("bulk: several segments") << 300'000 << 3 << 0;
}

void TestActivityStore::appendSmallAndBulk()
{
    QFETCH(int, rows);
    QFETCH(int, expectedSegments);
    QFETCH(int, expectedChanges);
    ActivityStore store(m_database->db());
    const ActivityColumns input = generate(std::size_t(rows), 5'000, 1);
    ActivityColumns unique = input;
    unique.sortUnique();
    ActivityStore::AppendStats stats;
    const auto r = store.append(input, &stats);
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(stats.added, std::int64_t(unique.size()));
    QCOMPARE(stats.added + stats.skipped, std::int64_t(rows));
    QCOMPARE(store.count(), std::int64_t(unique.size()));
    QCOMPARE(store.segmentCount(), expectedSegments);
    QCOMPARE(store.changeCount(), std::int64_t(expectedChanges == 0 ? 0 : unique.size()));
    bool sorted = false;
    QVERIFY(stored(store, &sorted) == asSet(unique));
    QVERIFY(sorted);
    if (rows > 0) {
        QVERIFY(store.contains(unique.row(0)));
        ActivityRow absent = unique.row(0);
        absent.value = 123.25;
        QVERIFY(!store.contains(absent));
    }
}

void TestActivityStore::appendIsIdempotent()
{
    ActivityStore store(m_database->db());
    const ActivityColumns big = generate(50'000, 2'000, 2);
    ActivityColumns unique = big;
    unique.sortUnique();
    QVERIFY(store.append(big));
    const auto count = store.count();
    QCOMPARE(count, std::int64_t(unique.size()));
    // The same import again: nothing new, in bulk and in small batches.
    ActivityStore::AppendStats stats;
    QVERIFY(store.append(big, &stats));
    QCOMPARE(stats.added, 0);
    QCOMPARE(store.count(), count);
    ActivityColumns few;
    for (std::size_t i = 0; i < 10; ++i)
        few.push_back(big.row(i * 97));
    QVERIFY(store.append(few, &stats));
    QCOMPARE(stats.added, 0);
    QCOMPARE(stats.skipped, 10);
    // A mix of old and new rows adds only the new ones; once as change rows, then compacted.
    few.push_back({99'999, 1, 1'800'000'000, 0, 0, 0, 0});
    QVERIFY(store.append(few, &stats));
    QCOMPARE(stats.added, 1);
    QVERIFY(store.append(few, &stats));
    QCOMPARE(stats.added, 0);
    QCOMPARE(store.count(), count + 1);
    QVERIFY(store.compact());
    QCOMPARE(store.changeCount(), 0);
    QCOMPARE(store.count(), count + 1);
    QVERIFY(store.append(few, &stats));
    QCOMPARE(stats.added, 0);
}

void TestActivityStore::removeThenCompact()
{
    ActivityStore store(m_database->db());
    ActivityColumns rows = generate(40'000, 3'000, 3);
    rows.sortUnique();
    QVERIFY(store.append(rows));
    ActivityColumns gone, added;
    for (std::size_t i = 0; i < rows.size(); i += 1000)
        gone.push_back(rows.row(i));
    for (int i = 0; i < 20; ++i)
        added.push_back({std::int64_t(10 + i), 2, 1'750'000'000 + i, 1, 0, 7, -1.5});
    QVERIFY(store.append(added));
    gone.push_back(added.row(0)); // removing an added row drops its change row instead
    std::int64_t removed = 0;
    QVERIFY(store.remove(gone, &removed));
    QCOMPARE(removed, std::int64_t(gone.size()));
    QVERIFY(!store.contains(gone.row(0)));
    std::int64_t again = 0;
    QVERIFY(store.remove(gone, &again));
    QCOMPARE(again, 0);

    auto expected = asSet(rows);
    for (std::size_t i = 0; i < gone.size(); ++i) {
        const ActivityRow r = gone.row(i);
        expected.erase({r.person, r.at, r.type, r.campaign, r.channel, r.content, r.value});
    }
    for (std::size_t i = 1; i < 20; ++i) {
        const ActivityRow r = added.row(i);
        expected.insert({r.person, r.at, r.type, r.campaign, r.channel, r.content, r.value});
    }
    QCOMPARE(store.count(), std::int64_t(expected.size()));
    QVERIFY(stored(store) == expected);
    QVERIFY(store.compact());
    QCOMPARE(store.changeCount(), 0);
    QCOMPARE(store.count(), std::int64_t(expected.size()));
    bool sorted = false;
    QVERIFY(stored(store, &sorted) == expected);
    QVERIFY(sorted);
}

void TestActivityStore::reAddingARemovedRow()
{
    ActivityStore store(m_database->db());
    ActivityColumns rows = generate(10'000, 500, 4);
    rows.sortUnique();
    QVERIFY(store.append(rows));
    ActivityColumns one;
    one.push_back(rows.row(5));
    QVERIFY(store.remove(one));
    QCOMPARE(store.count(), std::int64_t(rows.size() - 1));
    ActivityStore::AppendStats stats;
    QVERIFY(store.append(one, &stats));
    QCOMPARE(stats.added, 1);
    QCOMPARE(store.changeCount(), 0); // the removal was undone, not a second copy added
    QCOMPARE(store.count(), std::int64_t(rows.size()));
    QVERIFY(store.contains(rows.row(5)));
}

void TestActivityStore::compactMergesSmallSegments()
{
    ActivityStore store(m_database->db());
    for (quint32 seed = 10; seed < 14; ++seed)
        QVERIFY(store.append(generate(5'000, 1'000, seed)));
    QCOMPARE(store.segmentCount(), 4);
    const auto before = stored(store);
    ActivityColumns extra;
    extra.push_back({1, 1, 1, 0, 0, 0, 0});
    QVERIFY(store.append(extra));
    QVERIFY(store.compact());
    QCOMPARE(store.segmentCount(), 1);
    auto expected = before;
    expected.insert({1, 1, 1, 0, 0, 0, 0});
    QVERIFY(stored(store) == expected);
    QVERIFY(store.compact()); // nothing to do
    QVERIFY(store.segmentBytes() > 0);
}

void TestActivityStore::forEachSegmentCanStop()
{
    ActivityStore store(m_database->db());
    QVERIFY(store.append(generate(300'000, 50'000, 5)));
    int batches = 0;
    QVERIFY(store.forEachSegment([&](const storage::ActivitySpans&) { return ++batches < 2; }));
    QCOMPARE(batches, 2);
}

void TestActivityStore::damagedSegmentIsReported()
{
    ActivityStore store(m_database->db());
    QVERIFY(store.append(generate(10'000, 100, 6)));
    QSqlQuery q(m_database->db());
    QVERIFY(q.prepare(QStringLiteral("UPDATE activity_segments SET data = ?")));
    q.addBindValue(QByteArray::fromHex("00010203"));
    QVERIFY(q.exec());
    QString error;
    QVERIFY(!store.forEachSegment([](const storage::ActivitySpans&) { return true; }, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.append(generate(10, 100, 7)));
}

void TestActivityStore::activitiesOfSomePeople()
{
    // Segments (bulk), added change rows and removed ones: the people's rows, as the
    // engine would read them, and no one else's.
    ActivityStore store(m_database->db());
    const ActivityColumns bulk = generate(3 * ActivityStore::kBulkThreshold, 500, 11);
    QVERIFY(store.append(bulk));
    ActivityColumns small = generate(40, 500, 12);
    QVERIFY(store.append(small));
    ActivityColumns gone;
    for (std::size_t i = 0; i < bulk.size(); i += 97)
        gone.push_back(bulk.row(i));
    gone.push_back(small.row(0));
    QVERIFY(store.remove(gone));
    QVERIFY(store.segmentCount() > 0 && store.changeCount() > 0);

    const std::vector<storage::RowKey> people = {7, 250, 499, 1000};
    ActivityColumns rows;
    QString error;
    QVERIFY2(store.activitiesOf(people, &rows, &error), qPrintable(error));
    QVERIFY(rows.isSorted());
    std::multiset<std::tuple<std::int64_t, std::int64_t, std::int32_t, std::int64_t, std::int64_t, std::int64_t, double>>
        expected;
    for (const auto& row : stored(store)) {
        if (std::find(people.begin(), people.end(), std::get<0>(row)) != people.end())
            expected.insert(row);
    }
    QVERIFY(!expected.empty());
    QCOMPARE(asSet(rows), expected);

    QVERIFY(store.activitiesOf({}, &rows));
    QVERIFY(rows.empty());
}

QTEST_GUILESS_MAIN(TestActivityStore)
#include "tst_activitystore.moc"
