// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityFilter.h"
#include "core/engine/DateRange.h"
#include "core/engine/PersonFilter.h"

#include <string>
#include <vector>

namespace rapport::engine {

/** One grouping dimension. Periods are UTC: Day, Week (starting Monday), Month. */
struct GroupByDimension
{
    enum class Kind { Attribute, Tag, ActivityType, Campaign, Channel, Content, Day, Week, Month };
    Kind kind = Kind::ActivityType;
    std::string attribute; ///< for Kind::Attribute

    bool isPersonDimension() const { return kind == Kind::Attribute || kind == Kind::Tag; }
    friend bool operator==(const GroupByDimension&, const GroupByDimension&) = default;
};

/**
 * Counts activities and distinct people, grouped by 0, 1 or 2 dimensions (e.g. activity
 * type × country). The activities considered are those of people passing `people`, matching
 * `activities` and inside `dateRange`; a person counts in a group when at least one of its
 * considered activities falls in it (a person with several tags counts once per tag).
 * With `includePeopleWithoutActivity` (only when every dimension is a person dimension) a
 * person passing `people` counts in its groups even with no considered activity — plain
 * head counts such as "people per country".
 */
struct GroupByQuery
{
    std::vector<GroupByDimension> dimensions; ///< 0..2
    ActivityFilter activities;
    DateRange dateRange;
    PersonFilter people;
    bool includePeopleWithoutActivity = false;

    friend bool operator==(const GroupByQuery&, const GroupByQuery&) = default;
};

} // namespace rapport::engine
