// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Store.h"

#include <algorithm>
#include <stdexcept>

namespace rapport::engine {

namespace {
constexpr const char* kBuiltInNames[] = {"country", "role", "company", "source", "timezone"};
}

Store::Store()
    : m_types(256, false, "activity types")
    , m_campaigns(65536, true, "campaigns")
    , m_channels(256, true, "channels")
    , m_contents(65536, true, "pieces of content")
{
    for (const char* name : kBuiltInNames) {
        m_attributeNames.emplace_back(name);
        m_attributeValues.emplace_back();
        m_attributeCodes.emplace_back();
    }
}

std::optional<int> Store::findAttribute(std::string_view name) const
{
    for (std::size_t i = 0; i < m_attributeNames.size(); ++i)
        if (m_attributeNames[i] == name)
            return static_cast<int>(i);
    return std::nullopt;
}

void Store::setLevels(std::span<const std::uint8_t> levels)
{
    if (levels.size() != m_level.size())
        throw std::invalid_argument("Store::setLevels: one level per row expected");
    std::copy(levels.begin(), levels.end(), m_level.begin());
    for (StoreBlock& block : m_blocks)
        block.touchLevels();
    bump();
}

void Store::setLevel(std::uint32_t row, std::uint8_t level)
{
    m_level[row] = level;
    m_blocks[row / kBlockSize].touchLevels();
    bump();
}

PersonRecord Store::person(std::uint32_t row) const
{
    PersonRecord p;
    p.key = m_keys[row];
    for (int a = 0; a < attributeCount(); ++a)
        if (const std::uint32_t code = m_attributeCodes[a][row])
            p.attributes.emplace_back(m_attributeNames[a], m_attributeValues[a].text(code));
    for (std::uint32_t tag : tagsOf(row))
        p.tags.push_back(m_tags.text(tag));
    p.internal = m_flags[row] & kInternal;
    p.joinDay = m_joinDay[row];
    return p;
}

std::optional<std::int64_t> Store::survivorOf(std::int64_t key) const
{
    if (!m_mergedInto.contains(key))
        return std::nullopt;
    return finalKey(key);
}

std::int64_t Store::finalKey(std::int64_t key) const
{
    for (auto it = m_mergedInto.find(key); it != m_mergedInto.end(); it = m_mergedInto.find(key))
        key = it->second;
    return key;
}

void Store::setTypeName(std::int32_t key, std::string name)
{
    m_types.setName(key, std::move(name));
}
void Store::setCampaignName(std::int64_t key, std::string name)
{
    m_campaigns.setName(key, std::move(name));
}
void Store::setChannelName(std::int64_t key, std::string name)
{
    m_channels.setName(key, std::move(name));
}
void Store::setContentName(std::int64_t key, std::string name)
{
    m_contents.setName(key, std::move(name));
}

std::uint32_t Store::addRow(std::int64_t key)
{
    const auto row = static_cast<std::uint32_t>(m_keys.size());
    if (row == 0xffffffffu)
        throw std::length_error("the engine holds at most 2^32 − 1 people");
    m_keys.push_back(key);
    m_flags.push_back(0);
    m_joinDay.push_back(PersonRecord::kNoDay);
    m_level.push_back(0);
    for (auto& column : m_attributeCodes)
        column.push_back(0);
    m_counted.resize(m_keys.size());
    if (row % kBlockSize == 0)
        m_blocks.emplace_back();
    StoreBlock& block = m_blocks.back();
    block.touch();
    block.m_offsets.push_back(block.m_offsets.back());
    block.m_typeBits.push_back(0);
    block.m_tagOffsets.push_back(block.m_tagOffsets.back());
    m_index.insert(key, row);
    return row;
}

void Store::writePersonColumns(std::uint32_t row, const PersonRecord& person)
{
    for (auto& column : m_attributeCodes)
        column[row] = 0;
    for (const auto& [name, value] : person.attributes) {
        auto attribute = findAttribute(name);
        if (!attribute) {
            attribute = attributeCount();
            m_attributeNames.push_back(name);
            m_attributeValues.emplace_back();
            m_attributeCodes.emplace_back(m_keys.size(), 0);
        }
        m_attributeCodes[*attribute][row] = m_attributeValues[*attribute].encode(value);
    }
    std::vector<std::uint32_t> tags;
    for (const std::string& tag : person.tags)
        if (!tag.empty())
            tags.push_back(m_tags.encode(tag));
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    setBlockTags(row / kBlockSize, row % kBlockSize, std::move(tags));
    m_flags[row] = static_cast<std::uint8_t>((m_flags[row] & kMerged) | kPresent
                                             | (person.internal ? kInternal : 0));
    m_joinDay[row] = person.joinDay;
    m_blocks[row / kBlockSize].touch();
    if (m_flags[row] & kMerged)
        m_counted.erase(row);
    else
        m_counted.insert(row);
}

void Store::setBlockTags(std::size_t b, std::uint32_t slot, std::vector<std::uint32_t> tags)
{
    StoreBlock& block = m_blocks[b];
    const std::uint32_t begin = block.m_tagOffsets[slot];
    const std::uint32_t end = block.m_tagOffsets[slot + 1];
    const auto delta = static_cast<std::int64_t>(tags.size()) - (end - begin);
    if (delta == 0 && std::equal(tags.begin(), tags.end(), block.m_tags.begin() + begin))
        return;
    block.touch();
    block.m_tags.erase(block.m_tags.begin() + begin, block.m_tags.begin() + end);
    block.m_tags.insert(block.m_tags.begin() + begin, tags.begin(), tags.end());
    for (std::size_t s = slot + 1; s < block.m_tagOffsets.size(); ++s)
        block.m_tagOffsets[s] = static_cast<std::uint32_t>(block.m_tagOffsets[s] + delta);
}

void Store::upsertPerson(const PersonRecord& person)
{
    auto row = m_index.find(person.key);
    if (!row)
        row = addRow(person.key);
    writePersonColumns(*row, person);
    bump();
}

bool Store::removePerson(std::int64_t key)
{
    const auto row = rowOf(key);
    if (!row)
        return false;
    if (m_mergedInto.contains(key))
        unmergePerson(key);
    // People merged straight into key become people of their own again (with their subtrees).
    std::vector<std::int64_t> children;
    for (const auto& [merged, survivor] : m_mergedInto)
        if (survivor == key)
            children.push_back(merged);
    std::sort(children.begin(), children.end());
    for (std::int64_t child : children)
        unmergePerson(child);
    m_activityCount -= m_blocks[*row / kBlockSize].end(*row % kBlockSize)
                       - m_blocks[*row / kBlockSize].begin(*row % kBlockSize);
    replaceSlot(*row, {});
    writePersonColumns(*row, PersonRecord{key, {}, {}, false, PersonRecord::kNoDay});
    m_flags[*row] = 0;
    m_level[*row] = 0;
    m_blocks[*row / kBlockSize].touch();
    m_counted.erase(*row);
    bump();
    return true;
}

std::size_t Store::memoryBytes() const
{
    std::size_t bytes = sizeof(Store) + m_index.memoryBytes() + m_keys.capacity() * 8
                        + m_flags.capacity() + m_joinDay.capacity() * 4 + m_level.capacity()
                        + m_counted.words().size() * 8 + m_tags.memoryBytes()
                        + m_types.memoryBytes() + m_campaigns.memoryBytes()
                        + m_channels.memoryBytes() + m_contents.memoryBytes()
                        + m_blocks.capacity() * sizeof(StoreBlock);
    for (std::size_t a = 0; a < m_attributeCodes.size(); ++a)
        bytes += m_attributeCodes[a].capacity() * 4 + m_attributeValues[a].memoryBytes();
    for (const StoreBlock& block : m_blocks)
        bytes += block.memoryBytes() - sizeof(StoreBlock);
    for (const auto& [key, list] : m_mergedActivities)
        bytes += 64 + list.capacity() * sizeof(ActivityRecord);
    return bytes + m_mergedInto.size() * 48;
}

void Store::shrinkPeopleColumns()
{
    m_keys.shrink_to_fit();
    m_flags.shrink_to_fit();
    m_joinDay.shrink_to_fit();
    m_level.shrink_to_fit();
    for (auto& column : m_attributeCodes)
        column.shrink_to_fit();
}

std::vector<std::pair<std::string, std::size_t>> Store::memoryParts() const
{
    std::size_t attributes = 0, dictionaries = m_tags.memoryBytes(), offsets = 0, tags = 0, typeBits = 0;
    for (std::size_t a = 0; a < m_attributeCodes.size(); ++a) {
        attributes += m_attributeCodes[a].capacity() * 4;
        dictionaries += m_attributeValues[a].memoryBytes();
    }
    for (const StoreBlock& block : m_blocks) {
        offsets += block.m_offsets.capacity() * 4 + block.m_tagOffsets.capacity() * 4;
        tags += block.m_tags.capacity() * 4;
        typeBits += block.m_typeBits.capacity() * 4;
    }
    return {{"person index", m_index.memoryBytes()},
            {"keys", m_keys.capacity() * 8},
            {"flags, join day, level", m_flags.capacity() + m_joinDay.capacity() * 4 + m_level.capacity()},
            {"attribute codes", attributes},
            {"attribute and tag dictionaries", dictionaries},
            {"tags", tags},
            {"activity and tag offsets", offsets},
            {"type bits", typeBits},
            {"activities", activityBytes()}};
}

std::size_t Store::activityBytes() const
{
    std::size_t bytes = 0;
    for (const StoreBlock& block : m_blocks)
        bytes += block.activityBytes();
    return bytes;
}

} // namespace rapport::engine
