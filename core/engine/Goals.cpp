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
#include <cstdint>

namespace rapport::engine {

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
    if (goal.campaign != 0)
        out.provenance.parameters.emplace_back("campaign", std::to_string(goal.campaign));
    out.provenance.parameters.emplace_back("goal", goal.metric + " ≥ " + std::to_string(goal.target));
    out.provenance.parameters.emplace_back("goal period", goal.period.describe());
    out.provenance.snapshotId = store.snapshotId();
    if (out.value && goal.target != 0)
        out.fraction = *out.value / goal.target;
    return out;
}

namespace {

/** An activity-type goal of progressAll(), counted in the shared pass. */
struct CountedGoal
{
    std::size_t index;      ///< in the goals given
    std::uint32_t typeCode; ///< Store::types() code
    std::optional<std::uint16_t> campaignCode;
    DateRange period;
};

/** The type a metric names, as progress() resolves it: a display name, else a key as text. */
std::optional<std::int64_t> typeNamed(const Store& store, const std::string& metric)
{
    std::optional<std::int64_t> type = store.types().keyNamed(metric);
    for (std::uint32_t code = 0; !type && code < store.types().size(); ++code)
        if (store.types().name(store.types().key(code)) == metric)
            type = store.types().key(code);
    return type;
}

} // namespace

std::vector<GoalProgress> Goals::progressAll(const std::vector<Goal>& goals, const Store& store,
                                             const SurveyResponses* responses,
                                             const ContentLoop* content,
                                             const ParallelFor& parallel)
{
    std::vector<GoalProgress> out(goals.size());
    std::vector<CountedGoal> counted;
    for (std::size_t i = 0; i < goals.size(); ++i) {
        const Goal& goal = goals[i];
        const std::optional<std::int64_t> type = goal.metric == "nps" || goal.metric == "csat" ||
                                                         goal.metric == "advocates" ||
                                                         goal.metric == "reach"
                                                     ? std::nullopt
                                                     : typeNamed(store, goal.metric);
        if (!type) {
            // Not an activity-type goal, or no such type: nothing to share.
            out[i] = progress(goal, store, responses, content, parallel);
            continue;
        }
        // What progress() writes, without its query.
        GroupByQuery query;
        query.activities.type = std::int32_t(*type);
        if (goal.campaign != 0)
            query.activities.campaigns = {goal.campaign};
        query.dateRange = goal.period;
        GoalProgress& p = out[i];
        p.metric = goal.metric;
        p.target = goal.target;
        p.value = 0;
        p.provenance = GroupBy::provenance(query, store.snapshotId());
        p.provenance.definition = "Distinct people with a \"" + goal.metric +
                                  "\" activity dated in the period" +
                                  (goal.campaign != 0 ? " in the goal's campaign." : ".");
        if (goal.campaign != 0)
            p.provenance.parameters.emplace_back("campaign", std::to_string(goal.campaign));
        p.provenance.parameters.emplace_back("goal",
                                             goal.metric + " ≥ " + std::to_string(goal.target));
        p.provenance.parameters.emplace_back("goal period", goal.period.describe());
        p.provenance.snapshotId = store.snapshotId();

        CountedGoal c{i, 0, std::nullopt, goal.period};
        const std::optional<std::uint32_t> typeCode = store.types().find(*type);
        if (!typeCode)
            continue; // no activity of the type: nobody
        c.typeCode = *typeCode;
        if (goal.campaign != 0) {
            const std::optional<std::uint32_t> campaignCode = store.campaigns().find(goal.campaign);
            if (!campaignCode)
                continue; // no activity of the campaign: nobody
            c.campaignCode = std::uint16_t(*campaignCode);
        }
        counted.push_back(c);
    }

    if (!counted.empty()) {
        // One pass: each activity is checked against the goals of its type only; a person
        // counts once per goal (stamped with its row).
        std::vector<std::vector<std::uint32_t>> byType(store.types().size());
        std::uint32_t typeBits = 0;
        for (std::uint32_t g = 0; g < counted.size(); ++g) {
            byType[counted[g].typeCode].push_back(g);
            typeBits |= StoreBlock::typeBit(std::uint8_t(counted[g].typeCode));
        }
        const auto workers = std::size_t(std::max(1, parallel.threads()));
        std::vector<std::vector<std::uint64_t>> counts(workers,
                                                       std::vector<std::uint64_t>(counted.size()));
        std::vector<std::vector<std::uint32_t>> lastRow(
            workers, std::vector<std::uint32_t>(counted.size(), UINT32_MAX));
        parallel.run(store.blockCount(), [&](std::size_t b, int worker) {
            const StoreBlock& block = store.block(b);
            const auto first = std::uint32_t(b * Store::kBlockSize);
            const std::uint8_t* types = block.types().data();
            const std::uint16_t* campaigns = block.campaigns().data();
            std::vector<std::uint64_t>& n = counts[std::size_t(worker)];
            std::vector<std::uint32_t>& last = lastRow[std::size_t(worker)];
            store.countedPeople().forEach(first, first + block.personCount(), [&](std::size_t row) {
                const std::uint32_t slot = std::uint32_t(row) - first;
                if (!(block.typeBits(slot) & typeBits))
                    return;
                for (std::uint32_t i = block.begin(slot); i < block.end(slot); ++i) {
                    for (std::uint32_t g : byType[types[i]]) {
                        const CountedGoal& c = counted[g];
                        if (last[g] == row || (c.campaignCode && campaigns[i] != *c.campaignCode) ||
                            !c.period.contains(block.time(i)))
                            continue;
                        last[g] = std::uint32_t(row);
                        ++n[g];
                    }
                }
            });
        });
        for (std::uint32_t g = 0; g < counted.size(); ++g) {
            std::uint64_t total = 0;
            for (const auto& n : counts)
                total += n[g];
            out[counted[g].index].value = double(total);
        }
    }
    for (std::size_t i = 0; i < goals.size(); ++i)
        if (out[i].value && goals[i].target != 0)
            out[i].fraction = *out[i].value / goals[i].target;
    return out;
}

} // namespace rapport::engine
