// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectRepositoryTypes.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace rapport::storage {

/** One free-text answer of a survey response: a comment behind a satisfaction figure. */
struct SurveyComment
{
    RowKey response = 0;   ///< survey_responses.key
    RowKey person = 0;     ///< the respondent's people.key as stored (0: anonymous)
    QString personName;    ///< their display name (empty: anonymous)
    QDateTime submittedAt; ///< UTC
    QString survey;        ///< its name
    QString question;      ///< the question's text
    QString text;
    QStringList tags; ///< the answer's tags, by name

    friend bool operator==(const SurveyComment&, const SurveyComment&) = default;
};

/**
 * The comments of the given responses (survey_responses.key; any order, repeats ignored):
 * their non-blank answers to free-text questions, newest response first, then by response
 * key and question position. Reads in chunks, so a figure of many thousands of responses
 * takes a few queries. Empty with *error (one line) if the project cannot be read.
 */
QList<SurveyComment> readSurveyComments(const QSqlDatabase& db,
                                        const std::vector<std::int64_t>& responses,
                                        QString* error = nullptr);

} // namespace rapport::storage
