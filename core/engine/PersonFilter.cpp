// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/PersonFilter.h"

#include "core/engine/Store.h"

#include <algorithm>
#include <unordered_set>

namespace rapport::engine {

bool PersonFilter::isEmpty() const
{
    return attributes.empty() && allTags.empty() && anyTags.empty() && !internal && !minLevel
           && !audienceKeys;
}

PersonSet PersonFilter::compile(const Store& store) const
{
    PersonSet set = store.countedPeople();
    const std::size_t rows = store.rowCount();
    for (const AttributeCondition& condition : attributes) {
        const auto attribute = store.findAttribute(condition.attribute);
        std::vector<char> allowed(attribute ? store.attributeValues(*attribute).size() : 1, 0);
        for (const std::string& value : condition.values) {
            if (!attribute)
                allowed[0] |= value.empty();
            else if (auto code = store.attributeValues(*attribute).find(value))
                allowed[*code] = 1;
        }
        PersonSet keep(rows);
        set.forEach([&](std::size_t row) {
            const std::uint32_t code =
                attribute ? store.attributeCode(*attribute, static_cast<std::uint32_t>(row)) : 0;
            if ((allowed[code] != 0) != condition.negate)
                keep.insert(row);
        });
        set = std::move(keep);
    }
    auto tagCodes = [&](const std::vector<std::string>& names, bool& missing) {
        std::vector<std::uint32_t> codes;
        missing = false;
        for (const std::string& name : names) {
            if (auto code = store.tags().find(name); code && !name.empty())
                codes.push_back(*code);
            else
                missing = true;
        }
        return codes;
    };
    bool missing = false;
    if (!allTags.empty()) {
        const auto codes = tagCodes(allTags, missing);
        PersonSet keep(rows);
        if (!missing)
            set.forEach([&](std::size_t row) {
                const auto tags = store.tagsOf(static_cast<std::uint32_t>(row));
                if (std::all_of(codes.begin(), codes.end(), [&](std::uint32_t c) {
                        return std::binary_search(tags.begin(), tags.end(), c);
                    }))
                    keep.insert(row);
            });
        set = std::move(keep);
    }
    if (!anyTags.empty()) {
        const auto codes = tagCodes(anyTags, missing);
        PersonSet keep(rows);
        set.forEach([&](std::size_t row) {
            const auto tags = store.tagsOf(static_cast<std::uint32_t>(row));
            if (std::any_of(codes.begin(), codes.end(), [&](std::uint32_t c) {
                    return std::binary_search(tags.begin(), tags.end(), c);
                }))
                keep.insert(row);
        });
        set = std::move(keep);
    }
    if (internal || minLevel) {
        PersonSet keep(rows);
        set.forEach([&](std::size_t row) {
            const auto r = static_cast<std::uint32_t>(row);
            if ((!internal || store.isInternal(r) == *internal)
                && (!minLevel || store.level(r) >= *minLevel))
                keep.insert(row);
        });
        set = std::move(keep);
    }
    if (audienceKeys) {
        PersonSet audience(rows);
        for (std::int64_t key : *audienceKeys)
            if (auto row = store.rowOf(key))
                audience.insert(*row);
        set &= audience;
    }
    return set;
}

bool PersonFilter::matches(const PersonRecord& person, std::uint8_t level) const
{
    auto valueOf = [&](const std::string& name) {
        std::string value;
        for (const auto& [n, v] : person.attributes)
            if (n == name)
                value = v;
        return value;
    };
    for (const AttributeCondition& condition : attributes) {
        const std::string value = valueOf(condition.attribute);
        const bool in = std::find(condition.values.begin(), condition.values.end(), value)
                        != condition.values.end();
        if (in == condition.negate)
            return false;
    }
    auto has = [&](const std::string& tag) {
        return !tag.empty() && std::find(person.tags.begin(), person.tags.end(), tag)
                                   != person.tags.end();
    };
    if (!std::all_of(allTags.begin(), allTags.end(), has))
        return false;
    if (!anyTags.empty() && !std::any_of(anyTags.begin(), anyTags.end(), has))
        return false;
    if (internal && person.internal != *internal)
        return false;
    if (minLevel && level < *minLevel)
        return false;
    if (audienceKeys
        && std::find(audienceKeys->begin(), audienceKeys->end(), person.key) == audienceKeys->end())
        return false;
    return true;
}

std::vector<std::string> PersonFilter::describe() const
{
    std::vector<std::string> lines;
    for (const AttributeCondition& c : attributes) {
        std::string values;
        for (const std::string& v : c.values)
            values += (values.empty() ? "\"" : ", \"") + v + "\"";
        lines.push_back(c.attribute + (c.negate ? " ∉ {" : " ∈ {") + values + "}");
    }
    for (const std::string& tag : allTags)
        lines.push_back("tag " + tag);
    if (!anyTags.empty()) {
        std::string tags;
        for (const std::string& t : anyTags)
            tags += (tags.empty() ? "" : ", ") + t;
        lines.push_back("any tag of {" + tags + "}");
    }
    if (internal)
        lines.push_back(*internal ? "internal people" : "external people");
    if (minLevel)
        lines.push_back("level ≥ " + std::to_string(*minLevel));
    if (audienceKeys)
        lines.push_back("audience of " + std::to_string(audienceKeys->size()) + " people");
    return lines;
}

} // namespace rapport::engine
