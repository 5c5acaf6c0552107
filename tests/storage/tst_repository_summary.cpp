// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectRepository.h"
#include "core/storage/ProjectSummary.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QTest>

using namespace rapport;

class TestProjectSummary : public QObject
{
    Q_OBJECT

private slots:
    void emptyProject();
    void countsEverything();
    void notARapportDatabase();
};

void TestProjectSummary::emptyProject()
{
    test::TestDatabase db;
    QVERIFY(db.isOk());
    storage::ProjectSummary s;
    QVERIFY(storage::ProjectSummary::compute(db.db(), &s));
    QCOMPARE(s.schemaVersion, storage::currentSchemaVersion());
    QCOMPARE(s.people, 0);
    QCOMPARE(s.activities, 0);
    const QJsonObject json = s.toJson();
    for (const char* key : {"schema_version", "people", "identities", "activities", "campaigns", "audiences", "content",
                            "surveys", "responses", "rewards", "channels", "goals", "series"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
}

void TestProjectSummary::countsEverything()
{
    test::TestDatabase db;
    QVERIFY(db.isOk());
    test::FixedClock clock;
    storage::ProjectRepository repo(db.db(), clock);
    QList<model::Person> people;
    for (int i = 0; i < 5; ++i) {
        model::Person p;
        p.displayName = QStringLiteral("P%1").arg(i);
        p.identities = {{model::IdentityKind::Email, QStringLiteral("p%1@example.org").arg(i)},
                        {model::IdentityKind::GitHub, QStringLiteral("p%1").arg(i)}};
        QVERIFY(repo.people().create(p));
        people << p;
    }
    model::PersonMerge merge;
    QVERIFY(model::PersonMerge::merge(people[0], people[1], clock, &merge, nullptr));
    QVERIFY(repo.people().mergePeople(merge));

    model::Campaign c;
    c.name = QStringLiteral("C");
    QVERIFY(repo.campaigns().create(c));
    model::Channel ch;
    ch.name = QStringLiteral("Blog");
    ch.kind = QStringLiteral("blog");
    QVERIFY(repo.channels().create(ch));
    model::Survey s;
    s.name = QStringLiteral("S");
    s.questions = {{model::Uuid::createV7(clock), model::QuestionKind::Nps, QStringLiteral("?"), {}, 5, true}};
    QVERIFY(repo.surveys().create(s));
    model::SurveyResponse r;
    r.survey = s.meta.id;
    r.submittedAt = clock.now();
    r.answers = {{s.questions[0].id, 8, {}, {}}};
    QVERIFY(repo.surveys().create(r));
    storage::ActivityColumns rows;
    for (int i = 0; i < 10'000; ++i)
        rows.push_back({1 + i % 5, 1, 1'700'000'000 + i, 0, 0, 0, 0});
    QVERIFY(repo.activities().append(rows));
    storage::ActivityColumns few;
    few.push_back({2, 1, 5, 0, 0, 0, 0});
    QVERIFY(repo.activities().append(few));
    QVERIFY(repo.activities().typeKey(QStringLiteral("attended")) > 0);

    storage::ProjectSummary summary;
    QVERIFY(storage::ProjectSummary::compute(db.db(), &summary));
    QCOMPARE(summary.people, 4);
    QCOMPARE(summary.mergedPeople, 1);
    QCOMPARE(summary.identities, 10);
    QCOMPARE(summary.activities, 10'001);
    QCOMPARE(summary.campaigns, 1);
    QCOMPARE(summary.channels, 1);
    QCOMPARE(summary.surveys, 1);
    QCOMPARE(summary.responses, 1);
    QCOMPARE(summary.rewards, 0);
    const QJsonObject json = summary.toJson();
    QCOMPARE(json.value(QStringLiteral("people")).toInteger(), 4);
    QCOMPARE(json.value(QStringLiteral("activities")).toInteger(), 10'001);
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), storage::currentSchemaVersion());
}

void TestProjectSummary::notARapportDatabase()
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(dir.filePath(QStringLiteral("other.db")));
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
        storage::ProjectSummary s;
        QString error;
        QVERIFY(!storage::ProjectSummary::compute(db, &s, &error));
        QVERIFY(!error.isEmpty());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

QTEST_GUILESS_MAIN(TestProjectSummary)
#include "tst_repository_summary.moc"
