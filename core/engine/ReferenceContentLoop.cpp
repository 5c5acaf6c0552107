// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ReferenceContentLoop.h"

#include "core/engine/ContentLoop.h"

#include <algorithm>
#include <map>
#include <set>

namespace rapport::engine {

RewardCost ReferenceContentLoop::rewardCost(const ReferenceData& data,
                                            const std::vector<Reward>& rewards,
                                            const RewardCostQuery& query, std::uint64_t snapshotId)
{
    auto typeName = [&](std::int32_t type) {
        const auto it = data.typeNames.find(type);
        return it != data.typeNames.end() ? it->second : std::to_string(type);
    };
    auto inCampaigns = [&](std::int64_t campaign) {
        return query.campaigns.empty()
               || std::find(query.campaigns.begin(), query.campaigns.end(), campaign)
                      != query.campaigns.end();
    };
    // Who counts, by key after merges; which merged key went where.
    std::set<std::int64_t> counted;
    std::set<std::int64_t> activated;
    for (const ReferenceData::Resolved& r : data.resolve()) {
        if (!query.people.matches(r.person, r.level))
            continue;
        counted.insert(r.person.key);
        for (const ActivityRecord& a : r.activities) {
            const std::string name = typeName(a.type);
            if (query.period.contains(a.at) && inCampaigns(a.campaign)
                && std::count(query.activationTypes.begin(), query.activationTypes.end(), name))
                activated.insert(r.person.key);
        }
    }
    std::set<std::int64_t> known;
    for (const PersonRecord& p : data.people)
        known.insert(p.key);
    for (const ActivityRecord& a : data.activities)
        known.insert(a.person);
    std::map<std::int64_t, std::int64_t> mergedInto;
    auto final = [&](std::int64_t key) {
        while (mergedInto.contains(key))
            key = mergedInto[key];
        return key;
    };
    for (const auto& [merged, survivor] : data.merges)
        if (known.contains(merged) && known.contains(survivor) && merged != survivor
            && !mergedInto.contains(merged) && final(survivor) != merged)
            mergedInto[merged] = survivor;

    RewardCost result;
    for (const Reward& r : rewards) {
        if (!query.period.contains(r.at) || !inCampaigns(r.campaign))
            continue;
        if (!query.people.isEmpty() && !counted.contains(final(r.person)))
            continue;
        result.rewardValue += r.value;
        ++result.rewards;
    }
    result.activated = activated.size();
    if (result.activated > 0)
        result.costPerActivation = result.rewardValue / double(result.activated);
    result.provenance = ContentLoop::rewardCostProvenance(query, snapshotId);
    return result;
}

} // namespace rapport::engine
