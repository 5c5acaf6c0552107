// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse the C++20 library headers
#include "EngineTestData.h"

#include "core/engine/Funnel.h"
#include "core/engine/FunnelCache.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/ReferenceFunnel.h"

#include <chrono>
#endif

using namespace rapport::engine;
using namespace rapport::engine::test;

using Timeline = QList<QPair<int, int>>; // (type, minute)

namespace {
constexpr std::int32_t A = 1, B = 2, C = 3, X = 4;

ActivityFilter step(std::int32_t type)
{
    ActivityFilter f;
    f.type = type;
    return f;
}

QString describe(const FunnelResult& r)
{
    QString text;
    for (const FunnelStep& s : r.steps)
        text += QStringLiteral("%1(%2,%3) ").arg(s.persons).arg(s.medianSeconds.value_or(-1))
                    .arg(s.p90Seconds.value_or(-1));
    for (const FunnelGroup& g : r.groups) {
        text += QStringLiteral("| %1/%2:").arg(QString::fromStdString(g.label)).arg(g.key);
        for (const FunnelStep& s : g.steps)
            text += QStringLiteral(" %1(%2)").arg(s.persons).arg(s.medianSeconds.value_or(-1));
    }
    return text;
}
} // namespace

class TestFunnel : public QObject
{
    Q_OBJECT

private slots:
    void definitions_data();
    void definitions();
    void ratesAndMedians();
    void campaignBreakdownTakesTheFirstStepOfTheBestAttempt();
    void matchesTheReferenceOnRandomData();
    void threadCountsGiveTheSameResult();
    void onePersonWithAMillionActivities();
    void depthByRowAndProvenance();
    void largeFunnelsMatchTheReference();
    void cachedRefreshAfterEdits();
    void severalTypesPerStepMatchTheReference();
    void reachedPeopleMatchTheReference();
    void reachedRefusesBadArguments();
};

void TestFunnel::definitions_data()
{
    // One person; activities as (type, minute); the funnel's depth for that person.
    QTest::addColumn<Timeline>("activities");
    QTest::addColumn<QList<int>>("steps");
    QTest::addColumn<int>("windowMinutes");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("depth");
    using L = Timeline;
    const int O = int(FunnelMode::Ordered), S = int(FunnelMode::Strict),
              U = int(FunnelMode::Unordered);
    QTest::newRow("in order") << L{{A, 0}, {B, 5}, {C, 9}} << QList<int>{A, B, C} << 60 << O << 3;
    QTest::newRow("out of order") << L{{B, 0}, {A, 5}, {C, 9}} << QList<int>{A, B, C} << 60 << O << 1;
    QTest::newRow("ties count both ways") << L{{B, 0}, {A, 0}} << QList<int>{A, B} << 60 << O << 2;
    QTest::newRow("window hit exactly") << L{{A, 0}, {B, 60}} << QList<int>{A, B} << 60 << O << 2;
    QTest::newRow("window missed by a minute") << L{{A, 0}, {B, 61}} << QList<int>{A, B} << 60 << O << 1;
    QTest::newRow("later start fits the window") << L{{A, 0}, {A, 50}, {B, 100}} << QList<int>{A, B} << 60 << O << 2;
    QTest::newRow("repeated step needs two activities") << L{{A, 0}, {B, 5}} << QList<int>{A, A, B} << 60 << O << 1;
    QTest::newRow("repeated step A,A,B") << L{{A, 0}, {A, 3}, {B, 5}} << QList<int>{A, A, B} << 60 << O << 3;
    QTest::newRow("repeated step on a tie") << L{{A, 7}, {A, 7}, {B, 7}} << QList<int>{A, A, B} << 0 << O << 3;
    QTest::newRow("zero window, same time") << L{{A, 7}, {B, 7}} << QList<int>{A, B} << 0 << O << 2;
    QTest::newRow("no step 1") << L{{B, 0}, {C, 1}} << QList<int>{A, B, C} << 60 << O << 0;
    QTest::newRow("strict: interrupted") << L{{A, 0}, {X, 2}, {B, 5}} << QList<int>{A, B} << 60 << S << 1;
    QTest::newRow("strict: uninterrupted") << L{{A, 0}, {B, 5}, {X, 6}} << QList<int>{A, B} << 60 << S << 2;
    QTest::newRow("strict: simultaneous is not between") << L{{A, 0}, {X, 0}, {B, 5}, {X, 5}} << QList<int>{A, B} << 60 << S << 2;
    QTest::newRow("strict: a later start avoids it") << L{{A, 0}, {A, 2}, {B, 5}} << QList<int>{A, B} << 60 << S << 2;
    QTest::newRow("strict: tie group then next time") << L{{A, 0}, {B, 0}, {B, 1}, {C, 2}} << QList<int>{A, B, C} << 60 << S << 3;
    QTest::newRow("ordered ignores interruptions") << L{{A, 0}, {X, 2}, {B, 5}} << QList<int>{A, B} << 60 << O << 2;
    QTest::newRow("unordered: any order") << L{{C, 0}, {B, 5}, {A, 9}} << QList<int>{A, B, C} << 60 << U << 3;
    QTest::newRow("unordered: window from the earliest") << L{{C, 0}, {B, 5}, {A, 61}} << QList<int>{A, B, C} << 60 << U << 2;
    QTest::newRow("unordered: prefix only") << L{{A, 0}, {C, 5}} << QList<int>{A, B, C} << 60 << U << 1;
    QTest::newRow("unordered: distinct activities") << L{{A, 0}} << QList<int>{A, A} << 60 << U << 1;
}

void TestFunnel::definitions()
{
    QFETCH(Timeline, activities);
    QFETCH(QList<int>, steps);
    QFETCH(int, windowMinutes);
    QFETCH(int, mode);
    QFETCH(int, depth);
    ReferenceData data;
    data.people.push_back({1, {}, {}, false, PersonRecord::kNoDay});
    for (const auto& [type, minute] : activities)
        data.activities.push_back({1, type, kOrigin + minute * 60LL, 0, 0, 0, 0});
    FunnelQuery q;
    for (int type : steps)
        q.steps.push_back(step(type));
    q.window = windowMinutes * 60;
    q.mode = FunnelMode(mode);
    const Store store = EngineTestData::build(data);
    for (const FunnelResult& r : {Funnel::compute(store, q, ParallelFor(1)),
                                  ReferenceFunnel::compute(data, q, 0)}) {
        int reached = 0;
        for (const FunnelStep& s : r.steps)
            reached += int(s.persons);
        QCOMPARE(reached, depth);
    }
}

void TestFunnel::ratesAndMedians()
{
    // Five people reach step 1; four step 2 after 10, 20, 30, 40 minutes; one step 3.
    ReferenceData data;
    for (int p = 1; p <= 5; ++p) {
        data.people.push_back({p, {}, {}, false, PersonRecord::kNoDay});
        data.activities.push_back({p, A, kOrigin, 0, 0, 0, 0});
        if (p <= 4)
            data.activities.push_back({p, B, kOrigin + p * 600, 0, 0, 0, 0});
    }
    data.activities.push_back({1, C, kOrigin + 3600, 0, 0, 0, 0});
    FunnelQuery q;
    q.steps = {step(A), step(B), step(C)};
    const FunnelResult r = Funnel::compute(EngineTestData::build(data), q, ParallelFor(2));
    QCOMPARE(r.steps[0].persons, 5u);
    QCOMPARE(r.steps[1].persons, 4u);
    QCOMPARE(r.steps[2].persons, 1u);
    QCOMPARE(r.steps[1].overallRate, 0.8);
    QCOMPARE(r.steps[2].stepRate, 0.25);
    QCOMPARE(r.steps[2].overallRate, 0.2);
    QCOMPARE(r.steps[0].medianSeconds.value(), 0);
    QCOMPARE(r.steps[1].medianSeconds.value(), 1200); // lower median of 600..2400
    QCOMPARE(r.steps[1].p90Seconds.value(), 2400);
    QCOMPARE(r.steps[2].medianSeconds.value(), 3600);
    QCOMPARE(r, ReferenceFunnel::compute(data, q, r.provenance.snapshotId));
}

void TestFunnel::campaignBreakdownTakesTheFirstStepOfTheBestAttempt()
{
    // Attempt from campaign 7 only reaches step 1; the later one from campaign 9 reaches 2.
    ReferenceData data;
    data.people.push_back({1, {}, {}, false, PersonRecord::kNoDay});
    data.activities = {{1, A, kOrigin, 7, 0, 0, 0},
                       {1, A, kOrigin + 40 * 86400, 9, 0, 0, 0},
                       {1, B, kOrigin + 41 * 86400, 0, 0, 0, 0}};
    data.campaignNames[9] = "Hackathon";
    FunnelQuery q;
    q.steps = {step(A), step(B)};
    q.breakdown.kind = FunnelBreakdown::Kind::Campaign;
    Store store = EngineTestData::build(data);
    const FunnelResult r = Funnel::compute(store, q, ParallelFor(1));
    QCOMPARE(r.groups.size(), std::size_t(1));
    QCOMPARE(r.groups[0].key, 9);
    QCOMPARE(r.groups[0].label, std::string("Hackathon"));
    QCOMPARE(r.groups[0].steps[1].persons, 1u);
    QCOMPARE(r.groups, ReferenceFunnel::compute(data, q, 0).groups);
}

void TestFunnel::matchesTheReferenceOnRandomData()
{
    const ParallelFor parallel(2);
    int compared = 0;
    for (int seed = 0; seed < 2500; ++seed) {
        std::mt19937_64 rng(seed);
        DataShape shape;
        shape.people = 1 + int(rng() % 12);
        shape.maxActivities = int(rng() % 9);
        shape.types = 2 + int(rng() % 3);
        shape.tick = seed % 3 == 0 ? 86400 : 3600; // coarse ticks: many ties
        shape.span = std::int64_t(1 + rng() % 20) * 86400;
        shape.merges = int(rng() % 3);
        const ReferenceData data = EngineTestData::generate(rng, shape);
        const Store store = EngineTestData::build(data);
        for (int q = 0; q < 4; ++q) {
            const FunnelQuery query = EngineTestData::randomFunnel(rng, shape);
            const FunnelResult got = Funnel::compute(store, query, parallel);
            const FunnelResult expected = ReferenceFunnel::compute(data, query, store.snapshotId());
            if (got.steps != expected.steps || got.groups != expected.groups)
                QFAIL(qPrintable(QStringLiteral("seed %1 query %2 mode %3:\n got %4\n want %5")
                                     .arg(seed).arg(q).arg(int(query.mode))
                                     .arg(describe(got), describe(expected))));
            ++compared;
        }
    }
    qInfo("%d funnels equal to the reference", compared);
}

void TestFunnel::threadCountsGiveTheSameResult()
{
    // 30 k people = 4 blocks; every thread count gives the same result as the reference.
    std::mt19937_64 rng(99);
    DataShape shape;
    shape.people = 30'000;
    shape.maxActivities = 8;
    shape.merges = 50;
    const ReferenceData data = EngineTestData::generate(rng, shape);
    const Store store = EngineTestData::build(data, 3);
    for (int q = 0; q < 6; ++q) {
        FunnelQuery query = EngineTestData::randomFunnel(rng, shape);
        query.mode = FunnelMode(q % 3);
        const FunnelResult expected = ReferenceFunnel::compute(data, query, store.snapshotId());
        for (int threads : {1, 2, 3, 8}) {
            const FunnelResult got = Funnel::compute(store, query, ParallelFor(threads));
            QCOMPARE(got.steps, expected.steps);
            QCOMPARE(got.groups, expected.groups);
        }
    }
}

void TestFunnel::onePersonWithAMillionActivities()
{
    // One person, 1 M activities one second apart, mostly noise; steps are sparse.
    ReferenceData data;
    data.people.push_back({1, {{"country", "中国"}}, {}, false, PersonRecord::kNoDay});
    data.people.push_back({2, {}, {}, false, PersonRecord::kNoDay});
    std::mt19937_64 rng(5);
    for (int i = 0; i < 1'000'000; ++i) {
        const std::uint64_t r = rng() % 20000;
        const std::int32_t type = r == 0 ? A : r == 1 ? B : r == 2 ? C : X;
        data.activities.push_back({1, type, kOrigin + i, std::int64_t(r % 3), 0, 0, 0});
    }
    data.activities.push_back({2, A, kOrigin, 0, 0, 0, 0});
    const Store store = EngineTestData::build(data, 2, 131072);
    for (FunnelMode mode : {FunnelMode::Ordered, FunnelMode::Strict}) {
        FunnelQuery q;
        q.steps = {step(A), step(B), step(C)};
        q.window = 100'000;
        q.mode = mode;
        q.breakdown.kind = FunnelBreakdown::Kind::Campaign;
        const FunnelResult expected = ReferenceFunnel::compute(data, q, 0);
        for (int threads : {1, 2}) {
            const FunnelResult got = Funnel::compute(store, q, ParallelFor(threads));
            QCOMPARE(got.steps, expected.steps);
            QCOMPARE(got.groups, expected.groups);
        }
    }
}

void TestFunnel::depthByRowAndProvenance()
{
    ReferenceData data;
    data.people = {{1, {}, {}, false, PersonRecord::kNoDay}, {2, {}, {}, false, PersonRecord::kNoDay}};
    data.activities = {{1, A, kOrigin, 0, 0, 0, 0}, {1, B, kOrigin + 5, 0, 0, 0, 0},
                       {2, A, kOrigin, 0, 0, 0, 0}};
    Store store = EngineTestData::build(data);
    store.setTypeName(A, "registered");
    FunnelQuery q;
    q.steps = {step(A), step(B)};
    std::vector<std::uint8_t> depth;
    const FunnelResult r = Funnel::compute(store, q, ParallelFor(1), nullptr, &depth);
    QCOMPARE(depth[*store.rowOf(1)], 2);
    QCOMPARE(depth[*store.rowOf(2)], 1);
    QCOMPARE(r.provenance.snapshotId, store.snapshotId());
    QVERIFY(r.provenance.parameters[0].second.find("registered") != std::string::npos);
    QVERIFY(!r.provenance.definition.empty());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             Funnel::compute(store, FunnelQuery{}, ParallelFor(1)));
}

void TestFunnel::largeFunnelsMatchTheReference()
{
    // 100 k people: step lists long enough for the radix selection of medians and p90s.
    std::mt19937_64 rng(7);
    DataShape shape;
    shape.people = 100'000;
    shape.maxActivities = 12;
    shape.types = 3;
    shape.tick = 60;
    shape.span = 8 * 86400;
    const ReferenceData data = EngineTestData::generate(rng, shape);
    const Store store = EngineTestData::build(data, 2, 50'000);
    const ParallelFor parallel(2);
    for (FunnelMode mode : {FunnelMode::Ordered, FunnelMode::Strict, FunnelMode::Unordered}) {
        FunnelQuery q;
        q.steps = {step(A), step(B), step(C)};
        q.window = 5 * 86400;
        q.mode = mode;
        const FunnelResult expected = ReferenceFunnel::compute(data, q, store.snapshotId());
        QVERIFY2(expected.steps[1].persons > 40'000, qPrintable(describe(expected)));
        const FunnelResult got = Funnel::compute(store, q, parallel);
        QCOMPARE(got.steps, expected.steps);
        q.breakdown = {FunnelBreakdown::Kind::Attribute, "country"};
        const FunnelResult byCountry = Funnel::compute(store, q, parallel);
        QCOMPARE(byCountry.groups, ReferenceFunnel::compute(data, q, store.snapshotId()).groups);
        QCOMPARE(byCountry.steps, got.steps); // a breakdown query answers the plain funnel too
    }
}

void TestFunnel::cachedRefreshAfterEdits()
{
    // A cached funnel refreshed after each edit equals the reference on the edited data, and
    // recomputes only the edited blocks.
    std::mt19937_64 rng(11);
    DataShape shape;
    shape.people = 40'000; // 5 blocks
    shape.maxActivities = 8;
    shape.types = 3;
    ReferenceData data = EngineTestData::generate(rng, shape);
    Store store = EngineTestData::build(data);
    const ParallelFor parallel(2);
    for (int round = 0; round < 6; ++round) {
        FunnelQuery q = EngineTestData::randomFunnel(rng, shape);
        q.mode = FunnelMode(round % 3);
        FunnelCache cache;
        QCOMPARE(Funnel::compute(store, q, parallel, cache), Funnel::compute(store, q, parallel));
        QCOMPARE(cache.lastRecomputedBlocks(), store.blockCount());
        for (int edit = 0; edit < 8; ++edit) {
            const std::int64_t key = data.people[rng() % data.people.size()].key;
            switch (edit % 4) {
            case 0:
            case 1: {
                ActivityRecord a = EngineTestData::randomActivity(rng, shape, key);
                data.activities.push_back(a);
                store.addActivity(a);
                break;
            }
            case 2: {
                const std::size_t i = rng() % data.activities.size();
                QVERIFY(store.removeActivity(data.activities[i]));
                data.activities.erase(data.activities.begin() + std::ptrdiff_t(i));
                break;
            }
            case 3: {
                auto it = std::find_if(data.people.begin(), data.people.end(),
                                       [&](const PersonRecord& p) { return p.key == key; });
                it->attributes = {{"country", edit % 2 ? "中国" : "Österreich"}, {"role", "backend"}};
                store.upsertPerson(*it);
                break;
            }
            }
            const FunnelResult got = Funnel::compute(store, q, parallel, cache);
            QVERIFY(cache.lastRecomputedBlocks() <= 1);
            const FunnelResult expected = ReferenceFunnel::compute(data, q, store.snapshotId());
            QCOMPARE(got.steps, expected.steps);
            QCOMPARE(got.groups, expected.groups);
        }
    }
}

void TestFunnel::severalTypesPerStepMatchTheReference()
{
    // Steps that accept any of several types ("attended or contributed"), in every mode.
    const ParallelFor parallel(2);
    int compared = 0, deep = 0;
    for (int seed = 0; seed < 800; ++seed) {
        std::mt19937_64 rng(1000 + seed);
        DataShape shape;
        shape.people = 1 + int(rng() % 12);
        shape.maxActivities = int(rng() % 9);
        shape.types = 3 + int(rng() % 3);
        shape.tick = seed % 3 == 0 ? 86400 : 3600;
        shape.span = std::int64_t(1 + rng() % 20) * 86400;
        const ReferenceData data = EngineTestData::generate(rng, shape);
        const Store store = EngineTestData::build(data);
        for (int q = 0; q < 3; ++q) {
            FunnelQuery query = EngineTestData::randomFunnel(rng, shape);
            for (ActivityFilter& f : query.steps) {
                for (int extra = int(rng() % 3); extra > 0; --extra)
                    f.types.push_back(std::int32_t(1 + rng() % shape.types));
                if (rng() % 4 == 0) // the list alone, without `type`
                    f.type.reset();
            }
            const FunnelResult got = Funnel::compute(store, query, parallel);
            const FunnelResult expected = ReferenceFunnel::compute(data, query, store.snapshotId());
            if (got.steps != expected.steps || got.groups != expected.groups)
                QFAIL(qPrintable(QStringLiteral("seed %1 query %2 mode %3:\n got %4\n want %5")
                                     .arg(seed).arg(q).arg(int(query.mode))
                                     .arg(describe(got), describe(expected))));
            deep += got.steps.size() > 1 && got.steps[1].persons > 0;
            ++compared;
        }
    }
    QVERIFY(deep > compared / 10); // the data reaches past step 1 often enough to mean something
    // The accepted types and how they read.
    ActivityFilter f;
    QVERIFY(f.anyType());
    f.type = A;
    f.types = {B, A};
    QVERIFY(f.acceptsType(A) && f.acceptsType(B) && !f.acceptsType(C));
    QCOMPARE(f.describe(), std::string("type ∈ {1, 2}"));
    f.type.reset();
    f.types = {C};
    QCOMPARE(f.describe(), std::string("type = 3"));
}

void TestFunnel::reachedPeopleMatchTheReference()
{
    // The people behind every step and every group are exactly the reference's, and as many
    // as the result counts.
    const ParallelFor parallel(2);
    int checked = 0;
    for (int seed = 0; seed < 300; ++seed) {
        std::mt19937_64 rng(5000 + seed);
        DataShape shape;
        shape.people = 1 + int(rng() % (seed % 100 == 0 ? 20000 : 30)); // a few span blocks
        shape.maxActivities = int(rng() % 9);
        shape.types = 2 + int(rng() % 3);
        shape.merges = int(rng() % 3);
        const ReferenceData data = EngineTestData::generate(rng, shape);
        const Store store = EngineTestData::build(data);
        FunnelQuery query = EngineTestData::randomFunnel(rng, shape);
        if (rng() % 3 == 0 && !query.steps.empty())
            query.steps[0].types.push_back(std::int32_t(1 + rng() % shape.types));
        const FunnelResult result = Funnel::compute(store, query, parallel);
        auto keysOf = [&](const PersonSet& set) {
            std::vector<std::int64_t> keys;
            set.forEach([&](std::size_t row) { keys.push_back(store.key(std::uint32_t(row))); });
            std::sort(keys.begin(), keys.end());
            return keys;
        };
        for (int s = 1; s <= int(query.steps.size()); ++s) {
            const PersonSet got = Funnel::reached(store, query, parallel, s);
            QCOMPARE(got.count(), std::size_t(result.steps[s - 1].persons));
            QCOMPARE(keysOf(got), ReferenceFunnel::reached(data, query, s));
            for (const FunnelGroup& g : result.groups) {
                const PersonSet inGroup = Funnel::reached(store, query, parallel, s, &g);
                QCOMPARE(inGroup.count(), std::size_t(g.steps[s - 1].persons));
                QCOMPARE(keysOf(inGroup), ReferenceFunnel::reached(data, query, s, &g));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 100);
}

void TestFunnel::reachedRefusesBadArguments()
{
    ReferenceData data;
    data.people = {{1, {{"country", "DE"}}, {}, false, PersonRecord::kNoDay},
                   {2, {{"country", "CN"}}, {}, false, PersonRecord::kNoDay},
                   {3, {{"country", "DE"}}, {}, false, PersonRecord::kNoDay}};
    data.activities = {{1, A, kOrigin, 0, 0, 0, 0}, {1, B, kOrigin + 5, 0, 0, 0, 0},
                       {2, A, kOrigin, 0, 0, 0, 0}, {2, B, kOrigin + 9, 0, 0, 0, 0},
                       {3, A, kOrigin, 0, 0, 0, 0}};
    const Store store = EngineTestData::build(data);
    const ParallelFor parallel(1);
    FunnelQuery q;
    q.steps = {step(A), step(B)};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Funnel::reached(store, q, parallel, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Funnel::reached(store, q, parallel, 3));
    FunnelGroup de{"DE", 0, {}};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Funnel::reached(store, q, parallel, 1, &de));
    q.breakdown = {FunnelBreakdown::Kind::Attribute, "country"};
    // Hand count: DE reached step 1 = {1, 3}, step 2 = {1}.
    QCOMPARE(Funnel::reached(store, q, parallel, 1, &de).count(), std::size_t(2));
    const PersonSet deep = Funnel::reached(store, q, parallel, 2, &de);
    QCOMPARE(deep.count(), std::size_t(1));
    QVERIFY(deep.contains(*store.rowOf(1)));
    // Only the people given count.
    PersonSet only(store.rowCount());
    only.insert(*store.rowOf(3));
    QCOMPARE(Funnel::reached(store, q, parallel, 1, &de, &only).count(), std::size_t(1));
    FunnelGroup nowhere{"FR", 0, {}};
    QVERIFY(Funnel::reached(store, q, parallel, 1, &nowhere).empty());
}

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
