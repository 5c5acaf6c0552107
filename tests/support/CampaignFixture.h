// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two campaigns with activities, a merge and survey responses whose results are counted by
// hand below; for the campaign results (storage) and the Campaigns area (ui) tests.
// Header-only: each test links the storage layer itself.

#include "core/model/Campaign.h"
#include "core/model/Clock.h"
#include "core/model/Survey.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/SurveyRepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace rapport::test {

struct CampaignFixture
{
    model::Uuid spring;  // "Spring meetup": the campaign the hand counts are about
    model::Uuid autumn;  // "Autumn conference": activities that must not count for spring
    model::Uuid release; // calendar moment "2.0 release"

    // Hand counts for "Spring meetup" (people p1…p8; p6 was merged into p2):
    //   p1 invited, registered, attended (Mar 10), responded
    //   p2 invited, registered, attended (Mar 10)
    //   p3 invited, registered
    //   p4 invited
    //   p5 invited, registered, attended (Feb 27), attended (Apr 2)
    //   p6 invited, registered, attended (Mar 11)  → counts as p2
    //   p7 shared
    //   p8 only autumn activities and one without a campaign; p1 also attended autumn
    static constexpr qint64 kReached = 6;    // p1 p2 p3 p4 p5 p7
    static constexpr qint64 kRegistered = 4; // p1 p2 p3 p5
    static constexpr qint64 kAttended = 3;   // p1 p2 p5
    static constexpr qint64 kResponded = 1;  // p1
    // Budget 1,200.00 USD ÷ 3 attended = 400.00 USD.
    static constexpr qint64 kBudgetCents = 120000;
    static constexpr double kCostPerAttendeeCents = 40000;
    // Spring survey: NPS 10, 9, 9, 7, 3 (one anonymous) → p 3/5, d 1/5, NPS 40,
    // margin 1.96 × 100 × √((0.8 − 0.16) / 5) = 70.12…; CSAT 5, 4, 2 → 2/3.
    // The autumn survey's NPS 0 must not count.
    static constexpr qint64 kNpsResponses = 5;
    static constexpr double kNps = 40;
    static constexpr qint64 kCsatResponses = 3;
    // Goals: attended ≥ 6 in March 2026 → p1, p2 (p6 as p2) = 2;
    //        nps ≥ 50 over 2026 → 40; advocates ≥ 10 → no value for one campaign.
    static constexpr double kAttendedInMarch = 2;
};

inline std::int64_t fixtureTime(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

/** Adds the fixture to an empty project (call inside a transaction if it must be one). */
inline void addCampaignFixture(const QSqlDatabase& db, const model::Clock& clock,
                               CampaignFixture* fixture)
{
    QSqlQuery q(db);
    for (int n = 1; n <= 8; ++n) {
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO people (key, id, created_at, updated_at, "
                                       "display_name) VALUES (%1, '00000000-0000-7000-8000-%2', "
                                       "0, 0, 'p%1')")
                            .arg(n)
                            .arg(n, 12, 10, QLatin1Char('0'))),
                 qPrintable(q.lastError().text()));
    }
    QVERIFY(
        q.exec(QStringLiteral("UPDATE people SET merged_into = 2, merged_at = 0 WHERE key = 6")));

    storage::CampaignRepository campaigns(db, clock);
    model::CalendarMoment release;
    release.name = QStringLiteral("2.0 release");
    release.kind = model::CalendarMoment::Kind::Release;
    release.starts = release.ends = QDate(2026, 3, 20);
    QVERIFY(campaigns.create(release));
    fixture->release = release.meta.id;

    model::Campaign spring;
    spring.name = QStringLiteral("Spring meetup");
    spring.kind = model::CampaignKind::Meetup;
    spring.owner = QStringLiteral("Ana");
    spring.status = model::CampaignStatus::Active;
    spring.starts = QDate(2026, 3, 1);
    spring.ends = QDate(2026, 3, 31);
    spring.budget.minorUnits = CampaignFixture::kBudgetCents;
    spring.cost.minorUnits = 90000;
    spring.moment = release.meta.id;
    model::Goal attended;
    attended.metric = QStringLiteral("attended");
    attended.target = 6;
    attended.periodStart = QDate(2026, 3, 1);
    attended.periodEnd = QDate(2026, 3, 31);
    model::Goal nps;
    nps.metric = QStringLiteral("nps");
    nps.target = 50;
    nps.periodStart = QDate(2026, 1, 1);
    nps.periodEnd = QDate(2026, 12, 31);
    model::Goal advocates;
    advocates.metric = QStringLiteral("advocates");
    advocates.target = 10;
    advocates.periodStart = QDate(2026, 1, 1);
    advocates.periodEnd = QDate(2026, 12, 31);
    spring.goals = {attended, nps, advocates};
    storage::StoreResult r = campaigns.create(spring);
    QVERIFY2(r, qPrintable(r.message));
    const qint64 springKey = r.key;
    fixture->spring = spring.meta.id;

    model::Campaign autumn;
    autumn.name = QStringLiteral("Autumn conference");
    autumn.kind = model::CampaignKind::Conference;
    autumn.owner = QStringLiteral("Bo");
    autumn.status = model::CampaignStatus::Planned;
    autumn.starts = QDate(2026, 9, 10);
    autumn.ends = QDate(2026, 9, 12);
    autumn.budget.minorUnits = 500000;
    r = campaigns.create(autumn);
    QVERIFY2(r, qPrintable(r.message));
    const qint64 autumnKey = r.key;
    fixture->autumn = autumn.meta.id;

    storage::ActivityStore activities(db);
    const std::int32_t invited = activities.typeKey(QStringLiteral("invited"));
    const std::int32_t registered = activities.typeKey(QStringLiteral("registered"));
    const std::int32_t attendedType = activities.typeKey(QStringLiteral("attended"));
    const std::int32_t responded = activities.typeKey(QStringLiteral("responded"));
    const std::int32_t shared = activities.typeKey(QStringLiteral("shared"));
    QVERIFY(invited > 0 && registered > 0 && attendedType > 0 && responded > 0 && shared > 0);
    const auto row = [](std::int64_t person, std::int32_t type, std::int64_t at,
                        std::int64_t campaign) {
        return storage::ActivityRow{person, type, at, campaign, 0, 0, 0};
    };
    // Most of it in a segment, the rest as change rows: both are read.
    storage::ActivityColumns segment;
    for (std::int64_t p : {1, 2, 3, 4, 5, 6})
        segment.push_back(row(p, invited, fixtureTime(2, 1), springKey));
    for (std::int64_t p : {1, 2, 3, 5, 6})
        segment.push_back(row(p, registered, fixtureTime(2, 10), springKey));
    segment.push_back(row(1, attendedType, fixtureTime(3, 10), springKey));
    segment.push_back(row(2, attendedType, fixtureTime(3, 10), springKey));
    segment.push_back(row(5, attendedType, fixtureTime(2, 27), springKey));
    segment.push_back(row(8, invited, fixtureTime(8, 1), autumnKey));
    segment.push_back(row(8, registered, fixtureTime(8, 2), autumnKey));
    segment.push_back(row(8, attendedType, fixtureTime(9, 10), autumnKey));
    segment.push_back(row(8, shared, fixtureTime(3, 12), 0));
    QVERIFY(activities.appendSegmentsUnchecked(segment));
    storage::ActivityColumns changes;
    changes.push_back(row(5, attendedType, fixtureTime(4, 2), springKey));
    changes.push_back(row(6, attendedType, fixtureTime(3, 11), springKey));
    changes.push_back(row(1, responded, fixtureTime(3, 12), springKey));
    changes.push_back(row(7, shared, fixtureTime(3, 12), springKey));
    changes.push_back(row(1, attendedType, fixtureTime(9, 11), autumnKey));
    QVERIFY(activities.append(changes));

    storage::SurveyRepository surveys(db, clock);
    const auto addSurvey =
        [&](const QString& name, const model::Uuid& campaign,
            const QList<std::pair<std::optional<int>, std::optional<int>>>& answers) {
            model::Survey survey;
            survey.name = name;
            survey.campaign = campaign;
            const model::Question npsQuestion{model::Uuid::createV7(clock),
                                              model::QuestionKind::Nps,
                                              QStringLiteral("Recommend us?"),
                                              {},
                                              5,
                                              false};
            const model::Question csatQuestion{model::Uuid::createV7(clock),
                                               model::QuestionKind::Csat,
                                               QStringLiteral("Satisfied?"),
                                               {},
                                               5,
                                               false};
            survey.questions = {npsQuestion, csatQuestion};
            storage::StoreResult created = surveys.create(survey);
            QVERIFY2(created, qPrintable(created.message));
            int n = 0;
            for (const auto& [npsAnswer, csatAnswer] : answers) {
                model::SurveyResponse response;
                response.survey = survey.meta.id;
                // The first is anonymous, the others from p1, p2, ...
                if (n > 0)
                    response.person =
                        model::Uuid::fromString(QStringLiteral("00000000-0000-7000-8000-%1")
                                                    .arg(n, 12, 10, QLatin1Char('0')));
                response.submittedAt = QDateTime(QDate(2026, 3, 12), QTime(12, n), Qt::UTC);
                if (npsAnswer)
                    response.answers << model::Answer{npsQuestion.id, npsAnswer, {}, {}};
                if (csatAnswer)
                    response.answers << model::Answer{csatQuestion.id, csatAnswer, {}, {}};
                storage::StoreResult added = surveys.create(response);
                QVERIFY2(added, qPrintable(added.message));
                ++n;
            }
        };
    addSurvey(QStringLiteral("Spring feedback"), spring.meta.id,
              {{3, std::nullopt}, {10, 5}, {9, 4}, {9, std::nullopt}, {7, 2}});
    addSurvey(QStringLiteral("Autumn feedback"), autumn.meta.id, {{0, 1}});
}

} // namespace rapport::test
