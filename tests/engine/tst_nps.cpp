// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/ReferenceNps.h"
#include "core/engine/SurveyResponses.h"
#include "tests/engine/EngineTestData.h"

#include <QTest>

#include <cmath>
#include <cstdio>
#include <random>

using namespace rapport::engine;
using namespace rapport::engine::test;

namespace {
std::string number(const std::optional<double>& v)
{
    if (!v)
        return "none";
    char text[64];
    std::snprintf(text, sizeof text, "%.9f", *v);
    return text;
}

std::string describe(const NpsFigures& f)
{
    return "n=" + std::to_string(f.responses) + " P" + std::to_string(f.promoters) + " p"
           + std::to_string(f.passives) + " D" + std::to_string(f.detractors) + " nps "
           + number(f.nps) + " moe " + number(f.moe95) + " csat " + std::to_string(f.csatSatisfied)
           + "/" + std::to_string(f.csatResponses) + " " + number(f.csat);
}

std::string describe(const NpsResult& r)
{
    std::string text = describe(r.total) + "\n";
    for (const NpsGroup& g : r.groups)
        text += "  [" + g.label + (g.anonymous ? "*" : "") + " #" + std::to_string(g.key) + "] "
                + describe(g.figures) + "\n";
    return text;
}

struct Shape
{
    int anonymousPercent = 20;
    int npsLow = 0, npsHigh = 10; ///< NPS answers drawn from [low, high]
    int answerPercent = 85;       ///< responses with an NPS (resp. CSAT) answer
};

std::vector<SurveyResponseRecord> randomResponses(std::mt19937_64& rng, const ReferenceData& data,
                                                  const DataShape& shape, const Shape& s, int count)
{
    std::vector<SurveyResponseRecord> out;
    for (int i = 0; i < count; ++i) {
        SurveyResponseRecord r;
        r.key = 1000 + i;
        const int who = int(rng() % 100);
        if (who < s.anonymousPercent || data.people.empty())
            r.person = 0;
        else if (who < s.anonymousPercent + 3)
            r.person = 987654321; // nobody the store knows
        else
            r.person = data.people[rng() % data.people.size()].key;
        r.at = kOrigin + std::int64_t(rng() % std::uint64_t(shape.span));
        if (rng() % 4 == 0) // exactly on a month or week start, or the second before
            r.at = CalendarPeriod::start(CalendarPeriod::Kind::Week,
                                         CalendarPeriod::index(CalendarPeriod::Kind::Week, r.at))
                   - std::int64_t(rng() % 2);
        r.survey = std::int64_t(1 + rng() % 3);
        r.campaign = std::int64_t(rng() % 4);
        if (int(rng() % 100) < s.answerPercent)
            r.nps = s.npsLow + int(rng() % std::uint64_t(s.npsHigh - s.npsLow + 1));
        if (int(rng() % 100) < s.answerPercent)
            r.csat = 1 + int(rng() % 5);
        out.push_back(r);
    }
    return out;
}

NpsQuery randomQuery(std::mt19937_64& rng, const DataShape& shape)
{
    NpsQuery q;
    if (rng() % 4 == 0)
        q.surveys = {std::int64_t(1 + rng() % 3)};
    if (rng() % 4 == 0)
        q.campaigns = {0, std::int64_t(1 + rng() % 3)};
    if (rng() % 4 == 0) {
        q.dateRange.from = kOrigin + std::int64_t(rng() % std::uint64_t(shape.span / 2));
        q.dateRange.to = q.dateRange.from + std::int64_t(rng() % std::uint64_t(shape.span));
    }
    if (rng() % 5 == 0)
        q.people.attributes.push_back({"country", {"中国", "España", ""}, rng() % 2 == 0});
    switch (rng() % 6) {
    case 0: q.breakdown.kind = NpsBreakdown::Kind::Attribute; q.breakdown.attribute = "country"; break;
    case 1: q.breakdown.kind = NpsBreakdown::Kind::Campaign; break;
    case 2: q.breakdown.kind = NpsBreakdown::Kind::Survey; break;
    case 3:
        q.breakdown.kind = NpsBreakdown::Kind::Period;
        q.breakdown.period = rng() % 2 ? CalendarPeriod::Kind::Week : CalendarPeriod::Kind::Month;
        break;
    case 4: {
        q.breakdown.kind = NpsBreakdown::Kind::Audience;
        PersonFilter backend, levelled;
        backend.attributes.push_back({"role", {"backend", "データ"}, false});
        levelled.minLevel = 2;
        q.breakdown.audiences = {{"backend", backend}, {"levelled", levelled}, {"everyone", {}}};
        break;
    }
    default: break;
    }
    return q;
}

SurveyResponses columns(const std::vector<SurveyResponseRecord>& list)
{
    SurveyResponses responses;
    responses.setSurveyName(2, "Après l'événement");
    for (const SurveyResponseRecord& r : list)
        responses.upsert(r);
    return responses;
}
} // namespace

class TestNps : public QObject
{
    Q_OBJECT

private slots:
    void handComputed_data();
    void handComputed();
    void breakdownByAttribute();
    void incrementalEdits();
    void againstReference_data();
    void againstReference();
    void membersHandCounted();
    void membersAgainstReference();
};

void TestNps::handComputed_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<double>("nps");
    QTest::addColumn<double>("moe");
    // 5 promoters, 3 passives, 2 detractors: p = .5, d = .2 → 30, 1.96·100·√((.7 − .09)/10).
    QTest::newRow("5/3/2") << QList<int>{9, 10, 9, 10, 9, 7, 8, 7, 0, 6} << 30.0
                           << 1.96 * 100 * std::sqrt(0.061);
    QTest::newRow("all passive") << QList<int>{7, 8, 7, 8} << 0.0 << 0.0;
    QTest::newRow("all promoters") << QList<int>{9, 10} << 100.0 << 0.0;
    QTest::newRow("all detractors") << QList<int>{0, 3, 6} << -100.0 << 0.0;
    // p = d = .5: variance 1, moe = 196/√2.
    QTest::newRow("split") << QList<int>{10, 0} << 0.0 << 196 / std::sqrt(2.0);
    QTest::newRow("one") << QList<int>{8} << 0.0 << 0.0;
}

void TestNps::handComputed()
{
    QFETCH(QList<int>, scores);
    QFETCH(double, nps);
    QFETCH(double, moe);
    SurveyResponses responses;
    for (int i = 0; i < scores.size(); ++i)
        responses.upsert({i + 1, 0, kOrigin + i, 1, 0, scores[i], 1 + i % 5});
    const Store store;
    const NpsResult r = Nps::compute(store, responses, {}, ParallelFor(2));
    QCOMPARE(r.total.responses, std::uint64_t(scores.size()));
    QVERIFY(r.total.nps && r.total.moe95);
    QVERIFY(std::abs(*r.total.nps - nps) < 1e-9);
    QVERIFY2(std::abs(*r.total.moe95 - moe) < 1e-9, qPrintable(QString::number(*r.total.moe95)));
    QVERIFY(!std::isnan(*r.total.moe95));
    if (scores.size() == 10)
        QVERIFY(std::abs(*r.total.moe95 - 48.41) < 0.005);
    QCOMPARE(r.provenance.snapshotId, store.snapshotId());
    QVERIFY(r.provenance.definition.find("1.96") != std::string::npos);

    // n = 0: no figures at all, never NaN.
    NpsQuery none;
    none.surveys = {42};
    const NpsResult empty = Nps::compute(store, responses, none, ParallelFor(1));
    QCOMPARE(empty.total.responses, 0u);
    QVERIFY(!empty.total.nps && !empty.total.moe95 && !empty.total.csat);
    QVERIFY(empty.groups.empty());
}

void TestNps::breakdownByAttribute()
{
    ReferenceData data;
    data.people.push_back({1, {{"country", "中国"}}, {}, false, PersonRecord::kNoDay});
    data.people.push_back({2, {{"country", "Österreich"}}, {}, false, PersonRecord::kNoDay});
    data.people.push_back({3, {}, {}, false, PersonRecord::kNoDay});
    data.merges = {{3, 1}}; // 3's answers count as 1's
    const Store store = EngineTestData::build(data);
    SurveyResponses responses;
    responses.upsert({1, 1, kOrigin, 1, 0, 10, std::nullopt});
    responses.upsert({2, 2, kOrigin, 1, 0, 3, 5});
    responses.upsert({3, 3, kOrigin, 1, 0, 9, 2});
    responses.upsert({4, 0, kOrigin, 1, 0, 8, 4});
    responses.upsert({5, 77, kOrigin, 1, 0, 0, std::nullopt}); // unknown person: anonymous
    NpsQuery q;
    q.breakdown.kind = NpsBreakdown::Kind::Attribute;
    q.breakdown.attribute = "country";
    const NpsResult r = Nps::compute(store, responses, q, ParallelFor(2));
    QCOMPARE(r.total.responses, 5u);
    QCOMPARE(r.groups.size(), std::size_t(3));
    QCOMPARE(r.groups[0].label, std::string("Österreich"));
    QCOMPARE(r.groups[1].label, std::string("中国"));
    QCOMPARE(r.groups[1].figures.promoters, 2u);
    QCOMPARE(r.groups[2].label, std::string("(anonymous)"));
    QVERIFY(r.groups[2].anonymous);
    QCOMPARE(r.groups[2].figures.responses, 2u);
    QCOMPARE(r.groups[2].figures.detractors, 1u);
    QCOMPARE(*r.groups[2].figures.csat, 1.0);

    // A person filter leaves the anonymous answers out of the total.
    q.people.attributes.push_back({"country", {"中国"}, false});
    const NpsResult filtered = Nps::compute(store, responses, q, ParallelFor(1));
    QCOMPARE(filtered.total.responses, 2u);
    QCOMPARE(filtered.groups.size(), std::size_t(1));

    // Anonymous only.
    SurveyResponses anonymous;
    anonymous.upsert({1, 0, kOrigin, 1, 0, 9, std::nullopt});
    anonymous.upsert({2, 0, kOrigin, 1, 0, 6, std::nullopt});
    const NpsResult a = Nps::compute(store, anonymous, {{}, {}, {}, {}, {NpsBreakdown::Kind::Attribute, "country", {}, {}}}, ParallelFor(2));
    QCOMPARE(*a.total.nps, 0.0);
    QCOMPARE(a.groups.size(), std::size_t(1));
    QVERIFY(a.groups[0].anonymous);
}

void TestNps::incrementalEdits()
{
    std::mt19937_64 rng(7);
    DataShape shape;
    const ReferenceData data = EngineTestData::generate(rng, shape);
    const Store store = EngineTestData::build(data);
    auto list = randomResponses(rng, data, shape, {}, 300);
    SurveyResponses edited = columns(list);
    for (int i = 0; i < 200; ++i) {
        const std::size_t at = rng() % list.size();
        if (rng() % 2) {
            QVERIFY(edited.remove(list[at].key));
            QVERIFY(!edited.remove(list[at].key));
            list.erase(list.begin() + std::ptrdiff_t(at));
        } else {
            SurveyResponseRecord changed = randomResponses(rng, data, shape, {}, 1).front();
            changed.key = list[at].key;
            list[at] = changed;
            edited.upsert(changed);
            QCOMPARE(*edited.find(changed.key), changed);
        }
    }
    QCOMPARE(edited.size(), list.size());
    edited.sortByPerson();
    for (const SurveyResponseRecord& r : list)
        QCOMPARE(*edited.find(r.key), r);
    edited.upsert(list.front()); // edits after sorting append or overwrite as before
    const std::uint64_t before = edited.revision();
    for (int q = 0; q < 20; ++q) {
        const NpsQuery query = randomQuery(rng, shape);
        const SurveyResponses fresh = columns(list);
        QCOMPARE(describe(Nps::compute(store, edited, query, ParallelFor(2))),
                 describe(Nps::compute(store, fresh, query, ParallelFor(3))));
    }
    QCOMPARE(edited.revision(), before);
}

void TestNps::againstReference_data()
{
    QTest::addColumn<int>("datasets");
    QTest::addColumn<int>("responses");
    QTest::addColumn<int>("anonymousPercent");
    QTest::addColumn<int>("npsLow");
    QTest::addColumn<int>("npsHigh");
    QTest::addColumn<int>("answerPercent");
    QTest::addColumn<int>("merges");
    QTest::newRow("mixed") << 600 << 60 << 20 << 0 << 10 << 85 << 3;
    QTest::newRow("anonymous only") << 200 << 40 << 100 << 0 << 10 << 85 << 0;
    QTest::newRow("all passive") << 200 << 40 << 10 << 7 << 8 << 100 << 0;
    QTest::newRow("few answers") << 200 << 10 << 30 << 0 << 10 << 20 << 2;
    QTest::newRow("no responses") << 50 << 0 << 0 << 0 << 10 << 85 << 0;
    QTest::newRow("many chunks") << 3 << 70000 << 15 << 0 << 10 << 90 << 5;
}

void TestNps::againstReference()
{
    QFETCH(int, datasets);
    QFETCH(int, responses);
    QFETCH(int, anonymousPercent);
    QFETCH(int, npsLow);
    QFETCH(int, npsHigh);
    QFETCH(int, answerPercent);
    QFETCH(int, merges);
    std::mt19937_64 rng(99 + std::uint64_t(responses) * 31 + std::uint64_t(anonymousPercent));
    DataShape shape;
    shape.people = 25;
    shape.maxActivities = 3;
    shape.merges = merges;
    shape.span = 150 * 86400;
    const Shape s{anonymousPercent, npsLow, npsHigh, answerPercent};
    const std::map<std::int64_t, std::string> surveyNames{{2, "Après l'événement"}};
    for (int d = 0; d < datasets; ++d) {
        const ReferenceData data = EngineTestData::generate(rng, shape);
        const Store store = EngineTestData::build(data);
        const auto list = randomResponses(rng, data, shape, s, responses);
        const SurveyResponses columnsOf = columns(list);
        for (int q = 0; q < 3; ++q) {
            const NpsQuery query = randomQuery(rng, shape);
            const NpsResult reference = ReferenceNps::compute(data, list, surveyNames, query,
                                                              store.snapshotId(), columnsOf.revision());
            const std::string expected = describe(reference);
            if (npsLow == 7 && reference.total.responses)
                QCOMPARE(number(reference.total.moe95), number(0.0));
            for (int threads : {1, 2, 3, 8}) {
                const NpsResult actual = Nps::compute(store, columnsOf, query, ParallelFor(threads));
                if (describe(actual) != expected)
                    QFAIL(qPrintable(QStringLiteral("dataset %1 query %2 threads %3\nexpected\n%4actual\n%5")
                                         .arg(d).arg(q).arg(threads)
                                         .arg(QString::fromStdString(expected),
                                              QString::fromStdString(describe(actual)))));
                QCOMPARE(actual.provenance, reference.provenance);
            }
        }
    }
}

void TestNps::membersHandCounted()
{
    ReferenceData data;
    data.people.push_back({1, {{"country", "中国"}}, {}, false, PersonRecord::kNoDay});
    data.people.push_back({2, {{"country", "Österreich"}}, {}, false, PersonRecord::kNoDay});
    data.people.push_back({3, {}, {}, false, PersonRecord::kNoDay});
    data.merges = {{3, 1}};
    const Store store = EngineTestData::build(data);
    SurveyResponses responses;
    const std::int64_t feb = 1'706'745'600; // 2024-02-01T00:00:00Z
    responses.upsert({11, 1, feb - 1, 1, 5, 10, std::nullopt}); // January
    responses.upsert({12, 2, feb, 1, 5, 3, 5});
    responses.upsert({13, 3, feb + 10, 1, 0, 9, 2}); // 3 was merged into 1
    responses.upsert({14, 0, feb + 20, 1, 5, 8, 4});
    responses.upsert({15, 77, feb + 30, 1, 5, std::nullopt, 1}); // unknown: anonymous
    responses.upsert({16, 1, feb + 40, 1, 5, std::nullopt, std::nullopt}); // no score
    NpsQuery q;
    q.breakdown.kind = NpsBreakdown::Kind::Period;
    const NpsResult r = Nps::compute(store, responses, q, ParallelFor(2));
    QCOMPARE(r.groups.size(), std::size_t(2));
    const NpsGroup& february = r.groups[1];
    QCOMPARE(february.label, std::string("2024-02"));
    NpsMembers m = Nps::members(store, responses, q, &february, NpsSegment::Answered);
    QCOMPARE(m.responses, (std::vector<std::int64_t>{12, 13, 14, 15}));
    QCOMPARE(m.people, (std::vector<std::int64_t>{1, 2}));
    QCOMPARE(m.anonymous, 2u);
    m = Nps::members(store, responses, q, &february, NpsSegment::Nps);
    QCOMPARE(m.responses, (std::vector<std::int64_t>{12, 13, 14}));
    QCOMPARE(m.responses.size(), february.figures.responses);
    m = Nps::members(store, responses, q, &february, NpsSegment::Promoters);
    QCOMPARE(m.responses, (std::vector<std::int64_t>{13}));
    QCOMPARE(m.people, (std::vector<std::int64_t>{1}));
    m = Nps::members(store, responses, q, &february, NpsSegment::Satisfied);
    QCOMPARE(m.responses, (std::vector<std::int64_t>{12, 14}));
    QCOMPARE(m.anonymous, 1u);
    m = Nps::members(store, responses, q, nullptr, NpsSegment::Nps);
    QCOMPARE(m.responses, (std::vector<std::int64_t>{11, 12, 13, 14}));

    // By campaign, with a person filter: anonymous answers drop out.
    q.breakdown.kind = NpsBreakdown::Kind::Campaign;
    q.people.attributes.push_back({"country", {"中国"}, false});
    const NpsResult byCampaign = Nps::compute(store, responses, q, ParallelFor(1));
    QCOMPARE(byCampaign.groups.size(), std::size_t(2));
    m = Nps::members(store, responses, q, &byCampaign.groups[1], NpsSegment::Answered);
    QCOMPARE(byCampaign.groups[1].key, std::int64_t(5));
    QCOMPARE(m.responses, (std::vector<std::int64_t>{11}));
    QCOMPARE(m.anonymous, 0u);
}

void TestNps::membersAgainstReference()
{
    std::mt19937_64 rng(4242);
    DataShape shape;
    shape.people = 25;
    shape.maxActivities = 3;
    shape.merges = 3;
    shape.span = 150 * 86400;
    const NpsSegment segments[] = {NpsSegment::Answered,  NpsSegment::Nps,
                                   NpsSegment::Promoters, NpsSegment::Passives,
                                   NpsSegment::Detractors, NpsSegment::Csat,
                                   NpsSegment::Satisfied};
    for (int d = 0; d < 150; ++d) {
        const ReferenceData data = EngineTestData::generate(rng, shape);
        const Store store = EngineTestData::build(data);
        const auto list = randomResponses(rng, data, shape, {}, 60);
        const SurveyResponses columnsOf = columns(list);
        for (int q = 0; q < 3; ++q) {
            const NpsQuery query = randomQuery(rng, shape);
            const NpsResult result = Nps::compute(store, columnsOf, query, ParallelFor(2));
            std::vector<const NpsGroup*> groups{nullptr};
            for (const NpsGroup& g : result.groups)
                groups.push_back(&g);
            for (const NpsGroup* group : groups) {
                const NpsFigures& f = group ? group->figures : result.total;
                for (NpsSegment segment : segments) {
                    const NpsMembers actual = Nps::members(store, columnsOf, query, group, segment);
                    QCOMPARE(actual, ReferenceNps::members(data, list, query, group, segment));
                    QVERIFY(actual.people.size() + actual.anonymous <= actual.responses.size());
                    const std::size_t n = actual.responses.size();
                    switch (segment) {
                    case NpsSegment::Nps: QCOMPARE(n, f.responses); break;
                    case NpsSegment::Promoters: QCOMPARE(n, f.promoters); break;
                    case NpsSegment::Passives: QCOMPARE(n, f.passives); break;
                    case NpsSegment::Detractors: QCOMPARE(n, f.detractors); break;
                    case NpsSegment::Csat: QCOMPARE(n, f.csatResponses); break;
                    case NpsSegment::Satisfied: QCOMPARE(n, f.csatSatisfied); break;
                    case NpsSegment::Answered: QVERIFY(n >= std::max(f.responses, f.csatResponses)); break;
                    }
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestNps)
#include "tst_nps.moc"
