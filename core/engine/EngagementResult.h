// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Provenance.h"

#include <array>
#include <cstdint>
#include <vector>

namespace rapport::engine {

/**
 * Level distribution of the people counted (index = EngagementLevel), and the level of
 * every store row (0 for rows that are not people), ready for Store::setLevels().
 */
struct EngagementResult
{
    std::array<std::uint64_t, 4> levels{};
    std::vector<std::uint8_t> levelByRow;
    Provenance provenance;

    friend bool operator==(const EngagementResult&, const EngagementResult&) = default;
};

/**
 * Level changes of the people counted between two times: transitions[from][to] persons
 * (the diagonal = unchanged), promoted (to > from) and demoted (to < from) totals, and the
 * people.keys of those promoted, ascending.
 */
struct LevelChanges
{
    std::array<std::array<std::uint64_t, 4>, 4> transitions{};
    std::uint64_t promoted = 0;
    std::uint64_t demoted = 0;
    std::vector<std::int64_t> promotedKeys;
    Provenance provenance;

    friend bool operator==(const LevelChanges&, const LevelChanges&) = default;
};

} // namespace rapport::engine
