// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/PersonRecord.h"
#include "core/engine/PersonSet.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::engine {

class Store;

/** attribute ∈ values (or ∉ when negated); the value "" means "none". */
struct AttributeCondition
{
    std::string attribute;
    std::vector<std::string> values;
    bool negate = false;

    friend bool operator==(const AttributeCondition&, const AttributeCondition&) = default;
};

/**
 * Which people count, as a conjunction of conditions. Merged and removed people never
 * count. compile() turns it into a PersonSet over the store's rows (valid for that
 * snapshot only); matches() is the per-record meaning the reference implementations use.
 */
struct PersonFilter
{
    std::vector<AttributeCondition> attributes;
    std::vector<std::string> allTags; ///< has every one of these tags
    std::vector<std::string> anyTags; ///< has at least one (ignored when empty)
    std::optional<bool> internal;
    std::optional<std::uint8_t> minLevel; ///< engagement level ≥ (Store::level)
    std::optional<std::vector<std::int64_t>> audienceKeys; ///< only these people.keys

    bool isEmpty() const;
    PersonSet compile(const Store& store) const;
    /** The meaning of the filter on one record (level given separately: not in PersonRecord). */
    bool matches(const PersonRecord& person, std::uint8_t level = 0) const;
    /** One line per condition, for provenance. */
    std::vector<std::string> describe() const;

    friend bool operator==(const PersonFilter&, const PersonFilter&) = default;
};

} // namespace rapport::engine
