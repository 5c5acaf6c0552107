// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ContentLoop.h"
#include "core/engine/Goals.h"
#include "core/engine/LevelCache.h"
#include "core/model/Goal.h"
#include "ui/SessionEngine.h"
#include "ui/dashboard/DashboardView.h"

#include <QPointer>

#include <optional>
#include <vector>

class QLabel;

namespace rapport::engine {
class ParallelFor;
}

namespace rapport::ui {

class GoalBarsWidget;
class ProjectSession;

/**
 * The goals view: each goal of the project (model::Goal: metric, target, period, campaign)
 * with its progress computed by engine::Goals, as a bar with the target marked.
 *
 * Goals are targets for the whole community, so the audience and channel filters do not
 * change their figures (the view says so); the date range lists the goals whose period
 * overlaps it, and the campaign filter lists that campaign's goals. "advocates" counts the
 * people at the Advocate level as of the data's time (engine::Engagement with the default
 * weights): what Goals gives on a store whose level column was computed then.
 *
 * Where a goal counts people (an activity type, or advocates) its bar drills down to exactly
 * those people.
 */
class GoalsView : public DashboardView
{
    Q_OBJECT

public:
    /** One goal listed, with what was computed for it. */
    struct Shown
    {
        model::Goal goal;
        QString campaignName; ///< empty: a project-wide goal
        engine::Goal query;   ///< what was asked of engine::Goals
        engine::GoalProgress progress;
        bool countsPeople = false;
    };

    explicit GoalsView(QWidget* parent = nullptr);
    ~GoalsView() override;

    /** Reads the project's goals (and again when its content changes). */
    void setSession(ProjectSession* session) override;

    QString title() const override;
    void recompute(const DashboardContext& context) override;
    std::vector<engine::Provenance> provenance() const override;
    QWidget* imageWidget() override;
    QList<QStringList> table() const override;

    const std::vector<Shown>& shown() const { return m_shown; }
    GoalBarsWidget* bars() const { return m_bars; }
    /** people.keys counted by the goal shown at row, ascending (empty if it counts none). */
    QList<qint64> peopleOf(int row) const;

    /** The engine's goal for a stored one (period: first day 00:00 UTC to the day after the
     *  last; campaignKey: campaigns.key, 0 for project-wide, −1 for a campaign now gone). */
    static engine::Goal engineGoal(const model::Goal& goal, qint64 campaignKey);
    /** "Attended", "NPS", "Advocates" … */
    static QString metricName(const QString& metric);

private:
    struct Stored
    {
        model::Goal goal;
        QString campaignName;
        qint64 campaignKey = 0;
    };
    void readGoals();
    /** Every goal's progress on context's snapshot (m_progress, in m_goals' order). */
    void computeAll(const DashboardContext& context);
    void drill(int row);
    QString periodText(const model::Goal& goal) const;
    QString figureText(const Shown& shown) const;

    QPointer<ProjectSession> m_session;
    std::vector<Stored> m_goals;
    /** The content figures, read with the goals when a goal counts reach. */
    std::optional<engine::ContentLoop> m_content;
    int m_goalsVersion = 0; ///< changes each time the goals are read
    std::vector<engine::GoalProgress> m_progress;
    /** What m_progress was computed for: snapshot, goals, as-of time. */
    struct Computed
    {
        const void* data = nullptr;
        int goals = -1;
        std::int64_t asOf = 0;
        friend bool operator==(const Computed&, const Computed&) = default;
    };
    Computed m_computedFor;
    std::vector<Shown> m_shown;
    SessionEngine::Data m_data;
    const engine::ParallelFor* m_parallel = nullptr;
    std::int64_t m_asOf = 0;
    engine::LevelCache m_levelCache;
    std::vector<std::uint8_t> m_levels; ///< by store row, as of m_asOf (when a goal needs them)
    engine::Provenance m_levelsProvenance;
    GoalBarsWidget* m_bars;
    QLabel* m_note;
};

} // namespace rapport::ui
