// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Provenance.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::engine {

/**
 * One group. Per dimension: a label and a key. Attribute/Tag: label = value/tag ("" = none
 * or no tag), key 0; type/campaign/channel/content: key = the project key (0 = none), label =
 * its name; Day/Week/Month: key = period start (seconds, UTC), label = "YYYY-MM-DD" of it.
 * Rows with no person and no activity are not listed.
 */
struct GroupByRow
{
    std::vector<std::string> labels;
    std::vector<std::int64_t> keys;
    std::uint64_t persons = 0;
    std::uint64_t activities = 0;

    friend bool operator==(const GroupByRow&, const GroupByRow&) = default;
};

/**
 * Rows sorted dimension by dimension: person dimensions by label (bytewise), the others by
 * key. totalPersons counts distinct people over all groups (not the sum of rows).
 */
struct GroupByResult
{
    std::vector<GroupByRow> rows;
    std::uint64_t totalPersons = 0;
    std::uint64_t totalActivities = 0;
    Provenance provenance;

    friend bool operator==(const GroupByResult&, const GroupByResult&) = default;
};

} // namespace rapport::engine
