// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Random datasets for the engine tests (shared by every tests/engine suite): plain records
// (ReferenceData) that the reference implementations read directly and that build a Store
// either in bulk (StoreBuilder) or edit by edit.

#include "core/engine/FunnelQuery.h"
#include "core/engine/ReferenceData.h"
#include "core/engine/Store.h"
#include "core/engine/StoreBuilder.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace rapport::engine::test {

/** The knobs of a generated dataset. */
struct DataShape
{
    int people = 20;
    int maxActivities = 10;  ///< per person, uniform 0..max
    int types = 4;           ///< type keys 1..types
    int campaigns = 3;       ///< campaign keys 0..campaigns (0 = none)
    int channels = 2;
    std::int64_t span = 40 * 86400; ///< times in [origin, origin + span)
    std::int64_t tick = 3600;       ///< times are multiples of tick (coarse ticks = many ties)
    double valueShare = 0.2;        ///< share of activities with a non-zero value
    int merges = 0;
    bool sparseKeys = false;        ///< person keys far apart (the hash side of PersonIndex)
};

inline constexpr std::int64_t kOrigin = 1'700'000'000; // 2023-11-14

class EngineTestData
{
public:
    static ReferenceData generate(std::mt19937_64& rng, const DataShape& shape)
    {
        static const std::vector<std::string> countries = {"", "China", "中国", "Österreich",
                                                           "España", "日本", "Deutschland", "US"};
        static const std::vector<std::string> roles = {"", "backend", "frontend", "devrel",
                                                       "データ"};
        static const std::vector<std::string> tags = {"speaker", "mvp", "作者", "beta", ""};
        ReferenceData data;
        auto pick = [&](const auto& list) { return list[rng() % list.size()]; };
        for (int i = 0; i < shape.people; ++i) {
            PersonRecord p;
            p.key = shape.sparseKeys ? std::int64_t(rng() % 1'000'000'000'000) + 1 : i + 1;
            if (rng() % 5)
                p.attributes.emplace_back("country", pick(countries));
            if (rng() % 3)
                p.attributes.emplace_back("role", pick(roles));
            if (rng() % 4 == 0)
                p.attributes.emplace_back("favourite", pick(roles));
            for (int t = int(rng() % 3); t > 0; --t)
                p.tags.push_back(pick(tags));
            p.internal = rng() % 10 == 0;
            p.joinDay = int(kOrigin / 86400) + int(rng() % 100);
            data.people.push_back(p);
            if (rng() % 4 == 0)
                data.levels[p.key] = std::uint8_t(rng() % 4);
            const int n = int(rng() % (shape.maxActivities + 1));
            for (int a = 0; a < n; ++a)
                data.activities.push_back(randomActivity(rng, shape, p.key));
        }
        for (int m = 0; m < shape.merges && shape.people > 1; ++m)
            data.merges.emplace_back(data.people[rng() % shape.people].key,
                                     data.people[rng() % shape.people].key);
        data.typeNames[1] = "registered";
        data.campaignNames[1] = "Spring meetup";
        return data;
    }

    static ActivityRecord randomActivity(std::mt19937_64& rng, const DataShape& shape,
                                         std::int64_t person)
    {
        ActivityRecord a;
        a.person = person;
        a.type = std::int32_t(1 + rng() % shape.types);
        a.at = kOrigin + std::int64_t(rng() % std::uint64_t(shape.span / shape.tick)) * shape.tick;
        a.campaign = std::int64_t(rng() % (shape.campaigns + 1));
        a.channel = std::int64_t(rng() % (shape.channels + 1));
        a.content = rng() % 3 == 0 ? std::int64_t(1 + rng() % 5) : 0;
        if (std::uniform_real_distribution<double>(0, 1)(rng) < shape.valueShare)
            a.value = double(1 + rng() % 10);
        return a;
    }

    static void setNames(const ReferenceData& data, auto& target)
    {
        for (const auto& [key, name] : data.typeNames)
            target.setTypeName(key, name);
        for (const auto& [key, name] : data.campaignNames)
            target.setCampaignName(key, name);
    }

    /** The store in one bulk build, activities fed in batches of `batch` rows. */
    static Store build(const ReferenceData& data, int threads = 2, std::size_t batch = 1000)
    {
        StoreBuilder builder(threads);
        setNames(data, builder);
        for (const PersonRecord& p : data.people)
            builder.addPerson(p);
        for (std::size_t from = 0; from < data.activities.size(); from += batch) {
            Columns c(data.activities, from, std::min(data.activities.size(), from + batch));
            builder.addActivities(c.batch());
        }
        for (const auto& [merged, survivor] : data.merges)
            builder.addMerge(merged, survivor);
        Store store = builder.build();
        applyLevels(data, store);
        return store;
    }

    /** The same store built edit by edit, activities in a shuffled order. */
    static Store edit(const ReferenceData& data, std::mt19937_64& rng)
    {
        Store store;
        setNames(data, store);
        for (const PersonRecord& p : data.people)
            store.upsertPerson(p);
        std::vector<ActivityRecord> shuffled = data.activities;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        for (const ActivityRecord& a : shuffled)
            store.addActivity(a);
        for (const auto& [merged, survivor] : data.merges)
            store.mergePerson(merged, survivor);
        applyLevels(data, store);
        return store;
    }

    static void applyLevels(const ReferenceData& data, Store& store)
    {
        std::vector<std::uint8_t> levels(store.rowCount(), 0);
        for (const auto& [key, level] : data.levels)
            if (auto row = store.rowOf(key))
                levels[*row] = level;
        store.setLevels(levels);
    }

    static FunnelQuery randomFunnel(std::mt19937_64& rng, const DataShape& shape)
    {
        FunnelQuery q;
        const int steps = 1 + int(rng() % 4);
        for (int s = 0; s < steps; ++s) {
            ActivityFilter f;
            f.type = std::int32_t(1 + rng() % shape.types);
            if (rng() % 5 == 0)
                f.campaigns = {std::int64_t(rng() % (shape.campaigns + 1))};
            if (rng() % 8 == 0)
                f.minValue = double(rng() % 5);
            q.steps.push_back(f);
        }
        if (rng() % 3 == 0 && steps >= 2) // repeated step types: A, A, B
            q.steps[1].type = q.steps[0].type;
        q.window = std::int64_t(rng() % 6) * shape.tick * std::int64_t(1 + rng() % 48);
        q.mode = FunnelMode(rng() % 3);
        if (rng() % 3 == 0) {
            q.dateRange.from = kOrigin + std::int64_t(rng() % std::uint64_t(shape.span / 2));
            q.dateRange.to = q.dateRange.from + std::int64_t(rng() % std::uint64_t(shape.span));
        }
        switch (rng() % 4) {
        case 0: q.breakdown = {FunnelBreakdown::Kind::Attribute, "country"}; break;
        case 1: q.breakdown = {FunnelBreakdown::Kind::Campaign, {}}; break;
        default: break;
        }
        if (rng() % 4 == 0)
            q.people.attributes.push_back({"role", {"backend", "", "データ"}, rng() % 2 == 0});
        if (rng() % 6 == 0)
            q.people.minLevel = std::uint8_t(1 + rng() % 2);
        return q;
    }

    /** Columns over a range of records, in the loader's batch shape. */
    struct Columns
    {
        std::vector<std::int64_t> person, at, campaign, channel, content;
        std::vector<std::int32_t> type;
        std::vector<double> value;
        Columns(const std::vector<ActivityRecord>& rows, std::size_t from, std::size_t to)
        {
            for (std::size_t i = from; i < to; ++i) {
                person.push_back(rows[i].person);
                type.push_back(rows[i].type);
                at.push_back(rows[i].at);
                campaign.push_back(rows[i].campaign);
                channel.push_back(rows[i].channel);
                content.push_back(rows[i].content);
                value.push_back(rows[i].value);
            }
        }
        ActivityBatch batch() const { return {person, type, at, campaign, channel, content, value}; }
    };

    /** A comparable picture of a store: counted people with their records and activities. */
    static std::map<std::int64_t, std::string> dump(const Store& store)
    {
        std::map<std::int64_t, std::string> out;
        store.countedPeople().forEach([&](std::size_t row) {
            const PersonRecord p = store.person(std::uint32_t(row));
            auto attributes = p.attributes;
            std::sort(attributes.begin(), attributes.end());
            std::set<std::string> tags(p.tags.begin(), p.tags.end());
            std::string text;
            for (const auto& [n, v] : attributes)
                text += n + "=" + v + ";";
            for (const auto& t : tags)
                text += "#" + t;
            text += p.internal ? " internal" : "";
            text += " day " + std::to_string(p.joinDay) + " level "
                    + std::to_string(store.level(std::uint32_t(row))) + "\n";
            for (const ActivityRecord& a : store.activitiesOf(p.key))
                text += std::to_string(a.type) + "@" + std::to_string(a.at) + " c"
                        + std::to_string(a.campaign) + " h" + std::to_string(a.channel) + " n"
                        + std::to_string(a.content) + " v" + std::to_string(a.value) + "\n";
            out[p.key] = text;
        });
        return out;
    }

    /** The same picture from plain records. */
    static std::map<std::int64_t, std::string> dump(const ReferenceData& data)
    {
        std::map<std::int64_t, std::string> out;
        for (const ReferenceData::Resolved& r : data.resolve()) {
            auto attributes = r.person.attributes;
            std::map<std::string, std::string> last;
            for (const auto& [n, v] : attributes)
                last[n] = v;
            std::string text;
            for (const auto& [n, v] : last)
                if (!v.empty())
                    text += n + "=" + v + ";";
            std::set<std::string> tags;
            for (const auto& t : r.person.tags)
                if (!t.empty())
                    tags.insert(t);
            for (const auto& t : tags)
                text += "#" + t;
            text += r.person.internal ? " internal" : "";
            text += " day " + std::to_string(r.person.joinDay) + " level "
                    + std::to_string(r.level) + "\n";
            for (const ActivityRecord& a : r.activities)
                text += std::to_string(a.type) + "@" + std::to_string(a.at) + " c"
                        + std::to_string(a.campaign) + " h" + std::to_string(a.channel) + " n"
                        + std::to_string(a.content) + " v" + std::to_string(a.value) + "\n";
            out[r.person.key] = text;
        }
        return out;
    }
};

} // namespace rapport::engine::test
