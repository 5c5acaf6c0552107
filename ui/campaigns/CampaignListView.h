// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rapport::ui {

class CampaignFilterModel;
class CampaignTableModel;

/**
 * The List tab: the campaigns the filter lets through as a sortable table, or a page that
 * says what to do when there are none (plan one) or the filter hides them all (clear it).
 */
class CampaignListView : public QStackedWidget
{
    Q_OBJECT

public:
    CampaignListView(CampaignTableModel* model, CampaignFilterModel* filter,
                     QWidget* parent = nullptr);

    QTableView* tableView() const { return m_table; }
    /** Shows the table, or the page that explains why it is empty. */
    void showEmptyState(bool projectOpen, bool canCreate);
    /** The selected rows as tab-separated text with a header line, in the table's order. */
    QString selectionAsTsv() const;

signals:
    void newCampaignRequested();
    void clearFilterRequested();
    void contextMenuRequested(const QPoint& globalPos);

private:
    CampaignTableModel* m_model;
    CampaignFilterModel* m_filter;
    QTableView* m_table;
    QWidget* m_emptyPage;
    QLabel* m_emptyTitle;
    QLabel* m_emptyHint;
    QPushButton* m_emptyNewButton;
    QPushButton* m_emptyClearButton;
};

} // namespace rapport::ui
