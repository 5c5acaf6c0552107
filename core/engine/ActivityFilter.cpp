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

bool ActivityFilter::matches(const ActivityRecord& a) const
{
    return (!type || *type == a.type) && inList(campaigns, a.campaign)
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
    out << "type = " << (type ? (store ? store->types().name(*type) : std::to_string(*type))
                              : std::string("any"));
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
