// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Retention.h"

#include "core/engine/CompiledActivityFilter.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <stdexcept>

namespace rapport::engine {

namespace {

/** One worker's cohort counters, relative to the query's first period index. */
struct Counters
{
    CalendarPeriod::Kind kind;
    std::int64_t base;
    int periods;
    std::vector<std::int64_t> bounds; // bounds[i] = first second of period base + i
    std::vector<std::uint64_t> sizes;
    std::vector<std::uint64_t> retained; // cohort × periods

    /** Makes bounds cover periods up to relative index `last` + 1. */
    void cover(std::size_t last)
    {
        while (bounds.size() < last + 2)
            bounds.push_back(CalendarPeriod::start(kind, base + std::int64_t(bounds.size())));
    }
    /** t ≥ bounds[0]. No binary search (its branches mispredict once a person): periods
     *  are at most 31 days long, so t's offset over that length is a lower bound of the
     *  index, a few steps short at most. */
    std::size_t periodOf(std::int64_t t)
    {
        while (bounds.back() <= t)
            cover(bounds.size() + 8);
        const double perLongest = kind == CalendarPeriod::Kind::Week ? 1 / (7 * 86400.0) : 1 / (31 * 86400.0);
        std::size_t k = std::size_t(double(t - bounds[0]) * perLongest);
        while (bounds[k + 1] <= t)
            ++k;
        return k;
    }
    /** Relative period of each day since bounds[0] (periods start at midnight UTC), so
     *  that a time's period is one table read instead of a loop over the boundaries it
     *  passes (a mispredicted branch per new period). */
    std::vector<std::uint32_t> dayPeriod;
    static constexpr std::int64_t kMaxDays = std::int64_t(1) << 15; // about 90 years

    /** Makes dayPeriod cover the days before `last` (a boundary already in bounds); false
     *  when that is too far from bounds[0] for a table. */
    bool coverDays(std::int64_t last)
    {
        std::int64_t span;
        if (__builtin_sub_overflow(last, bounds[0], &span) || span / 86400 > kMaxDays)
            return false;
        const std::int64_t days = span / 86400; // boundaries are midnights
        std::size_t period = dayPeriod.empty() ? 0 : dayPeriod.back();
        while (std::int64_t(dayPeriod.size()) < days) {
            const std::int64_t dayStart = bounds[0] + std::int64_t(dayPeriod.size()) * 86400;
            while (bounds[period + 1] <= dayStart)
                ++period;
            dayPeriod.push_back(std::uint32_t(period));
        }
        return true;
    }
    void count(std::size_t cohort, std::uint64_t mask)
    {
        if (sizes.size() <= cohort) {
            sizes.resize(cohort + 1, 0);
            retained.resize((cohort + 1) * std::size_t(periods), 0);
        }
        ++sizes[cohort];
        std::uint64_t* row = retained.data() + cohort * std::size_t(periods);
        for (int k = 0; k < periods; ++k) // fixed trip count: no mispredicted exit per person
            row[k] += (mask >> k) & 1;
    }
};

/**
 * The periods (bit k = cohort + k) with a return activity among activities [j, end) but
 * `start`, up to `last`. Branch-light: every activity ors its period's bit in, hit or not;
 * its period comes from the day table (Counters::dayPeriod) when there is one, else from a
 * walk over the boundaries. A function of its own so that the mask stays in a register.
 */
template<bool kAny, bool kTable>
[[gnu::noinline]] std::uint64_t returnMask(const StoreBlock& block, const CompiledActivityFilter& returning,
                                           std::uint32_t j, std::uint32_t start, std::uint32_t end,
                                           std::int64_t timeBase, std::int64_t last, const Counters& acc,
                                           std::size_t cohort)
{
    const std::uint32_t* times = block.timeOffsets().data();
    const std::uint8_t* types = block.types().data();
    const bool typeOnly = returning.typeOnly();
    const std::int64_t* bounds = acc.bounds.data();
    const std::uint32_t* dayPeriod = acc.dayPeriod.data();
    const std::int64_t sinceFirst = timeBase - bounds[0]; // times here are ≥ bounds[0]
    std::uint64_t mask = 0;
    std::size_t period = cohort;
    std::int64_t next = bounds[period + 1];
    for (; j < end; ++j) {
        const std::int64_t tj = timeBase + times[j];
        if (tj >= last)
            break;
        if constexpr (kTable) {
            period = dayPeriod[std::uint64_t(sinceFirst + times[j]) / 86400];
        } else {
            while (tj >= next)
                next = bounds[++period + 1];
        }
        bool hit = j != start;
        if constexpr (!kAny) {
            hit = hit & returning.typeMatches(types[j]);
            if (!typeOnly && hit)
                hit = returning.matches(block, j);
        }
        mask |= std::uint64_t(hit) << (period - cohort);
    }
    return mask;
}

} // namespace

RetentionResult Retention::compute(const Store& store, const RetentionQuery& query,
                                   const ParallelFor& parallel, const PersonSet* people)
{
    const int n = query.periods;
    if (n < 1 || n > RetentionQuery::kMaxPeriods)
        throw std::invalid_argument("retention takes 1 to 64 periods");
    const CompiledActivityFilter start(store, query.start);
    const CompiledActivityFilter returning(store, query.returning);
    const bool anyReturn = query.returning.anyType() && query.returning.typeOnly();
    std::uint32_t startBits = 0; // typeBits of the start types
    for (std::uint32_t code = 0; code < 256; ++code)
        if (start.typeMatches(std::uint8_t(code)))
            startBits |= StoreBlock::typeBit(std::uint8_t(code));
    const PersonSet compiled = people ? PersonSet() : query.people.compile(store);
    const PersonSet& who = people ? *people : compiled;

    std::int64_t minTime = std::numeric_limits<std::int64_t>::max();
    for (std::size_t b = 0; b < store.blockCount(); ++b)
        if (store.block(b).activityCount())
            minTime = std::min(minTime, store.block(b).timeBase());
    RetentionResult result;
    result.provenance = provenance(query, &store, store.snapshotId());
    if (minTime == std::numeric_limits<std::int64_t>::max())
        return result;
    const std::int64_t base = CalendarPeriod::index(query.period, std::max(minTime, query.dateRange.from));

    std::vector<Counters> counters(parallel.threads(), Counters{query.period, base, n, {}, {}, {}, {}});
    for (Counters& c : counters)
        c.cover(std::size_t(n) + 8);
    parallel.run(store.blockCount(), [&](std::size_t b, int worker) {
        const StoreBlock& block = store.block(b);
        Counters& acc = counters[worker];
        const auto types = block.types();
        const std::int64_t timeBase = block.timeBase();
        const auto times = block.timeOffsets();
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        who.forEach(first, first + block.personCount(), [&](std::size_t row) {
            const std::uint32_t slot = static_cast<std::uint32_t>(row) - first;
            if (!(block.typeBits(slot) & startBits)) // no activity of a start type
                return;
            const std::uint32_t begin = block.begin(slot), end = block.end(slot);
            std::uint32_t i = begin;
            std::int64_t t = 0;
            for (; i < end; ++i) {
                if (!start.typeMatches(types[i]))
                    continue;
                t = timeBase + times[i];
                if (t >= query.dateRange.to)
                    return;
                if (t >= query.dateRange.from && (start.typeOnly() || start.matches(block, i)))
                    break;
            }
            if (i == end)
                return;
            const std::size_t cohort = acc.periodOf(t);
            acc.cover(cohort + std::size_t(n));
            const std::int64_t last = acc.bounds[cohort + std::size_t(n)];
            std::uint32_t j = i;
            while (j > begin && timeBase + times[j - 1] == t)
                --j;
            const bool table = acc.coverDays(last);
            const std::uint64_t mask =
                table ? (anyReturn ? returnMask<true, true>(block, returning, j, i, end, timeBase, last, acc, cohort)
                                   : returnMask<false, true>(block, returning, j, i, end, timeBase, last, acc, cohort))
                      : (anyReturn ? returnMask<true, false>(block, returning, j, i, end, timeBase, last, acc, cohort)
                                   : returnMask<false, false>(block, returning, j, i, end, timeBase, last, acc, cohort));
            acc.count(cohort, mask);
        });
    });

    std::vector<std::uint64_t> sizes, retained;
    for (const Counters& c : counters) {
        if (sizes.size() < c.sizes.size()) {
            sizes.resize(c.sizes.size(), 0);
            retained.resize(c.retained.size(), 0);
        }
        for (std::size_t k = 0; k < c.sizes.size(); ++k)
            sizes[k] += c.sizes[k];
        for (std::size_t k = 0; k < c.retained.size(); ++k)
            retained[k] += c.retained[k];
    }
    std::size_t from = 0, to = sizes.size();
    while (from < to && sizes[from] == 0)
        ++from;
    while (to > from && sizes[to - 1] == 0)
        --to;
    for (std::size_t k = from; k < to; ++k) {
        RetentionCohort cohort;
        cohort.label = CalendarPeriod::label(query.period, base + std::int64_t(k));
        cohort.start = CalendarPeriod::start(query.period, base + std::int64_t(k));
        cohort.size = sizes[k];
        cohort.retained.assign(retained.begin() + std::ptrdiff_t(k * n),
                               retained.begin() + std::ptrdiff_t((k + 1) * n));
        result.cohorts.push_back(std::move(cohort));
    }
    return result;
}

Provenance Retention::provenance(const RetentionQuery& query, const Store* store,
                                 std::uint64_t snapshotId)
{
    Provenance p;
    p.definition =
        "Cohort = the calendar period (UTC; ISO weeks from Monday, or months) of a person's "
        "first start activity inside the date range. Retained in period k when a return "
        "activity falls in cohort period + k; in period 0 it must be another activity than "
        "the start, at or after the start's time. The date range bounds the start only.";
    p.parameters = {
        {"start", query.start.describe(store)},
        {"return", query.returning.anyType() && query.returning.typeOnly()
                       ? std::string("any activity")
                       : query.returning.describe(store)},
        {"period", CalendarPeriod::name(query.period)},
        {"periods", std::to_string(query.periods)},
        {"date range", query.dateRange.describe()},
    };
    p.filters = query.people.describe();
    p.snapshotId = snapshotId;
    return p;
}

} // namespace rapport::engine
