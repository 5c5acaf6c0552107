// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace rapport::engine {

/**
 * The activities (and tags) of one block of Store::kBlockSize consecutive person rows,
 * as columns. Person slot s (row = block × kBlockSize + s) owns activities
 * [offsets()[s], offsets()[s+1]), in canonical order (ActivityRecord.h: by time, then keys).
 *
 * Encoding, 10 bytes per activity plus sparse values:
 *   time      uint32 seconds after timeBase() (the block's earliest time; 136 years of range)
 *   type      uint8  code in Store::types()
 *   campaign  uint16 code in Store::campaigns()   (0 = none)
 *   channel   uint8  code in Store::channels()    (0 = none)
 *   content   uint16 code in Store::contents()    (0 = none)
 *   value     double, only for activities whose value is not 0: (index, value) pairs
 *             sorted by index (12 bytes per non-zero value)
 *
 * A block is the unit of parallelism of every query and the unit of incremental update: an
 * edit rewrites the columns of one block only. Read-only outside the store.
 */
class StoreBlock
{
public:
    StoreBlock() { touch(); }

    /** A stamp unique to this content of the block within the process: every edit of the
     *  block (its activities, or any column of its people) gives it a new one. Query caches
     *  key per-block partial results by it (FunnelCache). */
    std::uint64_t version() const { return m_version; }
    /** Like version(), but kept when only the level column of its people is written
     *  (Store::setLevels): the stamp of what the levels themselves are computed from
     *  (LevelCache). */
    std::uint64_t activityVersion() const { return m_activityVersion; }
    /** People slots used in this block (≤ Store::kBlockSize; only the last block is short). */
    std::uint32_t personCount() const { return static_cast<std::uint32_t>(m_offsets.size() - 1); }
    std::uint32_t activityCount() const { return static_cast<std::uint32_t>(m_time.size()); }
    /** personCount()+1 activity offsets. */
    std::span<const std::uint32_t> offsets() const { return m_offsets; }
    std::uint32_t begin(std::uint32_t slot) const { return m_offsets[slot]; }
    std::uint32_t end(std::uint32_t slot) const { return m_offsets[slot + 1]; }

    std::int64_t timeBase() const { return m_timeBase; }
    std::span<const std::uint32_t> timeOffsets() const { return m_time; }
    std::int64_t time(std::uint32_t i) const { return m_timeBase + m_time[i]; }
    std::span<const std::uint8_t> types() const { return m_type; }
    std::span<const std::uint16_t> campaigns() const { return m_campaign; }
    std::span<const std::uint8_t> channels() const { return m_channel; }
    std::span<const std::uint16_t> contents() const { return m_content; }
    /** Value of activity i (0 unless stored); O(log nonzero). */
    double value(std::uint32_t i) const
    {
        auto it = std::lower_bound(m_valueIndex.begin(), m_valueIndex.end(), i);
        return it != m_valueIndex.end() && *it == i ? m_value[it - m_valueIndex.begin()] : 0.0;
    }
    /** Indices (ascending) of the activities with a non-zero value, and those values. */
    std::span<const std::uint32_t> valueIndices() const { return m_valueIndex; }
    std::span<const double> values() const { return m_value; }

    /** Tag codes (Store::tags()) of slot s, ascending. */
    std::span<const std::uint32_t> tags(std::uint32_t slot) const
    {
        return std::span<const std::uint32_t>(m_tags).subspan(
            m_tagOffsets[slot], m_tagOffsets[slot + 1] - m_tagOffsets[slot]);
    }

    /** Which type codes slot s has, hashed to 32 bits: bit (code % 32) is set when the person
     *  has an activity of type code `code`. A clear bit proves absence, so queries skip
     *  people lacking a step's type without reading their activities. */
    std::uint32_t typeBits(std::uint32_t slot) const { return m_typeBits[slot]; }
    static constexpr std::uint32_t typeBit(std::uint8_t code) { return 1u << (code & 31); }

    std::size_t memoryBytes() const;
    /** Activity bytes only (columns and values), for the bytes-per-activity figure. */
    std::size_t activityBytes() const;

private:
    friend class Store;
    friend class StoreBuilder;
    friend class StoreEditor;
    void touch();
    /** New version() only: the block's levels were written. */
    void touchLevels();
    /** Recomputes typeBits of slot s from its activities. */
    void updateTypeBits(std::uint32_t slot)
    {
        std::uint32_t bits = 0;
        for (std::uint32_t i = m_offsets[slot]; i < m_offsets[slot + 1]; ++i)
            bits |= typeBit(m_type[i]);
        m_typeBits[slot] = bits;
    }

    std::uint64_t m_version = 0;
    std::uint64_t m_activityVersion = 0;
    std::int64_t m_timeBase = 0;
    std::vector<std::uint32_t> m_offsets{0};
    std::vector<std::uint32_t> m_time;
    std::vector<std::uint8_t> m_type;
    std::vector<std::uint16_t> m_campaign;
    std::vector<std::uint8_t> m_channel;
    std::vector<std::uint16_t> m_content;
    std::vector<std::uint32_t> m_valueIndex;
    std::vector<double> m_value;
    std::vector<std::uint32_t> m_typeBits; ///< per slot
    std::vector<std::uint32_t> m_tagOffsets{0};
    std::vector<std::uint32_t> m_tags;
};

} // namespace rapport::engine
