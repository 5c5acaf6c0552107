// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityFilter.h"
#include "core/engine/PersonSet.h"

#include <cstdint>
#include <limits>

namespace rapport::engine {

class ParallelFor;
class Store;

/**
 * A behaviour condition of an audience ("attended at least 2 events in the last 90 days"):
 * the people with at least `minCount` activities passing `activities` whose time lies in
 * [from, to] (seconds since the Unix epoch, both inclusive). Only counted people (present,
 * not merged) are in the result; the activities of people merged into someone count for
 * the survivor, as in every query.
 */
struct BehaviourQuery
{
    ActivityFilter activities;
    std::uint32_t minCount = 1;
    std::int64_t from = std::numeric_limits<std::int64_t>::min();
    std::int64_t to = std::numeric_limits<std::int64_t>::max();
};

class Behaviour
{
public:
    /** One task per block; the same set for any thread count. */
    static PersonSet people(const Store& store, const BehaviourQuery& query,
                            const ParallelFor& parallel);
};

} // namespace rapport::engine
