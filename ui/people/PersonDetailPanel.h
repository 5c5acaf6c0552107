// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace rapport::ui {

class DetailTableModel;
struct PersonDetails;

/**
 * The detail panel beside the people table: the selected person's name, company, role and
 * country, engagement level and tags, identities, and tabs with the timeline of activities
 * (time, type, campaign, channel), survey answers and rewards.
 */
class PersonDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PersonDetailPanel(QWidget* parent = nullptr);
    ~PersonDetailPanel() override;

    /** Shows details (key 0: the "select someone" page). */
    void showDetails(const PersonDetails& details);
    /** Shows that several people are selected. */
    void showSelectionCount(qint64 count);
    qint64 personKey() const { return m_key; }

    QLabel* nameLabel() const { return m_name; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* levelLabel() const { return m_level; }
    QLabel* identitiesLabel() const { return m_identities; }
    QTabWidget* tabs() const { return m_tabs; }
    DetailTableModel* timeline() const { return m_timeline; }
    DetailTableModel* answers() const { return m_answers; }
    DetailTableModel* rewards() const { return m_rewards; }

private:
    QTableView* addTable(DetailTableModel* model, const QString& objectName);

    qint64 m_key = 0;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_name;
    QLabel* m_summary;
    QLabel* m_level;
    QLabel* m_identities;
    QTabWidget* m_tabs;
    DetailTableModel* m_timeline;
    DetailTableModel* m_answers;
    DetailTableModel* m_rewards;
};

} // namespace rapport::ui
