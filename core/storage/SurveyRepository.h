// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/model/Survey.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace rapport::storage {

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

private:
    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::storage
