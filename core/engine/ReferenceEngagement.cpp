// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ReferenceEngagement.h"

#include "core/engine/Engagement.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"

#include <cmath>

namespace rapport::engine {

std::map<std::int64_t, ReferenceEngagement::Person>
ReferenceEngagement::persons(const ReferenceData& data, const EngagementQuery& query,
                             std::int64_t asOf)
{
    std::map<std::int64_t, Person> out;
    for (const ReferenceData::Resolved& r : data.resolve()) {
        Person& p = out[r.person.key];
        p.counted = query.people.matches(r.person, r.level);
        for (const ActivityRecord& a : r.activities) {
            if (a.at > asOf)
                continue;
            const auto named = data.typeNames.find(a.type);
            const std::string name =
                named != data.typeNames.end() ? named->second : std::to_string(a.type);
            const auto weight = query.weights.find(name);
            const double w = weight != query.weights.end() ? weight->second : query.otherWeight;
            p.score += w * std::pow(0.5, double(asOf - a.at) / double(query.halfLife));
        }
        if (p.score >= query.thresholds[0])
            p.level = 1;
        if (p.score >= query.thresholds[1])
            p.level = 2;
        if (p.score >= query.thresholds[2])
            p.level = 3;
    }
    return out;
}

LevelChanges ReferenceEngagement::changes(const ReferenceData& data, const EngagementQuery& query,
                                          std::int64_t from, std::int64_t to,
                                          std::uint64_t snapshotId)
{
    const auto before = persons(data, query, from);
    const auto after = persons(data, query, to);
    LevelChanges result;
    for (const auto& [key, p] : before) {
        if (!p.counted)
            continue;
        const std::uint8_t later = after.at(key).level;
        ++result.transitions[p.level][later];
        if (later > p.level) {
            ++result.promoted;
            result.promotedKeys.push_back(key);
        } else if (later < p.level) {
            ++result.demoted;
        }
    }
    const LevelChanges described = Engagement::changes(Store(), query, from, to, ParallelFor(1));
    result.provenance = described.provenance;
    result.provenance.snapshotId = snapshotId;
    return result;
}

} // namespace rapport::engine
