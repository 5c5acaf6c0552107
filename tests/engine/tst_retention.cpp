// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/CalendarPeriod.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/ReferenceRetention.h"
#include "core/engine/Retention.h"
#include "tests/engine/EngineTestData.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace rapport::engine;
using namespace rapport::engine::test;
using Kind = CalendarPeriod::Kind;

namespace {
constexpr std::int64_t kJan2025 = 1735689600; // 2025-01-01T00:00:00Z, a Wednesday

/** people.keys of a set of store rows, ascending. */
std::vector<std::int64_t> keysOf(const Store& store, const PersonSet& rows)
{
    std::vector<std::int64_t> keys;
    rows.forEach([&](std::size_t row) { keys.push_back(store.key(std::uint32_t(row))); });
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::string describe(const RetentionResult& r)
{
    std::string text;
    for (const RetentionCohort& c : r.cohorts) {
        text += c.label + " @" + std::to_string(c.start) + " n=" + std::to_string(c.size) + " [";
        for (auto k : c.retained)
            text += " " + std::to_string(k);
        text += " ]\n";
    }
    return text;
}

/** Moves some activities onto period boundaries: the first second of a week or month, or
 *  the last second before one. */
void snapToBoundaries(ReferenceData& data, std::mt19937_64& rng)
{
    for (ActivityRecord& a : data.activities) {
        if (rng() % 3)
            continue;
        const Kind kind = rng() % 2 ? Kind::Week : Kind::Month;
        const std::int64_t start = CalendarPeriod::start(kind, CalendarPeriod::index(kind, a.at));
        a.at = rng() % 2 ? start : start - 1;
    }
}

RetentionQuery randomQuery(std::mt19937_64& rng, const DataShape& shape)
{
    RetentionQuery q;
    q.start.type = std::int32_t(1 + rng() % shape.types);
    if (rng() % 3)
        q.returning.type = std::int32_t(1 + rng() % shape.types);
    if (rng() % 5 == 0) // several types: "attended or contributed"
        q.start.types = {std::int32_t(1 + rng() % shape.types)};
    if (rng() % 5 == 0)
        q.returning.types = {std::int32_t(1 + rng() % shape.types), std::int32_t(1 + rng() % shape.types)};
    if (rng() % 6 == 0)
        q.start.campaigns = {std::int64_t(rng() % (shape.campaigns + 1))};
    if (rng() % 6 == 0)
        q.returning.channels = {std::int64_t(rng() % (shape.channels + 1))};
    q.period = rng() % 2 ? Kind::Week : Kind::Month;
    q.periods = 1 + int(rng() % 14);
    if (rng() % 4 == 0) {
        q.dateRange.from = kOrigin + std::int64_t(rng() % std::uint64_t(shape.span / 2));
        q.dateRange.to = q.dateRange.from + std::int64_t(rng() % std::uint64_t(shape.span));
    }
    if (rng() % 4 == 0)
        q.people.attributes.push_back({"country", {"中国", "Österreich", ""}, rng() % 2 == 0});
    if (rng() % 6 == 0)
        q.people.minLevel = std::uint8_t(1 + rng() % 2);
    return q;
}
} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void calendar_data();
    void calendar();
    void handComputed();
    void emptyStore();
    void againstReference_data();
    void againstReference();
    void membersHandCounted();
    void membersAgainstReference_data();
    void membersAgainstReference();
};

void TestRetention::calendar_data()
{
    QTest::addColumn<bool>("week");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("label");
    QTest::addColumn<qint64>("start");
    QTest::newRow("month first second") << false << qint64(kJan2025) << "2025-01" << qint64(kJan2025);
    QTest::newRow("month last second") << false << qint64(kJan2025 + 31 * 86400 - 1) << "2025-01"
                                       << qint64(kJan2025);
    QTest::newRow("next month") << false << qint64(kJan2025 + 31 * 86400) << "2025-02"
                                << qint64(kJan2025 + 31 * 86400);
    QTest::newRow("before the epoch") << false << qint64(-1) << "1969-12" << qint64(-31 * 86400);
    // 2024-12-30 (Monday) starts ISO week 2025-W01.
    QTest::newRow("iso week of next year") << true << qint64(kJan2025 + 86400) << "2025-W01"
                                           << qint64(kJan2025 - 2 * 86400);
    QTest::newRow("week last second") << true << qint64(kJan2025 + 5 * 86400 - 1) << "2025-W01"
                                      << qint64(kJan2025 - 2 * 86400);
    QTest::newRow("week first second") << true << qint64(kJan2025 + 5 * 86400) << "2025-W02"
                                       << qint64(kJan2025 + 5 * 86400);
    // 2021-01-03 (Sunday) belongs to 2020-W53.
    QTest::newRow("week 53") << true << qint64(1609632000) << "2020-W53" << qint64(1609113600);
    QTest::newRow("epoch week") << true << qint64(0) << "1970-W01" << qint64(-3 * 86400);
}

void TestRetention::calendar()
{
    QFETCH(bool, week);
    QFETCH(qint64, time);
    QFETCH(QString, label);
    QFETCH(qint64, start);
    const Kind kind = week ? Kind::Week : Kind::Month;
    const std::int64_t index = CalendarPeriod::index(kind, time);
    QCOMPARE(QString::fromStdString(CalendarPeriod::label(kind, index)), label);
    QCOMPARE(CalendarPeriod::start(kind, index), start);
    QCOMPARE(ReferenceRetention::periodNumber(kind, time), index);
    QCOMPARE(CalendarPeriod::index(kind, start), index);
    QCOMPARE(CalendarPeriod::index(kind, start - 1), index - 1);
}

void TestRetention::handComputed()
{
    // type 1 = registered (start), 2 = posted (return). Monthly, 3 periods.
    ReferenceData data;
    data.typeNames = {{1, "registered"}, {2, "posted"}};
    const std::int64_t feb = kJan2025 + 31 * 86400, mar = feb + 28 * 86400;
    auto add = [&](std::int64_t person, std::int32_t type, std::int64_t at) {
        data.activities.push_back({person, type, at, 0, 0, 0, 0});
    };
    add(1, 1, feb - 1);       // starts on the last second of January
    add(1, 2, feb);           // back on the first second of February: k = 1
    add(2, 1, kJan2025 + 10);
    add(2, 2, kJan2025 + 10); // a tie with the start: k = 0
    add(2, 2, kJan2025 + 5);  // before the start, same month: not k = 0
    add(3, 1, mar + 100);     // March cohort; February is empty
    add(3, 1, mar + 200);     // a second start counts as a return (k = 0) only with "any"
    add(4, 2, kJan2025);      // never starts
    const Store store = EngineTestData::build(data);
    RetentionQuery q;
    q.start.type = 1;
    q.returning.type = 2;
    q.periods = 3;
    const RetentionResult r = Retention::compute(store, q, ParallelFor(2));
    QCOMPARE(r.cohorts.size(), std::size_t(3));
    QCOMPARE(r.cohorts[0].label, std::string("2025-01"));
    QCOMPARE(r.cohorts[0].size, 2u);
    QCOMPARE(r.cohorts[0].retained, (std::vector<std::uint64_t>{1, 1, 0}));
    QCOMPARE(r.cohorts[1].label, std::string("2025-02"));
    QCOMPARE(r.cohorts[1].size, 0u);
    QCOMPARE(r.cohorts[1].retained, (std::vector<std::uint64_t>{0, 0, 0}));
    QCOMPARE(r.cohorts[2].retained, (std::vector<std::uint64_t>{0, 0, 0}));
    QVERIFY(!r.provenance.definition.empty());
    QCOMPARE(r.provenance.snapshotId, store.snapshotId());

    q.returning = {};
    const RetentionResult any = Retention::compute(store, q, ParallelFor(1));
    QCOMPARE(any.cohorts[0].retained, (std::vector<std::uint64_t>{1, 1, 0}));
    QCOMPARE(any.cohorts[2].retained, (std::vector<std::uint64_t>{1, 0, 0}));
    QCOMPARE(describe(any), describe(ReferenceRetention::compute(data, q, 0)));

    q.dateRange = {feb, mar + 150}; // person 3 starts with its first start in range only
    const RetentionResult bounded = Retention::compute(store, q, ParallelFor(3));
    QCOMPARE(bounded.cohorts.size(), std::size_t(1));
    QCOMPARE(bounded.cohorts[0].label, std::string("2025-03"));
}

void TestRetention::emptyStore()
{
    const Store store;
    RetentionQuery q;
    QVERIFY(Retention::compute(store, q, ParallelFor(2)).cohorts.empty());
    q.periods = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Retention::compute(store, q, ParallelFor(1)));
}

void TestRetention::againstReference_data()
{
    QTest::addColumn<int>("datasets");
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("maxActivities");
    QTest::addColumn<int>("types");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("tick");
    QTest::addColumn<bool>("boundaries");
    QTest::addColumn<int>("merges");
    QTest::newRow("ties") << 400 << 20 << 12 << 3 << qint64(120 * 86400) << qint64(86400) << false << 0;
    QTest::newRow("boundaries") << 400 << 20 << 10 << 3 << qint64(200 * 86400) << qint64(3600) << true << 0;
    QTest::newRow("long span") << 200 << 30 << 20 << 4 << qint64(800 * 86400) << qint64(3600) << true << 3;
    QTest::newRow("one type") << 200 << 15 << 8 << 1 << qint64(90 * 86400) << qint64(7200) << true << 2;
    QTest::newRow("empty people") << 100 << 40 << 1 << 5 << qint64(60 * 86400) << qint64(60) << false << 0;
    // Beyond the day table (about 90 years after the first period): the boundary walk.
    QTest::newRow("a century") << 60 << 20 << 12 << 3 << qint64(120LL * 365 * 86400) << qint64(86400) << false << 0;
    QTest::newRow("many blocks") << 6 << 20000 << 3 << 4 << qint64(400 * 86400) << qint64(3600) << true << 20;
}

void TestRetention::againstReference()
{
    QFETCH(int, datasets);
    QFETCH(int, people);
    QFETCH(int, maxActivities);
    QFETCH(int, types);
    QFETCH(qint64, span);
    QFETCH(qint64, tick);
    QFETCH(bool, boundaries);
    QFETCH(int, merges);
    std::mt19937_64 rng(20250301 + std::uint64_t(people) * 7 + std::uint64_t(span));
    DataShape shape;
    shape.people = people;
    shape.maxActivities = maxActivities;
    shape.types = types;
    shape.span = span;
    shape.tick = tick;
    shape.merges = merges;
    int retainedSomewhere = 0;
    for (int d = 0; d < datasets; ++d) {
        ReferenceData data = EngineTestData::generate(rng, shape);
        if (boundaries)
            snapToBoundaries(data, rng);
        const Store store = d % 4 == 3 ? EngineTestData::edit(data, rng) : EngineTestData::build(data);
        for (int q = 0; q < 3; ++q) {
            const RetentionQuery query = randomQuery(rng, shape);
            const RetentionResult reference = ReferenceRetention::compute(data, query, 0);
            const std::string expected = describe(reference);
            for (const RetentionCohort& c : reference.cohorts)
                retainedSomewhere += c.retained.back() > 0 || c.retained.front() > 0;
            for (int threads : {1, 2, 3, 8}) {
                const std::string actual = describe(Retention::compute(store, query, ParallelFor(threads)));
                if (actual != expected)
                    QFAIL(qPrintable(QStringLiteral("dataset %1 query %2 threads %3\nexpected\n%4actual\n%5")
                                         .arg(d).arg(q).arg(threads)
                                         .arg(QString::fromStdString(expected), QString::fromStdString(actual))));
                if (people > 1000)
                    break; // big stores: one thread count per query is enough
            }
        }
    }
    QVERIFY(maxActivities < 2 || retainedSomewhere > 0); // the data exercises retention, not just empty cohorts
}

void TestRetention::membersHandCounted()
{
    // The data of handComputed: who is behind each cell.
    ReferenceData data;
    data.typeNames = {{1, "registered"}, {2, "posted"}};
    const std::int64_t feb = kJan2025 + 31 * 86400, mar = feb + 28 * 86400;
    auto add = [&](std::int64_t person, std::int32_t type, std::int64_t at) {
        data.activities.push_back({person, type, at, 0, 0, 0, 0});
    };
    add(1, 1, feb - 1);
    add(1, 2, feb);
    add(2, 1, kJan2025 + 10);
    add(2, 2, kJan2025 + 10);
    add(2, 2, kJan2025 + 5);
    add(3, 1, mar + 100);
    add(3, 1, mar + 200);
    add(4, 2, kJan2025);
    add(5, 1, kJan2025 + 86400); // January cohort, never back
    const Store store = EngineTestData::build(data);
    RetentionQuery q;
    q.start.type = 1;
    q.returning.type = 2;
    q.periods = 3;
    const ParallelFor parallel(2);
    using Keys = std::vector<std::int64_t>;
    QCOMPARE(keysOf(store, Retention::members(store, q, parallel, {kJan2025}, std::nullopt)),
             (Keys{1, 2, 5}));
    QCOMPARE(keysOf(store, Retention::members(store, q, parallel, {kJan2025}, 0)), (Keys{2}));
    QCOMPARE(keysOf(store, Retention::members(store, q, parallel, {kJan2025}, 1)), (Keys{1}));
    QVERIFY(Retention::members(store, q, parallel, {kJan2025}, 2).empty());
    QVERIFY(Retention::members(store, q, parallel, {feb}, std::nullopt).empty());
    // Any second of a cohort's period names it; several cohorts are a union.
    QCOMPARE(
        keysOf(store, Retention::members(store, q, parallel, {feb + 5, mar + 7}, std::nullopt)),
        (Keys{3}));
    q.returning = {};
    QCOMPARE(keysOf(store, Retention::members(store, q, parallel, {kJan2025, mar}, 0)),
             (Keys{2, 3}));
    // Only the people given count.
    PersonSet some(store.rowCount());
    some.insert(*store.rowOf(3));
    QCOMPARE(keysOf(store, Retention::members(store, q, parallel, {kJan2025, mar}, 0, &some)),
             (Keys{3}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             Retention::members(store, q, parallel, {kJan2025}, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             Retention::members(store, q, parallel, {kJan2025}, -1));
}

void TestRetention::membersAgainstReference_data()
{
    QTest::addColumn<int>("datasets");
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("maxActivities");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("merges");
    QTest::newRow("ties and boundaries") << 100 << 25 << 12 << qint64(150 * 86400) << 2;
    QTest::newRow("long span") << 25 << 40 << 20 << qint64(700 * 86400) << 4;
    QTest::newRow("many blocks") << 1 << 20000 << 3 << qint64(300 * 86400) << 20;
}

void TestRetention::membersAgainstReference()
{
    QFETCH(int, datasets);
    QFETCH(int, people);
    QFETCH(int, maxActivities);
    QFETCH(qint64, span);
    QFETCH(int, merges);
    std::mt19937_64 rng(7001 + std::uint64_t(people));
    DataShape shape;
    shape.people = people;
    shape.maxActivities = maxActivities;
    shape.types = 3;
    shape.span = span;
    shape.tick = 3600;
    shape.merges = merges;
    const ParallelFor parallel(3);
    std::uint64_t retainedListed = 0;
    for (int d = 0; d < datasets; ++d) {
        ReferenceData data = EngineTestData::generate(rng, shape);
        snapToBoundaries(data, rng);
        const Store store =
            d % 3 == 2 ? EngineTestData::edit(data, rng) : EngineTestData::build(data);
        for (int qi = 0; qi < 2; ++qi) {
            RetentionQuery query = randomQuery(rng, shape);
            query.periods = std::min(query.periods, 6);
            const RetentionResult result = Retention::compute(store, query, parallel);
            std::vector<std::int64_t> all;
            for (const RetentionCohort& c : result.cohorts) {
                all.push_back(c.start);
                const PersonSet members =
                    Retention::members(store, query, parallel, {c.start}, std::nullopt);
                QCOMPARE(std::uint64_t(members.count()), c.size);
                // Big stores: the reference is slow; its lists for the first cohort only.
                const bool listed = people < 1000 || c.start == result.cohorts.front().start;
                if (listed)
                    QCOMPARE(keysOf(store, members),
                             ReferenceRetention::members(data, query, {c.start}, std::nullopt));
                for (int k = 0; k < query.periods; ++k) {
                    const PersonSet retained =
                        Retention::members(store, query, parallel, {c.start}, k);
                    QCOMPARE(std::uint64_t(retained.count()), c.retained[std::size_t(k)]);
                    if (listed)
                        QCOMPARE(keysOf(store, retained),
                                 ReferenceRetention::members(data, query, {c.start}, k));
                    retainedListed += retained.count();
                }
            }
            // Every cohort at once: the union, the sum of the counts.
            for (int k = 0; k < query.periods; k += 2) {
                std::uint64_t sum = 0;
                for (const RetentionCohort& c : result.cohorts)
                    sum += c.retained[std::size_t(k)];
                const PersonSet retained = Retention::members(store, query, parallel, all, k);
                QCOMPARE(std::uint64_t(retained.count()), sum);
                if (people < 1000)
                    QCOMPARE(keysOf(store, retained),
                             ReferenceRetention::members(data, query, all, k));
            }
        }
    }
    QVERIFY(retainedListed > 0);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
