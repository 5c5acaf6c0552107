// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/EngagementQuery.h"
#include "core/engine/EngagementResult.h"
#include "core/engine/ReferenceData.h"

#include <map>

namespace rapport::engine {

/**
 * Engagement by brute force from EngagementQuery.h: per person, every activity's term with
 * std::pow, the level by comparing with each threshold. For tests.
 */
class ReferenceEngagement
{
public:
    struct Person
    {
        double score = 0;
        std::uint8_t level = 0;
        bool counted = false; ///< passes query.people
    };
    /** Every person (after merges) by key, as of `asOf`. */
    static std::map<std::int64_t, Person> persons(const ReferenceData& data,
                                                  const EngagementQuery& query, std::int64_t asOf);
    static LevelChanges changes(const ReferenceData& data, const EngagementQuery& query,
                                std::int64_t from, std::int64_t to, std::uint64_t snapshotId);
};

} // namespace rapport::engine
