// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::engine {

/**
 * Dictionary encoding of a categorical string column: each distinct value gets a dense code
 * in first-seen order. Code 0 is always the empty string ("none"). Codes are never reused
 * or removed (a value nobody holds any more keeps its code), so codes stay valid across
 * edits; codes are NOT comparable between two stores — compare texts.
 */
class Dictionary
{
public:
    Dictionary();

    /** The code of value, adding it if new. */
    std::uint32_t encode(std::string_view value);
    /** The code of value if present. */
    std::optional<std::uint32_t> find(std::string_view value) const;
    const std::string& text(std::uint32_t code) const { return m_texts[code]; }
    /** Number of codes, including 0. */
    std::uint32_t size() const { return static_cast<std::uint32_t>(m_texts.size()); }
    std::size_t memoryBytes() const;

private:
    /** Open addressing, linear probing: per slot (hash >> 32) << 32 | (code + 1), 0 = empty.
     *  One probe usually settles a lookup (the hash tag), and texts are stored once. */
    static std::uint64_t hash(std::string_view s) noexcept;
    void grow();
    std::vector<std::string> m_texts;
    std::vector<std::uint64_t> m_slots;
};

} // namespace rapport::engine
