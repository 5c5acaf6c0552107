// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/model/Survey.h"
#include "core/storage/SurveyRepository.h"

#include <QObject>

namespace rapport::ui {

class ProjectSession;

/**
 * The edits of the Surveys area: each checks what it can, runs through the repositories
 * and becomes one undo step (RecordedEditCommand). A refused edit changes nothing and says why
 * through failed().
 */
class SurveyController : public QObject
{
    Q_OBJECT

public:
    explicit SurveyController(QObject* parent = nullptr);

    void setSession(ProjectSession* session);
    ProjectSession* session() const { return m_session; }
    /** A project is open and may be changed. */
    bool canEdit() const;
    storage::SurveyRepository surveys() const;
    const model::Clock& clock() const { return m_clock; }

    /** The default text of a new question of kind. */
    static QString defaultQuestionText(model::QuestionKind kind);
    /** "NPS (0–10)", "Free text", … */
    static QString kindTitle(model::QuestionKind kind);

    /** A new survey with one NPS question; its id, or null if it failed. */
    model::Uuid createSurvey();
    bool removeSurveys(const QList<model::Uuid>& ids);
    bool renameSurvey(const model::Uuid& id, const QString& name);
    bool setSurveyCampaign(const model::Uuid& id, const model::Uuid& campaign);

    /** Inserts a question of kind at position at (−1: at the end); its id or null. */
    model::Uuid addQuestion(const model::Uuid& survey, model::QuestionKind kind, int at = -1);
    bool removeQuestions(const model::Uuid& survey, const QList<model::Uuid>& questions);
    /** Replaces the question with changed's id (text, kind, options, scale, required). */
    bool changeQuestion(const model::Uuid& survey, const model::Question& changed);
    /** Moves the question at from to position to (both in the new order's terms). */
    bool moveQuestion(const model::Uuid& survey, int from, int to);

    bool removeResponses(const QList<model::Uuid>& responses);
    /** Links a response to the person with that e-mail (or other identity); empty: anonymous. */
    bool setRespondent(const model::Uuid& response, const QString& identity);
    /** Sets one answer from text: a number, options separated by ";", or free text. */
    bool setAnswer(const model::Uuid& response, const model::Uuid& question, const QString& text);

    /** Sets the tags of several answers as one step (text names it in the undo history). */
    bool setTags(const QList<std::pair<storage::AnswerKey, QStringList>>& tags,
                 const QString& text);

signals:
    /** An edit was refused or failed; message says why. */
    void failed(const QString& message);
    /** An edit was stored. */
    void succeeded(const QString& message);

private:
    bool edit(const QString& text, const std::function<storage::StoreResult()>& body);
    bool refuse(const QString& message);
    std::optional<model::Survey> survey(const model::Uuid& id);

    ProjectSession* m_session = nullptr;
    model::SystemClock m_clock;
};

} // namespace rapport::ui
