// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Goal.h"

#include <QAbstractTableModel>

namespace rapport::ui {

/**
 * A campaign's goals (metric, target, period), editable in place. Like MomentTableModel it
 * does not change itself: an edit asks for the whole new list (goalsEdited), which the
 * campaign stores as one field.
 */
class GoalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Metric,
        Target,
        From,
        To,
        ColumnCount
    };

    explicit GoalTableModel(QObject* parent = nullptr);

    void setGoals(QList<model::Goal> goals);
    const QList<model::Goal>& goals() const { return m_goals; }
    void setEditable(bool editable);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void goalsEdited(const QList<model::Goal>& goals);

private:
    QList<model::Goal> m_goals;
    bool m_editable = false;
};

} // namespace rapport::ui
