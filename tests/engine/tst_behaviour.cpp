// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Behaviour conditions of audiences against a brute-force reference.
#ifndef Q_MOC_RUN
#include "core/engine/Behaviour.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/ReferenceData.h"
#include "tests/engine/EngineTestData.h"
#endif

#include <QTest>

#include <limits>
#include <random>
#include <set>

using namespace rapport::engine;
using namespace rapport::engine::test;

namespace {

/** The keys whose resolved activities have ≥ minCount matches in [from, to]. */
std::set<std::int64_t> reference(const std::vector<ReferenceData::Resolved>& people,
                                 const BehaviourQuery& q)
{
    std::set<std::int64_t> keys;
    for (const ReferenceData::Resolved& r : people) {
        std::uint32_t n = 0;
        for (const ActivityRecord& a : r.activities)
            n += a.at >= q.from && a.at <= q.to && q.activities.matches(a) ? 1 : 0;
        if (n >= q.minCount)
            keys.insert(r.person.key);
    }
    return keys;
}

std::set<std::int64_t> keysOf(const Store& store, const PersonSet& set)
{
    std::set<std::int64_t> keys;
    set.forEach(0, set.rows(),
                [&](std::size_t row) { keys.insert(store.key(std::uint32_t(row))); });
    return keys;
}

} // namespace

class TestBehaviour : public QObject
{
    Q_OBJECT

private slots:
    void handPicked();
    void againstReference();
};

void TestBehaviour::handPicked()
{
    ReferenceData data;
    const std::int64_t day = 86400, now = kOrigin + 100 * day;
    auto add = [&](std::int64_t person, std::int32_t type, std::int64_t at,
                   std::int64_t campaign = 0) {
        data.activities.push_back({person, type, at, campaign, 0, 0, 0});
    };
    add(1, 1, now - 10 * day); // attended twice in the last 90 days
    add(1, 1, now - 89 * day);
    add(2, 1, now - 10 * day); // once in, once out of the window
    add(2, 1, now - 91 * day);
    add(3, 1, now - 90 * day); // exactly at the window's start, twice (inclusive)
    add(3, 1, now - 90 * day, 7);
    add(4, 2, now - 1 * day); // another type
    add(4, 2, now - 2 * day);
    const Store store = EngineTestData::build(data);
    BehaviourQuery q;
    q.activities.type = 1;
    q.minCount = 2;
    q.from = now - 90 * day;
    q.to = now;
    QCOMPARE(keysOf(store, Behaviour::people(store, q, ParallelFor(2))),
             (std::set<std::int64_t>{1, 3}));
    q.activities.campaigns = {7};
    q.minCount = 1;
    QCOMPARE(keysOf(store, Behaviour::people(store, q, ParallelFor(2))),
             (std::set<std::int64_t>{3}));
    q.minCount = 0; // at least none: everyone
    QCOMPARE(Behaviour::people(store, q, ParallelFor(1)).count(), store.personCount());
}

void TestBehaviour::againstReference()
{
    std::mt19937_64 rng(20261126);
    int compared = 0;
    for (int d = 0; d < 300; ++d) {
        DataShape shape;
        shape.people = d % 100 == 98 ? 20000 : 30; // and three stores of several blocks
        shape.maxActivities = 12;
        shape.types = 3;
        shape.tick = d % 2 ? 86400 : 3600;
        shape.merges = int(rng() % 4);
        const ReferenceData data = EngineTestData::generate(rng, shape);
        const Store store =
            d % 5 == 4 ? EngineTestData::edit(data, rng) : EngineTestData::build(data);
        const std::vector<ReferenceData::Resolved> people = data.resolve();
        for (int qi = 0; qi < 3; ++qi) {
            BehaviourQuery q;
            if (rng() % 4)
                q.activities.type = std::int32_t(1 + rng() % 3);
            if (rng() % 4 == 0)
                q.activities.campaigns = {std::int64_t(rng() % 4)};
            q.minCount = std::uint32_t(rng() % 4);
            if (rng() % 3) {
                q.from = kOrigin + std::int64_t(rng() % std::uint64_t(shape.span));
                q.to = q.from + std::int64_t(rng() % std::uint64_t(shape.span));
            }
            const auto expected = reference(people, q);
            for (int threads : {1, 2, 5}) {
                const auto got = keysOf(store, Behaviour::people(store, q, ParallelFor(threads)));
                if (got != expected)
                    QFAIL(qPrintable(
                        QStringLiteral("dataset %1 query %2 threads %3: %4 people, reference %5")
                            .arg(d)
                            .arg(qi)
                            .arg(threads)
                            .arg(got.size())
                            .arg(expected.size())));
            }
            ++compared;
        }
    }
    QCOMPARE(compared, 900);
}

QTEST_GUILESS_MAIN(TestBehaviour)
#include "tst_behaviour.moc"
