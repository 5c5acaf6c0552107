// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/GoalTracker.h"
#include "core/storage/ProjectRepository.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QTest>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::model;

namespace {

std::int64_t at(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

class TestGoalTracker : public QObject
{
    Q_OBJECT

private slots:
    void progressOfProjectAndCampaignGoals();
};

void TestGoalTracker::progressOfProjectAndCampaignGoals()
{
    test::TestDatabase database;
    QVERIFY2(database.isOk(), qPrintable(database.error()));
    test::FixedClock clock(QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC));
    storage::ProjectRepository repo(database.db(), clock);
    QList<storage::RowKey> people;
    for (int i = 0; i < 5; ++i) {
        Person p;
        p.displayName = QStringLiteral("P%1").arg(i);
        QVERIFY(repo.people().create(p));
        people << repo.people().keyOf(p.meta.id);
    }
    Campaign meetup;
    meetup.name = QStringLiteral("Meetup");
    QVERIFY(repo.campaigns().create(meetup));
    const storage::RowKey meetupKey = repo.campaigns().keyOf(meetup.meta.id);
    const std::int32_t attended = repo.activities().typeKey(QStringLiteral("attended"));
    storage::ActivityColumns rows;
    // March: people 0–2 at the meetup, 3 elsewhere, 0 twice; the last day of March counts
    // to its end; April 1st does not.
    rows.push_back({people[0], attended, at(3, 1), meetupKey, 0, 0, 0});
    rows.push_back({people[0], attended, at(3, 2), meetupKey, 0, 0, 0});
    rows.push_back({people[1], attended, at(3, 31, 23), meetupKey, 0, 0, 0});
    rows.push_back({people[2], attended, at(3, 15), meetupKey, 0, 0, 0});
    rows.push_back({people[3], attended, at(3, 15), 0, 0, 0, 0});
    rows.push_back({people[4], attended, at(4, 1, 0), meetupKey, 0, 0, 0});
    QVERIFY(repo.activities().append(rows));

    storage::GoalTracker tracker(database.db(), clock, 1);
    Goal goal;
    goal.metric = QStringLiteral("attended");
    goal.target = 8;
    goal.periodStart = QDate(2025, 3, 1);
    goal.periodEnd = QDate(2025, 3, 31);
    QVERIFY(!tracker.progress(goal).value); // not loaded yet
    QString error;
    QVERIFY2(tracker.load(&error), qPrintable(error));
    QVERIFY(tracker.isLoaded());
    engine::GoalProgress p = tracker.progress(goal);
    QCOMPARE(p.value, std::optional<double>(4));
    QCOMPARE(p.fraction, std::optional<double>(0.5));
    goal.campaign = meetup.meta.id;
    QCOMPARE(tracker.progress(goal).value, std::optional<double>(3));
    goal.periodEnd = QDate(2025, 4, 1);
    QCOMPARE(tracker.progress(goal).value, std::optional<double>(4));
    goal.metric = QStringLiteral("spoke"); // no such activity yet
    QCOMPARE(tracker.progress(goal).value, std::optional<double>(0));
    goal.metric = QStringLiteral("nps"); // no responses
    QVERIFY(!tracker.progress(goal).value);
    goal.metric = QStringLiteral("advocates");
    QCOMPARE(tracker.progress(goal).value, std::optional<double>(0));
}

QTEST_GUILESS_MAIN(TestGoalTracker)
#include "tst_goaltracker.moc"
