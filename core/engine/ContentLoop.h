// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ContentLoopData.h"
#include "core/engine/ContentLoopResult.h"

#include <unordered_map>

namespace rapport::engine {

class ParallelFor;
class Store;

/**
 * The content loop's figures over its small relational data (pieces, metric snapshots,
 * links, rewards) — thousands of rows, so plain structs and maps; only the activation
 * count of reward cost reads the Store (in parallel, one task per block).
 *
 * Reach over a date range [from, to): a piece's metrics gained in the range = the totals of
 * its last snapshot dated before `to` minus those of its last snapshot dated before `from`
 * (nothing = zeros); over all time, its latest totals. Reach per author sums the pieces the
 * person authored (a piece with two authors counts fully for each); per series, the
 * pieces of the series. Views are the reach; the other metrics ride along.
 */
class ContentLoop
{
public:
    enum class ReachBy { Piece, Author, Series };

    explicit ContentLoop(ContentLoopData data);
    const ContentLoopData& data() const { return m_data; }

    ContentMetrics gained(std::int64_t piece, const DateRange& range) const;
    ContentReachResult reach(ReachBy by, const DateRange& range) const;
    /** Onward clicks between pieces from the links, summed per (from, to). */
    OnwardClicksResult onwardClicks() const;
    RewardCost rewardCost(const Store& store, const RewardCostQuery& query,
                          const ParallelFor& parallel) const;
    static Provenance rewardCostProvenance(const RewardCostQuery& query, std::uint64_t snapshotId);

    /** Readers, activated people and onward readers per piece, author, series and link
     *  (definitions in ContentActivationQuery), one task per store block. */
    ContentActivationResult activations(const Store& store, const ContentActivationQuery& query,
                                        const ParallelFor& parallel) const;
    /** The people.keys counted by one figure of activations(), ascending. */
    std::vector<std::int64_t> people(const Store& store, const ContentActivationQuery& query,
                                     const ContentPeopleSelection& selection,
                                     const ParallelFor& parallel) const;
    static Provenance activationProvenance(const ContentActivationQuery& query,
                                           std::uint64_t snapshotId);

private:
    struct Activation;
    ContentLoopData m_data;
    /** piece key → its snapshots, by time. */
    std::unordered_map<std::int64_t, std::vector<ContentSnapshot>> m_snapshots;
};

} // namespace rapport::engine
