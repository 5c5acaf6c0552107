// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Survey.h"

#include "core/model/EnumNames.h"
#include "core/model/Validation.h"

#include <QCoreApplication>
#include <QSet>

namespace rapport::model {

namespace {

using detail::EnumName;

constexpr std::array<EnumName<QuestionKind>, 6> kQuestionKindNames{{
    {QuestionKind::Nps, u"nps"},
    {QuestionKind::Csat, u"csat"},
    {QuestionKind::Likert, u"likert"},
    {QuestionKind::SingleChoice, u"single"},
    {QuestionKind::MultiChoice, u"multi"},
    {QuestionKind::Text, u"text"},
}};

constexpr std::array<EnumName<NpsCategory>, 3> kNpsCategoryNames{{
    {NpsCategory::Detractor, u"detractor"},
    {NpsCategory::Passive, u"passive"},
    {NpsCategory::Promoter, u"promoter"},
}};

bool isScale(QuestionKind kind)
{
    return kind == QuestionKind::Nps || kind == QuestionKind::Csat || kind == QuestionKind::Likert;
}

bool isChoice(QuestionKind kind)
{
    return kind == QuestionKind::SingleChoice || kind == QuestionKind::MultiChoice;
}

bool isAnswered(const Answer& answer)
{
    return answer.number.has_value() || !answer.choices.isEmpty() || !isBlank(answer.text);
}

void validateQuestion(const Question& question, qsizetype index, QSet<Uuid>* ids,
                      ValidationErrors* errors)
{
    const auto add = [errors, index](const QString& problem) {
        errors->append({QStringLiteral("questions"),
                        QCoreApplication::translate("rapport::model", "Question %1: %2")
                            .arg(index + 1)
                            .arg(problem)});
    };
    if (question.id.isNull())
        add(QCoreApplication::translate("rapport::model", "the id is missing."));
    else if (ids->contains(question.id))
        add(QCoreApplication::translate("rapport::model", "the id is used twice."));
    ids->insert(question.id);

    if (isBlank(question.text))
        add(QCoreApplication::translate("rapport::model", "the text is empty."));
    if (isChoice(question.kind)) {
        QSet<QString> options;
        bool blankOption = false;
        for (const QString& option : question.options) {
            if (isBlank(option))
                blankOption = true;
            else
                options.insert(option.trimmed());
        }
        if (blankOption)
            add(QCoreApplication::translate("rapport::model", "an option is empty."));
        if (options.size() < 2)
            add(QCoreApplication::translate("rapport::model",
                                            "a choice needs at least two different options."));
    }
    if (question.kind == QuestionKind::Likert && question.scalePoints != 5 &&
        question.scalePoints != 7) {
        add(QCoreApplication::translate("rapport::model", "a Likert scale has 5 or 7 points."));
    }
}

/** What is wrong with an answer to this question, or an empty string. */
QString answerProblem(const Answer& answer, const Question& question)
{
    if (isScale(question.kind)) {
        if (!answer.number) {
            return QCoreApplication::translate("rapport::model", "a number is missing.");
        }
        if (*answer.number < question.minValue() || *answer.number > question.maxValue()) {
            return QCoreApplication::translate("rapport::model", "%1 is not between %2 and %3.")
                .arg(*answer.number)
                .arg(question.minValue())
                .arg(question.maxValue());
        }
        return {};
    }
    if (isChoice(question.kind)) {
        if (question.kind == QuestionKind::SingleChoice && answer.choices.size() > 1) {
            return QCoreApplication::translate("rapport::model", "only one choice is allowed.");
        }
        QSet<QString> chosen;
        for (const QString& choice : answer.choices) {
            if (!question.options.contains(choice)) {
                return QCoreApplication::translate("rapport::model",
                                                   "“%1” is not one of the options.")
                    .arg(choice);
            }
            if (chosen.contains(choice)) {
                return QCoreApplication::translate("rapport::model",
                                                   "“%1” is chosen twice.")
                    .arg(choice);
            }
            chosen.insert(choice);
        }
        return {};
    }
    return {}; // text: any text, or none
}

} // namespace

QString questionKindName(QuestionKind kind)
{
    return detail::nameOf(kQuestionKindNames, kind);
}

bool questionKindFromName(QStringView name, QuestionKind* kind)
{
    return detail::valueOf(kQuestionKindNames, name, kind);
}

int Question::minValue() const
{
    switch (kind) {
    case QuestionKind::Nps:
        return 0;
    case QuestionKind::Csat:
    case QuestionKind::Likert:
        return 1;
    default:
        return 0;
    }
}

int Question::maxValue() const
{
    switch (kind) {
    case QuestionKind::Nps:
        return 10;
    case QuestionKind::Csat:
        return 5;
    case QuestionKind::Likert:
        return scalePoints;
    default:
        return 0;
    }
}

const Question* Survey::question(const Uuid& id) const
{
    if (id.isNull())
        return nullptr;
    for (const Question& q : questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

NpsCategory npsCategory(int score)
{
    if (score <= 6)
        return NpsCategory::Detractor;
    if (score <= 8)
        return NpsCategory::Passive;
    return NpsCategory::Promoter;
}

QString npsCategoryName(NpsCategory category)
{
    return detail::nameOf(kNpsCategoryNames, category);
}

bool npsCategoryFromName(QStringView name, NpsCategory* category)
{
    return detail::valueOf(kNpsCategoryNames, name, category);
}

ValidationErrors validate(const Survey& survey)
{
    ValidationErrors errors;
    if (isBlank(survey.name)) {
        errors.append({QStringLiteral("name"),
                       QCoreApplication::translate("rapport::model", "A survey needs a name.")});
    }
    if (survey.questions.isEmpty()) {
        errors.append({QStringLiteral("questions"),
                       QCoreApplication::translate("rapport::model",
                                                   "A survey needs at least one question.")});
    }
    QSet<Uuid> ids;
    for (qsizetype i = 0; i < survey.questions.size(); ++i)
        validateQuestion(survey.questions.at(i), i, &ids, &errors);
    return errors;
}

ValidationErrors validate(const SurveyResponse& response, const Survey& survey)
{
    ValidationErrors errors;
    if (response.survey.isNull() || response.survey != survey.meta.id) {
        errors.append({QStringLiteral("survey"),
                       QCoreApplication::translate("rapport::model",
                                                   "The response belongs to another survey.")});
    }
    if (!response.submittedAt.isValid()) {
        errors.append({QStringLiteral("submittedAt"),
                       QCoreApplication::translate("rapport::model",
                                                   "A response needs a submission time.")});
    }
    QSet<Uuid> seen;     // questions with an answer entry, empty or not
    QSet<Uuid> answered; // questions with a non-empty answer
    for (const Answer& answer : response.answers) {
        const Question* question = survey.question(answer.question);
        if (!question) {
            errors.append({QStringLiteral("answers"),
                           QCoreApplication::translate(
                               "rapport::model", "An answer is for a question not in the survey.")});
            continue;
        }
        if (seen.contains(answer.question)) {
            errors.append({QStringLiteral("answers"),
                           QCoreApplication::translate("rapport::model",
                                                       "“%1” is answered twice.")
                               .arg(question->text)});
            continue;
        }
        seen.insert(answer.question);
        if (!isAnswered(answer))
            continue; // an empty answer is no answer; "required" below catches it
        answered.insert(answer.question);
        const QString problem = answerProblem(answer, *question);
        if (!problem.isEmpty()) {
            errors.append({QStringLiteral("answers"),
                           QCoreApplication::translate("rapport::model", "“%1”: %2")
                               .arg(question->text, problem)});
        }
    }
    for (const Question& question : survey.questions) {
        if (question.required && !answered.contains(question.id)) {
            errors.append({QStringLiteral("answers"),
                           QCoreApplication::translate("rapport::model",
                                                       "“%1” needs an answer.")
                               .arg(question.text)});
        }
    }
    return errors;
}

} // namespace rapport::model
