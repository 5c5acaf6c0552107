// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Provenance.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::engine {

/** One cohort: its period ("2025-01", "2025-W03"), first second, size and retained[k]. */
struct RetentionCohort
{
    std::string label;
    std::int64_t start = 0;
    std::uint64_t size = 0;
    std::vector<std::uint64_t> retained; ///< RetentionQuery::periods entries

    friend bool operator==(const RetentionCohort&, const RetentionCohort&) = default;
};

/**
 * Cohorts in period order, contiguous from the first non-empty cohort to the last one:
 * periods in between with nobody starting are listed with size 0 (a chart's rows stay
 * regular). No cohort at all when nobody starts. Periods after the data's end are listed
 * as 0 retained, not omitted.
 */
struct RetentionResult
{
    std::vector<RetentionCohort> cohorts;
    Provenance provenance;

    friend bool operator==(const RetentionResult&, const RetentionResult&) = default;
};

} // namespace rapport::engine
