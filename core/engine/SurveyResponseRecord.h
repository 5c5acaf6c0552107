// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

namespace rapport::engine {

/**
 * One survey response as the engine receives it: the response's own key, the people.key
 * of the respondent (0 = anonymous), time (seconds since the Unix epoch, UTC), survey and
 * campaign keys (campaign 0 = none), and the scored answers the figures read: NPS 0–10
 * and CSAT 1–5, each absent when the response has no such answer.
 */
struct SurveyResponseRecord
{
    std::int64_t key = 0;
    std::int64_t person = 0;
    std::int64_t at = 0;
    std::int64_t survey = 0;
    std::int64_t campaign = 0;
    std::optional<int> nps;
    std::optional<int> csat;

    friend bool operator==(const SurveyResponseRecord&, const SurveyResponseRecord&) = default;
};

} // namespace rapport::engine
