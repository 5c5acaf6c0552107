// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Dictionary.h"

#include <functional>
#include <stdexcept>

namespace rapport::engine {

std::uint64_t Dictionary::hash(std::string_view s) noexcept
{
    return std::hash<std::string_view>{}(s);
}

Dictionary::Dictionary()
{
    m_slots.assign(16, 0);
    encode(std::string_view());
}

void Dictionary::grow()
{
    std::vector<std::uint64_t> slots(m_slots.size() * 2, 0);
    const std::size_t mask = slots.size() - 1;
    for (std::uint32_t code = 0; code < m_texts.size(); ++code) {
        const std::uint64_t h = hash(m_texts[code]);
        std::size_t i = h & mask;
        while (slots[i])
            i = (i + 1) & mask;
        slots[i] = (h >> 32 << 32) | (code + 1);
    }
    m_slots = std::move(slots);
}

std::uint32_t Dictionary::encode(std::string_view value)
{
    const std::uint64_t h = hash(value);
    const std::uint64_t tag = h >> 32 << 32;
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = h & mask;
    for (; m_slots[i]; i = (i + 1) & mask) {
        const std::uint64_t slot = m_slots[i];
        if ((slot & 0xffffffff00000000ULL) == tag && m_texts[(slot & 0xffffffffu) - 1] == value)
            return static_cast<std::uint32_t>((slot & 0xffffffffu) - 1);
    }
    if (m_texts.size() >= 0xfffffffeu)
        throw std::length_error("a dictionary holds at most 2^32 − 2 values");
    const auto code = static_cast<std::uint32_t>(m_texts.size());
    m_texts.emplace_back(value);
    m_slots[i] = tag | (code + 1);
    if (2 * (m_texts.size() + 1) > m_slots.size())
        grow();
    return code;
}

std::optional<std::uint32_t> Dictionary::find(std::string_view value) const
{
    const std::uint64_t h = hash(value);
    const std::uint64_t tag = h >> 32 << 32;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = h & mask; m_slots[i]; i = (i + 1) & mask) {
        const std::uint64_t slot = m_slots[i];
        if ((slot & 0xffffffff00000000ULL) == tag && m_texts[(slot & 0xffffffffu) - 1] == value)
            return static_cast<std::uint32_t>((slot & 0xffffffffu) - 1);
    }
    return std::nullopt;
}

std::size_t Dictionary::memoryBytes() const
{
    std::size_t bytes = m_texts.capacity() * sizeof(std::string) + m_slots.capacity() * 8;
    for (const std::string& s : m_texts)
        bytes += s.capacity() > 15 ? s.capacity() + 1 : 0;
    return bytes;
}

} // namespace rapport::engine
