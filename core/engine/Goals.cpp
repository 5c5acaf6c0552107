// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Goals.h"

#include "core/engine/ContentLoop.h"
#include "core/engine/EngagementQuery.h"
#include "core/engine/GroupBy.h"
#include "core/engine/Nps.h"
#include "core/engine/Store.h"
#include "core/engine/SurveyResponses.h"

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

} // namespace rapport::engine
