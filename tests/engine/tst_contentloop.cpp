// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/engine/ContentLoop.h"
#include "core/engine/Engagement.h"
#include "core/engine/Goals.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/ReferenceContentLoop.h"
#include "core/engine/SurveyResponses.h"
#include "tests/engine/EngineTestData.h"

#include <random>

using namespace rapport::engine;
using namespace rapport::engine::test;

namespace {
constexpr std::int64_t kDay = 86400;

ContentLoopData handData()
{
    ContentLoopData d;
    d.pieces = {{10, 1, {1, 2}}, {11, 1, {1}}, {12, 0, {3}}};
    d.snapshots = {{10, kOrigin, {100, 50, 5, 2, 7}},
                   {10, kOrigin + 10 * kDay, {300, 120, 9, 4, 20}},
                   {11, kOrigin + 5 * kDay, {40, 20, 1, 0, 3}},
                   {12, kOrigin + 20 * kDay, {1000, 10, 0, 0, 0}},
                   {13, kOrigin, {5, 0, 0, 0, 0}}}; // a piece not listed
    d.links = {{10, 11, 12}, {10, 12, 3}, {10, 11, 8}, {11, 10, 20}};
    d.rewards = {{1, 50, kOrigin + kDay, 1, 10},
                 {2, 25.5, kOrigin + 2 * kDay, 0, 0},
                 {3, 100, kOrigin + 40 * kDay, 0, 0},
                 {0, 10, kOrigin + kDay, 0, 0}};
    return d;
}
} // namespace

class TestContentLoop : public QObject
{
    Q_OBJECT

private slots:
    void reach_data();
    void reach();
    void onwardClicks();
    void rewardCostHandComputed();
    void goals();
    void campaignGoals();
    void rewardCostAgainstReference();
    void activationsHandCounted();
    void activationsAgainstReference();
};

void TestContentLoop::reach_data()
{
    QTest::addColumn<int>("by");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QList<qint64>>("keys");
    QTest::addColumn<QList<qint64>>("views");
    QTest::addColumn<qint64>("total");
    const qint64 all0 = std::numeric_limits<qint64>::min(), all1 = std::numeric_limits<qint64>::max();
    QTest::newRow("pieces, all time") << 0 << all0 << all1 << QList<qint64>{10, 11, 12, 13}
                                      << QList<qint64>{300, 40, 1000, 5} << qint64(1345);
    QTest::newRow("authors, all time") << 1 << all0 << all1 << QList<qint64>{1, 2, 3}
                                       << QList<qint64>{340, 300, 1000} << qint64(1345);
    QTest::newRow("series, all time") << 2 << all0 << all1 << QList<qint64>{1}
                                      << QList<qint64>{340} << qint64(1345);
    // [origin + 1 s, origin + 10 days]: piece 10 gains 300 − 100, 11 gains 40, 12 nothing yet.
    QTest::newRow("pieces, range") << 0 << qint64(kOrigin + 1) << qint64(kOrigin + 10 * kDay + 1)
                                   << QList<qint64>{10, 11, 12, 13} << QList<qint64>{200, 40, 0, 0}
                                   << qint64(240);
    // A range ending exactly at a snapshot excludes it.
    QTest::newRow("end exclusive") << 0 << all0 << qint64(kOrigin + 10 * kDay)
                                   << QList<qint64>{10, 11, 12, 13} << QList<qint64>{100, 40, 0, 5}
                                   << qint64(145);
}

void TestContentLoop::reach()
{
    QFETCH(int, by);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QList<qint64>, keys);
    QFETCH(QList<qint64>, views);
    QFETCH(qint64, total);
    const ContentLoop loop(handData());
    const ContentReachResult r = loop.reach(ContentLoop::ReachBy(by), DateRange{from, to});
    QCOMPARE(r.rows.size(), std::size_t(keys.size()));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(r.rows[std::size_t(i)].key, keys[i]);
        QCOMPARE(r.rows[std::size_t(i)].metrics.views, views[i]);
    }
    QCOMPARE(r.total.views, total);
    QVERIFY(!r.provenance.definition.empty());
}

void TestContentLoop::onwardClicks()
{
    const OnwardClicksResult r = ContentLoop(handData()).onwardClicks();
    QCOMPARE(r.links, (std::vector<ContentLink>{{10, 11, 20}, {11, 10, 20}, {10, 12, 3}}));
}

void TestContentLoop::rewardCostHandComputed()
{
    ReferenceData data;
    data.typeNames = {{1, "attended"}, {2, "posted"}, {3, "spoke"}};
    data.people.push_back({1, {{"country", "中国"}}, {}, false, PersonRecord::kNoDay});
    data.people.push_back({2, {{"country", "US"}}, {}, false, PersonRecord::kNoDay});
    data.people.push_back({3, {}, {}, false, PersonRecord::kNoDay});
    data.activities = {{1, 1, kOrigin, 1, 0, 0, 0},          {1, 3, kOrigin + kDay, 0, 0, 0, 0},
                       {2, 2, kOrigin, 0, 0, 0, 0},          {3, 3, kOrigin + 30 * kDay, 0, 0, 0, 0},
                       {3, 1, kOrigin + 40 * kDay, 0, 0, 0, 0}};
    const Store store = EngineTestData::build(data);
    const ContentLoop loop(handData());
    RewardCostQuery q;
    q.period = {kOrigin, kOrigin + 10 * kDay};
    // Rewards 50 + 25.5 + 10 (anonymous) in the period; activated: person 1 only.
    RewardCost r = loop.rewardCost(store, q, ParallelFor(2));
    QCOMPARE(r.rewards, 3u);
    QCOMPARE(r.rewardValue, 85.5);
    QCOMPARE(r.activated, 1u);
    QCOMPARE(*r.costPerActivation, 85.5);
    QCOMPARE(r, ReferenceContentLoop::rewardCost(data, handData().rewards, q, store.snapshotId()));
    q.period = {kOrigin + 50 * kDay, kOrigin + 60 * kDay}; // nobody activated
    r = loop.rewardCost(store, q, ParallelFor(1));
    QCOMPARE(r.activated, 0u);
    QVERIFY(!r.costPerActivation);
    q.period = {};
    q.people.attributes.push_back({"country", {"中国"}, false});
    r = loop.rewardCost(store, q, ParallelFor(3));
    QCOMPARE(r.rewardValue, 50.0);
    QCOMPARE(*r.costPerActivation, 50.0);
}

void TestContentLoop::goals()
{
    ReferenceData data;
    data.typeNames = {{1, "attended"}, {2, "spoke"}};
    for (std::int64_t p = 1; p <= 4; ++p)
        data.activities.push_back({p, 1, kOrigin + p * kDay, 0, 0, 0, 0});
    data.activities.push_back({1, 1, kOrigin + 2 * kDay, 0, 0, 0, 0});
    for (int i = 0; i < 6; ++i)
        data.activities.push_back({1, 2, kOrigin + 9 * kDay, 0, 0, 0, 0});
    Store store = EngineTestData::build(data);
    EngagementQuery eq;
    eq.asOf = kOrigin + 10 * kDay;
    store.setLevels(Engagement::compute(store, eq, ParallelFor(2)).levelByRow);
    SurveyResponses responses;
    responses.upsert({1, 1, kOrigin, 1, 0, 10, 5});
    responses.upsert({2, 2, kOrigin, 1, 0, 5, 2});
    responses.upsert({3, 0, kOrigin + 30 * kDay, 1, 0, 9, 4});
    const ContentLoop loop(handData());
    const DateRange period{kOrigin, kOrigin + 3 * kDay};
    struct Case
    {
        const char* metric;
        double target;
        std::optional<double> value;
    };
    const Case cases[] = {{"attended", 4, 2},        // persons 1 and 2 (1 twice)
                          {"spoke", 1, 0},           // outside the period
                          {"nps", 50, 0},            // one promoter, one detractor
                          {"csat", 0.8, 0.5},
                          {"advocates", 2, 1},       // person 1: 6 talks
                          {"reach", 100, 105},       // snapshots dated at the period start: 100 + 5
                          {"nobody did this", 5, 0}};
    const ParallelFor parallel(2);
    for (const Case& c : cases) {
        const GoalProgress g = Goals::progress({c.metric, c.target, period}, store, &responses,
                                               &loop, parallel);
        QVERIFY2(g.value == c.value, c.metric);
        QCOMPARE(*g.fraction, *c.value / c.target);
        QCOMPARE(g.provenance.snapshotId, store.snapshotId());
    }
    const GoalProgress noData = Goals::progress({"nps", 50, period}, store, nullptr, nullptr, parallel);
    QVERIFY(!noData.value && !noData.fraction);
    const GoalProgress reach = Goals::progress({"reach", 1000, {}}, store, nullptr, nullptr, parallel);
    QVERIFY(!reach.value);
}

void TestContentLoop::campaignGoals()
{
    ReferenceData data;
    data.typeNames = {{1, "attended"}};
    // Persons 1–3 attend campaign 7, persons 3–4 campaign 8, person 5 no campaign.
    for (std::int64_t p = 1; p <= 3; ++p)
        data.activities.push_back({p, 1, kOrigin + p * kDay, 7, 0, 0, 0});
    data.activities.push_back({3, 1, kOrigin + 2 * kDay, 8, 0, 0, 0});
    data.activities.push_back({4, 1, kOrigin + 2 * kDay, 8, 0, 0, 0});
    data.activities.push_back({5, 1, kOrigin + 2 * kDay, 0, 0, 0, 0});
    data.activities.push_back({1, 1, kOrigin + 40 * kDay, 8, 0, 0, 0}); // after the period
    const Store store = EngineTestData::build(data);
    SurveyResponses responses;
    responses.upsert({1, 1, kOrigin, 1, 7, 10, 5}); // campaign 7: a promoter
    responses.upsert({2, 2, kOrigin, 2, 8, 3, 1});  // campaign 8: a detractor
    const DateRange period{kOrigin, kOrigin + 10 * kDay};
    const ParallelFor parallel(2);
    const auto value = [&](const char* metric, std::int64_t campaign) {
        return Goals::progress({metric, 1, period, campaign}, store, &responses, nullptr, parallel)
            .value;
    };
    QCOMPARE(value("attended", 0), std::optional<double>(5));
    QCOMPARE(value("attended", 7), std::optional<double>(3));
    QCOMPARE(value("attended", 8), std::optional<double>(2));
    QCOMPARE(value("attended", 9), std::optional<double>(0));
    QCOMPARE(value("nps", 0), std::optional<double>(0));
    QCOMPARE(value("nps", 7), std::optional<double>(100));
    QCOMPARE(value("nps", 8), std::optional<double>(-100));
    QCOMPARE(value("csat", 7), std::optional<double>(1));
    QVERIFY(!value("nps", 9));
}

void TestContentLoop::rewardCostAgainstReference()
{
    std::mt19937_64 rng(515);
    DataShape shape;
    shape.people = 25;
    shape.types = 5;
    shape.merges = 2;
    for (int d = 0; d < 800; ++d) {
        ReferenceData data = EngineTestData::generate(rng, shape);
        data.typeNames = {{1, "attended"}, {2, "posted"}, {3, "spoke"}, {4, "authored"}};
        const Store store = EngineTestData::build(data);
        ContentLoopData content;
        for (int i = 0; i < 30; ++i) {
            const std::int64_t person = rng() % 5 == 0 ? 0 : std::int64_t(1 + rng() % 30);
            content.rewards.push_back({person, double(rng() % 40) * 0.25,
                                       kOrigin + std::int64_t(rng() % std::uint64_t(shape.span)),
                                       std::int64_t(rng() % 4), 0});
        }
        const ContentLoop loop(content);
        RewardCostQuery q;
        if (rng() % 3) {
            q.period.from = kOrigin + std::int64_t(rng() % std::uint64_t(shape.span / 2));
            q.period.to = q.period.from + std::int64_t(rng() % std::uint64_t(shape.span));
        }
        if (rng() % 3 == 0)
            q.activationTypes = {"posted", "5"};
        if (rng() % 4 == 0)
            q.campaigns = {0, 2};
        if (rng() % 4 == 0)
            q.people.attributes.push_back({"country", {"中国", "Österreich", ""}, rng() % 2 == 0});
        const RewardCost expected = ReferenceContentLoop::rewardCost(data, content.rewards, q,
                                                                     store.snapshotId());
        for (int threads : {1, 2, 3, 8})
            QCOMPARE(loop.rewardCost(store, q, ParallelFor(threads)), expected);
    }
}

void TestContentLoop::activationsHandCounted()
{
    // Types: 1 attended, 2 commented, 3 shared, 4 authored. Pieces 10 (series 1, authors 1
    // and 2), 11 (series 1, author 1), 12 (author 3); links 10 → 11, 10 → 12, 11 → 10, 12 → 12.
    ReferenceData data;
    data.typeNames = {{1, "attended"}, {2, "commented"}, {3, "shared"}, {4, "authored"}};
    for (std::int64_t p = 1; p <= 8; ++p)
        data.people.push_back({p, {{"country", p == 8 ? "中国" : "US"}}, {}, false, PersonRecord::kNoDay});
    const auto at = [](int day) { return kOrigin + day * kDay; };
    data.activities = {
        {1, 4, at(0), 0, 1, 10, 0}, {1, 1, at(2), 0, 0, 0, 0},   // the author: no reading
        {4, 2, at(1), 0, 1, 10, 0}, {4, 3, at(3), 0, 1, 11, 0}, {4, 1, at(5), 0, 0, 0, 0},
        {5, 2, at(2), 0, 1, 12, 0}, {5, 1, at(40), 0, 0, 0, 0},  // acts after the window
        {6, 2, at(50), 0, 1, 10, 0}, {6, 1, at(51), 0, 0, 0, 0}, // reads after the range
        {7, 1, at(1), 0, 0, 0, 0}, {7, 2, at(3), 0, 1, 11, 0},   // acted before reading
        {8, 2, at(10), 0, 2, 10, 0}, {8, 3, at(10), 0, 2, 12, 0}, // 10 → 12 at the same time
    };
    const Store store = EngineTestData::build(data);
    ContentLoopData content;
    content.pieces = {{10, 1, {1, 2}}, {11, 1, {1}}, {12, 0, {3}}};
    content.links = {{10, 11, 0}, {10, 12, 0}, {11, 10, 0}, {12, 12, 0}};
    const ContentLoop loop(content);
    ContentActivationQuery q;
    q.range = {kOrigin, at(45)};
    const ContentActivationResult r = loop.activations(store, q, ParallelFor(2));
    using A = ContentActivation;
    QCOMPARE(r.pieces, (std::vector<A>{{10, 2, 1}, {11, 2, 1}, {12, 2, 0}}));
    QCOMPARE(r.authors, (std::vector<A>{{1, 3, 1}, {2, 2, 1}, {3, 2, 0}}));
    QCOMPARE(r.series, (std::vector<A>{{1, 3, 1}}));
    QCOMPARE(r.flows, (std::vector<ContentFlow>{{10, 11, 1}, {10, 12, 1}, {11, 10, 0}}));
    QCOMPARE(r.readers, 4u);
    QCOMPARE(r.activated, 1u);
    QCOMPARE(r, ReferenceContentLoop::activations(data, content, q, store.snapshotId()));
    ContentActivationQuery piecesOnly = q;
    piecesOnly.authors = piecesOnly.series = false;
    const ContentActivationResult p = loop.activations(store, piecesOnly, ParallelFor(2));
    QVERIFY(p.authors.empty() && p.series.empty());
    QCOMPARE(p.pieces, r.pieces);
    QCOMPARE(p.flows, r.flows);

    using S = ContentPeopleSelection;
    const auto people = [&](S s) { return loop.people(store, q, s, ParallelFor(2)); };
    using Keys = std::vector<std::int64_t>;
    QCOMPARE(people({S::Kind::Activated, S::Of::Piece, 10, 0}), Keys{4});
    QCOMPARE(people({S::Kind::Readers, S::Of::Piece, 12, 0}), (Keys{5, 8}));
    QCOMPARE(people({S::Kind::Readers, S::Of::Author, 1, 0}), (Keys{4, 7, 8}));
    QCOMPARE(people({S::Kind::Activated, S::Of::Series, 1, 0}), Keys{4});
    QCOMPARE(people({S::Kind::WentOn, S::Of::Piece, 10, 12}), Keys{8});
    QCOMPARE(people({S::Kind::WentOn, S::Of::Piece, 12, 12}), Keys{});
    QCOMPARE(people({S::Kind::Activated, S::Of::Piece, 99, 0}), Keys{});

    // A one-day window: 4 attended two days after their last reading.
    ContentActivationQuery narrow = q;
    narrow.window = kDay;
    QCOMPARE(loop.activations(store, narrow, ParallelFor(1)).activated, 0u);
    // Readings on channel 1 only: 8 read on channel 2.
    ContentActivationQuery channel = q;
    channel.reading.channels = {1};
    const ContentActivationResult c = loop.activations(store, channel, ParallelFor(3));
    QCOMPARE(c.readers, 3u);
    QCOMPARE(c.pieces.front(), (A{10, 1, 1}));
    // An audience: 8 alone.
    ContentActivationQuery audience = q;
    audience.people.attributes.push_back({"country", {"中国"}, false});
    QCOMPARE(loop.people(store, audience, {S::Kind::Readers, S::Of::Author, 3, 0}, ParallelFor(2)),
             Keys{8});
    QVERIFY(!r.provenance.definition.empty());
    QCOMPARE(r.provenance.snapshotId, store.snapshotId());
}

void TestContentLoop::activationsAgainstReference()
{
    std::mt19937_64 rng(2718);
    DataShape shape;
    shape.people = 25;
    shape.types = 5;
    shape.merges = 2;
    shape.tick = 86400;
    using S = ContentPeopleSelection;
    for (int d = 0; d < 400; ++d) {
        ReferenceData data = EngineTestData::generate(rng, shape);
        data.typeNames = {{1, "attended"}, {2, "posted"}, {3, "spoke"}, {4, "commented"}};
        const Store store = EngineTestData::build(data);
        ContentLoopData content;
        for (std::int64_t key = 1; key <= 4; ++key) { // content 5 is read but not listed
            ContentPiece piece{key, std::int64_t(rng() % 3), {}};
            for (int a = int(rng() % 3); a > 0; --a)
                piece.authors.push_back(std::int64_t(1 + rng() % 30));
            content.pieces.push_back(piece);
        }
        if (rng() % 4 == 0)
            content.pieces.push_back({2, 2, {99}}); // a repeated key: the first counts
        for (int l = int(rng() % 7); l > 0; --l)
            content.links.push_back({std::int64_t(1 + rng() % 5), std::int64_t(1 + rng() % 5), 0});
        const ContentLoop loop(content);
        ContentActivationQuery q;
        if (rng() % 3) {
            q.range.from = kOrigin + std::int64_t(rng() % std::uint64_t(shape.span / 2));
            q.range.to = q.range.from + std::int64_t(rng() % std::uint64_t(shape.span));
        }
        q.window = std::int64_t(rng() % 15) * 86400;
        if (rng() % 3 == 0)
            q.activationTypes = {"posted", "5"};
        if (rng() % 4 == 0)
            q.reading.campaigns = {0, 2};
        if (rng() % 4 == 0)
            q.reading.channels = {1};
        if (rng() % 4 == 0)
            q.people.attributes.push_back({"country", {"中国", "Österreich", ""}, rng() % 2 == 0});
        q.authors = rng() % 3 != 0;
        q.series = rng() % 3 != 0;
        const ContentActivationResult expected =
            ReferenceContentLoop::activations(data, content, q, store.snapshotId());
        for (int threads : {1, 2, 3})
            QCOMPARE(loop.activations(store, q, ParallelFor(threads)), expected);
        for (int s = 0; s < 4; ++s) {
            S selection{S::Kind(rng() % 3), S::Of(rng() % 3), std::int64_t(rng() % 6),
                        std::int64_t(1 + rng() % 5)};
            if (selection.of == S::Of::Author && rng() % 2 && !content.pieces.front().authors.empty())
                selection.key = content.pieces.front().authors.front();
            const auto people = ReferenceContentLoop::people(data, content, q, selection);
            QCOMPARE(loop.people(store, q, selection, ParallelFor(2)), people);
            // The drill-down lists as many people as the figure counts (whether or not the
            // figures were asked per author or series).
            if (selection.kind != S::Kind::WentOn) {
                const auto& rows = selection.of == S::Of::Piece    ? expected.pieces
                                   : selection.of == S::Of::Author ? expected.authors
                                                                   : expected.series;
                for (const ContentActivation& row : rows)
                    if (row.key == selection.key)
                        QCOMPARE(people.size(), selection.kind == S::Kind::Readers ? row.readers
                                                                                   : row.activated);
            } else {
                for (const ContentFlow& f : expected.flows)
                    if (f.from == selection.key && f.to == selection.to)
                        QCOMPARE(people.size(), f.people);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestContentLoop)
#include "tst_contentloop.moc"
