// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Goals::progress over many goals at once equals the goals computed one by one (which go
// through GroupBy), on generated data of several shapes.
#include <QTest>

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse the C++20 library headers
#include "EngineTestData.h"

#include "core/engine/Goals.h"
#include "core/engine/ParallelFor.h"
#endif

using namespace rapport::engine;
using namespace rapport::engine::test;

class TestGoals : public QObject
{
    Q_OBJECT

private slots:
    void batchEqualsOneByOne_data();
    void batchEqualsOneByOne();
};

void TestGoals::batchEqualsOneByOne_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("merges");
    QTest::addColumn<int>("seed");
    QTest::newRow("small") << 30 << 0 << 1;
    QTest::newRow("merged") << 200 << 20 << 2;
    QTest::newRow("two blocks") << 9000 << 50 << 3;
}

void TestGoals::batchEqualsOneByOne()
{
    QFETCH(int, people);
    QFETCH(int, merges);
    QFETCH(int, seed);
    std::mt19937_64 rng{std::uint64_t(seed)};
    DataShape shape;
    shape.people = people;
    shape.merges = merges;
    shape.types = 5;
    shape.campaigns = 4;
    const ReferenceData data = EngineTestData::generate(rng, shape);
    const Store store = EngineTestData::build(data);
    std::vector<Goal> goals;
    for (int i = 0; i < 40; ++i) {
        Goal g;
        // Types by name ("registered") and key text, one that does not exist, and "reach"
        // (no content: no value), mixed with and without campaigns (one unknown).
        const int kind = int(rng() % 8);
        g.metric = kind == 0 ? "registered" : kind == 1 ? "nonexistent" : kind == 2 ? "reach"
                                                                         : std::to_string(1 + rng() % 5);
        g.target = double(1 + rng() % 20);
        g.campaign = rng() % 3 == 0 ? 0 : std::int64_t(rng() % 6); // 5 is unknown
        const std::int64_t from = kOrigin + std::int64_t(rng() % 30) * 86400;
        g.period = rng() % 5 == 0 ? DateRange{} : DateRange{from, from + std::int64_t(1 + rng() % 20) * 86400};
        goals.push_back(g);
    }
    const ParallelFor parallel(2);
    const std::vector<GoalProgress> batch = Goals::progressAll(goals, store, nullptr, nullptr, parallel);
    QCOMPARE(batch.size(), goals.size());
    bool someCounted = false;
    for (std::size_t i = 0; i < goals.size(); ++i) {
        const GoalProgress one = Goals::progress(goals[i], store, nullptr, nullptr, parallel);
        QCOMPARE(batch[i].metric, one.metric);
        QCOMPARE(batch[i].value, one.value);
        QCOMPARE(batch[i].fraction, one.fraction);
        QCOMPARE(batch[i].provenance.parameters, one.provenance.parameters);
        QCOMPARE(batch[i].provenance.definition, one.provenance.definition);
        someCounted = someCounted || one.value.value_or(0) > 0;
    }
    QVERIFY(someCounted);
}

QTEST_GUILESS_MAIN(TestGoals)
#include "tst_goals.moc"
