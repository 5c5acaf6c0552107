// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Survey.h"
#include "core/model/Validation.h"

#include "tests/support/FixedClock.h"

#include <QTest>

#include <functional>

using namespace rapport::model;
using namespace Qt::StringLiterals;
using rapport::test::FixedClock;

using SurveyEdit = std::function<void(Survey&)>;
using ResponseEdit = std::function<void(SurveyResponse&)>;
Q_DECLARE_METATYPE(SurveyEdit)
Q_DECLARE_METATYPE(ResponseEdit)
Q_DECLARE_METATYPE(NpsCategory)
Q_DECLARE_METATYPE(QuestionKind)

namespace {

Uuid qid(int n)
{
    return Uuid::fromString(u"0190a000-0000-7000-8000-0000000000%1"_s.arg(n, 2, 10, QLatin1Char('0')));
}

Question question(int n, QuestionKind kind, const QString& text, QStringList options = {})
{
    Question q;
    q.id = qid(n);
    q.kind = kind;
    q.text = text;
    q.options = std::move(options);
    return q;
}

Survey validSurvey()
{
    const FixedClock clock;
    Survey s;
    s.meta = RecordMeta::create(clock);
    s.name = u"Meetup feedback"_s;
    s.questions = {question(1, QuestionKind::Nps, u"Would you recommend us?"_s),
                   question(2, QuestionKind::Csat, u"How satisfied are you?"_s),
                   question(3, QuestionKind::Likert, u"The talks were deep enough."_s),
                   question(4, QuestionKind::SingleChoice, u"Favourite track?"_s,
                            {u"Rust"_s, u"Go"_s, u"C++"_s}),
                   question(5, QuestionKind::MultiChoice, u"What brought you?"_s,
                            {u"Talks"_s, u"Food"_s, u"People"_s}),
                   question(6, QuestionKind::Text, u"Anything else?"_s)};
    s.questions[0].required = true;
    s.questions[2].scalePoints = 7;
    return s;
}

Answer number(int q, int value)
{
    Answer a;
    a.question = qid(q);
    a.number = value;
    return a;
}

Answer choices(int q, QStringList chosen)
{
    Answer a;
    a.question = qid(q);
    a.choices = std::move(chosen);
    return a;
}

SurveyResponse validResponse(const Survey& survey)
{
    const FixedClock clock;
    SurveyResponse r;
    r.meta = RecordMeta::create(clock);
    r.survey = survey.meta.id;
    r.person = Uuid::fromString(u"0190a000-0000-7000-8000-0000000000aa");
    r.submittedAt = clock.now();
    Answer text;
    text.question = qid(6);
    text.text = u"Great pizza."_s;
    r.answers = {number(1, 9), number(2, 4), number(3, 7), choices(4, {u"Go"_s}),
                 choices(5, {u"Talks"_s, u"People"_s}), text};
    return r;
}

} // namespace

class TestSurvey : public QObject
{
    Q_OBJECT

private slots:
    void questionKindNames();
    void scaleRanges_data();
    void scaleRanges();
    void findQuestion();
    void npsCategories_data();
    void npsCategories();
    void npsCategoryNames();
    void surveyValidation_data();
    void surveyValidation();
    void responseValidation_data();
    void responseValidation();
};

void TestSurvey::questionKindNames()
{
    const QList<QPair<QuestionKind, QString>> expected{
        {QuestionKind::Nps, u"nps"_s},           {QuestionKind::Csat, u"csat"_s},
        {QuestionKind::Likert, u"likert"_s},     {QuestionKind::SingleChoice, u"single"_s},
        {QuestionKind::MultiChoice, u"multi"_s}, {QuestionKind::Text, u"text"_s}};
    for (const auto& [kind, name] : expected) {
        QCOMPARE(questionKindName(kind), name);
        QuestionKind parsed = QuestionKind::Text;
        QVERIFY(questionKindFromName(name, &parsed));
        QCOMPARE(parsed, kind);
    }
    QVERIFY(!questionKindFromName(u"essay", nullptr));
}

void TestSurvey::scaleRanges_data()
{
    QTest::addColumn<QuestionKind>("kind");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::newRow("nps") << QuestionKind::Nps << 5 << 0 << 10;
    QTest::newRow("csat") << QuestionKind::Csat << 5 << 1 << 5;
    QTest::newRow("likert 5") << QuestionKind::Likert << 5 << 1 << 5;
    QTest::newRow("likert 7") << QuestionKind::Likert << 7 << 1 << 7;
    QTest::newRow("nps ignores points") << QuestionKind::Nps << 7 << 0 << 10;
}

void TestSurvey::scaleRanges()
{
    QFETCH(QuestionKind, kind);
    QFETCH(int, points);
    QFETCH(int, min);
    QFETCH(int, max);
    Question q;
    q.kind = kind;
    q.scalePoints = points;
    QCOMPARE(q.minValue(), min);
    QCOMPARE(q.maxValue(), max);
}

void TestSurvey::findQuestion()
{
    const Survey survey = validSurvey();
    const Question* found = survey.question(qid(4));
    QVERIFY(found);
    QCOMPARE(found->text, u"Favourite track?"_s);
    QCOMPARE(found, &survey.questions[3]);
    QCOMPARE(survey.question(qid(42)), nullptr);
    QCOMPARE(survey.question(Uuid()), nullptr);
}

void TestSurvey::npsCategories_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<NpsCategory>("category");
    QTest::newRow("0") << 0 << NpsCategory::Detractor;
    QTest::newRow("6") << 6 << NpsCategory::Detractor;
    QTest::newRow("7") << 7 << NpsCategory::Passive;
    QTest::newRow("8") << 8 << NpsCategory::Passive;
    QTest::newRow("9") << 9 << NpsCategory::Promoter;
    QTest::newRow("10") << 10 << NpsCategory::Promoter;
}

void TestSurvey::npsCategories()
{
    QFETCH(int, score);
    QFETCH(NpsCategory, category);
    QCOMPARE(npsCategory(score), category);
}

void TestSurvey::npsCategoryNames()
{
    QCOMPARE(npsCategoryName(NpsCategory::Detractor), u"detractor"_s);
    QCOMPARE(npsCategoryName(NpsCategory::Passive), u"passive"_s);
    QCOMPARE(npsCategoryName(NpsCategory::Promoter), u"promoter"_s);
    NpsCategory parsed = NpsCategory::Detractor;
    QVERIFY(npsCategoryFromName(u"promoter", &parsed));
    QCOMPARE(parsed, NpsCategory::Promoter);
    QVERIFY(!npsCategoryFromName(u"fan", &parsed));
}

void TestSurvey::surveyValidation_data()
{
    QTest::addColumn<SurveyEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid baseline") << SurveyEdit([](Survey&) {}) << QStringList();
    QTest::newRow("no name") << SurveyEdit([](Survey& s) { s.name.clear(); })
                             << QStringList{u"name"_s};
    QTest::newRow("no questions") << SurveyEdit([](Survey& s) { s.questions.clear(); })
                                  << QStringList{u"questions"_s};
    QTest::newRow("null question id") << SurveyEdit([](Survey& s) { s.questions[1].id = Uuid(); })
                                      << QStringList{u"questions"_s};
    QTest::newRow("repeated question id")
        << SurveyEdit([](Survey& s) { s.questions[2].id = s.questions[0].id; })
        << QStringList{u"questions"_s};
    QTest::newRow("empty question text")
        << SurveyEdit([](Survey& s) { s.questions[5].text = u"  "_s; })
        << QStringList{u"questions"_s};
    QTest::newRow("choice with one option")
        << SurveyEdit([](Survey& s) { s.questions[3].options = {u"Rust"_s}; })
        << QStringList{u"questions"_s};
    QTest::newRow("choice with two equal options")
        << SurveyEdit([](Survey& s) { s.questions[4].options = {u"Talks"_s, u"Talks"_s}; })
        << QStringList{u"questions"_s};
    QTest::newRow("choice with an empty option")
        << SurveyEdit([](Survey& s) { s.questions[4].options.append(QString()); })
        << QStringList{u"questions"_s};
    QTest::newRow("likert with 6 points")
        << SurveyEdit([](Survey& s) { s.questions[2].scalePoints = 6; })
        << QStringList{u"questions"_s};
    QTest::newRow("likert with 5 points")
        << SurveyEdit([](Survey& s) { s.questions[2].scalePoints = 5; }) << QStringList();
    QTest::newRow("points of other scales are ignored")
        << SurveyEdit([](Survey& s) { s.questions[0].scalePoints = 3; }) << QStringList();
}

void TestSurvey::surveyValidation()
{
    QFETCH(SurveyEdit, edit);
    QFETCH(QStringList, fields);
    Survey survey = validSurvey();
    edit(survey);
    QCOMPARE(errorFields(validate(survey)), fields);
}

void TestSurvey::responseValidation_data()
{
    QTest::addColumn<ResponseEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid baseline") << ResponseEdit([](SurveyResponse&) {}) << QStringList();
    QTest::newRow("anonymous") << ResponseEdit([](SurveyResponse& r) { r.person = Uuid(); })
                               << QStringList();
    QTest::newRow("only the required answer") << ResponseEdit([](SurveyResponse& r) {
        r.answers = {number(1, 0)};
    }) << QStringList();
    QTest::newRow("another survey") << ResponseEdit([](SurveyResponse& r) { r.survey = qid(99); })
                                    << QStringList{u"survey"_s};
    QTest::newRow("no survey") << ResponseEdit([](SurveyResponse& r) { r.survey = Uuid(); })
                               << QStringList{u"survey"_s};
    QTest::newRow("no submission time")
        << ResponseEdit([](SurveyResponse& r) { r.submittedAt = QDateTime(); })
        << QStringList{u"submittedAt"_s};
    QTest::newRow("answer to unknown question")
        << ResponseEdit([](SurveyResponse& r) { r.answers.append(number(77, 3)); })
        << QStringList{u"answers"_s};
    QTest::newRow("question answered twice")
        << ResponseEdit([](SurveyResponse& r) { r.answers.append(number(2, 5)); })
        << QStringList{u"answers"_s};
    QTest::newRow("nps 11") << ResponseEdit([](SurveyResponse& r) { r.answers[0].number = 11; })
                            << QStringList{u"answers"_s};
    QTest::newRow("nps -1") << ResponseEdit([](SurveyResponse& r) { r.answers[0].number = -1; })
                            << QStringList{u"answers"_s};
    QTest::newRow("lowest scale values fit") << ResponseEdit([](SurveyResponse& r) {
        r.answers[0].number = 0;
        r.answers.append(number(3, 1));
        r.answers.removeAt(2);
    }) << QStringList();
    QTest::newRow("csat 0") << ResponseEdit([](SurveyResponse& r) { r.answers[1].number = 0; })
                            << QStringList{u"answers"_s};
    QTest::newRow("csat 6") << ResponseEdit([](SurveyResponse& r) { r.answers[1].number = 6; })
                            << QStringList{u"answers"_s};
    QTest::newRow("likert 8 of 7")
        << ResponseEdit([](SurveyResponse& r) { r.answers[2].number = 8; })
        << QStringList{u"answers"_s};
    QTest::newRow("scale answered with text") << ResponseEdit([](SurveyResponse& r) {
        r.answers[1].number.reset();
        r.answers[1].text = u"four"_s;
    }) << QStringList{u"answers"_s};
    QTest::newRow("single choice not an option")
        << ResponseEdit([](SurveyResponse& r) { r.answers[3].choices = {u"Java"_s}; })
        << QStringList{u"answers"_s};
    QTest::newRow("single choice with two")
        << ResponseEdit([](SurveyResponse& r) { r.answers[3].choices = {u"Go"_s, u"Rust"_s}; })
        << QStringList{u"answers"_s};
    QTest::newRow("multi choice not an option")
        << ResponseEdit([](SurveyResponse& r) { r.answers[4].choices.append(u"Swag"_s); })
        << QStringList{u"answers"_s};
    QTest::newRow("multi choice repeated")
        << ResponseEdit([](SurveyResponse& r) { r.answers[4].choices.append(u"Talks"_s); })
        << QStringList{u"answers"_s};
    QTest::newRow("multi choice all options") << ResponseEdit([](SurveyResponse& r) {
        r.answers[4].choices = {u"Talks"_s, u"Food"_s, u"People"_s};
    }) << QStringList();
    QTest::newRow("required question unanswered")
        << ResponseEdit([](SurveyResponse& r) { r.answers.removeFirst(); })
        << QStringList{u"answers"_s};
    QTest::newRow("required question answered empty")
        << ResponseEdit([](SurveyResponse& r) { r.answers[0].number.reset(); })
        << QStringList{u"answers"_s};
}

void TestSurvey::responseValidation()
{
    QFETCH(ResponseEdit, edit);
    QFETCH(QStringList, fields);
    const Survey survey = validSurvey();
    QVERIFY(validate(survey).isEmpty());
    SurveyResponse response = validResponse(survey);
    edit(response);
    QCOMPARE(errorFields(validate(response, survey)), fields);
}

QTEST_GUILESS_MAIN(TestSurvey)
#include "tst_Survey.moc"
