// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/EngagementQuery.h"
#include "core/storage/EngineLoader.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/EngagementLadder.h"

#include <QHash>
#include <QPointer>

#include <memory>

class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rapport::engine {
class ParallelFor;
}

namespace rapport::ui {

class ProjectSession;

/**
 * Fans: the engagement ladder Observer → Participant → Contributor → Advocate month by
 * month (stacked bars of the levels as of each month's end, engine::Engagement with the
 * default weights; EngagementLadder says which months), the people who moved up and down
 * each month, and who moved up in the last month shown, by name.
 *
 * The dashboard's audience chooses the people counted and its dates the months shown; a
 * campaign or channel condition counts only the people with at least one such activity in
 * the dates (up to the last month's end). Levels are scored on all of a person's activities,
 * as everywhere else in Rapport.
 *
 * Clicking a level's segment drills down to the people at that level then; clicking a
 * "moved up" ("moved down") bar, to those who moved up (down) that month; activating a name
 * in the list, to that person.
 */
class FansView : public DashboardView
{
    Q_OBJECT

public:
    explicit FansView(QWidget* parent = nullptr);
    ~FansView() override;

    /** The project whose people's names the list shows (nullptr: keys instead of names). */
    void setSession(ProjectSession* session) override;

    QString title() const override;
    void recompute(const DashboardContext& context) override;
    std::vector<engine::Provenance> provenance() const override;
    QWidget* imageWidget() override;
    QList<QStringList> table() const override;

    const EngagementLadder& ladder() const { return m_ladder; }
    QChartView* ladderChartView() const { return m_ladderView; }
    QChartView* changesChartView() const { return m_changesView; }
    QTreeWidget* movedUpList() const { return m_movedUp; }
    QLabel* headline() const { return m_headline; }
    /** The bar sets: levels (index = EngagementLevel), then moved up, moved down. */
    QBarSet* levelSet(engine::EngagementLevel level) const;
    QBarSet* promotedSet() const { return m_promotedSet; }
    QBarSet* demotedSet() const { return m_demotedSet; }

    /** people.keys of those at `level` as of month m, ascending. */
    QList<qint64> peopleAtLevel(int month, engine::EngagementLevel level) const;
    /** people.keys of those who moved up (down) in month m, ascending. */
    QList<qint64> promotedPeople(int month) const;
    QList<qint64> demotedPeople(int month) const;
    /** Most people the moved-up list names; drill down for the rest. */
    static constexpr int kListed = 500;

private:
    void buildCharts();
    void fillMovedUp();
    void drillLevel(int month, engine::EngagementLevel level);
    void drillChanges(int month, bool up);
    void drillPerson(QTreeWidgetItem* item);
    QString monthName(int month) const;
    QList<qint64> keysOf(const engine::PersonSet& rows) const;
    /** Display names by people.key, from the project (empty without a session). */
    QHash<qint64, QString> namesOf(const QList<qint64>& keys) const;

    QPointer<ProjectSession> m_session;
    QLabel* m_headline;
    QChartView* m_ladderView;
    QChartView* m_changesView;
    QLabel* m_movedUpTitle;
    QTreeWidget* m_movedUp;
    QPushButton* m_showMovedUp;
    QLabel* m_note;
    QWidget* m_charts; ///< the two charts, exported as the image
    std::array<QBarSet*, 4> m_levelSets{};
    QBarSet* m_promotedSet = nullptr;
    QBarSet* m_demotedSet = nullptr;

    std::shared_ptr<const storage::EngineData> m_data; ///< the snapshot shown
    engine::EngagementQuery m_scoring;
    EngagementLadder m_ladder;
    std::vector<engine::Provenance> m_provenance;
};

} // namespace rapport::ui
