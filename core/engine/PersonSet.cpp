// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/PersonSet.h"

#include <algorithm>

namespace rapport::engine {

PersonSet::PersonSet(std::size_t rows, bool all)
    : m_rows(rows)
    , m_words((rows + 63) / 64, all ? ~std::uint64_t(0) : 0)
{
    clearTail();
}

void PersonSet::clearTail()
{
    if (m_rows % 64 != 0 && !m_words.empty())
        m_words.back() &= (std::uint64_t(1) << (m_rows % 64)) - 1;
}

std::size_t PersonSet::count() const
{
    std::size_t n = 0;
    for (std::uint64_t w : m_words)
        n += static_cast<std::size_t>(std::popcount(w));
    return n;
}

std::size_t PersonSet::count(std::size_t from, std::size_t to) const
{
    std::size_t n = 0;
    forEach(from, std::min(to, m_rows), [&](std::size_t) { ++n; });
    return n;
}

PersonSet& PersonSet::operator&=(const PersonSet& other)
{
    for (std::size_t i = 0; i < m_words.size(); ++i)
        m_words[i] &= i < other.m_words.size() ? other.m_words[i] : 0;
    return *this;
}

PersonSet& PersonSet::operator|=(const PersonSet& other)
{
    if (other.m_rows > m_rows)
        resize(other.m_rows);
    for (std::size_t i = 0; i < other.m_words.size(); ++i)
        m_words[i] |= other.m_words[i];
    return *this;
}

PersonSet& PersonSet::operator-=(const PersonSet& other)
{
    for (std::size_t i = 0; i < m_words.size() && i < other.m_words.size(); ++i)
        m_words[i] &= ~other.m_words[i];
    return *this;
}

void PersonSet::invert()
{
    for (std::uint64_t& w : m_words)
        w = ~w;
    clearTail();
}

void PersonSet::resize(std::size_t rows)
{
    m_rows = rows;
    m_words.resize((rows + 63) / 64, 0);
    clearTail();
}

} // namespace rapport::engine
