// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engagement.h"
#include "core/engine/LevelCache.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/PersonSet.h"
#include "core/engine/ReferenceEngagement.h"
#include "tests/engine/EngineTestData.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace rapport::engine;
using namespace rapport::engine::test;

namespace {
constexpr std::int64_t kDay = 86400;

bool nearThreshold(double score, const EngagementQuery& q)
{
    for (double t : q.thresholds) // weights are ≥ 0: every score reaches a threshold of 0
        if (t > 0 && std::abs(score - t) <= 1e-9 * std::max(1.0, std::abs(t)))
            return true;
    return false;
}

EngagementQuery randomQuery(std::mt19937_64& rng, const DataShape& shape)
{
    EngagementQuery q;
    if (rng() % 2) {
        q.weights = {{"registered", double(rng() % 5)}, {"attended", 0.5 * double(rng() % 9)},
                     {"4", 7}, {"spoke", 10}};
        q.otherWeight = double(rng() % 3) * 0.25;
    }
    const std::int64_t halfLives[] = {1, 3600, 7 * kDay, 30 * kDay, 90 * kDay, 400 * kDay};
    q.halfLife = halfLives[rng() % 6];
    double t = double(rng() % 4);
    for (double& threshold : q.thresholds) {
        t += 0.5 * double(rng() % 12);
        threshold = t;
    }
    q.asOf = kOrigin - kDay + std::int64_t(rng() % std::uint64_t(shape.span + 2 * kDay));
    if (rng() % 3 == 0) // exactly at an activity's time (ties at age 0)
        q.asOf = kOrigin + std::int64_t(rng() % std::uint64_t(shape.span / shape.tick)) * shape.tick;
    if (rng() % 4 == 0)
        q.people.attributes.push_back({"country", {"日本", "Deutschland", ""}, rng() % 2 == 0});
    if (rng() % 5 == 0)
        q.people.internal = false;
    return q;
}
} // namespace

class TestEngagement : public QObject
{
    Q_OBJECT

private slots:
    void handComputed();
    void invalidQueries();
    void againstReference_data();
    void againstReference();
    void cacheFollowsEditsAndFilters();
    void changesFromComputedLevels();
};

void TestEngagement::handComputed()
{
    const std::int64_t asOf = kOrigin + 10 * kDay;
    ReferenceData data;
    data.typeNames = {{1, "attended"}, {2, "spoke"}, {3, "invited"}};
    auto add = [&](std::int64_t person, std::int32_t type, std::int64_t at) {
        data.activities.push_back({person, type, at, 0, 0, 0, 0});
    };
    add(1, 1, asOf);           // 3
    add(1, 2, asOf - kDay);    // 10 × 0.5 = 5 → 8 exactly: Contributor
    add(2, 1, asOf + 1);       // after the as-of time: ignored → Observer
    add(2, 3, asOf - 5);       // invited weighs 0
    add(3, 2, asOf);           // 10
    add(3, 2, asOf - 2 * kDay); // 2.5 → 12.5: Contributor
    for (int i = 0; i < 4; ++i)
        add(4, 2, asOf - i * 3600); // ≈ 38: Advocate
    add(5, 1, asOf - 3 * kDay);     // 0.375: Observer
    add(6, 1, asOf - kDay);         // 1.5 + 1.5 = 3: Participant
    add(6, 1, asOf - kDay);
    Store store = EngineTestData::build(data);
    EngagementQuery q;
    q.halfLife = kDay;
    q.thresholds = {2, 8, 20};
    q.asOf = asOf;
    QCOMPARE(Engagement::score(store, q, *store.rowOf(1)), 8.0);
    QCOMPARE(Engagement::score(store, q, *store.rowOf(2)), 0.0);
    QCOMPARE(Engagement::score(store, q, *store.rowOf(3)), 12.5);
    QCOMPARE(Engagement::score(store, q, *store.rowOf(5)), 0.375);
    const EngagementResult r = Engagement::compute(store, q, ParallelFor(2));
    QCOMPARE(r.levels, (std::array<std::uint64_t, 4>{2, 1, 2, 1}));
    QCOMPARE(r.levelByRow.size(), store.rowCount());
    QCOMPARE(r.levelByRow[*store.rowOf(4)], std::uint8_t(EngagementLevel::Advocate));
    QCOMPARE(r.provenance.snapshotId, store.snapshotId());

    // The levels go into the store, and audiences filter by them.
    store.setLevels(r.levelByRow);
    PersonFilter contributors;
    contributors.minLevel = std::uint8_t(EngagementLevel::Contributor);
    QCOMPARE(contributors.compile(store).count(), std::size_t(3));

    // A day earlier: person 1 had only the talk at age 0 (10: Contributor); 3 had 5 (Participant).
    const LevelChanges c = Engagement::changes(store, q, asOf - kDay, asOf, ParallelFor(3));
    QCOMPARE(c.transitions[1][2], 1u); // person 3: 5 → 12.5
    QCOMPARE(c.transitions[0][3], 1u); // person 4: nothing yet → ≈ 38
    QCOMPARE(c.transitions[1][1], 1u); // person 6: 6 → 3, still Participant
    QCOMPARE(c.transitions[2][2], 1u); // person 1: 10 → 8
    QCOMPARE(c.transitions[0][0], 2u); // persons 2 and 5
    QCOMPARE(c.promoted, 2u);
    QCOMPARE(c.promotedKeys, (std::vector<std::int64_t>{3, 4}));
    QCOMPARE(c.demoted, 0u);
}

void TestEngagement::invalidQueries()
{
    const Store store;
    EngagementQuery q;
    q.halfLife = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Engagement::compute(store, q, ParallelFor(1)));
    q.halfLife = kDay;
    q.thresholds = {5, 4, 6};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Engagement::compute(store, q, ParallelFor(1)));
    q.thresholds = {1, 1, 1};
    QCOMPARE(Engagement::compute(store, q, ParallelFor(2)).levels, (std::array<std::uint64_t, 4>{}));
}

void TestEngagement::againstReference_data()
{
    QTest::addColumn<int>("datasets");
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("maxActivities");
    QTest::addColumn<qint64>("tick");
    QTest::addColumn<int>("merges");
    QTest::newRow("ties") << 300 << 20 << 12 << qint64(kDay) << 0;
    QTest::newRow("hours") << 300 << 20 << 15 << qint64(3600) << 3;
    QTest::newRow("seconds") << 200 << 15 << 20 << qint64(1) << 2;
    QTest::newRow("many blocks") << 4 << 20000 << 4 << qint64(600) << 30;
}

void TestEngagement::againstReference()
{
    QFETCH(int, datasets);
    QFETCH(int, people);
    QFETCH(int, maxActivities);
    QFETCH(qint64, tick);
    QFETCH(int, merges);
    std::mt19937_64 rng(4242 + std::uint64_t(people) + std::uint64_t(tick));
    DataShape shape;
    shape.people = people;
    shape.maxActivities = maxActivities;
    shape.types = 5;
    shape.tick = tick;
    shape.span = 100 * kDay;
    shape.merges = merges;
    int borderline = 0, compared = 0;
    for (int d = 0; d < datasets; ++d) {
        ReferenceData data = EngineTestData::generate(rng, shape);
        data.typeNames[2] = "attended";
        data.typeNames[3] = "spoke";
        const Store store = d % 5 == 4 ? EngineTestData::edit(data, rng) : EngineTestData::build(data);
        for (int qi = 0; qi < 2; ++qi) {
            const EngagementQuery q = randomQuery(rng, shape);
            const auto reference = ReferenceEngagement::persons(data, q, q.asOf);
            const EngagementResult first = Engagement::compute(store, q, ParallelFor(1));
            std::array<std::uint64_t, 4> expected{};
            bool exact = true;
            for (const auto& [key, p] : reference) {
                const auto row = store.rowOf(key);
                QVERIFY(row && store.isCounted(*row));
                // score() builds its decay tables per call: sample the people of big stores.
                const bool sampled = people < 1000 || key % 97 == 0;
                const double score = sampled ? Engagement::score(store, q, *row) : p.score;
                if (std::abs(score - p.score) > 1e-11 * std::max(1.0, p.score))
                    QFAIL(qPrintable(QStringLiteral("dataset %1 person %2: score %3, reference %4")
                                         .arg(d).arg(key).arg(score, 0, 'g', 17).arg(p.score, 0, 'g', 17)));
                if (nearThreshold(p.score, q) && !(sampled && score == p.score)) {
                    exact = false; // rounding may decide the level
                    ++borderline;
                    continue;
                }
                QCOMPARE(first.levelByRow[*row], p.level);
                expected[p.level] += p.counted;
            }
            if (exact) {
                QCOMPARE(first.levels, expected);
                ++compared;
            }
            for (int threads : {2, 3, 8}) {
                const EngagementResult again = Engagement::compute(store, q, ParallelFor(threads));
                QCOMPARE(again.levels, first.levels);
                QVERIFY(again.levelByRow == first.levelByRow);
                if (people > 1000)
                    break;
            }
            // Promotions and demotions between two times.
            const std::int64_t from = q.asOf - std::int64_t(rng() % std::uint64_t(30 * kDay));
            const auto before = ReferenceEngagement::persons(data, q, from);
            bool clear = exact;
            for (const auto& [key, p] : before)
                clear = clear
                        && (!nearThreshold(p.score, q)
                            || Engagement::score(store, {q.weights, q.otherWeight, q.halfLife,
                                                         q.thresholds, from, q.people},
                                                 *store.rowOf(key))
                                   == p.score);
            const LevelChanges changes = Engagement::changes(store, q, from, q.asOf, ParallelFor(2));
            if (clear) {
                const LevelChanges ref = ReferenceEngagement::changes(data, q, from, q.asOf, store.snapshotId());
                QCOMPARE(changes.transitions, ref.transitions);
                QCOMPARE(changes.promoted, ref.promoted);
                QCOMPARE(changes.demoted, ref.demoted);
                QCOMPARE(changes.promotedKeys, ref.promotedKeys);
                QCOMPARE(changes.provenance, ref.provenance);
            }
            QVERIFY(changes == Engagement::changes(store, q, from, q.asOf, ParallelFor(3)));
        }
    }
    qInfo("%d of %d queries compared in full; %d scores within 1e-9 of a threshold and not bit-equal",
          compared, 2 * datasets, borderline);
    QVERIFY(compared > datasets);
}

void TestEngagement::cacheFollowsEditsAndFilters()
{
    std::mt19937_64 rng(77);
    DataShape shape;
    shape.people = 30000; // four blocks
    shape.maxActivities = 6;
    shape.types = 5;
    shape.tick = 3600;
    shape.span = 200 * kDay;
    ReferenceData data = EngineTestData::generate(rng, shape);
    data.typeNames[2] = "attended";
    data.typeNames[3] = "spoke";
    Store store = EngineTestData::build(data);
    QVERIFY(store.blockCount() >= 4);
    const ParallelFor parallel(2);
    EngagementQuery q;
    q.asOf = kOrigin + 150 * kDay;
    q.thresholds = {1, 3, 6};
    LevelCache cache;
    EngagementResult cached;
    auto check = [&](std::size_t recomputed) {
        cached = Engagement::compute(store, q, parallel, cache);
        QCOMPARE(cache.lastRecomputedBlocks(), recomputed);
        QVERIFY(cached == Engagement::compute(store, q, parallel));
    };
    check(store.blockCount());
    const EngagementResult all = cached;
    QVERIFY(all.levels[1] > 0 && all.levels[2] > 0);
    // A filter change rescores nobody, and counts only the people passing it.
    q.people.attributes.push_back({"country", {"日本"}, false});
    check(0);
    const EngagementResult japan = cached;
    QVERIFY(japan.levels[0] + japan.levels[1] + japan.levels[2] + japan.levels[3]
            < all.levels[0] + all.levels[1] + all.levels[2] + all.levels[3]);
    QVERIFY(japan.levelByRow == all.levelByRow);
    // Writing the levels into the store keeps them; one added activity rescores one block.
    store.setLevels(all.levelByRow);
    check(0);
    std::uint32_t row = std::uint32_t(store.rowCount() - 1);
    while (!store.isCounted(row))
        --row;
    const std::int64_t someone = store.key(row);
    for (int i = 0; i < 5; ++i)
        store.addActivity({someone, 3, q.asOf - i * 3600, 0, 0, 0, 0}); // "spoke" ×5
    check(1);
    const EngagementResult after = cached;
    QCOMPARE(after.levelByRow[row], std::uint8_t(EngagementLevel::Advocate));
    // Other scoring parameters start over.
    q.halfLife = 30 * kDay;
    check(store.blockCount());
    q.people = PersonFilter();
    check(0);
    store.removePerson(someone);
    check(1);
}

void TestEngagement::changesFromComputedLevels()
{
    std::mt19937_64 rng(9090);
    DataShape shape;
    shape.people = 60;
    shape.maxActivities = 15;
    shape.types = 5;
    shape.tick = 3600;
    shape.span = 120 * kDay;
    shape.merges = 3;
    const ParallelFor parallel(2);
    int compared = 0;
    std::uint64_t promoted = 0, demoted = 0;
    for (int d = 0; d < 120; ++d) {
        ReferenceData data = EngineTestData::generate(rng, shape);
        data.typeNames[2] = "attended";
        data.typeNames[3] = "spoke";
        const Store store =
            d % 4 == 3 ? EngineTestData::edit(data, rng) : EngineTestData::build(data);
        EngagementQuery q = randomQuery(rng, shape);
        const std::int64_t from = q.asOf - std::int64_t(rng() % std::uint64_t(40 * kDay));
        const PersonSet people = q.people.compile(store);
        EngagementQuery atFrom = q;
        atFrom.asOf = from;
        LevelCache cache;
        const EngagementResult before = Engagement::compute(store, atFrom, parallel, cache);
        const EngagementResult after = Engagement::compute(store, q, parallel);
        const LevelChanges fromLevels =
            Engagement::changes(store, people, before.levelByRow, after.levelByRow);
        const LevelChanges direct = Engagement::changes(store, q, from, q.asOf, parallel);
        QCOMPARE(fromLevels.transitions, direct.transitions);
        QCOMPARE(fromLevels.promoted, direct.promoted);
        QCOMPARE(fromLevels.demoted, direct.demoted);
        QCOMPARE(fromLevels.promotedKeys, direct.promotedKeys);
        QVERIFY(fromLevels.provenance.definition.empty());
        promoted += fromLevels.promoted;
        demoted += fromLevels.demoted;
        // And by brute force, where no score is a hair from a threshold.
        const auto then = ReferenceEngagement::persons(data, q, from);
        const auto now = ReferenceEngagement::persons(data, q, q.asOf);
        bool clear = true;
        for (const auto& [key, p] : then)
            clear = clear && !nearThreshold(p.score, q) && !nearThreshold(now.at(key).score, q);
        if (!clear)
            continue;
        const LevelChanges ref = ReferenceEngagement::changes(data, q, from, q.asOf, 0);
        QCOMPARE(fromLevels.transitions, ref.transitions);
        QCOMPARE(fromLevels.promotedKeys, ref.promotedKeys);
        ++compared;
    }
    QVERIFY(compared > 60);
    QVERIFY(promoted > 0 && demoted > 0);
    // Levels for fewer rows than the store holds are refused.
    const Store store = EngineTestData::build(EngineTestData::generate(rng, shape));
    const std::vector<std::uint8_t> none;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             Engagement::changes(store, store.countedPeople(), none, none));
}

QTEST_GUILESS_MAIN(TestEngagement)
#include "tst_engagement.moc"
