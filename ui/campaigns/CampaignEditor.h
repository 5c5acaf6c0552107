// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"
#include "ui/campaigns/CampaignField.h"

#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace rapport::ui {

class GoalTableModel;

/**
 * The form of one campaign. It never stores anything itself: each finished edit of a field
 * is announced (fieldEdited) and the area stores it as one undo step; the form then shows
 * the campaign as stored. Text fields commit when editing finishes (Enter, leaving the
 * field), choices when made.
 */
class CampaignEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignEditor(QWidget* parent = nullptr);

    /** Shows campaign; nullopt empties and disables the form. */
    void setCampaign(const std::optional<model::Campaign>& campaign);
    const std::optional<model::Campaign>& campaign() const { return m_campaign; }
    /** What the pick lists offer. */
    void setChoices(const QList<std::pair<model::Uuid, QString>>& audiences,
                    const QList<std::pair<model::Uuid, QString>>& channels,
                    const QList<model::CalendarMoment>& moments, const QStringList& goalMetrics);
    /** The date new goals start from when the campaign has none. */
    void setToday(const QDate& today) { m_today = today; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /** A message under the form that says what is wrong; empty hides it. */
    void showError(const QString& message);
    /** Focuses the name, all selected: F2. */
    void focusName();

signals:
    void fieldEdited(const model::Uuid& id, CampaignField field, const QVariant& value);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void edit(CampaignField field, const QVariant& value);
    void showCampaign();
    void fillPickList(QListWidget* list, const QList<std::pair<model::Uuid, QString>>& items,
                      const QString& emptyText);
    void checkPickList(QListWidget* list, const QList<model::Uuid>& checked);
    QList<model::Uuid> checkedIds(const QListWidget* list) const;
    void addGoal();
    void removeGoal();
    void updateEnabled();

    std::optional<model::Campaign> m_campaign;
    QStringList m_goalMetrics;
    QDate m_today;
    bool m_readOnly = false;
    bool m_showing = false; // filling the widgets: their signals are not edits

    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_status;
    QLineEdit* m_owner;
    QDateEdit* m_starts;
    QDateEdit* m_ends;
    QList<QToolButton*> m_clearButtons;
    QComboBox* m_moment;
    QDoubleSpinBox* m_budget;
    QDoubleSpinBox* m_cost;
    QLineEdit* m_currency;
    QListWidget* m_audiences;
    QListWidget* m_channels;
    GoalTableModel* m_goalModel;
    QTableView* m_goals;
    QPushButton* m_addGoal;
    QPushButton* m_removeGoal;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
};

} // namespace rapport::ui
