// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/CompiledActivityFilter.h"

#include "core/engine/Store.h"

namespace rapport::engine {

namespace {
std::vector<char> allowedCodes(const std::vector<std::int64_t>& keys, const KeyDictionary& dict)
{
    if (keys.empty())
        return {};
    std::vector<char> allowed(dict.size(), 0);
    for (std::int64_t key : keys)
        if (auto code = dict.find(key))
            allowed[*code] = 1;
    return allowed;
}
} // namespace

CompiledActivityFilter::CompiledActivityFilter(const Store& store, const ActivityFilter& filter)
    : m_typeOnly(filter.typeOnly()),
      m_campaigns(allowedCodes(filter.campaigns, store.campaigns())),
      m_channels(allowedCodes(filter.channels, store.channels())),
      m_contents(allowedCodes(filter.contents, store.contents())),
      m_minValue(filter.minValue),
      m_maxValue(filter.maxValue)
{
    for (std::uint32_t code = 0; code < store.types().size(); ++code)
        m_types[code] = filter.acceptsType(static_cast<std::int32_t>(store.types().key(code)));
}

} // namespace rapport::engine
