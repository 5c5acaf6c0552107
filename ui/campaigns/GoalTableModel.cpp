// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/GoalTableModel.h"

#include <QLocale>

namespace rapport::ui {

GoalTableModel::GoalTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void GoalTableModel::setGoals(QList<model::Goal> goals)
{
    beginResetModel();
    m_goals = std::move(goals);
    endResetModel();
}

void GoalTableModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_goals.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GoalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

int GoalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Goal& g = m_goals.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Target)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(index.column())) {
    case Metric:
        return g.metric;
    case Target:
        return display ? QVariant(QLocale().toString(g.target, 'g', 12)) : QVariant(g.target);
    case From:
        return display ? QVariant(QLocale().toString(g.periodStart, QLocale::ShortFormat))
                       : QVariant(g.periodStart);
    case To:
        return display ? QVariant(QLocale().toString(g.periodEnd, QLocale::ShortFormat))
                       : QVariant(g.periodEnd);
    case ColumnCount:
        break;
    }
    return {};
}

bool GoalTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editable ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<model::Goal> goals = m_goals;
    model::Goal& g = goals[index.row()];
    switch (Column(index.column())) {
    case Metric:
        g.metric = value.toString().trimmed();
        break;
    case Target:
        g.target = value.toDouble();
        break;
    case From:
        g.periodStart = value.toDate();
        break;
    case To:
        g.periodEnd = value.toDate();
        break;
    case ColumnCount:
        return false;
    }
    emit goalsEdited(goals);
    return true;
}

Qt::ItemFlags GoalTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant GoalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Metric:
        return tr("Metric");
    case Target:
        return tr("Target");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rapport::ui
