// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/EngagementQuery.h"
#include "core/engine/EngagementResult.h"

#include <cstdint>
#include <span>

namespace rapport::engine {

class LevelCache;
class ParallelFor;
class PersonSet;
class Store;

/**
 * Engagement scores and levels over a Store (definitions in EngagementQuery.h), one task
 * per block; the same result for any thread count. Write the levels into the store with
 * store.setLevels(result.levelByRow) so audiences can filter by level.
 * Throws std::invalid_argument for a half-life < 1 s or decreasing thresholds.
 */
class Engagement
{
public:
    static EngagementResult compute(const Store& store, const EngagementQuery& query,
                                    const ParallelFor& parallel);
    /** The same result, rescoring only the blocks whose activities changed since the last
     *  compute through `cache` with the same scoring parameters (LevelCache.h). */
    static EngagementResult compute(const Store& store, const EngagementQuery& query,
                                    const ParallelFor& parallel, LevelCache& cache);
    /** Levels as of `from` and as of `to` (query.asOf is not used). */
    static LevelChanges changes(const Store& store, const EngagementQuery& query,
                                std::int64_t from, std::int64_t to, const ParallelFor& parallel);
    /**
     * Level changes from levels already computed (EngagementResult::levelByRow as of two
     * times, e.g. through a LevelCache each), counting the rows of `people` the store counts:
     * what changes(store, query, from, to, …) gives for query.people compiled to `people`,
     * without scoring anyone again. The provenance is left empty for the caller to describe.
     */
    static LevelChanges changes(const Store& store, const PersonSet& people,
                                std::span<const std::uint8_t> before,
                                std::span<const std::uint8_t> after);
    /** One row's score as of query.asOf (the detail panel's figure). */
    static double score(const Store& store, const EngagementQuery& query, std::uint32_t row);
    static Provenance provenance(const EngagementQuery& query, std::uint64_t snapshotId);
};

} // namespace rapport::engine
