// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse the C++20 library headers
#include "EngineTestData.h"

#include "core/engine/GroupBy.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/ReferenceGroupBy.h"
#endif

using namespace rapport::engine;
using namespace rapport::engine::test;
using Kind = GroupByDimension::Kind;

class TestGroupBy : public QObject
{
    Q_OBJECT

private slots:
    void typeByCountry();
    void periods_data();
    void periods();
    void matchesTheReferenceOnRandomData();
    void threadCountsGiveTheSameResult();
    void refusesBadQueries();
    void severalTypes();
};

void TestGroupBy::typeByCountry()
{
    ReferenceData data;
    data.people = {{1, {{"country", "中国"}}, {}, false, PersonRecord::kNoDay},
                   {2, {{"country", "中国"}}, {}, false, PersonRecord::kNoDay},
                   {3, {}, {}, false, PersonRecord::kNoDay}};
    data.activities = {{1, 1, kOrigin, 0, 0, 0, 0}, {1, 1, kOrigin + 1, 0, 0, 0, 0},
                       {2, 1, kOrigin, 0, 0, 0, 0}, {2, 2, kOrigin, 0, 0, 0, 0},
                       {3, 2, kOrigin, 0, 0, 0, 0}};
    data.typeNames[1] = "registered";
    const Store store = EngineTestData::build(data);
    GroupByQuery q;
    q.dimensions = {{Kind::ActivityType, {}}, {Kind::Attribute, "country"}};
    const GroupByResult r = GroupBy::compute(store, q, ParallelFor(2));
    QCOMPARE(r.rows.size(), std::size_t(3));
    QCOMPARE(r.rows[0].labels, (std::vector<std::string>{"registered", "中国"}));
    QCOMPARE(r.rows[0].persons, 2u);
    QCOMPARE(r.rows[0].activities, 3u);
    QCOMPARE(r.rows[1].labels, (std::vector<std::string>{"2", ""}));
    QCOMPARE(r.rows[2].labels, (std::vector<std::string>{"2", "中国"}));
    QCOMPARE(r.totalPersons, 3u);
    QCOMPARE(r.totalActivities, 5u);
    QCOMPARE(r.provenance.snapshotId, store.snapshotId());

    GroupByQuery heads; // people per country, activity or not
    heads.dimensions = {{Kind::Attribute, "country"}};
    heads.activities.type = 1;
    heads.includePeopleWithoutActivity = true;
    const GroupByResult h = GroupBy::compute(store, heads, ParallelFor(1));
    QCOMPARE(h.rows.size(), std::size_t(2));
    QCOMPARE(h.rows[0].persons, 1u); // "" (person 3, no registered activity)
    QCOMPARE(h.rows[0].activities, 0u);
    QCOMPARE(h.rows[1].persons, 2u);
    QCOMPARE(h, ReferenceGroupBy::compute(data, heads, store.snapshotId()));
}

void TestGroupBy::periods_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("label");
    // 2023-11-14 is a Tuesday.
    QTest::newRow("day") << int(Kind::Day) << qint64(kOrigin) << QStringLiteral("2023-11-14");
    QTest::newRow("week starts Monday") << int(Kind::Week) << qint64(kOrigin) << QStringLiteral("2023-11-13");
    QTest::newRow("month") << int(Kind::Month) << qint64(kOrigin) << QStringLiteral("2023-11-01");
    QTest::newRow("before 1970") << int(Kind::Week) << qint64(-1) << QStringLiteral("1969-12-29");
}

void TestGroupBy::periods()
{
    QFETCH(int, kind);
    QFETCH(qint64, time);
    QFETCH(QString, label);
    ReferenceData data;
    data.activities = {{1, 1, time, 0, 0, 0, 0}};
    GroupByQuery q;
    q.dimensions = {{Kind(kind), {}}};
    const GroupByResult r = GroupBy::compute(EngineTestData::build(data), q, ParallelFor(1));
    QCOMPARE(r.rows.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(r.rows[0].labels[0]), label);
    QCOMPARE(r.rows[0].keys[0], GroupBy::periodStart(Kind(kind), time));
}

void TestGroupBy::matchesTheReferenceOnRandomData()
{
    const std::vector<Kind> kinds = {Kind::Attribute, Kind::Tag,     Kind::ActivityType,
                                     Kind::Campaign,  Kind::Channel, Kind::Content,
                                     Kind::Day,       Kind::Week,    Kind::Month};
    const ParallelFor parallel(2);
    int compared = 0;
    for (int seed = 0; seed < 400; ++seed) {
        std::mt19937_64 rng(seed);
        DataShape shape;
        shape.people = 1 + int(rng() % 40);
        shape.maxActivities = int(rng() % 10);
        shape.span = std::int64_t(1 + rng() % 90) * 86400;
        shape.merges = int(rng() % 4);
        const ReferenceData data = EngineTestData::generate(rng, shape);
        const Store store = EngineTestData::build(data);
        for (int i = 0; i < 6; ++i) {
            GroupByQuery q;
            for (int d = int(rng() % 3); d > 0; --d) {
                GroupByDimension dim{kinds[rng() % kinds.size()], {}};
                if (dim.kind == Kind::Attribute)
                    dim.attribute = rng() % 2 ? "country" : "role";
                q.dimensions.push_back(dim);
            }
            if (rng() % 3 == 0)
                q.activities.type = std::int32_t(1 + rng() % shape.types);
            if (rng() % 4 == 0)
                q.activities.channels = {std::int64_t(rng() % 3)};
            if (rng() % 5 == 0)
                q.activities.minValue = 3;
            if (rng() % 3 == 0) {
                q.dateRange.from = kOrigin + std::int64_t(rng() % std::uint64_t(shape.span));
                q.dateRange.to = q.dateRange.from + 10 * 86400;
            }
            if (rng() % 4 == 0)
                q.people.attributes.push_back({"country", {"中国", "Österreich", ""}, false});
            q.includePeopleWithoutActivity =
                rng() % 3 == 0 && std::all_of(q.dimensions.begin(), q.dimensions.end(),
                                              [](const auto& d) { return d.isPersonDimension(); });
            const GroupByResult got = GroupBy::compute(store, q, parallel);
            const GroupByResult want = ReferenceGroupBy::compute(data, q, store.snapshotId());
            if (!(got == want))
                QFAIL(qPrintable(QStringLiteral("seed %1 query %2: %3 rows vs %4, persons %5 vs %6")
                                     .arg(seed).arg(i).arg(got.rows.size()).arg(want.rows.size())
                                     .arg(got.totalPersons).arg(want.totalPersons)));
            ++compared;
        }
    }
    qInfo("%d group-bys equal to the reference", compared);
}

void TestGroupBy::threadCountsGiveTheSameResult()
{
    std::mt19937_64 rng(17);
    DataShape shape;
    shape.people = 25'000;
    shape.maxActivities = 6;
    const ReferenceData data = EngineTestData::generate(rng, shape);
    const Store store = EngineTestData::build(data, 3);
    GroupByQuery q;
    q.dimensions = {{Kind::ActivityType, {}}, {Kind::Attribute, "country"}};
    const GroupByResult want = ReferenceGroupBy::compute(data, q, store.snapshotId());
    for (int threads : {1, 2, 3, 8})
        QCOMPARE(GroupBy::compute(store, q, ParallelFor(threads)), want);
    q.dimensions = {{Kind::Week, {}}, {Kind::Tag, {}}};
    const GroupByResult weeks = ReferenceGroupBy::compute(data, q, store.snapshotId());
    for (int threads : {1, 2, 3, 8})
        QCOMPARE(GroupBy::compute(store, q, ParallelFor(threads)), weeks);
}

void TestGroupBy::refusesBadQueries()
{
    const Store store;
    GroupByQuery q;
    q.dimensions = {{Kind::Day, {}}, {Kind::Day, {}}, {Kind::Day, {}}};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GroupBy::compute(store, q, ParallelFor(1)));
    q.dimensions = {{Kind::Attribute, "no such attribute"}};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GroupBy::compute(store, q, ParallelFor(1)));
    q.dimensions = {{Kind::Campaign, {}}};
    q.includePeopleWithoutActivity = true;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GroupBy::compute(store, q, ParallelFor(1)));
}

void TestGroupBy::severalTypes()
{
    // An activity filter accepting several types, on both loops (fast: type only; general:
    // with a channel condition), equals the reference.
    const ParallelFor parallel(2);
    for (int seed = 0; seed < 150; ++seed) {
        std::mt19937_64 rng(700 + seed);
        DataShape shape;
        shape.people = 1 + int(rng() % 40);
        shape.maxActivities = int(rng() % 10);
        shape.types = 4;
        const ReferenceData data = EngineTestData::generate(rng, shape);
        const Store store = EngineTestData::build(data);
        GroupByQuery q;
        q.dimensions = {{seed % 2 ? Kind::ActivityType : Kind::Attribute, "country"}};
        q.activities.types = {std::int32_t(1 + rng() % 4), std::int32_t(1 + rng() % 4)};
        if (seed % 3 == 0)
            q.activities.channels = {1};
        QCOMPARE(GroupBy::compute(store, q, parallel),
                 ReferenceGroupBy::compute(data, q, store.snapshotId()));
    }
}

QTEST_GUILESS_MAIN(TestGroupBy)
#include "tst_groupby.moc"
