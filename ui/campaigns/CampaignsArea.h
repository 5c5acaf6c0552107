// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"
#include "ui/Area.h"
#include "ui/campaigns/CampaignField.h"

#include <QPointer>

class QAction;
class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace rapport::ui {

class CampaignCalendarView;
class CampaignEditor;
class CampaignFilterModel;
class CampaignListView;
class CampaignResultsPanel;
class CampaignTableModel;
class CampaignsController;
class ProjectSession;

/**
 * The Campaigns area: the project's campaigns as a sortable, filterable list and on a
 * calendar with the moments that matter; the selected campaign's details, edited in place,
 * and its results. Insert adds a campaign, Ctrl+D duplicates, Delete deletes (all undoable),
 * F2 renames, Ctrl+C copies the selected rows as tab-separated text, Ctrl+F filters.
 */
class CampaignsArea : public Area
{
    Q_OBJECT

public:
    explicit CampaignsArea(QWidget* parent = nullptr);
    ~CampaignsArea() override;

    QString areaTitle() const override;
    QIcon areaIcon() const override;
    void setSession(ProjectSession* session) override;

    CampaignsController* controller() const { return m_controller; }
    CampaignTableModel* model() const { return m_model; }
    CampaignFilterModel* filterModel() const { return m_filter; }
    QTableView* tableView() const { return m_table; }
    CampaignCalendarView* calendarView() const { return m_calendar; }
    CampaignEditor* editor() const { return m_editor; }
    CampaignResultsPanel* resultsPanel() const { return m_results; }
    QTabWidget* viewTabs() const { return m_viewTabs; }
    QTabWidget* detailTabs() const { return m_detailTabs; }
    QComboBox* kindFilter() const { return m_kindFilter; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QLineEdit* searchEdit() const { return m_search; }
    QAction* newAction() const { return m_new; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* copyAction() const { return m_copy; }

    /** The selected campaigns, in the list's order. */
    QList<model::Uuid> selectedCampaigns() const;
    /** The campaign the details show (the list's current row). */
    model::Uuid currentCampaign() const;
    void selectCampaign(const model::Uuid& id);
    /** The selected rows as tab-separated text with a header line (what Ctrl+C copies). */
    QString selectionAsTsv() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    QWidget* createToolBar();
    void reload();
    void selectCampaigns(const QList<model::Uuid>& ids, const model::Uuid& current);
    void showSelection();
    void updateResults();
    void updateTimeline();
    void updateActions();
    void updateEmptyState();
    void clearFilter();
    void copySelection();
    void showContextMenu(const QPoint& globalPos);
    void createCampaign();
    void duplicateSelection();
    void deleteSelection();
    void editField(const model::Uuid& id, CampaignField field, const QVariant& value);

    QPointer<ProjectSession> m_session;
    CampaignsController* m_controller;
    CampaignTableModel* m_model;
    CampaignFilterModel* m_filter;
    CampaignListView* m_list;
    QTableView* m_table;
    CampaignCalendarView* m_calendar;
    CampaignEditor* m_editor;
    CampaignResultsPanel* m_results;
    QStackedWidget* m_detailStack;
    QTabWidget* m_viewTabs;
    QTabWidget* m_detailTabs;
    QComboBox* m_kindFilter;
    QComboBox* m_statusFilter;
    QLineEdit* m_search;
    QAction* m_new;
    QAction* m_duplicate;
    QAction* m_delete;
    QAction* m_copy;
    QAction* m_rename;
    QAction* m_find;
    QList<QAction*> m_statusActions;
    bool m_resultsStale = true;
    model::Uuid m_resultsCampaign; // whose results the panel shows
    bool m_reloading = false;
};

} // namespace rapport::ui
