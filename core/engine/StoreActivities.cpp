// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Store: the activity columns, their edits and identity merges.
#include "core/engine/Store.h"

#include <algorithm>
#include <limits>
#include <map>
#include <stdexcept>

namespace rapport::engine {

Store::Encoded Store::encode(const ActivityRecord& a)
{
    return {a.at,
            static_cast<std::uint8_t>(m_types.encode(a.type)),
            static_cast<std::uint8_t>(m_channels.encode(a.channel)),
            static_cast<std::uint16_t>(m_campaigns.encode(a.campaign)),
            static_cast<std::uint16_t>(m_contents.encode(a.content)),
            a.value};
}

bool Store::less(const Encoded& a, const Encoded& b) const
{
    const ActivityRecord x{0, static_cast<std::int32_t>(m_types.key(a.type)), a.time,
                           m_campaigns.key(a.campaign), m_channels.key(a.channel),
                           m_contents.key(a.content), a.value};
    const ActivityRecord y{0, static_cast<std::int32_t>(m_types.key(b.type)), b.time,
                           m_campaigns.key(b.campaign), m_channels.key(b.channel),
                           m_contents.key(b.content), b.value};
    return canonicalOrder(x, y) < 0;
}

std::vector<Store::Encoded> Store::slotActivities(std::uint32_t row) const
{
    const StoreBlock& block = m_blocks[row / kBlockSize];
    const std::uint32_t slot = row % kBlockSize;
    std::vector<Encoded> list;
    list.reserve(block.end(slot) - block.begin(slot));
    for (std::uint32_t i = block.begin(slot); i < block.end(slot); ++i)
        list.push_back({block.time(i), block.m_type[i], block.m_channel[i], block.m_campaign[i],
                        block.m_content[i], block.value(i)});
    return list;
}

void Store::replaceSlot(std::uint32_t row, const std::vector<Encoded>& sorted)
{
    StoreBlock& block = m_blocks[row / kBlockSize];
    block.touch();
    const std::uint32_t slot = row % kBlockSize;
    const std::uint32_t begin = block.begin(slot);
    const std::uint32_t end = block.end(slot);
    const auto delta = static_cast<std::int64_t>(sorted.size()) - (end - begin);

    // Rebase when a new time lies below the block's base; all times must fit 32 bits.
    std::int64_t base = block.m_time.size() > end - begin ? block.m_timeBase
                                                          : std::numeric_limits<std::int64_t>::max();
    std::int64_t top = std::numeric_limits<std::int64_t>::min();
    for (const Encoded& e : sorted) {
        base = std::min(base, e.time);
        top = std::max(top, e.time);
    }
    if (base != std::numeric_limits<std::int64_t>::max() && base != block.m_timeBase) {
        if (base > block.m_timeBase && block.m_time.size() > end - begin)
            base = block.m_timeBase; // keep the base of the other people's activities
        const std::int64_t shift = block.m_timeBase - base;
        if (shift != 0) {
            for (std::uint32_t& t : block.m_time) {
                if (static_cast<std::int64_t>(t) + shift > 0xffffffffLL)
                    throw std::length_error("activity times of one block span more than 136 years");
                t = static_cast<std::uint32_t>(t + shift);
            }
            block.m_timeBase = base;
        }
    }
    if (!sorted.empty() && top - block.m_timeBase > 0xffffffffLL)
        throw std::length_error("activity times of one block span more than 136 years");

    auto splice = [&](auto& column, auto field) {
        // Grow by a thirty-second, not by doubling: an edited block keeps close to its size.
        const std::size_t size = column.size() - (end - begin) + sorted.size();
        if (size > column.capacity())
            column.reserve(size + size / 32 + 16);
        column.erase(column.begin() + begin, column.begin() + end);
        std::vector<typename std::decay_t<decltype(column)>::value_type> values;
        values.reserve(sorted.size());
        for (const Encoded& e : sorted)
            values.push_back(field(e));
        column.insert(column.begin() + begin, values.begin(), values.end());
    };
    const std::int64_t timeBase = block.m_timeBase;
    splice(block.m_time, [&](const Encoded& e) { return std::uint32_t(e.time - timeBase); });
    splice(block.m_type, [](const Encoded& e) { return e.type; });
    splice(block.m_campaign, [](const Encoded& e) { return e.campaign; });
    splice(block.m_channel, [](const Encoded& e) { return e.channel; });
    splice(block.m_content, [](const Encoded& e) { return e.content; });
    for (std::size_t s = slot + 1; s < block.m_offsets.size(); ++s)
        block.m_offsets[s] = static_cast<std::uint32_t>(block.m_offsets[s] + delta);
    block.updateTypeBits(slot);

    std::vector<std::uint32_t> indices;
    std::vector<double> values;
    std::size_t i = 0;
    for (; i < block.m_valueIndex.size() && block.m_valueIndex[i] < begin; ++i) {
        indices.push_back(block.m_valueIndex[i]);
        values.push_back(block.m_value[i]);
    }
    for (std::size_t k = 0; k < sorted.size(); ++k)
        if (sorted[k].value != 0) {
            indices.push_back(static_cast<std::uint32_t>(begin + k));
            values.push_back(sorted[k].value);
        }
    for (; i < block.m_valueIndex.size(); ++i)
        if (block.m_valueIndex[i] >= end) {
            indices.push_back(static_cast<std::uint32_t>(block.m_valueIndex[i] + delta));
            values.push_back(block.m_value[i]);
        }
    block.m_valueIndex = std::move(indices);
    block.m_value = std::move(values);
    if (block.m_time.empty())
        block.m_timeBase = 0;
}

void Store::insertActivities(std::uint32_t row, const std::vector<ActivityRecord>& added)
{
    if (added.empty())
        return;
    std::vector<Encoded> list = slotActivities(row);
    std::vector<Encoded> extra;
    extra.reserve(added.size());
    for (const ActivityRecord& a : added)
        extra.push_back(encode(a));
    auto cmp = [this](const Encoded& a, const Encoded& b) { return less(a, b); };
    std::stable_sort(extra.begin(), extra.end(), cmp);
    const std::size_t middle = list.size();
    list.insert(list.end(), extra.begin(), extra.end());
    std::inplace_merge(list.begin(), list.begin() + middle, list.end(), cmp);
    replaceSlot(row, list);
    m_activityCount += added.size();
}

std::size_t Store::eraseActivities(std::uint32_t row, const std::vector<ActivityRecord>& removed)
{
    std::vector<Encoded> list = slotActivities(row);
    std::size_t erased = 0;
    for (const ActivityRecord& a : removed) {
        const auto type = m_types.find(a.type);
        const auto campaign = m_campaigns.find(a.campaign);
        const auto channel = m_channels.find(a.channel);
        const auto content = m_contents.find(a.content);
        if (!type || !campaign || !channel || !content)
            continue;
        auto it = std::find_if(list.begin(), list.end(), [&](const Encoded& e) {
            return e.time == a.at && e.type == *type && e.campaign == *campaign
                   && e.channel == *channel && e.content == *content && e.value == a.value;
        });
        if (it != list.end()) {
            list.erase(it);
            ++erased;
        }
    }
    if (erased) {
        replaceSlot(row, list);
        m_activityCount -= erased;
    }
    return erased;
}

std::vector<ActivityRecord> Store::decodedActivities(std::uint32_t row) const
{
    const StoreBlock& block = m_blocks[row / kBlockSize];
    const std::uint32_t slot = row % kBlockSize;
    std::vector<ActivityRecord> list;
    for (std::uint32_t i = block.begin(slot); i < block.end(slot); ++i)
        list.push_back(activity(row / kBlockSize, slot, i));
    return list;
}

ActivityRecord Store::activity(std::size_t b, std::uint32_t slot, std::uint32_t i) const
{
    const StoreBlock& block = m_blocks[b];
    return {m_keys[b * kBlockSize + slot],
            static_cast<std::int32_t>(m_types.key(block.m_type[i])),
            block.time(i),
            m_campaigns.key(block.m_campaign[i]),
            m_channels.key(block.m_channel[i]),
            m_contents.key(block.m_content[i]),
            block.value(i)};
}

std::vector<ActivityRecord> Store::activitiesOf(std::int64_t key) const
{
    const auto row = rowOf(key);
    return row ? decodedActivities(*row) : std::vector<ActivityRecord>{};
}

std::uint32_t Store::rowForActivity(std::int64_t personKey)
{
    const std::int64_t key = finalKey(personKey);
    if (auto row = rowOf(key))
        return *row;
    PersonRecord bare;
    bare.key = key;
    auto row = m_index.find(key);
    if (!row)
        row = addRow(key);
    writePersonColumns(*row, bare);
    return *row;
}

void Store::addActivity(const ActivityRecord& activity)
{
    addActivities(std::span(&activity, 1));
}

void Store::addActivities(std::span<const ActivityRecord> activities)
{
    std::map<std::uint32_t, std::vector<ActivityRecord>> byRow;
    for (const ActivityRecord& a : activities) {
        byRow[rowForActivity(a.person)].push_back(a);
        if (m_mergedInto.contains(a.person))
            m_mergedActivities[a.person].push_back(a);
    }
    for (const auto& [row, list] : byRow)
        insertActivities(row, list);
    bump();
}

bool Store::removeActivity(const ActivityRecord& activity)
{
    const auto row = rowOf(finalKey(activity.person));
    if (!row)
        return false;
    if (m_mergedInto.contains(activity.person)) {
        auto& own = m_mergedActivities[activity.person];
        auto it = std::find(own.begin(), own.end(), activity);
        if (it == own.end())
            return false;
        own.erase(it);
    }
    const bool erased = eraseActivities(*row, {activity}) == 1;
    bump();
    return erased;
}

bool Store::changeActivity(const ActivityRecord& before, const ActivityRecord& after)
{
    if (!removeActivity(before))
        return false;
    addActivity(after);
    return true;
}

std::vector<std::int64_t> Store::mergedThrough(std::int64_t key) const
{
    std::vector<std::int64_t> keys;
    for (const auto& [merged, survivor] : m_mergedInto) {
        for (std::int64_t k = merged; m_mergedInto.contains(k);) {
            k = m_mergedInto.at(k);
            if (k == key) {
                keys.push_back(merged);
                break;
            }
        }
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

bool Store::mergePerson(std::int64_t merged, std::int64_t survivor)
{
    const auto row = rowOf(merged);
    if (!row || !rowOf(survivor) || merged == survivor || m_mergedInto.contains(merged)
        || finalKey(survivor) == merged)
        return false;
    const std::uint32_t target = *rowOf(finalKey(survivor));
    std::vector<ActivityRecord> all = decodedActivities(*row);
    // What is not in the lists of people already merged into `merged` is its own.
    std::vector<ActivityRecord> own = all;
    for (std::int64_t inner : mergedThrough(merged))
        for (const ActivityRecord& a : m_mergedActivities[inner]) {
            auto it = std::find_if(own.begin(), own.end(), [&](const ActivityRecord& b) {
                return canonicalOrder(a, b) == 0;
            });
            if (it != own.end())
                own.erase(it);
        }
    for (ActivityRecord& a : own)
        a.person = merged;
    m_activityCount -= all.size();
    replaceSlot(*row, {});
    insertActivities(target, all);
    m_mergedActivities[merged] = std::move(own);
    m_mergedInto[merged] = survivor;
    m_flags[*row] |= kMerged;
    m_blocks[*row / kBlockSize].touch();
    m_counted.erase(*row);
    bump();
    return true;
}

bool Store::unmergePerson(std::int64_t merged)
{
    if (!m_mergedInto.contains(merged))
        return false;
    const std::uint32_t from = *rowOf(finalKey(merged));
    const std::uint32_t row = *m_index.find(merged);
    std::vector<std::int64_t> moving = mergedThrough(merged);
    moving.push_back(merged);
    std::vector<ActivityRecord> moved;
    for (std::int64_t key : moving) {
        const auto& list = m_mergedActivities[key];
        moved.insert(moved.end(), list.begin(), list.end());
    }
    eraseActivities(from, moved);
    m_mergedInto.erase(merged);
    m_mergedActivities.erase(merged);
    insertActivities(row, moved);
    m_flags[row] &= static_cast<std::uint8_t>(~kMerged);
    m_blocks[row / kBlockSize].touch();
    m_counted.insert(row);
    bump();
    return true;
}

} // namespace rapport::engine
