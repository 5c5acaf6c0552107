// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Qt's headers first: moc cannot parse <concepts> (which core/engine/ActivityRecord.h reaches
// through <compare>) unless a Qt header has included it before.
#include <QPointer>

#include "core/engine/ContentLoop.h"
#include "core/storage/ContentNames.h"
#include "ui/SessionEngine.h"
#include "ui/dashboard/DashboardContext.h"
#include "ui/dashboard/DashboardView.h"

#include <memory>
#include <optional>
#include <vector>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace rapport::engine {
class ParallelFor;
}

namespace rapport::ui {

class ContentLoopTableModel;
class ProjectSession;

/**
 * The content loop view: what the content did for people. It leads with the people it
 * activated — readers who acted (attended, contributed, spoke, authored) within a window after
 * reading (engine::ContentLoop::activations) — per piece, author or series, beside the readers
 * and the reach (views gained in the range, engine::ContentLoop::reach) as context; which
 * pieces send readers to which (each link with the people who went on along it and the
 * source's onward clicks); and the reward cost per activation (ContentLoop::rewardCost).
 *
 * The content's pieces, links, snapshots and rewards are read from the project
 * (storage::readContentLoopData), again after its content changes; people and activities come
 * from the snapshot. Filters: the date range bounds the readings, the reach and the rewards;
 * the audience keeps its people; the campaign and channel filters keep the readings made in
 * them (and the campaign filter the rewards and activations of the reward cost). Reach counts
 * views, not people, so only the date range applies to it.
 *
 * Bars show the top ten unless "Show all" is checked; the tables list everything. Clicking an
 * activation bar lists the people the piece (author, series) activated, a reach bar its
 * readers; activating a table cell does the same, and a link's row lists who went on.
 */
class ContentLoopView : public DashboardView
{
    Q_OBJECT

public:
    enum class By
    {
        Piece,
        Author,
        Series
    };
    static constexpr int kTop = 10;

    /** One piece, author or series as shown. */
    struct Item
    {
        qint64 key = 0;
        QString name;
        std::uint64_t readers = 0;
        std::uint64_t activated = 0;
        std::uint64_t pieces = 0;
        engine::ContentMetrics reach;
    };
    /** One link as shown. */
    struct Flow
    {
        qint64 from = 0;
        qint64 to = 0;
        QString fromName;
        QString toName;
        std::uint64_t people = 0;
        std::int64_t onwardClicks = 0; ///< the source piece's, over all its links
    };

    explicit ContentLoopView(QWidget* parent = nullptr);
    ~ContentLoopView() override;

    /** The project the content data is read from (nullptr: none). */
    void setSession(ProjectSession* session) override;

    QString title() const override;
    void recompute(const DashboardContext& context) override;
    std::vector<engine::Provenance> provenance() const override;
    QWidget* imageWidget() override;
    QList<QStringList> table() const override;

    By by() const { return m_by; }
    void setBy(By by);
    bool showsAll() const;
    void setShowAll(bool all);
    int windowDays() const { return m_windowDays; }
    void setWindowDays(int days);

    /** Every piece, author or series, most activated first (the bars show the first ones). */
    const std::vector<Item>& items() const { return m_items; }
    /** How many of items() the bars show. */
    int barCount() const;
    /** Links, most people first. */
    const std::vector<Flow>& flows() const { return m_flows; }
    const engine::ContentActivationResult& activations() const { return m_activations; }
    const engine::ContentReachResult& reach() const { return m_reach; }
    const engine::RewardCost& rewardCost() const { return m_rewardCost; }
    const engine::ContentActivationQuery& activationQuery() const { return m_activationQuery; }

    /** people.keys behind an item's figure, or a link's, ascending. */
    QList<qint64> peopleOf(int item, engine::ContentPeopleSelection::Kind kind) const;
    QList<qint64> peopleOfFlow(int flow) const;
    void drillToItem(int item, engine::ContentPeopleSelection::Kind kind);
    void drillToFlow(int flow);

    QComboBox* byComboBox() const { return m_byCombo; }
    QCheckBox* showAllCheckBox() const { return m_showAll; }
    QSpinBox* windowSpinBox() const { return m_window; }
    QLabel* headlineLabel() const { return m_headline; }
    QLabel* noteLabel() const { return m_note; }
    QChartView* activationChartView() const { return m_activationView; }
    QChartView* reachChartView() const { return m_reachView; }
    QTableView* itemTableView() const { return m_itemTable; }
    QTableView* flowTableView() const { return m_flowTable; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void readContent();
    void buildItems();
    void buildFlows();
    void showBars();
    void showTables();
    void updateHeadline();
    QString itemName(qint64 key) const;
    QString pieceName(qint64 key) const;
    const engine::ParallelFor& parallel() const;

    QPointer<ProjectSession> m_session;
    bool m_contentRead = false;
    QString m_readError;
    std::optional<engine::ContentLoop> m_loop;
    int m_loopRevision = 0;              // counts reads of the content
    const void* m_computedFrom = nullptr; // the snapshot the people figures were computed on
    int m_computedLoop = -1;              // and the content read
    storage::ContentNames m_names;

    By m_by = By::Piece;
    int m_windowDays = 30;
    SessionEngine::Data m_data;
    const engine::ParallelFor* m_parallel = nullptr;
    mutable std::unique_ptr<engine::ParallelFor> m_ownParallel;
    DashboardFilters m_filters;
    engine::ContentActivationQuery m_activationQuery;
    engine::ContentActivationResult m_activations;
    engine::ContentReachResult m_reach;
    engine::ContentReachResult m_pieceReach; // per piece, for the links' onward clicks
    engine::OnwardClicksResult m_links;
    engine::RewardCostQuery m_rewardQuery;
    engine::RewardCost m_rewardCost;
    std::vector<Item> m_items;
    std::vector<Flow> m_flows;

    QComboBox* m_byCombo;
    QCheckBox* m_showAll;
    QSpinBox* m_window;
    QLabel* m_headline;
    QLabel* m_note;
    QWidget* m_chartsWidget;
    QChartView* m_activationView;
    QChartView* m_reachView;
    QTableView* m_itemTable;
    QTableView* m_flowTable;
    ContentLoopTableModel* m_itemModel;
    ContentLoopTableModel* m_flowModel;
};

} // namespace rapport::ui
