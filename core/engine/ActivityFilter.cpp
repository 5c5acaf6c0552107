// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ActivityFilter.h"

#include "core/engine/Store.h"

#include <algorithm>
#include <sstream>

namespace rapport::engine {

namespace {
bool inList(const std::vector<std::int64_t>& list, std::int64_t key)
{
    return list.empty() || std::find(list.begin(), list.end(), key) != list.end();
}

std::string listText(const std::vector<std::int64_t>& keys, const KeyDictionary* names)
{
    std::string text;
    for (std::int64_t key : keys) {
        if (!text.empty())
            text += ", ";
        text += key == 0 ? std::string("none") : names ? names->name(key) : std::to_string(key);
    }
    return "{" + text + "}";
}
} // namespace

bool ActivityFilter::acceptsType(std::int32_t key) const
{
    return anyType() || (type && *type == key)
           || std::find(types.begin(), types.end(), key) != types.end();
}

bool ActivityFilter::matches(const ActivityRecord& a) const
{
    return acceptsType(a.type) && inList(campaigns, a.campaign)
           && inList(channels, a.channel) && inList(contents, a.content)
           && (!minValue || a.value >= *minValue) && (!maxValue || a.value <= *maxValue);
}

bool ActivityFilter::typeOnly() const
{
    return campaigns.empty() && channels.empty() && contents.empty() && !minValue && !maxValue;
}

std::string ActivityFilter::describe(const Store* store) const
{
    std::ostringstream out;
    auto typeName = [store](std::int32_t key) {
        return store ? store->types().name(key) : std::to_string(key);
    };
    std::vector<std::int32_t> accepted;
    if (type)
        accepted.push_back(*type);
    for (std::int32_t key : types)
        if (std::find(accepted.begin(), accepted.end(), key) == accepted.end())
            accepted.push_back(key);
    if (accepted.size() <= 1) {
        out << "type = " << (accepted.empty() ? std::string("any") : typeName(accepted[0]));
    } else {
        out << "type ∈ {";
        for (std::size_t i = 0; i < accepted.size(); ++i)
            out << (i ? ", " : "") << typeName(accepted[i]);
        out << "}";
    }
    if (!campaigns.empty())
        out << ", campaign ∈ " << listText(campaigns, store ? &store->campaigns() : nullptr);
    if (!channels.empty())
        out << ", channel ∈ " << listText(channels, store ? &store->channels() : nullptr);
    if (!contents.empty())
        out << ", content ∈ " << listText(contents, store ? &store->contents() : nullptr);
    if (minValue)
        out << ", value ≥ " << *minValue;
    if (maxValue)
        out << ", value ≤ " << *maxValue;
    return out.str();
}

} // namespace rapport::engine
