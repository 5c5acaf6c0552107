// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>

namespace rapport::engine {

/**
 * The levels of the last engagement query computed through it, per block, keyed by each
 * block's StoreBlock::activityVersion() and the query's scoring parameters (weights,
 * half-life, thresholds, as-of time). A person's level does not depend on the query's
 * people filter, so when only the filter changes (a dashboard's audience, country or
 * campaign filter) Engagement::compute(…, cache) recounts the levels of the people passing
 * it without scoring anyone again; after one edit it rescores one block. The result is
 * exactly what a full computation gives. Different scoring parameters start over.
 *
 * Owned by whoever refreshes levels (a dashboard); not thread-safe: one compute at a time
 * per cache. Memory: one byte per store row and eight per block.
 */
class LevelCache
{
public:
    LevelCache();
    ~LevelCache();
    LevelCache(LevelCache&&) noexcept;
    LevelCache& operator=(LevelCache&&) noexcept;

    void clear();
    /** Blocks scored by the last compute (for tests and the benchmark). */
    std::size_t lastRecomputedBlocks() const;
    std::size_t memoryBytes() const;

    struct State; ///< opaque: defined where levels are computed

private:
    friend class Engagement;
    std::unique_ptr<State> m_state;
};

} // namespace rapport::engine
