// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace rapport::engine {

/**
 * people.key → row. Keys come from an AUTOINCREMENT column, so they are mostly dense small
 * integers: those live in a direct table (4 bytes per key slot); keys far above the count
 * (or negative) go to an open-addressing hash. ~4–8 bytes per person at L instead of the
 * ~40 of std::unordered_map.
 */
class PersonIndex
{
public:
    std::optional<std::uint32_t> find(std::int64_t key) const;
    /** Adds or overwrites key → row. */
    void insert(std::int64_t key, std::uint32_t row);
    std::size_t size() const { return m_size; }
    std::size_t memoryBytes() const;

private:
    static constexpr std::uint32_t kEmpty = 0xffffffffu;
    void hashInsert(std::int64_t key, std::uint32_t row);
    std::size_t m_size = 0;
    std::vector<std::uint32_t> m_direct;
    std::vector<std::int64_t> m_hashKeys;
    std::vector<std::uint32_t> m_hashRows;
    std::size_t m_hashSize = 0;
};

} // namespace rapport::engine
