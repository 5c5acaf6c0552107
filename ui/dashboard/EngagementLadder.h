// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/DateRange.h"
#include "core/engine/EngagementQuery.h"
#include "core/engine/EngagementResult.h"
#include "core/engine/LevelCache.h"
#include "core/engine/PersonSet.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace rapport::engine {
class ParallelFor;
class Store;
} // namespace rapport::engine

namespace rapport::ui {

/**
 * The engagement ladder month by month: the fans view's figures, computed with
 * engine::Engagement (no Qt here).
 *
 * Months: the last `months` calendar months (UTC) that overlap the dashboard's dates and
 * have begun by now; the last one ends at the end of the dates or now, whichever is
 * earlier. Each month's levels are as of its last second (the last month: as of that end);
 * its changes compare them with the levels as of the previous month's last second
 * (Engagement::changes between the two times, per person). Only the people given count.
 *
 * Scoring every month from scratch would cost a full pass per month, so each month's time
 * keeps a LevelCache: a filter change recounts without rescoring, and an edit rescores the
 * blocks it touched. Caches of times no longer shown are dropped.
 */
class EngagementLadder
{
public:
    struct Month
    {
        std::string label;                     ///< "2025-03"
        std::int64_t asOf = 0;                 ///< the levels' time
        bool partial = false;                  ///< asOf is before the month's last second
        std::array<std::uint64_t, 4> levels{}; ///< people by EngagementLevel
        engine::LevelChanges changes;          ///< against the previous month's levels
    };

    /** The times levels are computed at: the last second before the first month, then each
     *  month's asOf. Empty when no month overlaps the dates by now. */
    static std::vector<std::int64_t> times(std::int64_t now, const engine::DateRange& range,
                                           int months = 12);

    /** Recomputes every month. `scoring` gives weights, half-life and thresholds (its asOf
     *  and people are not used); `people` are store rows of `store`. The ladder keeps no
     *  reference to store beyond the call. */
    void compute(const engine::Store& store, const engine::PersonSet& people,
                 const engine::EngagementQuery& scoring, std::int64_t now,
                 const engine::DateRange& range, const engine::ParallelFor& parallel);

    const std::vector<Month>& months() const { return m_months; }
    /** The time of the levels the first month's changes start from. */
    std::int64_t baseTime() const { return m_baseTime; }
    const engine::PersonSet& people() const { return m_people; }

    /** Rows of the people counted at `level` as of month m. */
    engine::PersonSet atLevel(int month, engine::EngagementLevel level) const;
    /** Rows of the people counted whose level rose (fell) in month m. */
    engine::PersonSet promoted(int month) const;
    engine::PersonSet demoted(int month) const;
    /** A row's level as of month m (m = −1: as of baseTime()). */
    std::uint8_t level(int month, std::uint32_t row) const
    {
        return m_levels[std::size_t(month + 1)][row];
    }

    /** Blocks scored again by the last compute, summed over its times (for tests). */
    std::size_t lastRecomputedBlocks() const { return m_recomputed; }

private:
    template <typename Pick> engine::PersonSet select(int month, Pick pick) const;

    std::map<std::int64_t, engine::LevelCache> m_caches;
    std::vector<std::vector<std::uint8_t>> m_levels; ///< [0] = base, [m + 1] = month m
    std::vector<Month> m_months;
    engine::PersonSet m_people;
    std::int64_t m_baseTime = 0;
    std::size_t m_recomputed = 0;
};

} // namespace rapport::ui
