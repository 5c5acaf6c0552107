// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Campaign.h"
#include "core/model/Validation.h"

#include "tests/support/FixedClock.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace rapport::model;
using namespace Qt::StringLiterals;
using rapport::test::FixedClock;

using CampaignEdit = std::function<void(Campaign&)>;
using MomentEdit = std::function<void(CalendarMoment&)>;
using GoalEdit = std::function<void(Goal&)>;
Q_DECLARE_METATYPE(CampaignEdit)
Q_DECLARE_METATYPE(MomentEdit)
Q_DECLARE_METATYPE(GoalEdit)

namespace {

Uuid id(int n)
{
    return Uuid::fromString(u"0190a000-0000-7000-8000-0000000000%1"_s.arg(n, 2, 10, QLatin1Char('0')));
}

Goal validGoal()
{
    const FixedClock clock;
    Goal g;
    g.meta = RecordMeta::create(clock);
    g.metric = u"attended"_s;
    g.target = 500;
    g.periodStart = QDate(2026, 7, 1);
    g.periodEnd = QDate(2026, 9, 30);
    return g;
}

Campaign validCampaign()
{
    const FixedClock clock;
    Campaign c;
    c.meta = RecordMeta::create(clock);
    c.kind = CampaignKind::Meetup;
    c.name = u"Rust Berlin #12"_s;
    c.owner = u"ada"_s;
    c.status = CampaignStatus::Active;
    c.starts = QDate(2026, 3, 10);
    c.ends = QDate(2026, 3, 10);
    c.targetAudiences = {id(1), id(2)};
    c.channels = {id(3)};
    c.goals = {validGoal()};
    c.budget = {250000, u"EUR"_s};
    c.cost = {0, u"EUR"_s};
    return c;
}

CalendarMoment validMoment()
{
    const FixedClock clock;
    CalendarMoment m;
    m.meta = RecordMeta::create(clock);
    m.name = u"Release 2.0"_s;
    m.kind = CalendarMoment::Kind::Release;
    m.starts = QDate(2026, 6, 1);
    m.ends = QDate(2026, 6, 1);
    return m;
}

} // namespace

class TestCampaign : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void campaignValidation_data();
    void campaignValidation();
    void momentValidation_data();
    void momentValidation();
    void goalValidation_data();
    void goalValidation();
};

void TestCampaign::names()
{
    const QList<QPair<CampaignKind, QString>> kinds{
        {CampaignKind::Event, u"event"_s},
        {CampaignKind::Meetup, u"meetup"_s},
        {CampaignKind::Conference, u"conference"_s},
        {CampaignKind::ContentSeries, u"content_series"_s},
        {CampaignKind::Hackathon, u"hackathon"_s},
        {CampaignKind::AmbassadorProgram, u"ambassador_program"_s},
        {CampaignKind::Launch, u"launch"_s},
        {CampaignKind::Other, u"other"_s}};
    for (const auto& [kind, name] : kinds) {
        QCOMPARE(campaignKindName(kind), name);
        CampaignKind parsed = CampaignKind::Other;
        QVERIFY(campaignKindFromName(name, &parsed));
        QCOMPARE(parsed, kind);
    }
    const QList<QPair<CampaignStatus, QString>> statuses{
        {CampaignStatus::Planned, u"planned"_s},
        {CampaignStatus::Active, u"active"_s},
        {CampaignStatus::Done, u"done"_s},
        {CampaignStatus::Cancelled, u"cancelled"_s}};
    for (const auto& [status, name] : statuses) {
        QCOMPARE(campaignStatusName(status), name);
        CampaignStatus parsed = CampaignStatus::Planned;
        QVERIFY(campaignStatusFromName(name, &parsed));
        QCOMPARE(parsed, status);
    }
    QCOMPARE(calendarMomentKindName(CalendarMoment::Kind::HiringPeak), u"hiring_peak"_s);
    CalendarMoment::Kind moment = CalendarMoment::Kind::Release;
    QVERIFY(calendarMomentKindFromName(u"promotion_season", &moment));
    QCOMPARE(moment, CalendarMoment::Kind::PromotionSeason);
    QVERIFY(!campaignKindFromName(u"party", nullptr));
    QVERIFY(!campaignStatusFromName(u"canceled", nullptr));
}

void TestCampaign::campaignValidation_data()
{
    QTest::addColumn<CampaignEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid baseline") << CampaignEdit([](Campaign&) {}) << QStringList();
    QTest::newRow("default money is valid") << CampaignEdit([](Campaign& c) {
        c.budget = Money();
        c.cost = Money();
    }) << QStringList();
    QTest::newRow("no name") << CampaignEdit([](Campaign& c) { c.name = u"\t"_s; })
                             << QStringList{u"name"_s};
    QTest::newRow("ends before starts")
        << CampaignEdit([](Campaign& c) { c.ends = c.starts.addDays(-1); })
        << QStringList{u"ends"_s};
    QTest::newRow("only a start") << CampaignEdit([](Campaign& c) { c.ends = QDate(); })
                                  << QStringList();
    QTest::newRow("only an end") << CampaignEdit([](Campaign& c) { c.starts = QDate(); })
                                 << QStringList();
    QTest::newRow("negative budget")
        << CampaignEdit([](Campaign& c) { c.budget.minorUnits = -1; })
        << QStringList{u"budget"_s};
    QTest::newRow("budget currency lower case")
        << CampaignEdit([](Campaign& c) { c.budget.currency = u"eur"_s; })
        << QStringList{u"budget"_s};
    QTest::newRow("budget currency too long")
        << CampaignEdit([](Campaign& c) { c.budget.currency = u"EURO"_s; })
        << QStringList{u"budget"_s};
    QTest::newRow("negative cost") << CampaignEdit([](Campaign& c) { c.cost.minorUnits = -500; })
                                   << QStringList{u"cost"_s};
    QTest::newRow("cost without currency")
        << CampaignEdit([](Campaign& c) { c.cost.currency.clear(); })
        << QStringList{u"cost"_s};
    QTest::newRow("null audience")
        << CampaignEdit([](Campaign& c) { c.targetAudiences.append(Uuid()); })
        << QStringList{u"targetAudiences"_s};
    QTest::newRow("repeated audience")
        << CampaignEdit([](Campaign& c) { c.targetAudiences.append(id(1)); })
        << QStringList{u"targetAudiences"_s};
    QTest::newRow("null channel") << CampaignEdit([](Campaign& c) { c.channels = {Uuid()}; })
                                  << QStringList{u"channels"_s};
    QTest::newRow("repeated channel")
        << CampaignEdit([](Campaign& c) { c.channels = {id(3), id(4), id(3)}; })
        << QStringList{u"channels"_s};
    QTest::newRow("invalid goal") << CampaignEdit([](Campaign& c) { c.goals[0].metric.clear(); })
                                  << QStringList{u"goals"_s};
    QTest::newRow("two invalid goals") << CampaignEdit([](Campaign& c) {
        Goal bad = validGoal();
        bad.target = -1;
        c.goals = {validGoal(), bad, bad};
    }) << QStringList{u"goals"_s, u"goals"_s};
}

void TestCampaign::campaignValidation()
{
    QFETCH(CampaignEdit, edit);
    QFETCH(QStringList, fields);
    Campaign campaign = validCampaign();
    edit(campaign);
    QCOMPARE(errorFields(validate(campaign)), fields);
}

void TestCampaign::momentValidation_data()
{
    QTest::addColumn<MomentEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid baseline") << MomentEdit([](CalendarMoment&) {}) << QStringList();
    QTest::newRow("a season") << MomentEdit([](CalendarMoment& m) {
        m.kind = CalendarMoment::Kind::PromotionSeason;
        m.ends = m.starts.addMonths(2);
    }) << QStringList();
    QTest::newRow("no name") << MomentEdit([](CalendarMoment& m) { m.name.clear(); })
                             << QStringList{u"name"_s};
    QTest::newRow("no start") << MomentEdit([](CalendarMoment& m) { m.starts = QDate(); })
                              << QStringList{u"starts"_s};
    QTest::newRow("no end") << MomentEdit([](CalendarMoment& m) { m.ends = QDate(); })
                            << QStringList{u"ends"_s};
    QTest::newRow("ends before starts")
        << MomentEdit([](CalendarMoment& m) { m.ends = m.starts.addDays(-1); })
        << QStringList{u"ends"_s};
}

void TestCampaign::momentValidation()
{
    QFETCH(MomentEdit, edit);
    QFETCH(QStringList, fields);
    CalendarMoment moment = validMoment();
    edit(moment);
    QCOMPARE(errorFields(validate(moment)), fields);
}

void TestCampaign::goalValidation_data()
{
    QTest::addColumn<GoalEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid baseline") << GoalEdit([](Goal&) {}) << QStringList();
    QTest::newRow("no metric") << GoalEdit([](Goal& g) { g.metric = u" "_s; })
                               << QStringList{u"metric"_s};
    QTest::newRow("negative target") << GoalEdit([](Goal& g) { g.target = -0.5; })
                                     << QStringList{u"target"_s};
    QTest::newRow("zero target") << GoalEdit([](Goal& g) { g.target = 0; }) << QStringList();
    QTest::newRow("infinite target")
        << GoalEdit([](Goal& g) { g.target = std::numeric_limits<double>::infinity(); })
        << QStringList{u"target"_s};
    QTest::newRow("NaN target")
        << GoalEdit([](Goal& g) { g.target = std::numeric_limits<double>::quiet_NaN(); })
        << QStringList{u"target"_s};
    QTest::newRow("negative nps") << GoalEdit([](Goal& g) {
        g.metric = u"nps"_s;
        g.target = -100;
    }) << QStringList();
    QTest::newRow("nps 100") << GoalEdit([](Goal& g) {
        g.metric = u"nps"_s;
        g.target = 100;
    }) << QStringList();
    QTest::newRow("nps below -100") << GoalEdit([](Goal& g) {
        g.metric = u"nps"_s;
        g.target = -100.5;
    }) << QStringList{u"target"_s};
    QTest::newRow("nps above 100") << GoalEdit([](Goal& g) {
        g.metric = u"nps"_s;
        g.target = 101;
    }) << QStringList{u"target"_s};
    QTest::newRow("no period start") << GoalEdit([](Goal& g) { g.periodStart = QDate(); })
                                     << QStringList{u"periodStart"_s};
    QTest::newRow("no period end") << GoalEdit([](Goal& g) { g.periodEnd = QDate(); })
                                   << QStringList{u"periodEnd"_s};
    QTest::newRow("end before start")
        << GoalEdit([](Goal& g) { g.periodEnd = g.periodStart.addDays(-1); })
        << QStringList{u"periodEnd"_s};
    QTest::newRow("one-day period")
        << GoalEdit([](Goal& g) { g.periodEnd = g.periodStart; }) << QStringList();
}

void TestCampaign::goalValidation()
{
    QFETCH(GoalEdit, edit);
    QFETCH(QStringList, fields);
    Goal goal = validGoal();
    edit(goal);
    QCOMPARE(errorFields(validate(goal)), fields);
}

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_Campaign.moc"
