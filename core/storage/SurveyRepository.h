// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/model/Survey.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace rapport::storage {

/** Counts behind a survey's NPS and CSAT, as the engine reads them: per response, its NPS
 *  answer (0–10) and its CSAT answer (1–5), if any. */
struct SurveyScores
{
    qint64 responses = 0;
    qint64 npsAnswers = 0;
    qint64 promoters = 0;  // 9–10
    qint64 detractors = 0; // 0–6
    qint64 csatAnswers = 0;
    qint64 satisfied = 0; // 4–5

    /** 100 × (promoters − detractors) ÷ NPS answers; none without NPS answers. */
    std::optional<double> nps() const;
    /** Share of 4–5 among CSAT answers (0 … 1); none without CSAT answers. */
    std::optional<double> csat() const;
};

/** The tags of one answer: which response, which question. */
struct AnswerKey
{
    model::Uuid response;
    model::Uuid question;
    friend bool operator==(const AnswerKey&, const AnswerKey&) = default;
};
inline size_t qHash(const AnswerKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.response, key.question);
}

/**
 * Surveys with their questions, and responses with their answers. Responses are validated
 * against their stored survey (model::validate(response, survey)). Updating a survey keeps
 * the answers of questions that remain (matched by question id); removing a question drops
 * its answers. Conventions as in PeopleRepository.
 */
class SurveyRepository
{
public:
    SurveyRepository(QSqlDatabase db, const model::Clock& clock);

    StoreResult create(model::Survey& survey);
    StoreResult update(model::Survey& survey);
    StoreResult remove(const model::Uuid& id); // with its responses
    std::optional<model::Survey> get(const model::Uuid& id) const;
    QList<model::Survey> list() const; // by name
    qint64 count() const;
    model::Uuid findByName(const QString& name) const; // exact, else case-insensitive
    RowKey keyOf(const model::Uuid& id) const;
    model::Uuid idOf(RowKey key) const;

    /** A response to an existing survey; the person, if set, must exist. */
    StoreResult create(model::SurveyResponse& response);
    StoreResult update(model::SurveyResponse& response);
    StoreResult removeResponse(const model::Uuid& id);
    std::optional<model::SurveyResponse> response(const model::Uuid& id) const;
    /** Responses of one survey by submission time; answers in question order. */
    QList<model::SurveyResponse> responses(const model::Uuid& survey) const;
    /** Every response of every survey, streamed (three queries); false from callback stops. */
    bool forEachResponse(const std::function<bool(const model::SurveyResponse&)>& callback,
                         QString* error = nullptr) const;
    qint64 responseCount() const;
    qint64 responseCount(const model::Uuid& survey) const;
    /** How many stored answers each question of a survey has (questions without none left out). */
    QHash<model::Uuid, qint64> answerCounts(const model::Uuid& survey) const;
    /** Display names of the people who answered a survey (merged people under their own). */
    QHash<model::Uuid, QString> respondentNames(const model::Uuid& survey) const;
    /** Response counts and NPS/CSAT counts of every survey that has responses. */
    QHash<model::Uuid, SurveyScores> scores() const;

    /**
     * Tags on answers, to group free-text comments ("pricing", "docs"). They belong to the
     * answer: they go when the response, the question or the answer goes. Tags are not part
     * of model::Answer, so tagging never re-validates a response.
     */
    QHash<AnswerKey, QStringList> answerTags(const model::Uuid& survey) const;
    QStringList answerTags(const AnswerKey& answer) const;
    /** Replaces an answer's tags (trimmed, blank and repeated ones dropped, case kept; empty
     *  clears them) and bumps the response's row version. NotFound if the response has no
     *  answer to that question. */
    StoreResult setAnswerTags(const AnswerKey& answer, const QStringList& tags);

private:
    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::storage
