// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ReferenceFunnel.h"

#include "core/engine/Funnel.h"
#include "core/engine/FunnelSummary.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>

namespace rapport::engine {

namespace {

constexpr std::int64_t kUnset = std::numeric_limits<std::int64_t>::max();

/** Everything about one person's search, straight from the definitions. */
struct Search
{
    const FunnelQuery& query;
    const std::vector<ActivityRecord>& all;  // canonical order
    const std::vector<std::int64_t>& times;  // all[i].at, ascending
    std::vector<std::size_t> relevant;       // indices matching some step
    std::vector<bool> used;
    std::int64_t t1 = 0;
    std::size_t start = 0;
    int depth = 0;
    std::array<std::int64_t, FunnelQuery::kMaxSteps> best{};

    int k() const { return static_cast<int>(query.steps.size()); }
    bool inWindow(std::int64_t t) const { return t - t1 <= query.window; }

    /** Whether any activity of the person lies strictly between times a and b. */
    bool somethingBetween(std::int64_t a, std::int64_t b) const
    {
        return std::upper_bound(times.begin(), times.end(), a)
               < std::lower_bound(times.begin(), times.end(), b);
    }

    void record(int reached, std::int64_t convert)
    {
        depth = std::max(depth, reached);
        best[reached - 1] = std::min(best[reached - 1], convert);
    }

    // Ordered and strict: step j gets an unused activity no earlier than step j−1's.
    void ordered(int j, std::int64_t previous)
    {
        if (j == k())
            return;
        for (std::size_t q : relevant) {
            const ActivityRecord& a = all[q];
            if (used[q] || !query.steps[j].matches(a) || a.at < previous || !inWindow(a.at))
                continue;
            if (query.mode == FunnelMode::Strict && somethingBetween(previous, a.at))
                continue;
            used[q] = true;
            record(j + 1, a.at - t1);
            ordered(j + 1, a.at);
            used[q] = false;
        }
    }

    // Unordered: steps in index order get unused activities in [t1, t1 + window]. A prefix
    // is reached when it includes the start activity; its time to convert is the earliest
    // moment by which the prefix's steps all have activities in that window (start or not).
    void unordered(int j, std::int64_t latest)
    {
        if (j == k())
            return;
        for (std::size_t q : relevant) {
            const ActivityRecord& a = all[q];
            if (used[q] || !query.steps[j].matches(a) || a.at < t1 || !inWindow(a.at))
                continue;
            used[q] = true;
            const std::int64_t end = std::max(latest, a.at);
            best[j] = std::min(best[j], end - t1);
            if (used[start])
                depth = std::max(depth, j + 1);
            unordered(j + 1, end);
            used[q] = false;
        }
    }
};

/** One person's best attempt: depth ≥ 1, times to convert, and its breakdown group. */
struct Outcome
{
    std::int64_t person = 0;
    int depth = 0;
    std::array<std::int64_t, FunnelQuery::kMaxSteps> convert{};
    std::string label;         ///< attribute breakdown: the person's value ("" = none)
    std::int64_t campaign = 0; ///< campaign breakdown: the start activity's campaign
};

/** Calls f(outcome) for every person of query.people who enters the funnel. */
template<typename F> void forEachOutcome(const ReferenceData& data, const FunnelQuery& query, F f)
{
    for (const ReferenceData::Resolved& person : data.resolve()) {
        if (!query.people.matches(person.person, person.level))
            continue;
        const auto& all = person.activities;
        std::vector<std::int64_t> times;
        std::vector<std::size_t> relevant;
        for (std::size_t q = 0; q < all.size(); ++q) {
            times.push_back(all[q].at);
            if (std::any_of(query.steps.begin(), query.steps.end(),
                            [&](const ActivityFilter& f) { return f.matches(all[q]); }))
                relevant.push_back(q);
        }
        int bestDepth = 0;
        std::size_t bestStart = 0;
        std::array<std::int64_t, FunnelQuery::kMaxSteps> bestConvert{};
        for (std::size_t p = 0; p < all.size(); ++p) {
            const ActivityRecord& a = all[p];
            if (!query.dateRange.contains(a.at))
                continue;
            Search search{query, all, times, relevant, std::vector<bool>(all.size(), false),
                          a.at, p, 0, {}};
            search.best.fill(kUnset);
            search.used[p] = true;
            if (query.mode == FunnelMode::Unordered) {
                search.used[p] = false;
                search.unordered(0, a.at);
            } else if (query.steps[0].matches(a)) {
                search.record(1, 0);
                search.ordered(1, a.at);
            }
            if (search.depth > bestDepth) {
                bestDepth = search.depth;
                bestStart = p;
                bestConvert = search.best;
            }
        }
        if (bestDepth == 0)
            continue;
        Outcome outcome{person.person.key, bestDepth, bestConvert, {}, all[bestStart].campaign};
        for (const auto& [name, v] : person.person.attributes)
            if (name == query.breakdown.attribute)
                outcome.label = v;
        f(outcome);
    }
}

} // namespace

FunnelResult ReferenceFunnel::compute(const ReferenceData& data, const FunnelQuery& query,
                                      std::uint64_t snapshotId)
{
    const int k = static_cast<int>(query.steps.size());
    FunnelSummary total(k);
    std::map<std::string, FunnelSummary> byLabel;
    std::map<std::int64_t, FunnelSummary> byCampaign;
    forEachOutcome(data, query, [&](const Outcome& o) {
        total.add(o.depth, o.convert.data());
        if (query.breakdown.kind == FunnelBreakdown::Kind::Attribute)
            byLabel.try_emplace(o.label, k).first->second.add(o.depth, o.convert.data());
        else if (query.breakdown.kind == FunnelBreakdown::Kind::Campaign)
            byCampaign.try_emplace(o.campaign, k).first->second.add(o.depth, o.convert.data());
    });

    FunnelResult result;
    result.steps = total.finish();
    for (auto& [label, summary] : byLabel)
        result.groups.push_back({label, 0, summary.finish()});
    for (auto& [key, summary] : byCampaign) {
        std::string label;
        if (key != 0) {
            auto it = data.campaignNames.find(key);
            label = it != data.campaignNames.end() ? it->second : std::to_string(key);
        }
        result.groups.push_back({label, key, summary.finish()});
    }
    FunnelSummary::sortGroups(result.groups,
                              query.breakdown.kind == FunnelBreakdown::Kind::Attribute);
    result.provenance = Funnel::provenance(query, nullptr, snapshotId);
    return result;
}

std::vector<std::int64_t> ReferenceFunnel::reached(const ReferenceData& data,
                                                   const FunnelQuery& query, int step,
                                                   const FunnelGroup* group)
{
    std::vector<std::int64_t> keys;
    forEachOutcome(data, query, [&](const Outcome& o) {
        const bool inGroup = !group
                             || (query.breakdown.kind == FunnelBreakdown::Kind::Attribute
                                     ? o.label == group->label
                                     : o.campaign == group->key);
        if (o.depth >= step && inGroup)
            keys.push_back(o.person);
    });
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace rapport::engine
