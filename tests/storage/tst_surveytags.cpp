// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectRepository.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QTest>

using namespace rapport;
using namespace rapport::model;
using storage::AnswerKey;
using storage::StoreError;

class TestSurveyTags : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tagsAreStoredCleanedAndBumpTheResponse();
    void tagsGoWithTheirAnswer();
    void scoresCountOneNpsAndCsatPerResponse();
    void respondentNames();

private:
    int tagRows() const;

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<storage::ProjectRepository> m_repo;
    test::FixedClock m_clock;
    Survey m_survey;
    SurveyResponse m_first;
    SurveyResponse m_second;
};

void TestSurveyTags::init()
{
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->isOk(), qPrintable(m_database->error()));
    m_repo = std::make_unique<storage::ProjectRepository>(m_database->db(), m_clock);
    m_survey = {};
    m_survey.name = QStringLiteral("Feedback");
    m_survey.questions = {
        {Uuid::createV7(m_clock), QuestionKind::Nps, QStringLiteral("Recommend?"), {}, 5, false},
        {Uuid::createV7(m_clock), QuestionKind::Text, QStringLiteral("Why?"), {}, 5, false},
        {Uuid::createV7(m_clock), QuestionKind::Csat, QStringLiteral("Happy?"), {}, 5, false}};
    QVERIFY(m_repo->surveys().create(m_survey));
    const Uuid nps = m_survey.questions[0].id, why = m_survey.questions[1].id;
    m_first = {};
    m_first.survey = m_survey.meta.id;
    m_first.submittedAt = m_clock.now();
    m_first.answers = {{nps, 10, {}, {}}, {why, std::nullopt, {}, QStringLiteral("The docs")}};
    QVERIFY(m_repo->surveys().create(m_first));
    m_second = m_first;
    m_second.meta = {};
    m_second.answers = {{nps, 4, {}, {}}, {why, std::nullopt, {}, QStringLiteral("Pricing")}};
    QVERIFY(m_repo->surveys().create(m_second));
}

void TestSurveyTags::cleanup()
{
    m_repo.reset();
    m_database.reset();
}

int TestSurveyTags::tagRows() const
{
    QSqlQuery q(m_database->db());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM survey_answer_tags"));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestSurveyTags::tagsAreStoredCleanedAndBumpTheResponse()
{
    auto& repo = m_repo->surveys();
    const AnswerKey why{m_first.meta.id, m_survey.questions[1].id};
    m_clock.advance(60);
    auto r = repo.setAnswerTags(why, {QStringLiteral(" docs "), QStringLiteral("Docs"),
                                      QString(), QStringLiteral("praise  given")});
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(repo.answerTags(why), (QStringList{QStringLiteral("docs"), QStringLiteral("praise given")}));
    const auto all = repo.answerTags(m_survey.meta.id);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.value(why), repo.answerTags(why));
    const auto stored = repo.response(m_first.meta.id);
    QCOMPARE(stored->meta.rowVersion, m_first.meta.rowVersion + 1);
    QCOMPARE(stored->meta.updatedAt, m_clock.now());

    // Replacing, clearing; an answer that does not exist is refused.
    QVERIFY(repo.setAnswerTags(why, {QStringLiteral("pricing")}));
    QCOMPARE(repo.answerTags(why), QStringList{QStringLiteral("pricing")});
    QVERIFY(repo.setAnswerTags(why, {}));
    QVERIFY(repo.answerTags(why).isEmpty());
    QCOMPARE(repo.setAnswerTags({m_first.meta.id, m_survey.questions[2].id}, {QStringLiteral("x")}).error,
             StoreError::NotFound);
    QCOMPARE(tagRows(), 0);
}

void TestSurveyTags::tagsGoWithTheirAnswer()
{
    auto& repo = m_repo->surveys();
    const Uuid why = m_survey.questions[1].id;
    QVERIFY(repo.setAnswerTags({m_first.meta.id, why}, {QStringLiteral("docs")}));
    QVERIFY(repo.setAnswerTags({m_second.meta.id, why}, {QStringLiteral("pricing")}));
    QVERIFY(repo.setAnswerTags({m_second.meta.id, m_survey.questions[0].id}, {QStringLiteral("low")}));
    QCOMPARE(tagRows(), 3);

    // Updating a response keeps the tags of the answers it keeps, drops the others.
    SurveyResponse second = *repo.response(m_second.meta.id);
    second.answers.removeLast();
    QVERIFY(repo.update(second));
    QCOMPARE(repo.answerTags({m_second.meta.id, m_survey.questions[0].id}), QStringList{QStringLiteral("low")});
    QCOMPARE(tagRows(), 2);

    // Removing a question, a response or the survey removes their tags.
    Survey survey = *repo.get(m_survey.meta.id);
    survey.questions.removeAt(1);
    QVERIFY(repo.update(survey));
    QCOMPARE(tagRows(), 1);
    QVERIFY(repo.removeResponse(m_second.meta.id));
    QCOMPARE(tagRows(), 0);
    QVERIFY(repo.setAnswerTags({m_first.meta.id, m_survey.questions[0].id}, {QStringLiteral("high")}));
    QVERIFY(repo.remove(m_survey.meta.id));
    QCOMPARE(tagRows(), 0);
}

void TestSurveyTags::scoresCountOneNpsAndCsatPerResponse()
{
    auto& repo = m_repo->surveys();
    Survey empty;
    empty.name = QStringLiteral("Nobody answered");
    empty.questions = {{Uuid::createV7(m_clock), QuestionKind::Text, QStringLiteral("?"), {}, 5, false}};
    QVERIFY(repo.create(empty));
    SurveyResponse third = m_first;
    third.meta = {};
    third.answers = {{m_survey.questions[0].id, 8, {}, {}}, {m_survey.questions[2].id, 4, {}, {}}};
    QVERIFY(repo.create(third));
    SurveyResponse fourth = third;
    fourth.meta = {};
    fourth.answers = {{m_survey.questions[2].id, 2, {}, {}}};
    QVERIFY(repo.create(fourth));

    const auto scores = repo.scores();
    QCOMPARE(scores.size(), 1); // surveys without responses are left out
    const storage::SurveyScores s = scores.value(m_survey.meta.id);
    QCOMPARE(s.responses, 4);
    QCOMPARE(s.npsAnswers, 3); // 10, 4, 8
    QCOMPARE(s.promoters, 1);
    QCOMPARE(s.detractors, 1);
    QCOMPARE(*s.nps(), 0.0);
    QCOMPARE(s.csatAnswers, 2); // 4, 2
    QCOMPARE(s.satisfied, 1);
    QCOMPARE(*s.csat(), 0.5);
    QVERIFY(!storage::SurveyScores().nps() && !storage::SurveyScores().csat());

    const auto answers = repo.answerCounts(m_survey.meta.id);
    QCOMPARE(answers.value(m_survey.questions[0].id), 3); // NPS: responses 1–3
    QCOMPARE(answers.value(m_survey.questions[1].id), 2); // text: responses 1–2
    QCOMPARE(answers.value(m_survey.questions[2].id), 2); // CSAT: responses 3–4
    QVERIFY(repo.answerCounts(empty.meta.id).isEmpty());
}

void TestSurveyTags::respondentNames()
{
    Person ada;
    ada.displayName = QStringLiteral("Ada");
    QVERIFY(m_repo->people().create(ada));
    SurveyResponse named = *m_repo->surveys().response(m_first.meta.id);
    named.person = ada.meta.id;
    QVERIFY(m_repo->surveys().update(named));
    const auto names = m_repo->surveys().respondentNames(m_survey.meta.id);
    QCOMPARE(names.size(), 1); // the other response is anonymous
    QCOMPARE(names.value(ada.meta.id), QStringLiteral("Ada"));
}

QTEST_GUILESS_MAIN(TestSurveyTags)
#include "tst_surveytags.moc"
