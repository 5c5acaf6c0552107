// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/FunnelFigures.h"

#include "core/engine/Engagement.h"
#include "core/engine/Funnel.h"
#include "core/engine/LevelCache.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"
#include "core/storage/AudienceRepository.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/FunnelDefinitionQuery.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace rapport::ui {

namespace {

QList<qint64> keysOf(const engine::Store& store, const engine::PersonSet& rows)
{
    QList<qint64> keys;
    keys.reserve(qsizetype(rows.count()));
    rows.forEach([&](std::size_t row) { keys.append(store.key(std::uint32_t(row))); });
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

FunnelFigures::AudienceSource FunnelFigures::projectAudiences(QSqlDatabase db,
                                                              const DashboardContext& context)
{
    return [db, data = context.data, asOf = context.asOf] {
        static const model::SystemClock clock;
        std::vector<std::pair<QString, engine::PersonFilter>> audiences;
        const storage::EngineLoader loader(db);
        for (const model::Audience& audience : storage::AudienceRepository(db, clock).list())
            if (auto filter = loader.audienceFilter(audience.name, data->store, nullptr,
                                                    &data->responses, asOf))
                audiences.emplace_back(audience.name, std::move(*filter));
        return audiences;
    };
}

FunnelFigures::FunnelFigures() = default;
FunnelFigures::~FunnelFigures() = default;

QList<std::pair<QString, QString>> FunnelFigures::breakdowns()
{
    return {{QString(), tr("No breakdown")},
            {QStringLiteral("audience"), tr("Audience")},
            {QStringLiteral("country"), tr("Country")},
            {QStringLiteral("role"), tr("Role")},
            {QStringLiteral("company"), tr("Company")},
            {QStringLiteral("source"), tr("Source")},
            {QStringLiteral("level"), tr("Engagement level")},
            {QStringLiteral("campaign"), tr("Campaign of the first step")}};
}

engine::FunnelQuery FunnelFigures::engineQuery(const model::FunnelDefinition& definition,
                                               const DashboardContext& context)
{
    return storage::funnelDefinitionQuery(definition, context.store(),
                                          {context.people, context.range, context.activities});
}

QString FunnelFigures::formatDuration(std::int64_t seconds)
{
    const QLocale locale;
    if (seconds < 3600)
        return tr("%1 min").arg(locale.toString(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%1 h").arg(
            locale.toString(double(seconds) / 3600, 'f', seconds < 36000 ? 1 : 0));
    return tr("%1 d").arg(locale.toString(double(seconds) / 86400, 'f', seconds < 864000 ? 1 : 0));
}

const engine::ParallelFor& FunnelFigures::parallel() const
{
    if (m_context.parallel)
        return *m_context.parallel;
    if (!m_ownParallel)
        m_ownParallel = std::make_unique<engine::ParallelFor>();
    return *m_ownParallel;
}

void FunnelFigures::compute(const model::FunnelDefinition& definition,
                            const DashboardContext& context, const AudienceSource& audiences,
                            engine::LevelCache* levels)
{
    m_computed = false;
    m_context = context;
    m_definition = definition;
    m_groups.clear();
    const engine::Store& store = context.store();
    m_query = engineQuery(definition, context);
    m_people = context.people.compile(store);
    m_inAudience = m_people.count();
    m_result = engine::Funnel::compute(store, m_query, parallel(), &m_people, nullptr);

    const QString& by = definition.breakdown;
    if (m_query.breakdown.kind == engine::FunnelBreakdown::Kind::Attribute) {
        // People counted per value, for "in audience" of each group.
        const int attribute = *store.findAttribute(m_query.breakdown.attribute);
        std::vector<std::uint64_t> perCode(store.attributeValues(attribute).size(), 0);
        m_people.forEach([&](std::size_t row) {
            ++perCode[store.attributeCode(attribute, std::uint32_t(row))];
        });
        for (const engine::FunnelGroup& g : m_result.groups) {
            const auto code = store.attributeValues(attribute).find(g.label);
            m_groups.push_back({g.label.empty() ? tr("(none)") : QString::fromStdString(g.label),
                                g.steps, code ? perCode[*code] : 0, g, nullptr});
        }
    } else if (m_query.breakdown.kind == engine::FunnelBreakdown::Kind::Campaign) {
        for (const engine::FunnelGroup& g : m_result.groups)
            m_groups.push_back({g.key == 0 ? tr("(no campaign)") : QString::fromStdString(g.label),
                                g.steps, std::nullopt, g, nullptr});
    } else if (by == u"level") {
        engine::EngagementQuery e;
        e.asOf = context.asOf;
        const engine::EngagementResult scored =
            levels ? engine::Engagement::compute(store, e, parallel(), *levels)
                   : engine::Engagement::compute(store, e, parallel());
        const QString levelNames[] = {tr("Observer"), tr("Participant"), tr("Contributor"),
                                      tr("Advocate")};
        std::vector<std::pair<QString, engine::PersonSet>> sets;
        for (int level = 0; level < 4; ++level)
            sets.emplace_back(levelNames[level], engine::PersonSet(store.rowCount()));
        m_people.forEach([&](std::size_t row) { sets[scored.levelByRow[row]].second.insert(row); });
        computeGroupsOnSets(sets);
    } else if (by == u"audience" && audiences) {
        std::vector<std::pair<QString, engine::PersonSet>> sets;
        for (const auto& [name, filter] : audiences()) {
            engine::PersonSet set = filter.compile(store);
            set &= m_people;
            sets.emplace_back(name, std::move(set));
        }
        computeGroupsOnSets(sets);
    }
    m_computed = true;
}

void FunnelFigures::computeGroupsOnSets(
    const std::vector<std::pair<QString, engine::PersonSet>>& sets)
{
    engine::FunnelQuery plain = m_query;
    plain.breakdown = {};
    for (const auto& [label, set] : sets) {
        auto people = std::make_shared<const engine::PersonSet>(set);
        const engine::FunnelResult r =
            engine::Funnel::compute(m_context.store(), plain, parallel(), people.get(), nullptr);
        if (r.steps.front().persons == 0 && set.empty())
            continue;
        m_groups.push_back({label, r.steps, set.count(), std::nullopt, std::move(people)});
    }
}

std::vector<int> FunnelFigures::largestGroups(int n) const
{
    std::vector<int> order(m_groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return m_groups[a].steps.front().persons > m_groups[b].steps.front().persons;
    });
    if (int(order.size()) > n)
        order.resize(std::size_t(n));
    return order;
}

QList<qint64> FunnelFigures::people(int step, int group) const
{
    if (!m_computed || step < 0 || step > int(m_query.steps.size()) ||
        group >= int(m_groups.size()))
        return {};
    const engine::Store& store = m_context.store();
    const FunnelFigureGroup* g = group >= 0 ? &m_groups[std::size_t(group)] : nullptr;
    if (step == 0) { // in audience
        if (!g)
            return keysOf(store, m_people);
        if (g->people)
            return keysOf(store, *g->people);
        if (!g->inAudience)
            return {};
        const int attribute = *store.findAttribute(m_query.breakdown.attribute);
        const auto code = store.attributeValues(attribute).find(g->engineGroup->label);
        engine::PersonSet rows(store.rowCount());
        m_people.forEach([&](std::size_t row) {
            if (code && store.attributeCode(attribute, std::uint32_t(row)) == *code)
                rows.insert(row);
        });
        return keysOf(store, rows);
    }
    if (g && g->people) {
        engine::FunnelQuery plain = m_query;
        plain.breakdown = {};
        return keysOf(store, engine::Funnel::reached(store, plain, parallel(), step, nullptr,
                                                     g->people.get()));
    }
    return keysOf(store, engine::Funnel::reached(store, m_query, parallel(), step,
                                                 g ? &*g->engineGroup : nullptr, &m_people));
}

} // namespace rapport::ui
