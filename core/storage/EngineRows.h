// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the engine loaders make of a project's rows once their bytes have arrived, shared by
// EngineLoader (a file, through sqlite3) and workspace::PgEngineLoader (a PostgreSQL
// workspace, through COPY), so both build the same Store from the same rows.

#include "core/engine/PersonRecord.h"
#include "core/engine/SurveyResponseRecord.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace rapport::storage::engine_rows {

/** The person attributes the loaders read from people, in the order of their columns
 *  (after key): country, role, company, source, timezone. */
inline constexpr const char* kPersonAttributes[] = {"country", "role", "company", "source", "timezone"};
inline constexpr int kPersonAttributeCount = 5;

/** Days since 1970-01-01 of an ISO date "YYYY-MM-DD" (H. Hinnant's days_from_civil);
 *  PersonRecord::kNoDay if it is not one. */
inline std::int32_t dayOf(std::string_view iso)
{
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-')
        return engine::PersonRecord::kNoDay;
    auto number = [&](std::size_t from, std::size_t n) {
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (iso[i] < '0' || iso[i] > '9')
                return -1;
            v = v * 10 + (iso[i] - '0');
        }
        return v;
    };
    int y = number(0, 4);
    const int m = number(5, 2), d = number(8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31)
        return engine::PersonRecord::kNoDay;
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/** One survey response row (key, person_key, submitted_at, survey_key, the survey's
 *  campaign_key, its NPS and CSAT answers) as the engine's record (a NULL person is 0, anonymous;
 *  submitted_at milliseconds are floored to seconds). */
inline engine::SurveyResponseRecord response(std::int64_t key, std::int64_t person, std::int64_t submittedMs,
                                             std::int64_t survey, std::int64_t campaign, std::optional<int> nps,
                                             std::optional<int> csat)
{
    engine::SurveyResponseRecord r;
    r.key = key;
    r.person = person;
    r.at = submittedMs >= 0 ? submittedMs / 1000 : -((-submittedMs + 999) / 1000);
    r.survey = survey;
    r.campaign = campaign;
    if (nps)
        r.nps = *nps;
    if (csat)
        r.csat = *csat;
    return r;
}

} // namespace rapport::storage::engine_rows
