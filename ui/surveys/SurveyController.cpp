// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/surveys/SurveyController.h"

#include "core/storage/PeopleRepository.h"
#include "ui/ProjectSession.h"
#include "ui/RecordedEditCommand.h"

#include <QPointer>
#include <QSet>

namespace rapport::ui {

using model::Question;
using model::QuestionKind;
using model::Survey;
using model::Uuid;

namespace {

bool isChoice(QuestionKind kind)
{
    return kind == QuestionKind::SingleChoice || kind == QuestionKind::MultiChoice;
}

bool isScale(QuestionKind kind)
{
    return kind == QuestionKind::Nps || kind == QuestionKind::Csat || kind == QuestionKind::Likert;
}

} // namespace

SurveyController::SurveyController(QObject* parent) : QObject(parent) {}

void SurveyController::setSession(ProjectSession* session)
{
    m_session = session;
}

bool SurveyController::canEdit() const
{
    return m_session && !m_session->isReadOnly();
}

storage::SurveyRepository SurveyController::surveys() const
{
    return storage::SurveyRepository(m_session ? m_session->file().database() : QSqlDatabase(),
                                     m_clock);
}

QString SurveyController::defaultQuestionText(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Nps:
        return tr("How likely are you to recommend us to a friend or colleague?");
    case QuestionKind::Csat:
        return tr("How satisfied were you overall?");
    case QuestionKind::Likert:
        return tr("How would you rate it?");
    case QuestionKind::SingleChoice:
        return tr("Which one describes you best?");
    case QuestionKind::MultiChoice:
        return tr("Which of these did you use?");
    case QuestionKind::Text:
        return tr("What could we do better?");
    }
    return {};
}

QString SurveyController::kindTitle(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Nps:
        return tr("NPS (0–10)");
    case QuestionKind::Csat:
        return tr("CSAT (1–5)");
    case QuestionKind::Likert:
        return tr("Rating");
    case QuestionKind::SingleChoice:
        return tr("Single choice");
    case QuestionKind::MultiChoice:
        return tr("Multiple choice");
    case QuestionKind::Text:
        return tr("Free text");
    }
    return {};
}

bool SurveyController::edit(const QString& text, const std::function<storage::StoreResult()>& body)
{
    if (!canEdit())
        return refuse(m_session ? tr("The project is read-only.") : tr("No project is open."));
    auto command = std::make_unique<RecordedEditCommand>(*m_session, text);
    command->setOnFailed(this, &SurveyController::failed);
    QString error;
    if (!RecordedEditCommand::push(std::move(command), body, &error))
        return refuse(error);
    emit succeeded(text);
    return true;
}

bool SurveyController::refuse(const QString& message)
{
    emit failed(message);
    return false;
}

std::optional<Survey> SurveyController::survey(const Uuid& id)
{
    std::optional<Survey> s = surveys().get(id);
    if (!s)
        refuse(tr("The survey no longer exists."));
    return s;
}

Uuid SurveyController::createSurvey()
{
    if (!m_session)
        return {};
    const storage::SurveyRepository repo = surveys();
    QString name = tr("New survey");
    for (int n = 2; !repo.findByName(name).isNull(); ++n)
        name = tr("New survey %1").arg(n);
    Survey s;
    s.name = name;
    s.questions = {Question{Uuid::createV7(m_clock), QuestionKind::Nps,
                            defaultQuestionText(QuestionKind::Nps), {}, 5, false}};
    const bool ok = edit(tr("New survey “%1”").arg(name), [&] {
        storage::SurveyRepository r = surveys();
        return r.create(s);
    });
    return ok ? s.meta.id : Uuid();
}

bool SurveyController::removeSurveys(const QList<Uuid>& ids)
{
    if (ids.isEmpty())
        return false;
    const std::optional<Survey> first = surveys().get(ids.first());
    const QString text = ids.size() == 1 && first ? tr("Delete survey “%1”").arg(first->name)
                                                  : tr("Delete %n surveys", nullptr, int(ids.size()));
    return edit(text, [&] {
        storage::SurveyRepository r = surveys();
        for (const Uuid& id : ids) {
            if (storage::StoreResult result = r.remove(id); !result)
                return result;
        }
        return storage::StoreResult::ok();
    });
}

bool SurveyController::renameSurvey(const Uuid& id, const QString& name)
{
    std::optional<Survey> s = survey(id);
    if (!s)
        return false;
    const QString trimmed = name.trimmed();
    if (trimmed == s->name)
        return true;
    const Uuid other = surveys().findByName(trimmed);
    if (!other.isNull() && other != id)
        return refuse(tr("There is already a survey called “%1”.").arg(trimmed));
    s->name = trimmed;
    return edit(tr("Rename survey to “%1”").arg(trimmed), [&] {
        storage::SurveyRepository r = surveys();
        return r.update(*s);
    });
}

bool SurveyController::setSurveyCampaign(const Uuid& id, const Uuid& campaign)
{
    std::optional<Survey> s = survey(id);
    if (!s)
        return false;
    if (s->campaign == campaign)
        return true;
    s->campaign = campaign;
    return edit(tr("Set the campaign of “%1”").arg(s->name), [&] {
        storage::SurveyRepository r = surveys();
        return r.update(*s);
    });
}

Uuid SurveyController::addQuestion(const Uuid& surveyId, QuestionKind kind, int at)
{
    std::optional<Survey> s = survey(surveyId);
    if (!s)
        return {};
    Question q{Uuid::createV7(m_clock), kind, defaultQuestionText(kind), {}, 5, false};
    if (isChoice(kind))
        q.options = {tr("Option 1"), tr("Option 2")};
    if (at < 0 || at > s->questions.size())
        at = int(s->questions.size());
    s->questions.insert(at, q);
    const bool ok = edit(tr("Add a question (%1)").arg(kindTitle(kind)), [&] {
        storage::SurveyRepository r = surveys();
        return r.update(*s);
    });
    return ok ? q.id : Uuid();
}

bool SurveyController::removeQuestions(const Uuid& surveyId, const QList<Uuid>& questions)
{
    std::optional<Survey> s = survey(surveyId);
    if (!s || questions.isEmpty())
        return false;
    const qsizetype before = s->questions.size();
    s->questions.removeIf([&](const Question& q) { return questions.contains(q.id); });
    if (s->questions.isEmpty())
        return refuse(tr("A survey needs at least one question: add another one before removing "
                         "this one."));
    const int removed = int(before - s->questions.size());
    return edit(tr("Remove %n question(s)", nullptr, removed), [&] {
        storage::SurveyRepository r = surveys();
        return r.update(*s);
    });
}

bool SurveyController::changeQuestion(const Uuid& surveyId, const Question& changed)
{
    std::optional<Survey> s = survey(surveyId);
    if (!s)
        return false;
    auto it = std::find_if(s->questions.begin(), s->questions.end(),
                           [&](const Question& q) { return q.id == changed.id; });
    if (it == s->questions.end())
        return refuse(tr("The question no longer exists."));
    Question next = changed;
    next.text = next.text.trimmed();
    if (next.kind != it->kind) {
        if (const int answers = int(surveys().answerCounts(surveyId).value(it->id)); answers > 0)
            return refuse(tr("“%1” has %n answer(s), so its type cannot change. Add a new "
                             "question of the other type instead.",
                             nullptr, answers)
                              .arg(it->text));
        if (isChoice(next.kind) && next.options.size() < 2)
            next.options = {tr("Option 1"), tr("Option 2")};
        if (!isChoice(next.kind) && next.kind != QuestionKind::Likert)
            next.options.clear();
    }
    if (isChoice(next.kind)) {
        QStringList options;
        for (const QString& option : std::as_const(next.options))
            if (!option.trimmed().isEmpty())
                options << option.trimmed();
        next.options = options;
        // An option that answers chose cannot go: those answers would no longer fit.
        for (const model::SurveyResponse& response : surveys().responses(surveyId))
            for (const model::Answer& answer : response.answers)
                if (answer.question == next.id)
                    for (const QString& choice : answer.choices)
                        if (!next.options.contains(choice))
                            return refuse(tr("“%1” was chosen in answers, so it stays an option.")
                                              .arg(choice));
    }
    if (next.kind == QuestionKind::Likert && next.scalePoints != it->scalePoints) {
        for (const model::SurveyResponse& response : surveys().responses(surveyId))
            for (const model::Answer& answer : response.answers)
                if (answer.question == next.id && answer.number && *answer.number > next.scalePoints)
                    return refuse(tr("Answers rate “%1” above %2, so its scale cannot shrink.")
                                      .arg(next.text)
                                      .arg(next.scalePoints));
    }
    if (next.kind == it->kind && next.text == it->text && next.options == it->options &&
        next.scalePoints == it->scalePoints && next.required == it->required)
        return true;
    QString text = tr("Edit question “%1”").arg(next.text);
    if (next.required != it->required)
        text = next.required ? tr("Make “%1” required").arg(next.text)
                             : tr("Make “%1” optional").arg(next.text);
    *it = next;
    return edit(text, [&] {
        storage::SurveyRepository r = surveys();
        return r.update(*s);
    });
}

bool SurveyController::moveQuestion(const Uuid& surveyId, int from, int to)
{
    std::optional<Survey> s = survey(surveyId);
    if (!s)
        return false;
    if (from < 0 || from >= s->questions.size() || to < 0 || to >= s->questions.size())
        return false;
    if (from == to)
        return true;
    const QString text = tr("Move question “%1”").arg(s->questions[from].text);
    s->questions.move(from, to);
    return edit(text, [&] {
        storage::SurveyRepository r = surveys();
        return r.update(*s);
    });
}

bool SurveyController::removeResponses(const QList<Uuid>& responses)
{
    if (responses.isEmpty())
        return false;
    return edit(tr("Delete %n response(s)", nullptr, int(responses.size())), [&] {
        storage::SurveyRepository r = surveys();
        for (const Uuid& id : responses) {
            if (storage::StoreResult result = r.removeResponse(id); !result)
                return result;
        }
        return storage::StoreResult::ok();
    });
}

bool SurveyController::setRespondent(const Uuid& responseId, const QString& identity)
{
    std::optional<model::SurveyResponse> response = surveys().response(responseId);
    if (!response)
        return refuse(tr("The response no longer exists."));
    const QString value = identity.trimmed();
    Uuid person;
    if (!value.isEmpty()) {
        const storage::PeopleRepository people(m_session->file().database(), m_clock);
        for (int kind = int(model::IdentityKind::Email);
             person.isNull() && kind <= int(model::IdentityKind::Other); ++kind)
            person = people.resolve(people.findByIdentity(model::IdentityKind(kind), value));
        if (person.isNull())
            return refuse(tr("Nobody in this project has the e-mail address or handle “%1”. "
                             "Leave it empty for an anonymous response.")
                              .arg(value));
    }
    if (person == response->person)
        return true;
    response->person = person;
    return edit(person.isNull() ? tr("Make a response anonymous") : tr("Link a response to %1").arg(value),
                [&] {
                    storage::SurveyRepository r = surveys();
                    return r.update(*response);
                });
}

bool SurveyController::setAnswer(const Uuid& responseId, const Uuid& questionId, const QString& text)
{
    std::optional<model::SurveyResponse> response = surveys().response(responseId);
    if (!response)
        return refuse(tr("The response no longer exists."));
    std::optional<Survey> s = survey(response->survey);
    if (!s)
        return false;
    const Question* question = s->question(questionId);
    if (!question)
        return refuse(tr("The question no longer exists."));
    model::Answer answer;
    answer.question = questionId;
    const QString value = text.trimmed();
    if (isScale(question->kind) && !value.isEmpty()) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok)
            return refuse(tr("“%1” is not a whole number from %2 to %3.")
                              .arg(value)
                              .arg(question->minValue())
                              .arg(question->maxValue()));
        answer.number = number;
    } else if (isChoice(question->kind)) {
        for (const QString& choice : value.split(u';', Qt::SkipEmptyParts))
            if (!choice.trimmed().isEmpty())
                answer.choices << choice.trimmed();
    } else if (question->kind == QuestionKind::Text) {
        answer.text = text;
    }
    auto it = std::find_if(response->answers.begin(), response->answers.end(),
                           [&](const model::Answer& a) { return a.question == questionId; });
    const bool empty = !answer.number && answer.choices.isEmpty() && answer.text.trimmed().isEmpty();
    if (it != response->answers.end() && *it == answer)
        return true;
    if (empty && it == response->answers.end())
        return true;
    if (empty)
        response->answers.erase(it);
    else if (it != response->answers.end())
        *it = answer;
    else
        response->answers.append(answer);
    return edit(tr("Change an answer to “%1”").arg(question->text), [&] {
        storage::SurveyRepository r = surveys();
        return r.update(*response);
    });
}

bool SurveyController::setTags(const QList<std::pair<storage::AnswerKey, QStringList>>& tags,
                               const QString& text)
{
    QList<std::pair<storage::AnswerKey, QStringList>> changes;
    const storage::SurveyRepository repo = surveys();
    for (const auto& [key, list] : tags) {
        QStringList clean;
        for (const QString& tag : list)
            if (!tag.simplified().isEmpty() && !clean.contains(tag.simplified(), Qt::CaseInsensitive))
                clean << tag.simplified();
        QStringList stored = repo.answerTags(key);
        QStringList sortedClean = clean;
        sortedClean.sort(Qt::CaseInsensitive);
        if (sortedClean != stored)
            changes.append({key, clean});
    }
    if (changes.isEmpty())
        return true;
    return edit(text, [&] {
        storage::SurveyRepository r = surveys();
        for (const auto& [key, list] : std::as_const(changes)) {
            if (storage::StoreResult result = r.setAnswerTags(key, list); !result)
                return result;
        }
        return storage::StoreResult::ok();
    });
}

} // namespace rapport::ui
