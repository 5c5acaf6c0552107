// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityRecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::engine {

class Store;

/**
 * Which activities count: a type (or any) plus optional conditions, all of which must hold.
 * A funnel step is one ActivityFilter. Lists mean "any of" (empty = no condition); the key
 * 0 in a list means "none" (e.g. campaigns {0} = activities outside any campaign).
 *
 * The accepted types are `type` together with `types` ("attended or contributed" is
 * type = attended, types = {contributed}, or types = {attended, contributed}); any type
 * when both are empty.
 */
struct ActivityFilter
{
    std::optional<std::int32_t> type;
    std::vector<std::int32_t> types; ///< further accepted types (see above)
    std::vector<std::int64_t> campaigns;
    std::vector<std::int64_t> channels;
    std::vector<std::int64_t> contents;
    std::optional<double> minValue; ///< inclusive
    std::optional<double> maxValue; ///< inclusive

    /** Whether every type passes (no type condition). */
    bool anyType() const { return !type && types.empty(); }
    /** Whether activities of this type key pass the type condition. */
    bool acceptsType(std::int32_t key) const;
    /** Whether the record passes (the reference implementations use this). */
    bool matches(const ActivityRecord& a) const;
    /** Whether only the type is tested (the fast path of the queries); with several types too. */
    bool typeOnly() const;
    /** e.g. "type = attended, campaign ∈ {3, 7}" or "type ∈ {attended, contributed}", with
     *  names from store when given. */
    std::string describe(const Store* store = nullptr) const;

    friend bool operator==(const ActivityFilter&, const ActivityFilter&) = default;
};

} // namespace rapport::engine
