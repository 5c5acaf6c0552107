// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>

namespace rapport::engine {

/**
 * Per-block partial results of the last funnel computed through it (step counts and times to
 * convert per breakdown group), keyed by each block's StoreBlock::version() and the block's
 * part of the person set. Funnel::compute(…, cache) recomputes only the blocks whose key
 * changed — after one edit, one block — and merges the partials (counts add up; medians and
 * p90s are selected over the union of the blocks' lists), so the result is exactly what a
 * full computation gives. A different query (any field) starts over.
 *
 * Owned by whoever refreshes a funnel (a dashboard tile); not thread-safe: one compute at a
 * time per cache. Memory: 8 bytes per person reaching each step ≥ 2 of the cached query.
 */
class FunnelCache
{
public:
    FunnelCache();
    ~FunnelCache();
    FunnelCache(FunnelCache&&) noexcept;
    FunnelCache& operator=(FunnelCache&&) noexcept;

    void clear();
    /** Blocks recomputed by the last compute (for tests and the benchmark). */
    std::size_t lastRecomputedBlocks() const;
    std::size_t memoryBytes() const;

    struct State; ///< opaque: defined where the funnel is computed

private:
    friend class Funnel;
    std::unique_ptr<State> m_state;
};

} // namespace rapport::engine
