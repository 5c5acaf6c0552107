// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"
#include "ui/Area.h"

#include <memory>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace rapport::storage {
class GoalTracker;
}

namespace rapport::ui {

class ChannelController;
class ChannelTableModel;
class ProjectGoalTableModel;
class MessageBar;
class SizeSparkline;
class SizeTableModel;

/**
 * The Channels & goals area: channels (name, kind, address) with their audience size over
 * time (a table of measurements and a sparkline), and goals (metric, target, period,
 * campaign) with their progress computed from the project by the engine.
 */
class ChannelsArea : public Area
{
    Q_OBJECT

public:
    explicit ChannelsArea(QWidget* parent = nullptr);
    ~ChannelsArea() override;

    QString areaTitle() const override;
    QIcon areaIcon() const override;
    void setSession(ProjectSession* session) override;

    ChannelController* controller() const { return m_controller; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* channelTableView() const { return m_channelView; }
    ChannelTableModel* channelModel() const { return m_channelModel; }
    QTableView* sizeTableView() const { return m_sizeView; }
    SizeTableModel* sizeModel() const { return m_sizeModel; }
    SizeSparkline* sparkline() const { return m_sparkline; }
    QTableView* goalTableView() const { return m_goalView; }
    ProjectGoalTableModel* goalModel() const { return m_goalModel; }
    MessageBar* messageBar() const { return m_messageBar; }
    QAction* newChannelAction() const { return m_newChannelAction; }
    QAction* addSizeAction() const { return m_addSizeAction; }
    QAction* newGoalAction() const { return m_newGoalAction; }

    model::Uuid currentChannel() const { return m_current; }
    void selectChannel(const model::Uuid& id);
    /** Reads the project into the engine if it changed since, and shows goal progress. */
    void computeProgress();

private:
    QWidget* makeChannelsPage();
    QWidget* makeGoalsPage();
    void reload();
    void showCurrent();
    void updateActions();
    void addSize();
    QList<model::Uuid> selectedIds(QTableView* view, QSortFilterProxyModel* proxy,
                                   bool goals) const;

    ChannelController* m_controller;
    std::unique_ptr<storage::GoalTracker> m_tracker;
    bool m_trackerStale = true;
    bool m_ownChange = false;
    MessageBar* m_messageBar;
    QTabWidget* m_tabs;
    ChannelTableModel* m_channelModel;
    QSortFilterProxyModel* m_channelProxy;
    QTableView* m_channelView;
    QStackedWidget* m_channelStack;
    SizeTableModel* m_sizeModel;
    QSortFilterProxyModel* m_sizeProxy;
    QTableView* m_sizeView;
    SizeSparkline* m_sparkline;
    QLabel* m_sizeTitle;
    ProjectGoalTableModel* m_goalModel;
    QSortFilterProxyModel* m_goalProxy;
    QTableView* m_goalView;
    QStackedWidget* m_goalStack;
    QAction* m_newChannelAction;
    QAction* m_removeChannelAction;
    QAction* m_addSizeAction;
    QAction* m_removeSizeAction;
    QAction* m_newGoalAction;
    QAction* m_removeGoalAction;
    model::Uuid m_current;
};

} // namespace rapport::ui
