// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Survey platforms: SurveyMonkey, Typeform, Microsoft Forms (.csv and .xlsx), Google Forms
// (Sheets and direct download). Fixtures in tests/data/import, layouts in
// core/io/IMPORT-FORMATS.md.
#include "tests/io/ImportTestSupport.h"

#include <QDir>

using namespace rapport;
using model::QuestionKind;
using test::importFixture;

namespace {

const QString kNps =
    QStringLiteral("How likely are you to recommend Example Conf to a friend or colleague?");

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

/** A survey's responses in the order they were submitted. */
QList<model::SurveyResponse> bySubmission(QList<model::SurveyResponse> responses)
{
    std::sort(responses.begin(), responses.end(),
              [](const model::SurveyResponse& a, const model::SurveyResponse& b) {
                  return a.submittedAt < b.submittedAt;
              });
    return responses;
}

const model::Question* questionOf(const model::Survey& survey, const QString& text)
{
    for (const model::Question& q : survey.questions)
        if (q.text == text)
            return &q;
    return nullptr;
}

const model::Answer* answerTo(const model::SurveyResponse& response, const model::Question& q)
{
    for (const model::Answer& a : response.answers)
        if (a.question == q.id)
            return &a;
    return nullptr;
}

/** The numbers answered to a question, in submission order (−1 where unanswered). */
QList<int> numbers(const QList<model::SurveyResponse>& responses, const model::Question& q)
{
    QList<int> values;
    for (const model::SurveyResponse& r : responses) {
        const model::Answer* a = answerTo(r, q);
        values << (a && a->number ? *a->number : -1);
    }
    return values;
}

QStringList texts(const QList<model::SurveyResponse>& responses, const model::Question& q)
{
    QStringList values;
    for (const model::SurveyResponse& r : responses) {
        const model::Answer* a = answerTo(r, q);
        values << (a ? a->text : QString());
    }
    return values;
}

int anonymousCount(const QList<model::SurveyResponse>& responses)
{
    return int(std::count_if(responses.begin(), responses.end(),
                             [](const model::SurveyResponse& r) { return r.person.isNull(); }));
}

QByteArray readFixture(const QString& name)
{
    QFile f(importFixture(name));
    if (!f.open(QIODevice::ReadOnly))
        qWarning() << "cannot read" << name;
    return f.readAll();
}

} // namespace

class ImportSurveysTest : public QObject
{
    Q_OBJECT

private slots:
    void surveyMonkey();
    void surveyMonkeyContactBlock();
    void typeform();
    void typeformApostropheAndHiddenEmail();
    void microsoftForms_data();
    void microsoftForms();
    void googleFormsSheets();
    void googleFormsDirect();
    void npsWrittenAsText();
    void recognisedFromTheHeader_data();
    void recognisedFromTheHeader();
    void reimportAddsNothing_data();
    void reimportAddsNothing();
    void badRowNamesTheLine_data();
    void badRowNamesTheLine();
    void surveyOption();
    void oneRespondentAcrossPlatforms();
    void activitiesCsvIsNotAGoogleForm();
    void otherPlatformsAreNotSurveys();
};

void ImportSurveysTest::surveyMonkey()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("surveymonkey_responses.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("surveymonkey"));
    QCOMPARE(r.peopleCreated, 2); // the third respondent gave no email
    QCOMPARE(r.responsesCreated, 3);
    QCOMPARE(r.surveysCreated, 1);
    QCOMPARE(r.activitiesCreated, 0);
    QCOMPARE(p.peopleCount(), 2);
    const auto survey = p.survey(QStringLiteral("surveymonkey_responses"));
    QVERIFY(survey);
    // Row 2 is a header: "Response" is no answer; the multi-select block is one question.
    QStringList questions;
    for (const model::Question& q : survey->questions)
        questions << q.text;
    QCOMPARE(questions, (QStringList{kNps, QStringLiteral("Which sessions did you attend?"),
                                     QStringLiteral("How satisfied were you overall?"),
                                     QStringLiteral("What could we improve?")}));
    const auto responses = bySubmission(p.responsesOf(survey->name));
    QCOMPARE(responses.size(), 3);
    const model::Question* nps = questionOf(*survey, kNps);
    QCOMPARE(nps->kind, QuestionKind::Nps);
    QCOMPARE(numbers(responses, *nps), (QList<int>{9, 6, 10}));
    // The satisfaction labels are read on the standard 5-point scale.
    const model::Question* csat =
        questionOf(*survey, QStringLiteral("How satisfied were you overall?"));
    QCOMPARE(csat->kind, QuestionKind::Csat);
    QCOMPARE(numbers(responses, *csat), (QList<int>{5, 3, 5}));
    const model::Question* sessions =
        questionOf(*survey, QStringLiteral("Which sessions did you attend?"));
    QCOMPARE(sessions->kind, QuestionKind::Text);
    QCOMPARE(texts(responses, *sessions), (QStringList{QStringLiteral("Keynote; Workshops"),
                                                       QStringLiteral("Keynote; Lightning talks"),
                                                       QStringLiteral("Workshops")}));
    QCOMPARE(texts(responses, *questionOf(*survey, QStringLiteral("What could we improve?"))).at(1),
             QStringLiteral("Bigger room, better Wi-Fi"));
    // End Date, month-first with AM/PM, no zone: UTC.
    QCOMPARE(responses[0].submittedAt, utc(2024, 3, 5, 10, 15, 2));
    QCOMPARE(responses[2].submittedAt, utc(2024, 3, 6, 21, 46, 30));
    QVERIFY(responses[2].person.isNull());
    QCOMPARE(anonymousCount(responses), 1);
    const auto zoe = p.personByEmail(QStringLiteral("zoe@example.org"));
    QVERIFY(zoe);
    QCOMPARE(zoe->displayName, QStringLiteral("Zoë Müller"));
    QCOMPARE(zoe->source, QStringLiteral("surveymonkey"));
    QCOMPARE(responses[1].person, zoe->meta.id);
}

void ImportSurveysTest::surveyMonkeyContactBlock()
{
    // A web-link collector has no Email Address column; a contact-information question
    // (one column per field, "Question [Field]") identifies the respondent instead, and a
    // matrix block stays one question per row.
    test::ImportProject p;
    QVERIFY(p.isOk());
    const QString file = p.write(
        QStringLiteral("contact.csv"),
        "Respondent ID,Collector ID,Start Date,End Date,Your contact details,,How would you "
        "rate,,\n"
        ",,,,Name,Email Address,Talks,Food\n"
        "1,9,03/05/2024 10:00:00 AM,03/05/2024 10:05:00 AM,Ada Example,ada@example.com,Good,Poor\n"
        "2,9,03/05/2024 11:00:00 AM,03/05/2024 11:05:00 AM,,,Great,Good\n");
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(file, &r, &e), qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("surveymonkey"));
    QCOMPARE(r.peopleCreated, 1);
    QCOMPARE(r.responsesCreated, 2);
    const auto ada = p.personByEmail(QStringLiteral("ada@example.com"));
    QVERIFY(ada);
    QCOMPARE(ada->displayName, QStringLiteral("Ada Example"));
    const auto survey = p.survey(QStringLiteral("contact"));
    QVERIFY(survey);
    QStringList questions;
    for (const model::Question& q : survey->questions)
        questions << q.text;
    QCOMPARE(questions, (QStringList{QStringLiteral("How would you rate [Talks]"),
                                     QStringLiteral("How would you rate [Food]")}));
    const auto responses = bySubmission(p.responsesOf(survey->name));
    QCOMPARE(responses[0].person, ada->meta.id);
    QVERIFY(responses[1].person.isNull());
}

void ImportSurveysTest::typeform()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("typeform_responses.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("typeform"));
    QCOMPARE(r.peopleCreated, 2);
    QCOMPARE(r.responsesCreated, 2);
    // The partial response is skipped, with its line.
    QCOMPARE(r.skippedTotal, 1);
    QCOMPARE(r.skipped.size(), 1);
    QCOMPARE(r.skipped.front().line, 4);
    QVERIFY2(r.skipped.front().reason.contains(QLatin1String("partial")),
             qPrintable(r.skipped.front().reason));
    const auto survey = p.survey(QStringLiteral("typeform_responses"));
    QVERIFY(survey);
    // The name and email questions identify the person; the hidden field is no question.
    QStringList questions;
    for (const model::Question& q : survey->questions)
        questions << q.text;
    QCOMPARE(questions, (QStringList{kNps, QStringLiteral("How satisfied were you with the talks?"),
                                     QStringLiteral("What could we improve?")}));
    const auto responses = bySubmission(p.responsesOf(survey->name));
    QCOMPARE(numbers(responses, *questionOf(*survey, kNps)), (QList<int>{9, 10}));
    QCOMPARE(questionOf(*survey, kNps)->kind, QuestionKind::Nps);
    QCOMPARE(questionOf(*survey, QStringLiteral("How satisfied were you with the talks?"))->kind,
             QuestionKind::Csat);
    QCOMPARE(responses[0].submittedAt, utc(2024, 3, 5, 9, 15, 2));
    const auto lukasz = p.personByEmail(QStringLiteral("lukasz@example.org"));
    QVERIFY(lukasz);
    QCOMPARE(lukasz->displayName, QStringLiteral("Łukasz Przykład"));
    QCOMPARE(lukasz->source, QStringLiteral("typeform"));
    QCOMPARE(responses[1].person, lukasz->meta.id);
    QCOMPARE(anonymousCount(responses), 0);
}

void ImportSurveysTest::typeformApostropheAndHiddenEmail()
{
    // Typeform guards values starting with = + - @ with an apostrophe; the value is stored
    // as the respondent wrote it (and neutralised again on export). A hidden field named
    // "email" identifies a respondent who answered no email question.
    test::ImportProject p;
    QVERIFY(p.isOk());
    QByteArray bytes = readFixture(QStringLiteral("typeform_responses.csv"));
    bytes.replace("More hallway time", "'=1+1");
    bytes.replace("utm_source", "email");
    bytes.replace(",newsletter,", ",ada.hidden@example.com,");
    bytes.replace(",twitter,", ",,");
    bytes.replace("ada@example.com", "");
    const QString file = p.write(QStringLiteral("typeform.csv"), bytes);
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(file, &r, &e), qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("typeform"));
    const auto survey = p.survey(QStringLiteral("typeform"));
    QVERIFY(survey);
    const auto responses = bySubmission(p.responsesOf(survey->name));
    QCOMPARE(
        texts(responses, *questionOf(*survey, QStringLiteral("What could we improve?"))).front(),
        QStringLiteral("=1+1"));
    const auto ada = p.personByEmail(QStringLiteral("ada.hidden@example.com"));
    QVERIFY(ada);
    QCOMPARE(ada->displayName, QStringLiteral("Ada Example"));
    QCOMPARE(responses[0].person, ada->meta.id);
}

void ImportSurveysTest::microsoftForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("csv (Excel CSV UTF-8)") << "microsoft_forms_responses.csv"
                                           << "utf-8-bom";
    QTest::newRow("xlsx") << "microsoft_forms_responses.xlsx"
                          << "xlsx";
}

void ImportSurveysTest::microsoftForms()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(file), &r, &e), qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("microsoft-forms"));
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.peopleCreated, 2); // "anonymous" is nobody
    QCOMPARE(r.responsesCreated, 3);
    QCOMPARE(p.peopleCount(), 2);
    const auto survey = p.survey(QStringLiteral("microsoft_forms_responses"));
    QVERIFY(survey);
    QStringList questions;
    for (const model::Question& q : survey->questions)
        questions << q.text;
    QCOMPARE(questions, (QStringList{QStringLiteral("Company"), kNps,
                                     QStringLiteral("How satisfied were you with the talks?"),
                                     QStringLiteral("Which tracks did you attend?")}));
    const auto responses = bySubmission(p.responsesOf(survey->name));
    QCOMPARE(responses.size(), 3);
    QCOMPARE(questionOf(*survey, kNps)->kind, QuestionKind::Nps);
    QCOMPARE(numbers(responses, *questionOf(*survey, kNps)), (QList<int>{9, 6, 10}));
    const model::Question* csat =
        questionOf(*survey, QStringLiteral("How satisfied were you with the talks?"));
    QCOMPARE(csat->kind, QuestionKind::Csat);
    QCOMPARE(numbers(responses, *csat), (QList<int>{5, 3, 4}));
    QCOMPARE(texts(responses, *questionOf(*survey, QStringLiteral("Which tracks did you attend?"))),
             (QStringList{QStringLiteral("Cloud; Security"), QStringLiteral("Cloud"),
                          QStringLiteral("Security; Frontend")}));
    QVERIFY(responses[1].person.isNull());
    QCOMPARE(anonymousCount(responses), 1);
    // Completion time; the .xlsx holds Excel date-times, the CSV M/D/YY text: the same instants.
    QCOMPARE(responses[0].submittedAt, utc(2024, 3, 5, 10, 15, 2));
    QCOMPARE(responses[2].submittedAt, utc(2024, 3, 6, 9, 46, 30));
    const auto zoe = p.personByEmail(QStringLiteral("zoe@example.org"));
    QVERIFY(zoe);
    QCOMPARE(zoe->displayName, QStringLiteral("Zoë Müller"));
    QCOMPARE(zoe->source, QStringLiteral("microsoft-forms"));
    QCOMPARE(texts(responses, *questionOf(*survey, QStringLiteral("Company"))).at(2),
             QStringLiteral("Example GmbH"));
}

void ImportSurveysTest::googleFormsSheets()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("google_forms_sheets_us.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("google-forms"));
    QCOMPARE(r.peopleCreated, 3);
    QCOMPARE(r.responsesCreated, 3);
    const auto survey = p.survey(QStringLiteral("google_forms_sheets_us"));
    QVERIFY(survey);
    QStringList questions;
    for (const model::Question& q : survey->questions)
        questions << q.text;
    QCOMPARE(questions,
             (QStringList{QStringLiteral("Company"), kNps,
                          QStringLiteral("How satisfied were you with the workshops? (1-5)"),
                          QStringLiteral("Anything else?")}));
    const auto responses = bySubmission(p.responsesOf(survey->name));
    QCOMPARE(questionOf(*survey, kNps)->kind, QuestionKind::Nps);
    QCOMPARE(numbers(responses, *questionOf(*survey, kNps)), (QList<int>{9, 6, 10}));
    QCOMPARE(questionOf(*survey, QStringLiteral("How satisfied were you with the workshops? (1-5)"))
                 ->kind,
             QuestionKind::Csat);
    QCOMPARE(texts(responses, *questionOf(*survey, QStringLiteral("Anything else?"))).at(1),
             QStringLiteral("Line one\nline two"));
    // US Sheets: month-first, no offset: UTC.
    QCOMPARE(responses[0].submittedAt, utc(2024, 3, 5, 10, 12, 33));
    QCOMPARE(responses[2].submittedAt, utc(2024, 3, 6, 9, 45, 0));
    QCOMPARE(anonymousCount(responses), 0);
    const auto zoe = p.personByEmail(QStringLiteral("zoe@example.org"));
    QVERIFY(zoe);
    QCOMPARE(zoe->displayName, QStringLiteral("Zoë Müller")); // from "Your name"
    QCOMPARE(zoe->source, QStringLiteral("google-forms"));
}

void ImportSurveysTest::googleFormsDirect()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("google_forms_direct_download.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("google-forms"));
    QCOMPARE(r.peopleCreated, 3);
    QCOMPARE(r.responsesCreated, 3);
    const auto survey = p.survey(QStringLiteral("google_forms_direct_download"));
    QVERIFY(survey);
    QStringList questions;
    for (const model::Question& q : survey->questions)
        questions << q.text;
    // "Score" is the quiz's grade, not a question.
    QCOMPARE(
        questions,
        (QStringList{kNps, QStringLiteral("How satisfied were you with the workshops? (1-5)")}));
    const auto responses = bySubmission(p.responsesOf(survey->name));
    QCOMPARE(numbers(responses, *questionOf(*survey, kNps)), (QList<int>{9, 6, 10}));
    // GMT+1 before the change to summer time, GMT+2 after it.
    QCOMPARE(responses[0].submittedAt, utc(2024, 3, 5, 9, 12, 33));
    QCOMPARE(responses[2].submittedAt, utc(2024, 3, 31, 11, 5, 0));
    const auto brian = p.personByEmail(QStringLiteral("brian@example.net"));
    QVERIFY(brian);
    QCOMPARE(brian->displayName, QStringLiteral("Brian Sample"));
}

void ImportSurveysTest::npsWrittenAsText()
{
    // Scale answers exported with their end labels become the numbers.
    test::ImportProject p;
    QVERIFY(p.isOk());
    QByteArray bytes = readFixture(QStringLiteral("surveymonkey_responses.csv"));
    bytes.replace(",6,Keynote,", ",0 (Not at all likely),Keynote,");
    bytes.replace(",10,,Workshops,", ",10 - Extremely likely,,Workshops,");
    const QString file = p.write(QStringLiteral("nps.csv"), bytes);
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(file, &r, &e), qPrintable(e.toString()));
    const auto survey = p.survey(QStringLiteral("nps"));
    QVERIFY(survey);
    const model::Question* nps = questionOf(*survey, kNps);
    QVERIFY(nps);
    QCOMPARE(nps->kind, QuestionKind::Nps);
    QCOMPARE(numbers(bySubmission(p.responsesOf(survey->name)), *nps), (QList<int>{9, 0, 10}));
}

void ImportSurveysTest::recognisedFromTheHeader_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("surveymonkey") << "surveymonkey_responses.csv"
                                  << "surveymonkey";
    QTest::newRow("typeform") << "typeform_responses.csv"
                              << "typeform";
    QTest::newRow("microsoft forms csv") << "microsoft_forms_responses.csv"
                                         << "microsoft-forms";
    QTest::newRow("microsoft forms xlsx") << "microsoft_forms_responses.xlsx"
                                          << "microsoft-forms";
    QTest::newRow("google forms sheets") << "google_forms_sheets_us.csv"
                                         << "google-forms";
    QTest::newRow("google forms direct") << "google_forms_direct_download.csv"
                                         << "google-forms";
}

void ImportSurveysTest::recognisedFromTheHeader()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    io::InputError e;
    QCOMPARE(io::FileImporter::recognise(importFixture(file), {}, &e), format);
}

void ImportSurveysTest::reimportAddsNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("people");
    QTest::newRow("surveymonkey") << "surveymonkey_responses.csv" << 2;
    QTest::newRow("typeform") << "typeform_responses.csv" << 2;
    QTest::newRow("microsoft forms csv") << "microsoft_forms_responses.csv" << 2;
    QTest::newRow("microsoft forms xlsx") << "microsoft_forms_responses.xlsx" << 2;
    QTest::newRow("google forms sheets") << "google_forms_sheets_us.csv" << 3;
    QTest::newRow("google forms direct") << "google_forms_direct_download.csv" << 3;
}

void ImportSurveysTest::reimportAddsNothing()
{
    QFETCH(QString, file);
    QFETCH(int, people);
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(file), &r, &e), qPrintable(e.toString()));
    const qint64 responses = r.responsesCreated;
    QVERIFY(responses > 0);
    const QJsonObject before = p.summary();
    QVERIFY2(p.import(importFixture(file), &r, &e), qPrintable(e.toString()));
    QCOMPARE(r.peopleCreated, 0);
    QCOMPARE(r.peopleMatched, people);
    QCOMPARE(r.responsesCreated, 0);
    QCOMPARE(r.responsesExisting, responses);
    QCOMPARE(r.surveysCreated, 0);
    QCOMPARE(r.questionsAdded, 0);
    QCOMPARE(p.summary(), before);
}

void ImportSurveysTest::badRowNamesTheLine_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("good");
    QTest::addColumn<int>("line");
    QTest::newRow("surveymonkey") << "surveymonkey_responses.csv"
                                  << QByteArray("03/05/2024 11:04:40 AM") << 4;
    QTest::newRow("typeform") << "typeform_responses.csv" << QByteArray("2024-03-05 10:03:41") << 3;
    QTest::newRow("microsoft forms")
        << "microsoft_forms_responses.csv" << QByteArray("3/5/24 11:04:40") << 3;
    // Zoë's answer spans lines 3 and 4: Brian's row is line 5.
    QTest::newRow("google forms sheets")
        << "google_forms_sheets_us.csv" << QByteArray("3/6/2024 9:45:00") << 5;
    QTest::newRow("google forms direct")
        << "google_forms_direct_download.csv" << QByteArray("2024/03/31 1:05:00 PM GMT+2") << 4;
}

void ImportSurveysTest::badRowNamesTheLine()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, good);
    QFETCH(int, line);
    test::ImportProject p;
    QVERIFY(p.isOk());
    // Something in the project already, so "unchanged" is not trivially "empty".
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("typeform_responses.csv")), &r, &e),
             qPrintable(e.toString()));
    QByteArray bytes = readFixture(fixture);
    QVERIFY(bytes.contains(good));
    bytes.replace(good, "someday");
    const QString file = p.write(QStringLiteral("broken.csv"), bytes);
    const QJsonObject before = p.summary();
    QVERIFY(!p.import(file, &r, &e));
    QCOMPARE(e.file, QStringLiteral("broken.csv"));
    QCOMPARE(e.line, line);
    QVERIFY2(e.reason.contains(QLatin1String("someday")), qPrintable(e.reason));
    QCOMPARE(p.summary(), before);
}

void ImportSurveysTest::surveyOption()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    io::FileImportOptions options;
    options.translate.survey = QStringLiteral("Example Conf 2024 feedback");
    QVERIFY2(
        p.import(importFixture(QStringLiteral("microsoft_forms_responses.xlsx")), &r, &e, options),
        qPrintable(e.toString()));
    QCOMPARE(p.responsesOf(QStringLiteral("Example Conf 2024 feedback")).size(), 3);
    QVERIFY(!p.survey(QStringLiteral("microsoft_forms_responses")));
}

void ImportSurveysTest::oneRespondentAcrossPlatforms()
{
    // Ada answers on Typeform and on Google Forms: one person, a response in each survey.
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("typeform_responses.csv")), &r, &e),
             qPrintable(e.toString()));
    QVERIFY2(p.import(importFixture(QStringLiteral("google_forms_sheets_us.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.peopleMatched, 1);
    QCOMPARE(r.peopleCreated, 2);
    QCOMPARE(p.peopleCount(), 4);
    const auto ada = p.personByEmail(QStringLiteral("ada@example.com"));
    QVERIFY(ada);
    QCOMPARE(ada->source, QStringLiteral("typeform")); // where she was first seen
    for (const QString& survey :
         {QStringLiteral("typeform_responses"), QStringLiteral("google_forms_sheets_us")}) {
        const auto responses = p.responsesOf(survey);
        QVERIFY(
            std::any_of(responses.begin(), responses.end(),
                        [&](const model::SurveyResponse& x) { return x.person == ada->meta.id; }));
    }
}

void ImportSurveysTest::activitiesCsvIsNotAGoogleForm()
{
    // Google Forms is recognised by "Timestamp" alone; a canonical activities CSV that
    // happens to start with the same word stays an activities file.
    test::ImportProject p;
    QVERIFY(p.isOk());
    const QString file =
        p.write(QStringLiteral("acts.csv"),
                "Timestamp,Type,Email\n2024-03-05T10:00:00Z,attended,a@example.com\n");
    io::InputError e;
    QCOMPARE(io::FileImporter::recognise(file, {}, &e), QStringLiteral("activities"));
}

void ImportSurveysTest::otherPlatformsAreNotSurveys()
{
    // The survey formats are tried first: none may claim another platform's export.
    const QStringList surveys{QStringLiteral("surveymonkey"), QStringLiteral("typeform"),
                              QStringLiteral("microsoft-forms"), QStringLiteral("google-forms")};
    const QDir dir(importFixture(QString()));
    const QStringList files = dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.xls"),
                                             QStringLiteral("*.xlsx"), QStringLiteral("*.json")},
                                            QDir::Files);
    QVERIFY(files.size() > 10);
    for (const QString& file : files) {
        const bool survey = file.startsWith(u"surveymonkey") || file.startsWith(u"typeform") ||
                            file.startsWith(u"microsoft_forms") || file.startsWith(u"google_forms");
        if (survey)
            continue;
        io::InputError e;
        const QString format = io::FileImporter::recognise(dir.filePath(file), {}, &e);
        QVERIFY2(!surveys.contains(format), qPrintable(file + QStringLiteral(" → ") + format));
    }
}

QTEST_GUILESS_MAIN(ImportSurveysTest)
#include "tst_import_surveys.moc"
