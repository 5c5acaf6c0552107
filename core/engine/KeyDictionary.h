// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rapport::engine {

/**
 * Maps the project's integer keys of activity types, campaigns, channels and content to
 * dense codes that fit the narrow activity columns. Key 0 ("none") is code 0 when the
 * dictionary reserves it (campaign, channel, content); the type dictionary has no "none".
 * Codes are assigned in first-seen order and never reused. Adding more distinct keys than
 * maxCodes throws std::length_error (limits: 256 types, 255 channels, 65535 campaigns,
 * 65535 content pieces — the price of 10-byte activities; see Store.h).
 * Optional display names (e.g. type key → "attended") serve provenance and output.
 */
class KeyDictionary
{
public:
    /** `kind` names the keys in the error when full ("channels"). */
    KeyDictionary(std::uint32_t maxCodes, bool reserveNone, std::string kind = "keys");

    /** The code of key, adding it if new (throws std::length_error when full). */
    std::uint32_t encode(std::int64_t key)
    {
        if (key >= 0 && key < std::int64_t(m_direct.size()) && m_direct[key])
            return m_direct[key] - 1;
        return encodeSlow(key);
    }
    std::optional<std::uint32_t> find(std::int64_t key) const;
    std::int64_t key(std::uint32_t code) const { return m_keys[code]; }
    std::uint32_t size() const { return static_cast<std::uint32_t>(m_keys.size()); }
    std::uint32_t maxCodes() const { return m_maxCodes; }

    void setName(std::int64_t key, std::string name);
    /** The name given to key, or its decimal text. */
    std::string name(std::int64_t key) const;
    /** The key named name, if any. */
    std::optional<std::int64_t> keyNamed(const std::string& name) const;
    std::size_t memoryBytes() const;

private:
    /** Keys below this (database row ids, mostly) are looked up in a plain array. */
    static constexpr std::int64_t kDirectKeys = 1 << 16;
    std::uint32_t encodeSlow(std::int64_t key);
    std::uint32_t m_maxCodes;
    bool m_reserveNone;
    std::string m_kind;
    std::vector<std::uint32_t> m_direct; ///< key → code + 1 (0 = not yet seen), key < kDirectKeys
    std::vector<std::int64_t> m_keys;
    std::unordered_map<std::int64_t, std::uint32_t> m_codes;
    std::unordered_map<std::int64_t, std::string> m_names;
};

} // namespace rapport::engine
