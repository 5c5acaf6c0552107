// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/RetentionQuery.h"
#include "core/engine/RetentionResult.h"

namespace rapport::engine {

class ParallelFor;
class PersonSet;
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
    static Provenance provenance(const RetentionQuery& query, const Store* store,
                                 std::uint64_t snapshotId);
};

} // namespace rapport::engine
