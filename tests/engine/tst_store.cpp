// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse the C++20 library headers
#include "EngineTestData.h"

#include "core/engine/Funnel.h"
#include "core/engine/GroupBy.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/PersonFilter.h"

#include <chrono>
#endif

using namespace rapport::engine;
using namespace rapport::engine::test;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void bulkBuildHoldsTheRecords_data();
    void bulkBuildHoldsTheRecords();
    void editsEqualABulkBuild();
    void randomEditSequencesEqualARebuild();
    void mergeFilesActivitiesUnderTheSurvivorAndUnmergeRestores();
    void removePersonBringsMergedPeopleBack();
    void snapshotIdChangesOnEveryEdit();
    void personFilterCompiles();
    void personSetOperations();
    void memoryStaysWithinBudget();
    void oneAddedActivityIsCheap();
};

void TestStore::bulkBuildHoldsTheRecords_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("maxActivities");
    QTest::addColumn<bool>("sparseKeys");
    QTest::addColumn<int>("merges");
    QTest::newRow("empty") << 0 << 0 << false << 0;
    QTest::newRow("people without activities") << 10 << 0 << false << 0;
    QTest::newRow("small") << 50 << 12 << false << 0;
    QTest::newRow("sparse keys") << 200 << 5 << true << 0;
    QTest::newRow("merges") << 60 << 8 << false << 20;
    QTest::newRow("three blocks") << 20000 << 3 << false << 5;
}

void TestStore::bulkBuildHoldsTheRecords()
{
    QFETCH(int, people);
    QFETCH(int, maxActivities);
    QFETCH(bool, sparseKeys);
    QFETCH(int, merges);
    std::mt19937_64 rng(people * 31 + maxActivities);
    DataShape shape;
    shape.people = people;
    shape.maxActivities = maxActivities;
    shape.sparseKeys = sparseKeys;
    shape.merges = merges;
    const ReferenceData data = EngineTestData::generate(rng, shape);
    for (int threads : {1, 3}) {
        const Store store = EngineTestData::build(data, threads, 777);
        QCOMPARE(EngineTestData::dump(store), EngineTestData::dump(data));
        std::size_t activities = 0;
        for (const auto& r : data.resolve())
            activities += r.activities.size();
        QCOMPARE(store.activityCount(), activities);
    }
}

void TestStore::editsEqualABulkBuild()
{
    for (int seed = 0; seed < 40; ++seed) {
        std::mt19937_64 rng(seed);
        DataShape shape;
        shape.people = 1 + seed;
        shape.merges = seed % 4;
        shape.tick = seed % 2 ? 3600 : 86400;
        const ReferenceData data = EngineTestData::generate(rng, shape);
        const Store bulk = EngineTestData::build(data);
        const Store edited = EngineTestData::edit(data, rng);
        QCOMPARE(EngineTestData::dump(edited), EngineTestData::dump(bulk));
        QCOMPARE(EngineTestData::dump(edited), EngineTestData::dump(data));
    }
}

void TestStore::randomEditSequencesEqualARebuild()
{
    const ParallelFor parallel(2);
    for (int seed = 0; seed < 60; ++seed) {
        std::mt19937_64 rng(1000 + seed);
        DataShape shape;
        shape.people = 5 + seed % 20;
        shape.maxActivities = 6;
        ReferenceData data = EngineTestData::generate(rng, shape);
        Store store = EngineTestData::build(data);
        for (int step = 0; step < 60; ++step) {
            const int what = int(rng() % 7);
            if (what <= 1) { // add
                const auto key = std::int64_t(1 + rng() % (shape.people + 3));
                const ActivityRecord a = EngineTestData::randomActivity(rng, shape, key);
                data.activities.push_back(a);
                // An unknown key gets a bare person, which stays when its activities go.
                if (std::none_of(data.people.begin(), data.people.end(),
                                 [&](const PersonRecord& p) { return p.key == key; }))
                    data.people.push_back({key, {}, {}, false, PersonRecord::kNoDay});
                store.addActivity(a);
            } else if (what == 2 && !data.activities.empty()) { // remove
                const std::size_t i = rng() % data.activities.size();
                QVERIFY(store.removeActivity(data.activities[i]));
                data.activities.erase(data.activities.begin() + i);
            } else if (what == 3 && !data.activities.empty()) { // change
                const std::size_t i = rng() % data.activities.size();
                ActivityRecord after = EngineTestData::randomActivity(rng, shape,
                                                                      data.activities[i].person);
                QVERIFY(store.changeActivity(data.activities[i], after));
                data.activities[i] = after;
            } else if (what == 4) { // change a person
                PersonRecord p = data.people[rng() % data.people.size()];
                p.attributes = {{"country", rng() % 2 ? "日本" : "Chile"}};
                p.tags = {"changed"};
                data.people.push_back(p);
                store.upsertPerson(p);
            } else if (what == 5) { // merge
                const auto a = data.people[rng() % data.people.size()].key;
                const auto b = data.people[rng() % data.people.size()].key;
                data.merges.emplace_back(a, b);
                store.mergePerson(a, b);
            } else { // add a person
                PersonRecord p;
                p.key = std::int64_t(shape.people + 10 + step);
                p.attributes = {{"role", "new"}};
                data.people.push_back(p);
                store.upsertPerson(p);
            }
        }
        EngineTestData::applyLevels(data, store);
        const Store rebuilt = EngineTestData::build(data);
        if (EngineTestData::dump(store) != EngineTestData::dump(rebuilt)) {
            const auto x = EngineTestData::dump(store), y = EngineTestData::dump(rebuilt);
            for (const auto& [k, v] : x)
                if (!y.contains(k) || y.at(k) != v)
                    qWarning("seed %d key %lld\nedited:\n%s\nrebuilt:\n%s", seed, (long long)k,
                             v.c_str(), y.contains(k) ? y.at(k).c_str() : "-");
            for (const auto& [k, v] : y)
                if (!x.contains(k))
                    qWarning("missing key %lld", (long long)k);
        }
        QCOMPARE(EngineTestData::dump(store), EngineTestData::dump(rebuilt));
        for (int q = 0; q < 5; ++q) {
            const FunnelQuery query = EngineTestData::randomFunnel(rng, shape);
            QCOMPARE(Funnel::compute(store, query, parallel).steps,
                     Funnel::compute(rebuilt, query, parallel).steps);
        }
    }
}

void TestStore::mergeFilesActivitiesUnderTheSurvivorAndUnmergeRestores()
{
    Store store;
    for (std::int64_t key : {1, 2, 3})
        store.upsertPerson({key, {{"country", "China"}}, {}, false, PersonRecord::kNoDay});
    store.addActivity({1, 5, kOrigin, 0, 0, 0, 0});
    store.addActivity({2, 6, kOrigin + 10, 0, 0, 0, 2.5});
    store.addActivity({3, 7, kOrigin + 20, 0, 0, 0, 0});
    QVERIFY(store.mergePerson(2, 3));
    QVERIFY(store.mergePerson(3, 1)); // chain: 2 → 3 → 1
    QVERIFY(!store.mergePerson(1, 2)); // would be a cycle
    QCOMPARE(store.personCount(), std::size_t(1));
    QCOMPARE(store.activitiesOf(1).size(), std::size_t(3));
    QCOMPARE(store.survivorOf(2).value(), std::int64_t(1));
    store.addActivity({2, 8, kOrigin + 30, 0, 0, 0, 0}); // filed under 1
    QCOMPARE(store.activitiesOf(1).size(), std::size_t(4));
    QVERIFY(store.unmergePerson(3)); // 3 comes back with 2 still merged into it
    QCOMPARE(store.activitiesOf(1).size(), std::size_t(1));
    QCOMPARE(store.activitiesOf(3).size(), std::size_t(3));
    QVERIFY(store.unmergePerson(2));
    QCOMPARE(store.activitiesOf(2).size(), std::size_t(2));
    QCOMPARE(store.activitiesOf(2)[0].value, 2.5);
    QCOMPARE(store.personCount(), std::size_t(3));
    QCOMPARE(store.activityCount(), std::size_t(4));
}

void TestStore::removePersonBringsMergedPeopleBack()
{
    Store store;
    for (std::int64_t key : {1, 2})
        store.upsertPerson({key, {}, {}, false, PersonRecord::kNoDay});
    store.addActivity({1, 1, kOrigin, 0, 0, 0, 0});
    store.addActivity({2, 1, kOrigin + 1, 0, 0, 0, 0});
    store.mergePerson(2, 1);
    QVERIFY(store.removePerson(1));
    QVERIFY(!store.rowOf(1));
    QCOMPARE(store.personCount(), std::size_t(1));
    QCOMPARE(store.activitiesOf(2).size(), std::size_t(1));
    QCOMPARE(store.activityCount(), std::size_t(1));
    store.upsertPerson({1, {}, {}, false, PersonRecord::kNoDay}); // the row comes back
    QCOMPARE(store.rowCount(), std::size_t(2));
    QVERIFY(store.activitiesOf(1).empty());
}

void TestStore::snapshotIdChangesOnEveryEdit()
{
    Store store;
    std::uint64_t last = store.snapshotId();
    auto changed = [&] {
        const bool ok = store.snapshotId() > last;
        last = store.snapshotId();
        return ok;
    };
    store.upsertPerson({1, {}, {}, false, PersonRecord::kNoDay});
    QVERIFY(changed());
    store.addActivity({1, 1, kOrigin, 0, 0, 0, 0});
    QVERIFY(changed());
    store.changeActivity({1, 1, kOrigin, 0, 0, 0, 0}, {1, 2, kOrigin, 0, 0, 0, 0});
    QVERIFY(changed());
    store.setLevel(0, 2);
    QVERIFY(changed());
    store.removeActivity({1, 2, kOrigin, 0, 0, 0, 0});
    QVERIFY(changed());
    store.removePerson(1);
    QVERIFY(changed());
}

void TestStore::personFilterCompiles()
{
    std::mt19937_64 rng(7);
    DataShape shape;
    shape.people = 300;
    shape.merges = 10;
    const ReferenceData data = EngineTestData::generate(rng, shape);
    const Store store = EngineTestData::build(data);
    for (int i = 0; i < 200; ++i) {
        PersonFilter f;
        if (rng() % 2)
            f.attributes.push_back({"country", {"中国", "", "España"}, rng() % 2 == 0});
        if (rng() % 3 == 0)
            f.attributes.push_back({"favourite", {"backend"}, false});
        if (rng() % 3 == 0)
            f.allTags = {"作者"};
        if (rng() % 3 == 0)
            f.anyTags = {"mvp", "beta"};
        if (rng() % 4 == 0)
            f.internal = rng() % 2 == 0;
        if (rng() % 4 == 0)
            f.minLevel = 2;
        if (rng() % 5 == 0)
            f.audienceKeys = std::vector<std::int64_t>{1, 5, 9, 300, 12345};
        std::set<std::int64_t> expected, got;
        for (const auto& r : data.resolve())
            if (f.matches(r.person, r.level))
                expected.insert(r.person.key);
        f.compile(store).forEach([&](std::size_t row) { got.insert(store.key(std::uint32_t(row))); });
        QCOMPARE(got, expected);
    }
}

void TestStore::personSetOperations()
{
    PersonSet a(130), b(130, true);
    QCOMPARE(b.count(), std::size_t(130));
    a.insert(0);
    a.insert(64);
    a.insert(129);
    QCOMPARE(a.count(), std::size_t(3));
    QCOMPARE(a.count(1, 129), std::size_t(1));
    b -= a;
    QCOMPARE(b.count(), std::size_t(127));
    b.invert();
    QCOMPARE(b, a);
    a &= PersonSet(130);
    QVERIFY(a.empty());
}

void TestStore::memoryStaysWithinBudget()
{
    // 100 k activities for 5 k people: ≤ 12 bytes per activity for the columns, and the
    // whole store ≤ 12 B × activities + 64 B × people.
    std::mt19937_64 rng(3);
    DataShape shape;
    shape.people = 5000;
    shape.maxActivities = 40;
    shape.valueShare = 0.1;
    shape.span = 365 * 86400;
    shape.tick = 1;
    const ReferenceData data = EngineTestData::generate(rng, shape);
    const Store store = EngineTestData::build(data);
    const double perActivity = double(store.activityBytes()) / double(store.activityCount());
    qInfo("%zu activities: %.2f bytes/activity in columns, %zu bytes in all (%.1f per person "
          "beside 12 per activity)",
          store.activityCount(), perActivity, store.memoryBytes(),
          (double(store.memoryBytes()) - 12.0 * double(store.activityCount())) / 5000.0);
    QVERIFY(perActivity <= 12.0);
    QVERIFY(store.memoryBytes() <= 12 * store.activityCount() + 64 * 5000 + 200'000);
}

void TestStore::oneAddedActivityIsCheap()
{
    std::mt19937_64 rng(4);
    DataShape shape;
    shape.people = 50'000;
    shape.maxActivities = 40;
    const ReferenceData data = EngineTestData::generate(rng, shape);
    Store store = EngineTestData::build(data);
    const auto started = std::chrono::steady_clock::now();
    for (int i = 0; i < 100; ++i)
        store.addActivity(EngineTestData::randomActivity(rng, shape, 1 + rng() % 50'000));
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count() / 100;
    qInfo("one added activity: %.3f ms (blocks of %u people)", ms, Store::kBlockSize);
    QVERIFY(ms < 5);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
