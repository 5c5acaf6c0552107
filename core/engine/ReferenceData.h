// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityRecord.h"
#include "core/engine/PersonRecord.h"

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace rapport::engine {

/**
 * A dataset as plain records, the input of the reference implementations: people, their
 * activities (any order), merges (applied in order, chains followed) and levels by key.
 * Written for clarity, not speed.
 */
struct ReferenceData
{
    std::vector<PersonRecord> people;
    std::vector<ActivityRecord> activities;
    std::vector<std::pair<std::int64_t, std::int64_t>> merges; ///< (merged, survivor)
    std::map<std::int64_t, std::uint8_t> levels;
    std::map<std::int32_t, std::string> typeNames;
    std::map<std::int64_t, std::string> campaignNames;
    std::map<std::int64_t, std::string> channelNames;
    std::map<std::int64_t, std::string> contentNames;

    /** People that count (not merged), each with the activities it owns after merges,
     *  sorted in canonical order. A key with activities but no record gets a bare person. */
    struct Resolved
    {
        PersonRecord person;
        std::uint8_t level = 0;
        std::vector<ActivityRecord> activities;
    };
    std::vector<Resolved> resolve() const;
};

} // namespace rapport::engine
