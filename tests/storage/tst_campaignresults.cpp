// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ActivityStore.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/CampaignResults.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/CampaignFixture.h"
#include "tests/support/FixedClock.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace rapport;
using storage::CampaignResult;
using storage::CampaignResults;
using test::CampaignFixture;

class TestCampaignResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void funnelMatchesHandCount();
    void satisfactionAndCost();
    void goalProgress();
    void otherCampaignCountsItsOwn();
    void followsActivityChangesAndMerges();
    void campaignWithoutActivities();

private:
    model::Campaign campaign(const model::Uuid& id) const;
    CampaignResult compute(const model::Campaign& c);

    std::unique_ptr<test::TestDatabase> m_template; // the fixture, copied for each test
    std::unique_ptr<test::TestDatabase> m_database;
    test::FixedClock m_clock;
    CampaignFixture m_fixture;
    std::unique_ptr<CampaignResults> m_results;
};

void TestCampaignResults::initTestCase()
{
    m_template = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_template->isOk(), qPrintable(m_template->error()));
    // One transaction: a commit per row would wait for the disk each time.
    QSqlQuery(m_template->db()).exec(QStringLiteral("BEGIN"));
    test::addCampaignFixture(m_template->db(), m_clock, &m_fixture);
    QVERIFY(QSqlQuery(m_template->db()).exec(QStringLiteral("COMMIT")));
}

void TestCampaignResults::init()
{
    m_database = std::make_unique<test::TestDatabase>(m_template->path());
    QVERIFY2(m_database->isOk(), qPrintable(m_database->error()));
    m_results = std::make_unique<CampaignResults>(m_database->db());
}

void TestCampaignResults::cleanup()
{
    m_results.reset();
    m_database.reset();
}

model::Campaign TestCampaignResults::campaign(const model::Uuid& id) const
{
    const auto c = storage::CampaignRepository(m_database->db(), m_clock).get(id);
    return c ? *c : model::Campaign();
}

CampaignResult TestCampaignResults::compute(const model::Campaign& c)
{
    QString error;
    const auto result = m_results->compute(c, &error);
    if (!result)
        qWarning("compute failed: %s", qPrintable(error));
    return result.value_or(CampaignResult());
}

void TestCampaignResults::funnelMatchesHandCount()
{
    const CampaignResult r = compute(campaign(m_fixture.spring));
    QCOMPARE(r.reached, CampaignFixture::kReached);
    QCOMPARE(r.registered, CampaignFixture::kRegistered);
    QCOMPARE(r.attended, CampaignFixture::kAttended);
    QCOMPARE(r.responded, CampaignFixture::kResponded);
}

void TestCampaignResults::satisfactionAndCost()
{
    const CampaignResult r = compute(campaign(m_fixture.spring));
    QCOMPARE(r.satisfaction.npsResponses, CampaignFixture::kNpsResponses);
    QCOMPARE(r.satisfaction.promoters, 3);
    QCOMPARE(r.satisfaction.passives, 1);
    QCOMPARE(r.satisfaction.detractors, 1);
    QVERIFY(r.satisfaction.nps);
    QCOMPARE(*r.satisfaction.nps, CampaignFixture::kNps);
    QVERIFY(r.satisfaction.npsMargin);
    QVERIFY(std::abs(*r.satisfaction.npsMargin - 1.96 * 100 * std::sqrt(0.64 / 5)) < 1e-9);
    QCOMPARE(r.satisfaction.csatResponses, CampaignFixture::kCsatResponses);
    QCOMPARE(r.satisfaction.csatSatisfied, 2);
    QVERIFY(r.satisfaction.csat);
    QCOMPARE(*r.satisfaction.csat, 2.0 / 3.0);
    QVERIFY(r.costPerAttendee);
    QCOMPARE(*r.costPerAttendee, CampaignFixture::kCostPerAttendeeCents);
    QCOMPARE(r.currency, QStringLiteral("USD"));
}

void TestCampaignResults::goalProgress()
{
    const CampaignResult r = compute(campaign(m_fixture.spring));
    QCOMPARE(r.goals.size(), 3);
    QCOMPARE(r.goals[0].goal.metric, QStringLiteral("attended"));
    QVERIFY(r.goals[0].value);
    QCOMPARE(*r.goals[0].value, CampaignFixture::kAttendedInMarch);
    QCOMPARE(*r.goals[0].fraction, CampaignFixture::kAttendedInMarch / 6);
    QCOMPARE(*r.goals[1].value, CampaignFixture::kNps);
    QCOMPARE(*r.goals[1].fraction, 0.8);
    QVERIFY(!r.goals[2].value);
    QVERIFY(!r.goals[2].fraction);

    // Goals as given, not as stored: the editor asks before it saves.
    model::Campaign edited = campaign(m_fixture.spring);
    edited.goals[0].periodEnd = QDate(2026, 4, 30);  // p5's April attendance now counts
    edited.goals[1].periodStart = QDate(2026, 4, 1); // no responses in the period
    model::Goal reach;
    reach.metric = QStringLiteral("reach");
    reach.target = 12;
    reach.periodStart = QDate(2026, 2, 1);
    reach.periodEnd = QDate(2026, 2, 28); // invitations and registrations: p1–p6 (p6 as p2)
    edited.goals << reach;
    const CampaignResult e = compute(edited);
    QCOMPARE(*e.goals[0].value, 3.0);
    QVERIFY(!e.goals[1].value);
    QCOMPARE(*e.goals[3].value, 5.0);
    QCOMPARE(*e.goals[3].fraction, 5.0 / 12);
}

void TestCampaignResults::otherCampaignCountsItsOwn()
{
    // Autumn: p8 invited, registered, attended; p1 attended.
    const CampaignResult r = compute(campaign(m_fixture.autumn));
    QCOMPARE(r.reached, 2);
    QCOMPARE(r.registered, 1);
    QCOMPARE(r.attended, 2);
    QCOMPARE(r.responded, 0);
    QCOMPARE(r.satisfaction.npsResponses, 1);
    QCOMPARE(*r.satisfaction.nps, -100.0);
    QCOMPARE(*r.satisfaction.csat, 0.0);
    QCOMPARE(*r.costPerAttendee, 250000.0);
}

void TestCampaignResults::followsActivityChangesAndMerges()
{
    const model::Campaign spring = campaign(m_fixture.spring);
    QCOMPARE(compute(spring).attended, 3);

    storage::ActivityStore activities(m_database->db());
    const qint64 springKey =
        storage::CampaignRepository(m_database->db(), m_clock).keyOf(spring.meta.id);
    storage::ActivityColumns added;
    added.push_back({4, *activities.findTypeKey(QStringLiteral("attended")),
                     test::fixtureTime(3, 15), springKey, 0, 0, 0});
    QVERIFY(activities.append(added));
    QCOMPARE(compute(spring).attended, 4);
    QVERIFY(activities.remove(added));
    QCOMPARE(compute(spring).attended, 3);

    // p7 (only shared) merged into p1: one person fewer reached.
    QSqlQuery q(m_database->db());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE people SET merged_into = 1, merged_at = 0 WHERE key = 7")));
    QCOMPARE(compute(spring).reached, CampaignFixture::kReached - 1);

    // Everything in segments after compaction: the same counts.
    QVERIFY(q.exec(
        QStringLiteral("UPDATE people SET merged_into = NULL, merged_at = NULL WHERE key = 7")));
    QVERIFY(activities.compact());
    QCOMPARE(activities.changeCount(), 0);
    const CampaignResult r = compute(spring);
    QCOMPARE(r.reached, CampaignFixture::kReached);
    QCOMPARE(r.registered, CampaignFixture::kRegistered);
    QCOMPARE(r.attended, CampaignFixture::kAttended);
    QCOMPARE(r.responded, CampaignFixture::kResponded);
}

void TestCampaignResults::campaignWithoutActivities()
{
    model::Campaign fresh;
    fresh.name = QStringLiteral("Hackathon");
    fresh.budget.minorUnits = 1000;
    QVERIFY(storage::CampaignRepository(m_database->db(), m_clock).create(fresh));
    const CampaignResult r = compute(fresh);
    QCOMPARE(r.reached, 0);
    QCOMPARE(r.attended, 0);
    QVERIFY(!r.costPerAttendee);
    QCOMPARE(r.satisfaction.npsResponses, 0);
    QVERIFY(!r.satisfaction.nps);
    QVERIFY(!r.satisfaction.csat);
}

QTEST_GUILESS_MAIN(TestCampaignResults)
#include "tst_campaignresults.moc"
