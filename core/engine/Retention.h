// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/PersonSet.h"
#include "core/engine/RetentionQuery.h"
#include "core/engine/RetentionResult.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace rapport::engine {

class ParallelFor;
class Store;

/**
 * Cohort retention over a Store (definitions in RetentionQuery.h), one task per block; the
 * same result for any thread count.
 */
class Retention
{
public:
    /** Throws std::invalid_argument when periods is outside 1..kMaxPeriods. `people`, when
     *  given, replaces query.people (already compiled, e.g. the dashboard's audience). */
    static RetentionResult compute(const Store& store, const RetentionQuery& query,
                                   const ParallelFor& parallel, const PersonSet* people = nullptr);
    /**
     * The people (store rows) behind cells of compute(store, query, …), for drill-downs: the
     * members of the cohorts whose RetentionCohort::start is in `cohortStarts` retained in
     * period `period` (0-based), or every member of those cohorts when period is nullopt.
     * For one cohort the count is cohort.retained[period] (cohort.size); for several, the
     * sum (a person belongs to one cohort). `people` as in compute(). Throws
     * std::invalid_argument for what compute() refuses and a period outside 0..periods − 1.
     */
    static PersonSet members(const Store& store, const RetentionQuery& query,
                             const ParallelFor& parallel,
                             const std::vector<std::int64_t>& cohortStarts,
                             std::optional<int> period, const PersonSet* people = nullptr);
    static Provenance provenance(const RetentionQuery& query, const Store* store,
                                 std::uint64_t snapshotId);
};

} // namespace rapport::engine
