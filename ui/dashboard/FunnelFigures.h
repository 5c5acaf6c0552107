// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/FunnelQuery.h"
#include "core/engine/FunnelResult.h"
#include "core/engine/PersonSet.h"
#include "core/model/FunnelDefinition.h"
#include "ui/ProjectSession.h" // SessionEngine.h needs it complete (QPointer<ProjectSession>)
#include "ui/dashboard/DashboardContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace rapport::engine {
class LevelCache;
}

namespace rapport::ui {

/** One breakdown group as the funnel views show it. */
struct FunnelFigureGroup
{
    QString label; ///< shown: the attribute value, campaign, level or audience name
    std::vector<engine::FunnelStep> steps;
    /** The group's people counted by the dashboard (for "in audience"); none for campaign
     *  groups, which are the campaign of a person's first step, not a set of people. */
    std::optional<std::uint64_t> inAudience;
    /** Attribute and campaign groups: the engine's group, for Funnel::reached. */
    std::optional<engine::FunnelGroup> engineGroup;
    /** Level and audience groups: their people among those counted (the funnel ran on them). */
    std::shared_ptr<const engine::PersonSet> people;
};

/**
 * The figures of one funnel definition under the dashboard's filters, computed through
 * engine::Funnel, and the people behind each of them.
 *
 * The definition's steps become engine steps (activity types by name, any of them; a type
 * the project does not have matches nothing). The dashboard's campaign and channel filters
 * narrow every step; its audience is the people counted; its date range bounds step 1
 * unless the definition has dates of its own. Attribute and campaign breakdowns come from
 * the same engine computation as the totals; "level" (engagement level as of the
 * context's time, by the default weights) and "audience" (each saved audience, which may
 * overlap) run the funnel once per group on the group's people.
 */
class FunnelFigures
{
    Q_DECLARE_TR_FUNCTIONS(FunnelFigures)

public:
    /** The saved audiences for an "audience" breakdown, as (name, filter over the store). */
    using AudienceSource = std::function<std::vector<std::pair<QString, engine::PersonFilter>>()>;

    /** The project's saved audiences as filters over context's store (those that cannot be
     *  evaluated are left out). */
    static AudienceSource projectAudiences(QSqlDatabase db, const DashboardContext& context);

    FunnelFigures();
    ~FunnelFigures();

    /** The breakdowns offered, as (key, translated label): none, audience, country, role,
     *  company, source, level, campaign. */
    static QList<std::pair<QString, QString>> breakdowns();
    /** The engine query for a definition under context's filters (breakdown: attribute and
     *  campaign only): storage::funnelDefinitionQuery, which the PDF report uses too. */
    static engine::FunnelQuery engineQuery(const model::FunnelDefinition& definition,
                                           const DashboardContext& context);
    /** A duration for people: "45 min", "5 h", "3.5 d". */
    static QString formatDuration(std::int64_t seconds);

    /** Computes everything; throws std::invalid_argument for a definition the engine refuses. */
    void compute(const model::FunnelDefinition& definition, const DashboardContext& context,
                 const AudienceSource& audiences = {}, engine::LevelCache* levels = nullptr);
    bool isComputed() const { return m_computed; }

    const engine::FunnelQuery& query() const { return m_query; }
    /** Totals (result().steps) and provenance; groups are in groups(). */
    const engine::FunnelResult& result() const { return m_result; }
    /** The people counted (the dashboard's audience among all people). */
    std::uint64_t inAudience() const { return m_inAudience; }
    /** Groups in the engine's order (attribute: by value; campaign: by key; level: Observer
     *  first; audience: by name). */
    const std::vector<FunnelFigureGroup>& groups() const { return m_groups; }
    /** Indexes of up to n groups with the most people at step 1, most first. */
    std::vector<int> largestGroups(int n) const;

    /** people.keys, ascending, of those behind a figure: step 0 = in audience, step j ≥ 1 =
     *  reached step j; group −1 = everyone, else that group of groups(). Empty for "in
     *  audience" of a campaign group. */
    QList<qint64> people(int step, int group) const;

private:
    const engine::ParallelFor& parallel() const;
    void computeGroupsOnSets(const std::vector<std::pair<QString, engine::PersonSet>>& sets);

    bool m_computed = false;
    DashboardContext m_context;
    model::FunnelDefinition m_definition;
    engine::FunnelQuery m_query;
    engine::FunnelResult m_result;
    engine::PersonSet m_people;
    std::uint64_t m_inAudience = 0;
    std::vector<FunnelFigureGroup> m_groups;
    mutable std::unique_ptr<engine::ParallelFor> m_ownParallel;
};

} // namespace rapport::ui
