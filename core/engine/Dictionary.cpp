// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Dictionary.h"

#include <functional>

namespace rapport::engine {

std::size_t Dictionary::Hash::operator()(std::string_view s) const noexcept
{
    return std::hash<std::string_view>{}(s);
}

Dictionary::Dictionary()
{
    m_texts.emplace_back();
    m_codes.emplace(std::string(), 0);
}

std::uint32_t Dictionary::encode(std::string_view value)
{
    if (auto it = m_codes.find(value); it != m_codes.end())
        return it->second;
    const auto code = static_cast<std::uint32_t>(m_texts.size());
    m_texts.emplace_back(value);
    m_codes.emplace(m_texts.back(), code);
    return code;
}

std::optional<std::uint32_t> Dictionary::find(std::string_view value) const
{
    if (auto it = m_codes.find(value); it != m_codes.end())
        return it->second;
    return std::nullopt;
}

std::size_t Dictionary::memoryBytes() const
{
    std::size_t bytes = m_texts.capacity() * sizeof(std::string);
    for (const std::string& s : m_texts)
        bytes += 2 * (s.capacity() > 15 ? s.capacity() : 0) + sizeof(std::string) + 16;
    return bytes + m_codes.bucket_count() * sizeof(void*);
}

} // namespace rapport::engine
