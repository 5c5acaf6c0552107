// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/KeyDictionary.h"

#include <algorithm>
#include <stdexcept>

namespace rapport::engine {

KeyDictionary::KeyDictionary(std::uint32_t maxCodes, bool reserveNone, std::string kind)
    : m_maxCodes(maxCodes), m_reserveNone(reserveNone), m_kind(std::move(kind))
{
    if (reserveNone) {
        m_keys.push_back(0);
        m_codes.emplace(0, 0);
    }
}

std::uint32_t KeyDictionary::encodeSlow(std::int64_t key)
{
    std::uint32_t code;
    if (auto it = m_codes.find(key); it != m_codes.end()) {
        code = it->second;
    } else {
        if (m_keys.size() >= m_maxCodes)
            throw std::length_error("the analytics engine holds at most "
                                    + std::to_string(m_maxCodes - (m_reserveNone ? 1 : 0))
                                    + " " + m_kind);
        code = static_cast<std::uint32_t>(m_keys.size());
        m_keys.push_back(key);
        m_codes.emplace(key, code);
    }
    if (key >= 0 && key < kDirectKeys) {
        if (m_direct.size() <= static_cast<std::size_t>(key))
            m_direct.resize(std::min<std::size_t>(kDirectKeys, std::max<std::size_t>(key + 1, m_direct.size() * 2)), 0);
        m_direct[key] = code + 1;
    }
    return code;
}

std::optional<std::uint32_t> KeyDictionary::find(std::int64_t key) const
{
    if (auto it = m_codes.find(key); it != m_codes.end())
        return it->second;
    return std::nullopt;
}

void KeyDictionary::setName(std::int64_t key, std::string name)
{
    m_names[key] = std::move(name);
}

std::string KeyDictionary::name(std::int64_t key) const
{
    if (auto it = m_names.find(key); it != m_names.end())
        return it->second;
    return std::to_string(key);
}

std::optional<std::int64_t> KeyDictionary::keyNamed(const std::string& name) const
{
    for (const auto& [key, text] : m_names)
        if (text == name)
            return key;
    return std::nullopt;
}

std::size_t KeyDictionary::memoryBytes() const
{
    return m_keys.capacity() * sizeof(std::int64_t) + m_direct.capacity() * 4 + m_codes.size() * 32
           + m_codes.bucket_count() * sizeof(void*) + m_names.size() * 64;
}

} // namespace rapport::engine
