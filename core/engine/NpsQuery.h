// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/CalendarPeriod.h"
#include "core/engine/DateRange.h"
#include "core/engine/PersonFilter.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace rapport::engine {

/**
 * How survey figures are split. Attribute: by the respondent's person attribute; anonymous
 * responses (and those whose person is not, or no longer, a person of the store) form one
 * extra "(anonymous)" group, so the groups add up to the total. Campaign / Survey: by the
 * response's campaign (0 = none) or survey. Period: by the UTC week or month of the
 * response (the trend). Audience: one group per named audience, a response counting in
 * every audience that holds its respondent; anonymous responses are in none.
 */
struct NpsBreakdown
{
    enum class Kind { None, Attribute, Campaign, Survey, Period, Audience };
    Kind kind = Kind::None;
    std::string attribute;                                       ///< Kind::Attribute
    CalendarPeriod::Kind period = CalendarPeriod::Kind::Month;   ///< Kind::Period
    std::vector<std::pair<std::string, PersonFilter>> audiences; ///< Kind::Audience

    friend bool operator==(const NpsBreakdown&, const NpsBreakdown&) = default;
};

/**
 * Which responses count: survey ∈ surveys and campaign ∈ campaigns (empty = any; campaign
 * 0 = none), time in dateRange, and — when `people` is not empty — a respondent passing
 * it (anonymous responses then drop out: they are in no audience). A respondent who was
 * merged counts as the person it was merged into.
 *
 * NPS over responses with an NPS answer (0–10): promoters 9–10, passives 7–8, detractors
 * 0–6; p, d = promoter and detractor shares; NPS = 100 × (p − d); margin of error (95 %) =
 * 1.96 × 100 × √((p + d − (p − d)²) / n). CSAT over responses with a CSAT answer (1–5):
 * the share of 4 and 5.
 */
struct NpsQuery
{
    std::vector<std::int64_t> surveys;
    std::vector<std::int64_t> campaigns;
    DateRange dateRange;
    PersonFilter people;
    NpsBreakdown breakdown;

    friend bool operator==(const NpsQuery&, const NpsQuery&) = default;
};

} // namespace rapport::engine
