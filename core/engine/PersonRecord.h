// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace rapport::engine {

/**
 * One person as the engine receives it. Attribute values are UTF-8 strings compared
 * byte-for-byte (the loader normalises them); an absent or empty value is "none".
 * Attribute names are open: "country", "role", "company", "source", "timezone" are the
 * built-in columns (Store::kCountry ...), any other name creates an extra column.
 */
struct PersonRecord
{
    static constexpr std::int32_t kNoDay = std::numeric_limits<std::int32_t>::min();

    std::int64_t key = 0; ///< people.key, stable for the life of the project
    std::vector<std::pair<std::string, std::string>> attributes; ///< (name, value)
    std::vector<std::string> tags;
    bool internal = false;
    std::int32_t joinDay = kNoDay; ///< days since 1970-01-01 (UTC)
};

} // namespace rapport::engine
