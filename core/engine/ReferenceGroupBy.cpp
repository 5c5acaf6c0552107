// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ReferenceGroupBy.h"

#include "core/engine/GroupBy.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

namespace rapport::engine {

namespace {
using Kind = GroupByDimension::Kind;
using Cell = std::vector<std::pair<std::string, std::int64_t>>; // (label, key) per dimension

std::string nameOf(const auto& names, std::int64_t key, bool noneIsEmpty)
{
    if (key == 0 && noneIsEmpty)
        return {};
    auto it = names.find(key);
    return it != names.end() ? it->second : std::to_string(key);
}

std::string dayLabel(std::int64_t t)
{
    using namespace std::chrono;
    const year_month_day ymd{floor<days>(sys_seconds{seconds{t}})};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return text;
}
} // namespace

GroupByResult ReferenceGroupBy::compute(const ReferenceData& data, const GroupByQuery& query,
                                        std::uint64_t snapshotId)
{
    const auto& dims = query.dimensions;
    struct Counts
    {
        std::set<std::int64_t> persons;
        std::uint64_t activities = 0;
    };
    std::map<Cell, Counts> cells;
    std::set<std::int64_t> everyone;
    std::uint64_t totalActivities = 0;

    for (const ReferenceData::Resolved& r : data.resolve()) {
        if (!query.people.matches(r.person, r.level))
            continue;
        // The person's values of the person dimensions (several for tags).
        std::vector<std::vector<std::string>> personValues(dims.size());
        for (std::size_t d = 0; d < dims.size(); ++d) {
            if (dims[d].kind == Kind::Attribute) {
                std::string value;
                for (const auto& [name, v] : r.person.attributes)
                    if (name == dims[d].attribute)
                        value = v;
                personValues[d].push_back(value);
            } else if (dims[d].kind == Kind::Tag) {
                std::set<std::string> tags;
                for (const std::string& t : r.person.tags)
                    if (!t.empty())
                        tags.insert(t);
                personValues[d].assign(tags.begin(), tags.end());
                if (personValues[d].empty())
                    personValues[d].push_back({});
            }
        }
        auto cellsOf = [&](const ActivityRecord* a) {
            std::vector<Cell> out{Cell{}};
            for (std::size_t d = 0; d < dims.size(); ++d) {
                std::vector<std::pair<std::string, std::int64_t>> values;
                switch (dims[d].kind) {
                case Kind::Attribute:
                case Kind::Tag:
                    for (const std::string& v : personValues[d])
                        values.emplace_back(v, 0);
                    break;
                case Kind::ActivityType:
                    values.emplace_back(nameOf(data.typeNames, a->type, false), a->type);
                    break;
                case Kind::Campaign:
                    values.emplace_back(nameOf(data.campaignNames, a->campaign, true), a->campaign);
                    break;
                case Kind::Channel:
                    values.emplace_back(nameOf(data.channelNames, a->channel, true), a->channel);
                    break;
                case Kind::Content:
                    values.emplace_back(nameOf(data.contentNames, a->content, true), a->content);
                    break;
                default: {
                    const std::int64_t start = GroupBy::periodStart(dims[d].kind, a->at);
                    values.emplace_back(dayLabel(start), start);
                }
                }
                std::vector<Cell> next;
                for (const Cell& c : out)
                    for (const auto& v : values) {
                        Cell n = c;
                        // Person dimensions sort by label, the others by key.
                        n.emplace_back(dims[d].isPersonDimension() ? v.first : std::string(),
                                       dims[d].isPersonDimension() ? 0 : v.second);
                        n.back().first = v.first;
                        next.push_back(std::move(n));
                    }
                out = std::move(next);
            }
            return out;
        };
        bool any = false;
        for (const ActivityRecord& a : r.activities) {
            if (!query.activities.matches(a) || !query.dateRange.contains(a.at))
                continue;
            any = true;
            ++totalActivities;
            for (const Cell& c : cellsOf(&a)) {
                cells[c].persons.insert(r.person.key);
                ++cells[c].activities;
            }
        }
        if (any)
            everyone.insert(r.person.key);
        if (!any && query.includePeopleWithoutActivity) {
            everyone.insert(r.person.key);
            for (const Cell& c : cellsOf(nullptr))
                cells[c].persons.insert(r.person.key);
        }
    }

    GroupByResult result;
    for (const auto& [cell, counts] : cells) {
        GroupByRow row;
        for (const auto& [label, key] : cell) {
            row.labels.push_back(label);
            row.keys.push_back(key);
        }
        row.persons = counts.persons.size();
        row.activities = counts.activities;
        result.rows.push_back(std::move(row));
    }
    std::stable_sort(result.rows.begin(), result.rows.end(),
                     [&](const GroupByRow& a, const GroupByRow& b) {
                         for (std::size_t d = 0; d < dims.size(); ++d) {
                             const bool byLabel = dims[d].isPersonDimension();
                             if (byLabel ? a.labels[d] != b.labels[d] : a.keys[d] != b.keys[d])
                                 return byLabel ? a.labels[d] < b.labels[d] : a.keys[d] < b.keys[d];
                         }
                         return false;
                     });
    result.totalPersons = everyone.size();
    result.totalActivities = totalActivities;
    result.provenance = GroupBy::provenance(query, snapshotId);
    return result;
}

} // namespace rapport::engine
