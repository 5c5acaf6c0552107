// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/PersonIndex.h"

#include <algorithm>

namespace rapport::engine {

namespace {
std::size_t mix(std::int64_t key)
{
    auto x = static_cast<std::uint64_t>(key);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<std::size_t>(x);
}
} // namespace

std::optional<std::uint32_t> PersonIndex::find(std::int64_t key) const
{
    if (key >= 0 && static_cast<std::uint64_t>(key) < m_direct.size()) {
        const std::uint32_t row = m_direct[static_cast<std::size_t>(key)];
        if (row != kEmpty)
            return row;
    }
    if (m_hashKeys.empty())
        return std::nullopt;
    const std::size_t mask = m_hashKeys.size() - 1;
    for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
        if (m_hashRows[i] == kEmpty)
            return std::nullopt;
        if (m_hashKeys[i] == key)
            return m_hashRows[i];
    }
}

void PersonIndex::insert(std::int64_t key, std::uint32_t row)
{
    // Direct slots while the table stays within 2× the people count (plus a floor).
    const std::uint64_t limit = std::max<std::uint64_t>(65536, 2 * (m_size + 1));
    if (key >= 0 && static_cast<std::uint64_t>(key) < limit) {
        const auto k = static_cast<std::size_t>(key);
        if (k >= m_direct.size())
            m_direct.resize(std::max<std::size_t>(k + 1, m_direct.size() * 3 / 2), kEmpty);
        if (m_direct[k] == kEmpty && !find(key))
            ++m_size;
        m_direct[k] = row;
        return;
    }
    if (!find(key))
        ++m_size;
    hashInsert(key, row);
}

void PersonIndex::hashInsert(std::int64_t key, std::uint32_t row)
{
    if (2 * (m_hashSize + 1) > m_hashKeys.size()) {
        std::vector<std::int64_t> keys = std::move(m_hashKeys);
        std::vector<std::uint32_t> rows = std::move(m_hashRows);
        const std::size_t capacity = std::max<std::size_t>(16, keys.size() * 2);
        m_hashKeys.assign(capacity, 0);
        m_hashRows.assign(capacity, kEmpty);
        m_hashSize = 0;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (rows[i] != kEmpty)
                hashInsert(keys[i], rows[i]);
    }
    const std::size_t mask = m_hashKeys.size() - 1;
    for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
        if (m_hashRows[i] == kEmpty) {
            m_hashKeys[i] = key;
            m_hashRows[i] = row;
            ++m_hashSize;
            return;
        }
        if (m_hashKeys[i] == key) {
            m_hashRows[i] = row;
            return;
        }
    }
}

std::size_t PersonIndex::memoryBytes() const
{
    return m_direct.capacity() * 4 + m_hashKeys.capacity() * 8 + m_hashRows.capacity() * 4;
}

} // namespace rapport::engine
