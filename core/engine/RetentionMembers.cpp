// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/CompiledActivityFilter.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Retention.h"
#include "core/engine/Store.h"

#include <algorithm>
#include <stdexcept>

namespace rapport::engine {

// Retention::compute counts; this lists. It runs once per click, so it favours plain code
// over compute()'s branch-light loops, and applies the definition in RetentionQuery.h the
// same way: the start is the first activity (canonical order) passing `start` inside the
// date range, and a return is another activity passing `returning` in the period asked, for
// period 0 at or after the start's time.
PersonSet Retention::members(const Store& store, const RetentionQuery& query,
                             const ParallelFor& parallel,
                             const std::vector<std::int64_t>& cohortStarts,
                             std::optional<int> period, const PersonSet* people)
{
    if (query.periods < 1 || query.periods > RetentionQuery::kMaxPeriods)
        throw std::invalid_argument("retention takes 1 to 64 periods");
    if (period && (*period < 0 || *period >= query.periods))
        throw std::invalid_argument("the retention period asked is outside the query's periods");
    const CompiledActivityFilter start(store, query.start);
    const CompiledActivityFilter returning(store, query.returning);
    const PersonSet compiled = people ? PersonSet() : query.people.compile(store);
    const PersonSet& who = people ? *people : compiled;
    std::vector<std::int64_t> cohorts;
    for (std::int64_t s : cohortStarts)
        cohorts.push_back(CalendarPeriod::index(query.period, s));
    std::sort(cohorts.begin(), cohorts.end());
    cohorts.erase(std::unique(cohorts.begin(), cohorts.end()), cohorts.end());

    PersonSet result(store.rowCount());
    if (cohorts.empty())
        return result;
    // Each block writes only its own rows, and a block never shares a word of the set with
    // another (blocks are multiples of 64 rows): no locking.
    parallel.run(store.blockCount(), [&](std::size_t b, int) {
        const StoreBlock& block = store.block(b);
        const auto types = block.types();
        const auto times = block.timeOffsets();
        const std::int64_t timeBase = block.timeBase();
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        who.forEach(first, first + block.personCount(), [&](std::size_t row) {
            const std::uint32_t slot = static_cast<std::uint32_t>(row) - first;
            const std::uint32_t begin = block.begin(slot), end = block.end(slot);
            std::uint32_t i = begin;
            std::int64_t t = 0;
            for (; i < end; ++i) {
                if (!start.typeMatches(types[i]))
                    continue;
                t = timeBase + times[i];
                if (t >= query.dateRange.to)
                    return;
                if (t >= query.dateRange.from && start.matches(block, i))
                    break;
            }
            if (i == end)
                return;
            const std::int64_t cohort = CalendarPeriod::index(query.period, t);
            if (!std::binary_search(cohorts.begin(), cohorts.end(), cohort))
                return;
            if (!period) {
                result.insert(row);
                return;
            }
            const std::int64_t target = cohort + *period;
            const std::int64_t from =
                *period == 0 ? t : CalendarPeriod::start(query.period, target);
            const std::int64_t to = CalendarPeriod::start(query.period, target + 1);
            for (std::uint32_t j = begin; j < end; ++j) {
                const std::int64_t tj = timeBase + times[j];
                if (tj >= to)
                    break;
                if (tj >= from && j != i && returning.matches(block, j)) {
                    result.insert(row);
                    return;
                }
            }
        });
    });
    return result;
}

} // namespace rapport::engine
