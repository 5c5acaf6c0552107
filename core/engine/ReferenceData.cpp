// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ReferenceData.h"

#include <algorithm>

namespace rapport::engine {

std::vector<ReferenceData::Resolved> ReferenceData::resolve() const
{
    std::map<std::int64_t, PersonRecord> byKey;
    for (const PersonRecord& p : people)
        byKey[p.key] = p;
    for (const ActivityRecord& a : activities)
        if (!byKey.contains(a.person))
            byKey[a.person] = PersonRecord{a.person, {}, {}, false, PersonRecord::kNoDay};
    std::map<std::int64_t, std::int64_t> mergedInto;
    auto final = [&](std::int64_t key) {
        while (mergedInto.contains(key))
            key = mergedInto[key];
        return key;
    };
    for (const auto& [merged, survivor] : merges) {
        if (!byKey.contains(merged) || !byKey.contains(survivor) || merged == survivor
            || mergedInto.contains(merged) || final(survivor) == merged)
            continue;
        mergedInto[merged] = survivor;
    }
    std::map<std::int64_t, Resolved> out;
    for (const auto& [key, person] : byKey)
        if (!mergedInto.contains(key)) {
            Resolved& r = out[key];
            r.person = person;
            if (auto it = levels.find(key); it != levels.end())
                r.level = it->second;
        }
    for (const ActivityRecord& a : activities) {
        ActivityRecord filed = a;
        filed.person = final(a.person);
        out[filed.person].activities.push_back(filed);
    }
    std::vector<Resolved> list;
    for (auto& [key, r] : out) {
        std::stable_sort(r.activities.begin(), r.activities.end(),
                         [](const ActivityRecord& x, const ActivityRecord& y) {
                             return canonicalOrder(x, y) < 0;
                         });
        list.push_back(std::move(r));
    }
    return list;
}

} // namespace rapport::engine
