// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/StoreBlock.h"

#include <atomic>

namespace rapport::engine {

namespace {

std::uint64_t nextStamp()
{
    // Stamps are handed to each thread in chunks, so a bulk load pays no atomic per edit.
    constexpr std::uint64_t kChunk = 1 << 16;
    static std::atomic<std::uint64_t> chunks{0};
    thread_local std::uint64_t next = 0, end = 0;
    if (next == end) {
        next = chunks.fetch_add(1, std::memory_order_relaxed) * kChunk + 1;
        end = next + kChunk - 1;
    }
    return next++;
}

} // namespace

void StoreBlock::touch()
{
    m_version = m_activityVersion = nextStamp();
}

void StoreBlock::touchLevels()
{
    m_version = nextStamp();
}

std::size_t StoreBlock::activityBytes() const
{
    return m_time.capacity() * 4 + m_type.capacity() + m_campaign.capacity() * 2
           + m_channel.capacity() + m_content.capacity() * 2 + m_valueIndex.capacity() * 4
           + m_value.capacity() * 8;
}

std::size_t StoreBlock::memoryBytes() const
{
    return sizeof(StoreBlock) + activityBytes() + m_offsets.capacity() * 4
           + m_tagOffsets.capacity() * 4 + m_tags.capacity() * 4 + m_typeBits.capacity() * 4;
}

} // namespace rapport::engine
