// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/StoreBuilder.h"

#include "core/engine/ParallelFor.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace rapport::engine {

/** One staged activity, 16 bytes; its value (when non-zero) sits in m_stagedValues. */
struct StoreBuilder::Staged
{
    std::int64_t time;
    std::uint16_t slot;
    std::uint8_t type;
    std::uint8_t channel;
    std::uint16_t campaign;
    std::uint16_t content;
};

StoreBuilder::StoreBuilder(int threads)
    : m_threads(threads)
{
}

StoreBuilder::~StoreBuilder() = default;

void StoreBuilder::addPerson(const PersonRecord& person)
{
    m_store.upsertPerson(person);
}

std::uint32_t StoreBuilder::rowFor(std::int64_t key)
{
    if (auto row = m_store.m_index.find(key); row && (m_store.m_flags[*row] & Store::kPresent))
        return *row;
    PersonRecord bare;
    bare.key = key;
    m_store.upsertPerson(bare);
    return *m_store.m_index.find(key);
}

void StoreBuilder::addActivity(const ActivityRecord& a)
{
    const std::uint32_t row = rowFor(a.person);
    const std::size_t b = row / Store::kBlockSize;
    if (m_staged.size() <= b) {
        m_staged.resize(b + 1);
        m_stagedValues.resize(b + 1);
    }
    const Store::Encoded e = m_store.encode(a);
    if (e.value != 0)
        m_stagedValues[b].emplace_back(static_cast<std::uint32_t>(m_staged[b].size()), e.value);
    m_staged[b].push_back({e.time, static_cast<std::uint16_t>(row % Store::kBlockSize), e.type,
                           e.channel, e.campaign, e.content});
}

void StoreBuilder::addActivities(const ActivityBatch& batch)
{
    // Consecutive rows of one person (the loader's usual order) look the row up once.
    std::int64_t lastKey = 0;
    std::uint32_t lastRow = 0;
    bool haveLast = false;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const ActivityRecord a = batch[i];
        if (!haveLast || a.person != lastKey) {
            lastRow = rowFor(a.person);
            lastKey = a.person;
            haveLast = true;
        }
        const std::size_t b = lastRow / Store::kBlockSize;
        if (m_staged.size() <= b) {
            m_staged.resize(b + 1);
            m_stagedValues.resize(b + 1);
        }
        const Store::Encoded e = m_store.encode(a);
        if (e.value != 0)
            m_stagedValues[b].emplace_back(static_cast<std::uint32_t>(m_staged[b].size()),
                                           e.value);
        m_staged[b].push_back({e.time, static_cast<std::uint16_t>(lastRow % Store::kBlockSize),
                               e.type, e.channel, e.campaign, e.content});
    }
}

void StoreBuilder::addMerge(std::int64_t merged, std::int64_t survivor)
{
    m_merges.emplace_back(merged, survivor);
}

void StoreBuilder::setTypeName(std::int32_t key, std::string name)
{
    m_store.setTypeName(key, std::move(name));
}
void StoreBuilder::setCampaignName(std::int64_t key, std::string name)
{
    m_store.setCampaignName(key, std::move(name));
}
void StoreBuilder::setChannelName(std::int64_t key, std::string name)
{
    m_store.setChannelName(key, std::move(name));
}
void StoreBuilder::setContentName(std::int64_t key, std::string name)
{
    m_store.setContentName(key, std::move(name));
}

Store StoreBuilder::build()
{
    Store& store = m_store;
    m_staged.resize(store.m_blocks.size());
    m_stagedValues.resize(store.m_blocks.size());
    // Code → key tables so the canonical order compares keys, never codes.
    auto keys = [](const KeyDictionary& d) {
        std::vector<std::int64_t> k(d.size());
        for (std::uint32_t c = 0; c < d.size(); ++c)
            k[c] = d.key(c);
        return k;
    };
    const auto typeKeys = keys(store.m_types);
    const auto campaignKeys = keys(store.m_campaigns);
    const auto channelKeys = keys(store.m_channels);
    const auto contentKeys = keys(store.m_contents);

    std::vector<std::size_t> counts(store.m_blocks.size());
    ParallelFor(m_threads).run(store.m_blocks.size(), [&](std::size_t b, int) {
        std::deque<Staged>& staged = m_staged[b];
        auto& stagedValues = m_stagedValues[b];
        // Values by staging index, dense for the block being built (freed at the end).
        std::vector<double> values(stagedValues.empty() ? 0 : staged.size(), 0.0);
        for (const auto& [i, v] : stagedValues)
            values[i] = v;
        auto valueOf = [&](std::uint32_t i) { return values[i]; };
        auto less = [&](std::uint32_t x, std::uint32_t y) {
            const Staged& a = staged[x];
            const Staged& c = staged[y];
            if (a.time != c.time)
                return a.time < c.time;
            if (a.type != c.type)
                return typeKeys[a.type] < typeKeys[c.type];
            if (a.campaign != c.campaign)
                return campaignKeys[a.campaign] < campaignKeys[c.campaign];
            if (a.channel != c.channel)
                return channelKeys[a.channel] < channelKeys[c.channel];
            if (a.content != c.content)
                return contentKeys[a.content] < contentKeys[c.content];
            if (values.empty())
                return false;
            return valueOf(x) < valueOf(y);
        };
        StoreBlock& block = store.m_blocks[b];
        block.touch();
        const std::uint32_t people = block.personCount();
        // Counting sort by slot (stable, so sorted input stays sorted), then sort each person.
        std::vector<std::uint32_t> offsets(people + 1, 0);
        for (const Staged& s : staged)
            ++offsets[s.slot + 1];
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        std::vector<std::uint32_t> order(staged.size());
        {
            std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
            for (std::uint32_t i = 0; i < staged.size(); ++i)
                order[next[staged[i].slot]++] = i;
        }
        for (std::uint32_t p = 0; p < people; ++p) {
            auto first = order.begin() + offsets[p];
            auto last = order.begin() + offsets[p + 1];
            if (!std::is_sorted(first, last, less))
                std::stable_sort(first, last, less);
        }
        std::int64_t base = std::numeric_limits<std::int64_t>::max();
        std::int64_t top = std::numeric_limits<std::int64_t>::min();
        for (const Staged& s : staged) {
            base = std::min(base, s.time);
            top = std::max(top, s.time);
        }
        if (!staged.empty() && top - base > 0xffffffffLL)
            throw std::length_error("activity times of one block span more than 136 years");
        block.m_timeBase = staged.empty() ? 0 : base;
        const std::size_t n = staged.size();
        block.m_offsets.assign(offsets.begin(), offsets.end());
        block.m_time.resize(n);
        block.m_type.resize(n);
        block.m_campaign.resize(n);
        block.m_channel.resize(n);
        block.m_content.resize(n);
        block.m_valueIndex.clear();
        block.m_value.clear();
        for (std::uint32_t i = 0; i < n; ++i) {
            const Staged& s = staged[order[i]];
            block.m_time[i] = static_cast<std::uint32_t>(s.time - base);
            block.m_type[i] = s.type;
            block.m_campaign[i] = s.campaign;
            block.m_channel[i] = s.channel;
            block.m_content[i] = s.content;
            if (!values.empty())
                if (const double v = valueOf(order[i]); v != 0) {
                    block.m_valueIndex.push_back(i);
                    block.m_value.push_back(v);
                }
        }
        block.m_typeBits.resize(people);
        for (std::uint32_t p = 0; p < people; ++p)
            block.updateTypeBits(p);
        block.m_valueIndex.shrink_to_fit();
        block.m_value.shrink_to_fit();
        // people were added one by one: drop the growth slack of their per-block columns
        block.m_offsets.shrink_to_fit();
        block.m_tagOffsets.shrink_to_fit();
        block.m_tags.shrink_to_fit();
        counts[b] = n;
        std::deque<Staged>().swap(staged);
        std::vector<std::pair<std::uint32_t, double>>().swap(stagedValues);
    });
    store.m_activityCount = std::accumulate(counts.begin(), counts.end(), std::size_t(0));
    for (const auto& [merged, survivor] : m_merges)
        store.mergePerson(merged, survivor);
    m_staged.clear();
    m_stagedValues.clear();
    m_merges.clear();
    store.shrinkPeopleColumns();
    store.bump();
    Store result = std::move(m_store);
    m_store = Store();
    return result;
}

} // namespace rapport::engine
