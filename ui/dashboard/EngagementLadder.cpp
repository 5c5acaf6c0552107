// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/EngagementLadder.h"

#include "core/engine/CalendarPeriod.h"
#include "core/engine/Engagement.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"

#include <algorithm>
#include <limits>

namespace rapport::ui {

using engine::CalendarPeriod;
constexpr auto kMonth = CalendarPeriod::Kind::Month;

std::vector<std::int64_t> EngagementLadder::times(std::int64_t now, const engine::DateRange& range,
                                                  int months)
{
    const std::int64_t end =
        range.to == std::numeric_limits<std::int64_t>::max() ? now : std::min(now, range.to - 1);
    if (months < 1 || end < range.from)
        return {};
    const std::int64_t last = CalendarPeriod::index(kMonth, end);
    std::int64_t first = last - months + 1;
    if (range.from != std::numeric_limits<std::int64_t>::min())
        first = std::max(first, CalendarPeriod::index(kMonth, range.from));
    std::vector<std::int64_t> t{CalendarPeriod::start(kMonth, first) - 1};
    for (std::int64_t m = first; m <= last; ++m)
        t.push_back(std::min(CalendarPeriod::start(kMonth, m + 1) - 1, end));
    return t;
}

void EngagementLadder::compute(const engine::Store& store, const engine::PersonSet& people,
                               const engine::EngagementQuery& scoring, std::int64_t now,
                               const engine::DateRange& range, const engine::ParallelFor& parallel)
{
    const std::vector<std::int64_t> t = times(now, range);
    m_people = people;
    m_people &= store.countedPeople();
    m_months.clear();
    m_levels.clear();
    m_recomputed = 0;
    m_baseTime = t.empty() ? 0 : t.front();

    std::map<std::int64_t, engine::LevelCache> kept;
    engine::EngagementQuery q = scoring;
    q.people = {}; // levels do not depend on it; the ladder counts m_people itself
    for (std::int64_t at : t) {
        auto it = m_caches.find(at);
        engine::LevelCache cache =
            it != m_caches.end() ? std::move(it->second) : engine::LevelCache();
        q.asOf = at;
        engine::EngagementResult r = engine::Engagement::compute(store, q, parallel, cache);
        m_recomputed += cache.lastRecomputedBlocks();
        m_levels.push_back(std::move(r.levelByRow));
        kept.emplace(at, std::move(cache));
    }
    m_caches = std::move(kept);

    for (std::size_t i = 1; i < t.size(); ++i) {
        Month month;
        const std::int64_t index = CalendarPeriod::index(kMonth, t[i]);
        month.label = CalendarPeriod::label(kMonth, index);
        month.asOf = t[i];
        month.partial = t[i] < CalendarPeriod::start(kMonth, index + 1) - 1;
        month.changes = engine::Engagement::changes(store, m_people, m_levels[i - 1], m_levels[i]);
        // Everyone counted made one transition: the columns sum to the month's levels.
        for (const auto& from : month.changes.transitions)
            for (std::size_t to = 0; to < 4; ++to)
                month.levels[to] += from[to];
        m_months.push_back(std::move(month));
    }
}

template <typename Pick> engine::PersonSet EngagementLadder::select(int month, Pick pick) const
{
    engine::PersonSet rows(m_people.rows());
    if (month < 0 || month >= int(m_months.size()))
        return rows;
    const std::vector<std::uint8_t>& before = m_levels[std::size_t(month)];
    const std::vector<std::uint8_t>& after = m_levels[std::size_t(month) + 1];
    m_people.forEach([&](std::size_t row) {
        if (pick(before[row], after[row]))
            rows.insert(row);
    });
    return rows;
}

engine::PersonSet EngagementLadder::atLevel(int month, engine::EngagementLevel level) const
{
    return select(
        month, [level](std::uint8_t, std::uint8_t after) { return after == std::uint8_t(level); });
}

engine::PersonSet EngagementLadder::promoted(int month) const
{
    return select(month, [](std::uint8_t before, std::uint8_t after) { return after > before; });
}

engine::PersonSet EngagementLadder::demoted(int month) const
{
    return select(month, [](std::uint8_t before, std::uint8_t after) { return after < before; });
}

} // namespace rapport::ui
