// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace rapport::storage {

/** What one campaign achieved; the definitions are CampaignResults'. */
struct CampaignResult
{
    // Distinct people. A person merged into another counts as that other person.
    qint64 reached = 0;    ///< with any activity recorded for the campaign
    qint64 registered = 0; ///< with a "registered" activity for the campaign
    qint64 attended = 0;   ///< with an "attended" activity for the campaign
    qint64 responded = 0;  ///< with a "responded" activity for the campaign

    /** The responses to the campaign's surveys (anonymous ones included). */
    struct Satisfaction
    {
        qint64 npsResponses = 0;         ///< with an NPS answer (0–10)
        qint64 promoters = 0;            ///< 9–10
        qint64 passives = 0;             ///< 7–8
        qint64 detractors = 0;           ///< 0–6
        std::optional<double> nps;       ///< 100 × (p − d), −100 … 100
        std::optional<double> npsMargin; ///< 95 % margin of error, NPS points
        qint64 csatResponses = 0;        ///< with a CSAT answer (1–5)
        qint64 csatSatisfied = 0;        ///< answered 4 or 5
        std::optional<double> csat;      ///< satisfied ÷ CSAT responses, 0 … 1
    } satisfaction;

    /** Budget ÷ attended, in minor units (cents) of the budget's currency; absent when
     *  nobody attended or no budget is set. */
    std::optional<double> costPerAttendee;
    QString currency;

    struct GoalProgress
    {
        model::Goal goal;
        std::optional<double> value; ///< absent when it cannot be measured
        std::optional<double>
            fraction; ///< value ÷ target; absent if either is missing or target is 0
    };
    QList<GoalProgress> goals; ///< in the campaign's order
};

/**
 * Computes a campaign's results from the project: the activity stream (read through
 * ActivityStore, segments and change rows) and the survey tables.
 *
 * - reached / registered / attended / responded: distinct people (merged people as their
 *   survivor) with, respectively, any activity, a "registered", an "attended" and a
 *   "responded" activity whose campaign is this one;
 * - satisfaction: NPS and CSAT (DESIGN.md: promoters 9–10, detractors 0–6, NPS =
 *   100 × (p − d), margin 1.96 × 100 × √((p + d − (p − d)²) / n); CSAT = share of 4–5)
 *   over the responses to the surveys of the campaign, each response's NPS and CSAT answer;
 * - cost per attendee: budget ÷ attended;
 * - goal progress, each over the goal's period (UTC days, both ends included): an activity
 *   type → distinct people with that type for the campaign dated in the period; "reach" →
 *   distinct people with any activity for the campaign in the period; "nps" / "csat" → of
 *   the campaign's survey responses submitted in the period; "advocates" is a project-wide
 *   level and has no value for one campaign.
 *
 * Reading the activities decodes every segment once; what it found is kept until the
 * activity stream, the merges or the type names change (a cheap fingerprint of those
 * tables is compared on every compute), so editing campaigns does not read them again.
 */
class CampaignResults
{
public:
    explicit CampaignResults(QSqlDatabase db);

    /** The results of a stored campaign, with the budget and goals given in campaign.
     *  nullopt with *error (one line) if the project cannot be read. */
    std::optional<CampaignResult> compute(const model::Campaign& campaign,
                                          QString* error = nullptr);
    /** Drops what was read from the activity stream. */
    void clear();

private:
    /** (person key << 24 | day + 2^23), sorted and unique, per activity type. */
    using TypeEntries = std::map<std::int32_t, std::vector<std::uint64_t>>;

    bool readActivities(QString* error);
    QString fingerprint() const;

    QSqlDatabase m_db;
    QString m_fingerprint; ///< of what m_campaigns was read from; empty = nothing read
    std::unordered_map<qint64, TypeEntries> m_campaigns; ///< campaign key → its activities
    QHash<QString, std::int32_t> m_typeKeys;             ///< activity type name → key
};

} // namespace rapport::storage
