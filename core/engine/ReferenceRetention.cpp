// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ReferenceRetention.h"

#include "core/engine/Retention.h"

#include <chrono>
#include <algorithm>
#include <map>
#include <stdexcept>

namespace rapport::engine {

std::int64_t ReferenceRetention::periodNumber(CalendarPeriod::Kind kind, std::int64_t t)
{
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_seconds{seconds{t}});
    if (kind == CalendarPeriod::Kind::Month) {
        const year_month_day ymd{day};
        return std::int64_t(int(ymd.year())) * 12 + unsigned(ymd.month()) - 1;
    }
    // Count Mondays: the week of t starts on the latest Monday at or before its day.
    const sys_days monday = day - (weekday{day} - Monday);
    const sys_days epochMonday = sys_days{1969y / December / 29};
    return (monday - epochMonday).count() / 7;
}

RetentionResult ReferenceRetention::compute(const ReferenceData& data, const RetentionQuery& query,
                                            std::uint64_t snapshotId)
{
    if (query.periods < 1 || query.periods > RetentionQuery::kMaxPeriods)
        throw std::invalid_argument("retention takes 1 to 64 periods");
    std::map<std::int64_t, RetentionCohort> cohorts;
    for (const ReferenceData::Resolved& r : data.resolve()) {
        if (!query.people.matches(r.person, r.level))
            continue;
        const ActivityRecord* startActivity = nullptr;
        for (const ActivityRecord& a : r.activities)
            if (query.dateRange.contains(a.at) && query.start.matches(a)) {
                startActivity = &a;
                break;
            }
        if (!startActivity)
            continue;
        const std::int64_t cohort = periodNumber(query.period, startActivity->at);
        RetentionCohort& c = cohorts[cohort];
        c.retained.resize(std::size_t(query.periods), 0);
        ++c.size;
        for (int k = 0; k < query.periods; ++k) {
            bool retained = false;
            for (const ActivityRecord& a : r.activities) {
                if (&a == startActivity || !query.returning.matches(a)
                    || periodNumber(query.period, a.at) != cohort + k)
                    continue;
                if (k == 0 && a.at < startActivity->at)
                    continue;
                retained = true;
            }
            if (retained)
                ++c.retained[std::size_t(k)];
        }
    }
    RetentionResult result;
    if (!cohorts.empty())
        for (std::int64_t p = cohorts.begin()->first; p <= cohorts.rbegin()->first; ++p) {
            RetentionCohort c = cohorts.contains(p) ? cohorts[p] : RetentionCohort{};
            c.retained.resize(std::size_t(query.periods), 0);
            c.label = CalendarPeriod::label(query.period, p);
            c.start = CalendarPeriod::start(query.period, p);
            result.cohorts.push_back(c);
        }
    result.provenance = Retention::provenance(query, nullptr, snapshotId);
    return result;
}

std::vector<std::int64_t> ReferenceRetention::members(const ReferenceData& data,
                                                      const RetentionQuery& query,
                                                      const std::vector<std::int64_t>& cohortStarts,
                                                      std::optional<int> period)
{
    std::vector<std::int64_t> keys;
    for (const ReferenceData::Resolved& r : data.resolve()) {
        if (!query.people.matches(r.person, r.level))
            continue;
        const ActivityRecord* startActivity = nullptr;
        for (const ActivityRecord& a : r.activities)
            if (query.dateRange.contains(a.at) && query.start.matches(a)) {
                startActivity = &a;
                break;
            }
        if (!startActivity)
            continue;
        const std::int64_t cohort = periodNumber(query.period, startActivity->at);
        if (std::none_of(cohortStarts.begin(), cohortStarts.end(),
                         [&](std::int64_t s) { return periodNumber(query.period, s) == cohort; }))
            continue;
        bool member = !period;
        for (const ActivityRecord& a : r.activities)
            member = member || (&a != startActivity && query.returning.matches(a) &&
                                periodNumber(query.period, a.at) == cohort + *period &&
                                (*period != 0 || a.at >= startActivity->at));
        if (member)
            keys.push_back(r.person.key);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace rapport::engine
