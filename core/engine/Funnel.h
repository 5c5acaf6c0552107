// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/FunnelQuery.h"
#include "core/engine/FunnelResult.h"
#include "core/engine/PersonSet.h"

#include <cstdint>
#include <vector>

namespace rapport::engine {

class FunnelCache;
class ParallelFor;
class Store;

/**
 * Computes funnels over a Store, one task per block on all threads of the ParallelFor; the
 * result is the same for any thread count. Definitions: FunnelQuery.h.
 */
class Funnel
{
public:
    /** Throws std::invalid_argument for no steps, more than kMaxSteps, or a negative window. */
    static FunnelResult compute(const Store& store, const FunnelQuery& query,
                                const ParallelFor& parallel);
    /**
     * Same, and also writes each row's depth (0 = not in the funnel, j = reached step j) into
     * *depthByRow (resized to rowCount()) — for "people who reached step j" audiences and the
     * lifecycle funnel. `people`, when given, replaces query.people (already compiled).
     */
    static FunnelResult compute(const Store& store, const FunnelQuery& query,
                                const ParallelFor& parallel, const PersonSet* people,
                                std::vector<std::uint8_t>* depthByRow);
    /**
     * Same as compute(store, query, parallel), reusing the per-block partials in `cache` for
     * blocks that did not change since the cache last saw them (FunnelCache.h): after one
     * edit the refresh costs one block plus the merge.
     */
    static FunnelResult compute(const Store& store, const FunnelQuery& query,
                                const ParallelFor& parallel, FunnelCache& cache);
    /**
     * The people (store rows) behind a figure of compute(store, query, …): those whose best
     * attempt reaches step `step` (1-based) — result.steps[step − 1].persons of them — and,
     * when `group` is given, only those of that breakdown group (one of result.groups: matched
     * by label for an attribute breakdown, by key for a campaign breakdown). `people`, when
     * given, replaces query.people as in compute(). Throws std::invalid_argument for a step
     * outside 1..steps, a group without a breakdown, and what compute() refuses.
     */
    static PersonSet reached(const Store& store, const FunnelQuery& query,
                             const ParallelFor& parallel, int step,
                             const FunnelGroup* group = nullptr, const PersonSet* people = nullptr);
    /** The provenance text for a query (also used by the reference). */
    static Provenance provenance(const FunnelQuery& query, const Store* store,
                                 std::uint64_t snapshotId);
};

} // namespace rapport::engine
