// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QStringList>
#include <optional>

namespace rapport::model {

enum class QuestionKind { Nps, Csat, Likert, SingleChoice, MultiChoice, Text };
QString questionKindName(QuestionKind kind); // "nps", "csat", "likert", "single", "multi", "text"
bool questionKindFromName(QStringView name, QuestionKind* kind);

/** One typed question. Scales: NPS 0–10, CSAT 1–5, Likert 1–scalePoints (5 or 7). */
struct Question
{
    Uuid id;
    QuestionKind kind = QuestionKind::Nps;
    QString text;
    QStringList options; // choice questions; Likert labels optional
    int scalePoints = 5; // Likert only
    bool required = false;

    int minValue() const; // nps 0, csat 1, likert 1
    int maxValue() const; // nps 10, csat 5, likert scalePoints
};

/** One answer: a number for scales, chosen options, or text. */
struct Answer
{
    Uuid question;
    std::optional<int> number;
    QStringList choices;
    QString text;
    friend bool operator==(const Answer&, const Answer&) = default;
};

/** One person's (or an anonymous) submission. */
struct SurveyResponse
{
    RecordMeta meta;
    Uuid survey;
    Uuid person; // null = anonymous
    QDateTime submittedAt;
    QList<Answer> answers;
};

struct Survey
{
    RecordMeta meta;
    QString name;
    Uuid campaign;
    QList<Question> questions;

    const Question* question(const Uuid& id) const;
};

/** Rules: a name; ≥ 1 question; question ids unique and non-null; choice questions have ≥ 2
 *  distinct options; Likert has 5 or 7 points; texts non-empty. */
ValidationErrors validate(const Survey& survey);
/** Rules: belongs to this survey; a submission time; each answer names a question of the
 *  survey at most once and fits its kind (numbers in range, choices among the options, one
 *  choice for single choice); required questions answered. */
ValidationErrors validate(const SurveyResponse& response, const Survey& survey);

/** NPS category of a 0–10 answer. */
enum class NpsCategory { Detractor, Passive, Promoter };
NpsCategory npsCategory(int score); // 0–6 detractor, 7–8 passive, 9–10 promoter (clamped)
QString npsCategoryName(NpsCategory category); // "detractor", "passive", "promoter"
bool npsCategoryFromName(QStringView name, NpsCategory* category);

} // namespace rapport::model
