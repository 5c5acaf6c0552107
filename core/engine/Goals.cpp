// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Goals.h"

#include "core/engine/ContentLoop.h"
#include "core/engine/EngagementQuery.h"
#include "core/engine/GroupBy.h"
#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"
#include "core/engine/SurveyResponses.h"

#include <algorithm>

namespace rapport::engine {

namespace {

/** The type key a goal's metric names (display name, or the key as text), if any. */
std::optional<std::int64_t> goalType(const Store& store, const std::string& metric)
{
    std::optional<std::int64_t> type = store.types().keyNamed(metric);
    for (std::uint32_t code = 0; !type && code < store.types().size(); ++code)
        if (store.types().name(store.types().key(code)) == metric)
            type = store.types().key(code);
    return type;
}

bool isActivityMetric(const std::string& metric)
{
    return metric != "nps" && metric != "csat" && metric != "advocates" && metric != "reach";
}

void finish(const Goal& goal, const Store& store, GoalProgress& out)
{
    if (goal.campaign != 0)
        out.provenance.parameters.emplace_back("campaign", std::to_string(goal.campaign));
    out.provenance.parameters.emplace_back("goal", goal.metric + " ≥ " + std::to_string(goal.target));
    out.provenance.parameters.emplace_back("goal period", goal.period.describe());
    out.provenance.snapshotId = store.snapshotId();
    if (out.value && goal.target != 0)
        out.fraction = *out.value / goal.target;
}

} // namespace

std::vector<GoalProgress> Goals::progress(const std::vector<Goal>& goals, const Store& store,
                                          const SurveyResponses* responses, const ContentLoop* content,
                                          const ParallelFor& parallel)
{
    std::vector<GoalProgress> out(goals.size());
    // The activity-type goals whose type and campaign exist, by type code; the rest one by one.
    struct Counted
    {
        std::size_t goal;
        bool anyCampaign;
        std::uint32_t campaignCode;
        DateRange period;
    };
    std::vector<std::vector<Counted>> byType(store.types().size());
    std::size_t batched = 0;
    for (std::size_t g = 0; g < goals.size(); ++g) {
        const Goal& goal = goals[g];
        const std::optional<std::int64_t> type = isActivityMetric(goal.metric) ? goalType(store, goal.metric)
                                                                               : std::nullopt;
        const std::optional<std::uint32_t> typeCode = type ? store.types().find(*type) : std::nullopt;
        const std::optional<std::uint32_t> campaignCode =
            goal.campaign != 0 ? store.campaigns().find(goal.campaign) : std::optional<std::uint32_t>(0);
        if (!typeCode || !campaignCode || batched == 64) {
            out[g] = progress(goal, store, responses, content, parallel); // also: 0 for unknown keys
            continue;
        }
        byType[*typeCode].push_back({g, goal.campaign == 0, *campaignCode, goal.period});
        ++batched;
    }
    if (batched > 0) {
        // Per worker, per goal: the people with a matching activity (a bit per goal per person).
        std::vector<std::vector<std::uint64_t>> counts(std::size_t(parallel.threads()),
                                                       std::vector<std::uint64_t>(goals.size()));
        parallel.run(store.blockCount(), [&](std::size_t b, int worker) {
            const StoreBlock& block = store.block(b);
            const auto types = block.types();
            const auto campaigns = block.campaigns();
            std::vector<std::uint64_t>& count = counts[std::size_t(worker)];
            std::vector<std::size_t> reached;
            for (std::uint32_t slot = 0; slot < block.personCount(); ++slot) {
                if (!store.isCounted(std::uint32_t(b * Store::kBlockSize + slot)))
                    continue;
                reached.clear();
                for (std::uint32_t i = block.begin(slot); i < block.end(slot); ++i) {
                    for (const Counted& c : byType[types[i]]) {
                        if ((c.anyCampaign || campaigns[i] == c.campaignCode) && c.period.contains(block.time(i)))
                            reached.push_back(c.goal);
                    }
                }
                std::sort(reached.begin(), reached.end());
                reached.erase(std::unique(reached.begin(), reached.end()), reached.end());
                for (std::size_t g : reached)
                    ++count[g];
            }
        });
        for (const std::vector<Counted>& list : byType) {
            for (const Counted& c : list) {
                const Goal& goal = goals[c.goal];
                GroupByQuery query;
                query.activities.type = std::int32_t(*goalType(store, goal.metric));
                if (goal.campaign != 0)
                    query.activities.campaigns = {goal.campaign};
                query.dateRange = goal.period;
                GoalProgress& p = out[c.goal];
                p.metric = goal.metric;
                p.target = goal.target;
                std::uint64_t persons = 0;
                for (const auto& count : counts)
                    persons += count[c.goal];
                p.value = double(persons);
                p.provenance = GroupBy::provenance(query, store.snapshotId());
                p.provenance.definition = "Distinct people with a \"" + goal.metric + "\" activity dated in the period"
                                          + (goal.campaign != 0 ? " in the goal's campaign." : ".");
                finish(goal, store, p);
            }
        }
    }
    return out;
}

GoalProgress Goals::progress(const Goal& goal, const Store& store, const SurveyResponses* responses,
                             const ContentLoop* content, const ParallelFor& parallel)
{
    GoalProgress out;
    out.metric = goal.metric;
    out.target = goal.target;
    if (goal.metric == "nps" || goal.metric == "csat") {
        NpsQuery query;
        query.dateRange = goal.period;
        if (goal.campaign != 0)
            query.campaigns = {goal.campaign};
        if (responses) {
            const NpsResult r = Nps::compute(store, *responses, query, parallel);
            out.value = goal.metric == "nps" ? r.total.nps : r.total.csat;
            out.provenance = r.provenance;
        }
    } else if (goal.metric == "advocates") {
        std::uint64_t n = 0;
        store.countedPeople().forEach([&](std::size_t row) {
            n += store.level(std::uint32_t(row)) == std::uint8_t(EngagementLevel::Advocate);
        });
        out.value = double(n);
        out.provenance.definition = "People at the Advocate engagement level (the level column "
                                    "as last computed).";
    } else if (goal.metric == "reach") {
        if (content) {
            const ContentReachResult r = content->reach(ContentLoop::ReachBy::Piece, goal.period);
            out.value = double(r.total.views);
            out.provenance = r.provenance;
        }
    } else {
        std::optional<std::int64_t> type = store.types().keyNamed(goal.metric);
        for (std::uint32_t code = 0; !type && code < store.types().size(); ++code)
            if (store.types().name(store.types().key(code)) == goal.metric)
                type = store.types().key(code);
        out.value = 0;
        if (type) {
            GroupByQuery query;
            query.activities.type = std::int32_t(*type);
            if (goal.campaign != 0)
                query.activities.campaigns = {goal.campaign};
            query.dateRange = goal.period;
            const GroupByResult r = GroupBy::compute(store, query, parallel);
            out.value = double(r.totalPersons);
            out.provenance = r.provenance;
        }
        out.provenance.definition = "Distinct people with a \"" + goal.metric
                                    + "\" activity dated in the period"
                                    + (goal.campaign != 0 ? " in the goal's campaign." : ".");
    }
    finish(goal, store, out);
    return out;
}

} // namespace rapport::engine
