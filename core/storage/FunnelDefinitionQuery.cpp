// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FunnelDefinitionQuery.h"

#include "core/engine/Store.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace rapport::storage {

namespace {

/** A key no project has: matches nothing. */
constexpr std::int32_t kNoType = std::numeric_limits<std::int32_t>::min();
constexpr std::int64_t kNoKey = -1;

/** The keys of `step` narrowed by the scope's `global` list (empty = no condition). */
std::vector<std::int64_t> narrowed(const QList<qint64>& step, const std::vector<std::int64_t>& global)
{
    if (step.isEmpty())
        return global;
    std::vector<std::int64_t> keys;
    for (qint64 key : step)
        if (global.empty() || std::find(global.begin(), global.end(), key) != global.end())
            keys.push_back(key);
    if (keys.empty())
        keys.push_back(kNoKey);
    return keys;
}

engine::FunnelMode engineMode(model::FunnelDefinition::Mode mode)
{
    switch (mode) {
    case model::FunnelDefinition::Mode::Strict:
        return engine::FunnelMode::Strict;
    case model::FunnelDefinition::Mode::Unordered:
        return engine::FunnelMode::Unordered;
    case model::FunnelDefinition::Mode::Ordered:
        break;
    }
    return engine::FunnelMode::Ordered;
}

std::int64_t dayStart(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

engine::FunnelQuery funnelDefinitionQuery(const model::FunnelDefinition& definition,
                                          const engine::Store& store, const FunnelScope& scope)
{
    engine::FunnelQuery q;
    for (const model::FunnelStepDefinition& s : definition.steps) {
        engine::ActivityFilter f;
        for (const QString& name : s.types) {
            const auto key = store.types().keyNamed(name.toStdString());
            f.types.push_back(key ? std::int32_t(*key) : kNoType);
        }
        f.campaigns = narrowed(s.campaigns, scope.activities.campaigns);
        f.channels = narrowed(s.channels, scope.activities.channels);
        q.steps.push_back(std::move(f));
    }
    q.window = definition.windowSeconds;
    q.mode = engineMode(definition.mode);
    q.dateRange = scope.range;
    if (definition.from.isValid())
        q.dateRange.from = dayStart(definition.from);
    if (definition.to.isValid())
        q.dateRange.to = dayStart(definition.to.addDays(1));
    q.people = scope.people;
    const QString& by = definition.breakdown;
    if (by == u"campaign")
        q.breakdown.kind = engine::FunnelBreakdown::Kind::Campaign;
    else if (!by.isEmpty() && by != u"level" && by != u"audience")
        q.breakdown = {engine::FunnelBreakdown::Kind::Attribute, by.toStdString()};
    return q;
}

} // namespace rapport::storage
