// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The canonical responses CSV: optional who (email, handle, person_id; none = anonymous),
// submitted_at, survey (default: the file's base name), then one column per question, named
// by the question's text. A survey that does not exist is created with questions derived
// from its columns; columns an existing survey lacks become new questions of it.
#include "core/io/ImportContext.h"
#include "core/io/ImportValues.h"

#include <QFileInfo>

#include <map>

namespace rapport::io {

namespace {

using model::Answer;
using model::Question;
using model::QuestionKind;
using storage::RowKey;

struct ResponseLine
{
    qint64 line = 0;
    RowKey person = 0;
    qint64 submitted = 0;
    QStringList answers; // one per question column
};

struct SurveyGroup
{
    QString name; // as first written
    QList<ResponseLine> lines;
};

/** NPS from "recommend" and 0–10, CSAT from "satisf" and 1–5, Likert from 1–5/1–7, else text. */
Question inferQuestion(const QString& header, const QList<ResponseLine>& lines, int column, const model::Clock& clock)
{
    Question q;
    q.id = model::Uuid::createV7(clock);
    q.text = header;
    q.kind = QuestionKind::Text;
    bool allIntegers = true, any = false;
    int lo = 1000, hi = -1000;
    for (const ResponseLine& line : lines) {
        const QString& value = line.answers[column];
        if (value.isEmpty())
            continue;
        any = true;
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok) {
            allIntegers = false;
            break;
        }
        lo = qMin(lo, n);
        hi = qMax(hi, n);
    }
    if (!any || !allIntegers)
        return q;
    const QString folded = header.toCaseFolded();
    if ((folded.contains(QStringLiteral("recommend")) || folded.contains(QStringLiteral("nps"))) && lo >= 0 && hi <= 10)
        q.kind = QuestionKind::Nps;
    else if (folded.contains(QStringLiteral("satisf")) && lo >= 1 && hi <= 5)
        q.kind = QuestionKind::Csat;
    else if (lo >= 1 && hi <= 5)
        q.kind = QuestionKind::Likert, q.scalePoints = 5;
    else if (lo >= 1 && hi <= 7)
        q.kind = QuestionKind::Likert, q.scalePoints = 7;
    return q;
}

bool parseAnswer(ImportContext& c, qint64 line, const Question& q, const QString& text, Answer* answer)
{
    answer->question = q.id;
    switch (q.kind) {
    case QuestionKind::Nps:
    case QuestionKind::Csat:
    case QuestionKind::Likert: {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < q.minValue() || n > q.maxValue())
            return c.fail(line, ImportContext::tr("“%1” is not an answer from %2 to %3 to “%4”")
                                    .arg(text.left(64))
                                    .arg(q.minValue())
                                    .arg(q.maxValue())
                                    .arg(q.text.left(64)));
        answer->number = n;
        return true;
    }
    case QuestionKind::SingleChoice:
    case QuestionKind::MultiChoice: {
        const QStringList picked = q.kind == QuestionKind::MultiChoice ? splitImportList(text) : QStringList{text};
        for (const QString& choice : picked) {
            const auto it = std::find_if(q.options.begin(), q.options.end(), [&](const QString& option) {
                return option.compare(choice, Qt::CaseInsensitive) == 0;
            });
            if (it == q.options.end())
                return c.fail(line, ImportContext::tr("“%1” is not one of the options of “%2”")
                                        .arg(choice.left(64), q.text.left(64)));
            answer->choices << *it;
        }
        return true;
    }
    case QuestionKind::Text:
        answer->text = text;
        return true;
    }
    return true;
}

QString fingerprint(const model::Uuid& person, qint64 submitted, QList<Answer> answers)
{
    std::sort(answers.begin(), answers.end(), [](const Answer& a, const Answer& b) { return a.question < b.question; });
    QString key = person.toString() + u'|' + QString::number(submitted);
    for (const Answer& a : answers) {
        key += u'|' + a.question.toString() + u'=' + (a.number ? QString::number(*a.number) : QString())
            + u'\x1f' + a.choices.join(u'\x1f') + u'\x1f' + a.text;
    }
    return key;
}

bool importGroup(ImportContext& c, const SurveyGroup& group, const QList<int>& columns)
{
    storage::SurveyRepository& surveys = c.repo.surveys();
    const qint64 firstLine = group.lines.first().line;
    QList<const Question*> questionOf(columns.size(), nullptr);
    model::Survey survey;
    const model::Uuid existing = surveys.findByName(group.name);
    bool changed = false;
    if (!existing.isNull()) {
        survey = *surveys.get(existing);
    } else {
        survey.meta = model::RecordMeta::create(c.clock);
        survey.name = group.name;
    }
    // Columns with answers and no question yet become questions.
    QList<int> questionIndex(columns.size(), -1);
    for (int i = 0; i < columns.size(); ++i) {
        const QString& header = c.columns.names[columns[i]];
        for (int k = 0; k < survey.questions.size(); ++k) {
            if (survey.questions[k].text.trimmed().compare(header, Qt::CaseInsensitive) == 0)
                questionIndex[i] = k;
        }
        if (questionIndex[i] >= 0)
            continue;
        const bool answered = std::any_of(group.lines.begin(), group.lines.end(),
                                          [&](const ResponseLine& l) { return !l.answers[i].isEmpty(); });
        if (!answered)
            continue;
        survey.questions << inferQuestion(header, group.lines, i, c.clock);
        questionIndex[i] = int(survey.questions.size() - 1);
        changed = true;
        if (!existing.isNull())
            ++c.report.questionsAdded;
    }
    if (survey.questions.isEmpty())
        return c.fail(firstLine, ImportContext::tr("survey “%1” has no answers to make questions from")
                                     .arg(group.name.left(64)));
    if (changed) {
        const storage::StoreResult stored = existing.isNull() ? surveys.create(survey) : surveys.update(survey);
        if (!stored)
            return c.fail(firstLine, ImportContext::tr("survey “%1” cannot be stored: %2")
                                         .arg(group.name.left(64),
                                              stored.validation.isEmpty() ? stored.message
                                                                          : stored.validation.first().message));
        if (existing.isNull())
            ++c.report.surveysCreated;
    }

    QSet<QString> known;
    if (!existing.isNull()) {
        for (const model::SurveyResponse& r : surveys.responses(survey.meta.id))
            known.insert(fingerprint(r.person, r.submittedAt.toMSecsSinceEpoch(), r.answers));
    }
    for (const ResponseLine& line : group.lines) {
        model::SurveyResponse response;
        for (int i = 0; i < columns.size(); ++i) {
            if (line.answers[i].isEmpty() || questionIndex[i] < 0)
                continue;
            Answer answer;
            if (!parseAnswer(c, line.line, survey.questions[questionIndex[i]], line.answers[i], &answer))
                return false;
            response.answers << answer;
        }
        if (response.answers.isEmpty()) {
            c.report.skip(line.line, ImportContext::tr("no answers"));
            continue;
        }
        response.person = line.person ? c.repo.people().idOf(line.person) : model::Uuid();
        const QString key = fingerprint(response.person, line.submitted, response.answers);
        if (known.contains(key)) {
            ++c.report.responsesExisting;
            continue;
        }
        response.meta = model::RecordMeta::create(c.clock);
        response.survey = survey.meta.id;
        response.submittedAt = QDateTime::fromMSecsSinceEpoch(line.submitted, Qt::UTC);
        const storage::StoreResult stored = surveys.create(response);
        if (!stored)
            return c.fail(line.line, stored.validation.isEmpty() ? stored.message : stored.validation.first().message);
        known.insert(key);
        ++c.report.responsesCreated;
    }
    return true;
}

} // namespace

bool importResponses(ImportContext& c, RecordSource& reader)
{
    if (!c.columns.has(QStringLiteral("submitted_at")))
        return c.fail(1, ImportContext::tr("no “submitted_at” column; use --mapping to name it"));
    const QList<int> columns = c.columns.others;
    if (columns.isEmpty())
        return c.fail(1, ImportContext::tr("no question columns: after email, submitted_at and survey, each column "
                                           "is one question"));
    QSet<QString> seen;
    for (const int column : columns) {
        const QString folded = c.columns.names[column].toCaseFolded();
        if (seen.contains(folded))
            return c.fail(1, ImportContext::tr("the question column “%1” appears twice")
                                 .arg(c.columns.names[column].left(64)));
        seen.insert(folded);
    }
    const QString defaultSurvey = QFileInfo(c.fileName).completeBaseName();
    const int surveyColumn = c.columns.column(QStringLiteral("survey"));
    const int timeColumn = c.columns.column(QStringLiteral("submitted_at"));

    // Responses files are small: read them whole, so questions can be derived from all values.
    std::map<QString, SurveyGroup> groups; // folded name → group
    QStringList order;
    CsvRecord record;
    while (reader.next(&record)) {
        ++c.report.rows;
        ResponseLine line;
        line.line = record.line();
        if (record.isBlank()) {
            c.report.skip(line.line, ImportContext::tr("empty row"));
            continue;
        }
        if (!c.checkWidth(record) || !c.personFor(record, &line.person))
            return false;
        const QString timeText = c.cellAt(record, timeColumn);
        if (timeText.isEmpty())
            return c.fail(line.line, ImportContext::tr("no submitted_at time"));
        if (!parseIsoTimestamp(timeText, &line.submitted))
            return c.fail(line.line, ImportContext::tr("“%1” is not an ISO 8601 timestamp (like 2026-03-01T09:30:00Z)")
                                         .arg(timeText.left(64)));
        for (const int column : columns)
            line.answers << c.cellAt(record, column);
        QString survey = c.cellAt(record, surveyColumn);
        if (survey.isEmpty())
            survey = defaultSurvey;
        const QString key = survey.toCaseFolded();
        SurveyGroup& group = groups[key];
        if (group.name.isEmpty()) {
            group.name = survey;
            order << key;
        }
        group.lines << line;
    }
    if (reader.hasError())
        return false;
    for (const QString& key : std::as_const(order)) {
        if (!importGroup(c, groups[key], columns))
            return false;
    }
    return true;
}

} // namespace rapport::io
