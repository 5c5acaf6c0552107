// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Goals::progressAll: every goal's progress at once equals Goals::progress one by one, and
// the people counted equal a brute-force count over the resolved records.
#ifndef Q_MOC_RUN
#include "core/engine/Goals.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/ReferenceData.h"
#include "core/engine/SurveyResponses.h"
#include "tests/engine/EngineTestData.h"
#endif

#include <QTest>

#include <memory>
#include <random>
#include <set>

using namespace rapport::engine;
using namespace rapport::engine::test;

namespace {

/** Distinct resolved people with an activity of type (and campaign) dated in period. */
std::uint64_t reference(const std::vector<ReferenceData::Resolved>& people, std::int32_t type,
                        std::int64_t campaign, const DateRange& period)
{
    std::uint64_t n = 0;
    for (const ReferenceData::Resolved& r : people) {
        bool counted = false;
        for (const ActivityRecord& a : r.activities)
            counted = counted || (a.type == type && (campaign == 0 || a.campaign == campaign) &&
                                  period.contains(a.at));
        n += counted ? 1 : 0;
    }
    return n;
}

bool same(const GoalProgress& a, const GoalProgress& b)
{
    return a.metric == b.metric && a.target == b.target && a.value == b.value &&
           a.fraction == b.fraction && a.provenance == b.provenance;
}

} // namespace

class TestGoalsAll : public QObject
{
    Q_OBJECT

private slots:
    void handPicked();
    void againstOneByOneAndReference();
};

void TestGoalsAll::handPicked()
{
    ReferenceData data;
    const std::int64_t day = 86400;
    auto add = [&](std::int64_t person, std::int32_t type, std::int64_t at, std::int64_t campaign) {
        data.activities.push_back({person, type, at, campaign, 0, 0, 0});
    };
    add(1, 1, kOrigin, 3);           // attended, campaign 3, first day
    add(1, 1, kOrigin + day, 3);     // again: still one person
    add(2, 1, kOrigin + 2 * day, 4); // another campaign
    add(3, 1, kOrigin + 3 * day, 3); // the period's end is excluded
    add(3, 2, kOrigin, 3);           // another type
    data.typeNames = {{1, "attended"}, {2, "spoke"}};
    const Store store = EngineTestData::build(data);
    const DateRange period{kOrigin, kOrigin + 3 * day};
    const std::vector<Goal> goals = {{"attended", 4, period, 0},  {"attended", 2, period, 3},
                                     {"attended", 1, period, 99}, {"spoke", 1, period, 0},
                                     {"2", 1, period, 0},         {"nobody did this", 5, period, 0},
                                     {"advocates", 1, period, 0}, {"nps", 10, period, 0}};
    const std::vector<GoalProgress> all =
        Goals::progressAll(goals, store, nullptr, nullptr, ParallelFor(2));
    QCOMPARE(all.size(), goals.size());
    // "2" names nothing: type 2 has a name, so its key is not one.
    const std::vector<std::optional<double>> values = {2, 1, 0, 1, 0, 0, 0, std::nullopt};
    for (std::size_t i = 0; i < goals.size(); ++i) {
        QVERIFY2(all[i].value == values[i], goals[i].metric.c_str());
        QVERIFY(same(all[i], Goals::progress(goals[i], store, nullptr, nullptr, ParallelFor(1))));
    }
    QCOMPARE(*all[0].fraction, 0.5);
}

void TestGoalsAll::againstOneByOneAndReference()
{
    std::mt19937_64 rng(20261127);
    int compared = 0;
    std::vector<std::unique_ptr<ParallelFor>> pools;
    for (int threads : {1, 2, 5})
        pools.push_back(std::make_unique<ParallelFor>(threads));
    for (int d = 0; d < 120; ++d) {
        DataShape shape;
        shape.people = d % 60 == 58 ? 20000 : 40; // and two stores of several blocks
        shape.maxActivities = 12;
        shape.types = 4;
        shape.campaigns = 3;
        shape.tick = d % 2 ? 86400 : 3600;
        shape.merges = int(rng() % 4);
        ReferenceData data = EngineTestData::generate(rng, shape);
        data.typeNames = {{1, "attended"}, {2, "registered"}, {3, "spoke"}};
        const Store store =
            d % 5 == 4 ? EngineTestData::edit(data, rng) : EngineTestData::build(data);
        const std::vector<ReferenceData::Resolved> people = data.resolve();
        SurveyResponses responses;
        for (int i = 0; i < 20; ++i)
            responses.upsert({i + 1, 1 + std::int64_t(rng() % 30),
                              kOrigin + std::int64_t(rng() % std::uint64_t(shape.span)), 1,
                              std::int64_t(rng() % 3), int(rng() % 11), 1 + int(rng() % 5)});

        std::vector<Goal> goals;
        const char* metrics[] = {"attended", "registered", "spoke",     "4",
                                 "nps",      "csat",       "advocates", "never"};
        for (int g = 0; g < 12; ++g) {
            Goal goal;
            goal.metric = metrics[rng() % std::size(metrics)];
            goal.target = double(rng() % 20);
            if (rng() % 4) {
                goal.period.from = kOrigin + std::int64_t(rng() % std::uint64_t(shape.span));
                goal.period.to = goal.period.from + std::int64_t(rng() % std::uint64_t(shape.span));
            }
            if (rng() % 3 == 0)
                goal.campaign = std::int64_t(rng() % 5); // 4: a campaign without activities
            goals.push_back(goal);
        }
        std::vector<GoalProgress> oneByOne;
        for (const Goal& goal : goals)
            oneByOne.push_back(Goals::progress(goal, store, &responses, nullptr, *pools[0]));
        for (const auto& pool : pools) {
            const int threads = pool->threads();
            const std::vector<GoalProgress> all =
                Goals::progressAll(goals, store, &responses, nullptr, *pool);
            for (std::size_t g = 0; g < goals.size(); ++g) {
                const GoalProgress& one = oneByOne[g];
                if (!same(all[g], one))
                    QFAIL(qPrintable(
                        QStringLiteral("dataset %1 goal %2 (%3) threads %4: %5, one by one %6")
                            .arg(d)
                            .arg(g)
                            .arg(QString::fromStdString(goals[g].metric))
                            .arg(threads)
                            .arg(all[g].value.value_or(-1))
                            .arg(one.value.value_or(-1))));
                const std::int32_t type = goals[g].metric == std::string("attended")     ? 1
                                          : goals[g].metric == std::string("registered") ? 2
                                          : goals[g].metric == std::string("spoke")      ? 3
                                          : goals[g].metric == std::string("4")          ? 4
                                                                                         : 0;
                if (type != 0 && store.types().find(type))
                    QCOMPARE(*all[g].value,
                             double(reference(people, type, goals[g].campaign, goals[g].period)));
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 120 * 3 * 12);
}

QTEST_GUILESS_MAIN(TestGoalsAll)
#include "tst_goals_all.moc"
