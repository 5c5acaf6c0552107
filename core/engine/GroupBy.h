// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/GroupByQuery.h"
#include "core/engine/GroupByResult.h"

namespace rapport::engine {

class ParallelFor;
class Store;

/**
 * Counts and distinct people by dimensions over a Store (GroupByQuery.h), one task per block;
 * the same result for any thread count. Throws std::invalid_argument for more than 2
 * dimensions, an unknown attribute name, or includePeopleWithoutActivity with an activity
 * dimension.
 */
class GroupBy
{
public:
    static GroupByResult compute(const Store& store, const GroupByQuery& query,
                                 const ParallelFor& parallel);
    static Provenance provenance(const GroupByQuery& query, std::uint64_t snapshotId);
    /** Period start (seconds, UTC) of t for Day/Week/Month; t itself for other kinds. */
    static std::int64_t periodStart(GroupByDimension::Kind kind, std::int64_t t);
};

} // namespace rapport::engine
