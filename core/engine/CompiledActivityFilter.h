// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityFilter.h"
#include "core/engine/StoreBlock.h"

#include <array>
#include <cstdint>
#include <vector>

namespace rapport::engine {

class Store;

/**
 * An ActivityFilter translated to the store's dictionary codes, for testing block columns
 * directly: a type table by code, and allowed-code tables for the other conditions.
 * Valid for the store it was compiled against while its dictionaries do not grow.
 */
class CompiledActivityFilter
{
public:
    CompiledActivityFilter(const Store& store, const ActivityFilter& filter);

    /** Whether the type code passes (the whole test when typeOnly()). */
    bool typeMatches(std::uint8_t typeCode) const { return m_types[typeCode]; }
    bool typeOnly() const { return m_typeOnly; }
    bool matches(const StoreBlock& block, std::uint32_t i) const
    {
        if (!m_types[block.types()[i]])
            return false;
        if (m_typeOnly)
            return true;
        if (!m_campaigns.empty() && !m_campaigns[block.campaigns()[i]])
            return false;
        if (!m_channels.empty() && !m_channels[block.channels()[i]])
            return false;
        if (!m_contents.empty() && !m_contents[block.contents()[i]])
            return false;
        if (m_minValue || m_maxValue) {
            const double v = block.value(i);
            if ((m_minValue && v < *m_minValue) || (m_maxValue && v > *m_maxValue))
                return false;
        }
        return true;
    }

private:
    std::array<bool, 256> m_types{};
    bool m_typeOnly = true;
    std::vector<char> m_campaigns, m_channels, m_contents; ///< allowed codes (empty = any)
    std::optional<double> m_minValue, m_maxValue;
};

} // namespace rapport::engine
