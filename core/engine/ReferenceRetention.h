// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ReferenceData.h"
#include "core/engine/RetentionQuery.h"
#include "core/engine/RetentionResult.h"

#include <optional>
#include <vector>

namespace rapport::engine {

/**
 * Retention by brute force, straight from RetentionQuery.h: per person, the start by a
 * linear search, the cohort by calendar arithmetic on that one time, and for every k every
 * activity tested against period cohort + k. For tests.
 */
class ReferenceRetention
{
public:
    static RetentionResult compute(const ReferenceData& data, const RetentionQuery& query,
                                   std::uint64_t snapshotId);
    /** people.keys of the members of the cohorts starting at cohortStarts retained in `period`
     *  (every member when nullopt), ascending: Retention::members by brute force. */
    static std::vector<std::int64_t> members(const ReferenceData& data, const RetentionQuery& query,
                                             const std::vector<std::int64_t>& cohortStarts,
                                             std::optional<int> period);
    /** The period number of t by plain calendar arithmetic (the references' CalendarPeriod). */
    static std::int64_t periodNumber(CalendarPeriod::Kind kind, std::int64_t t);
};

} // namespace rapport::engine
