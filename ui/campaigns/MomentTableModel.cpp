// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/MomentTableModel.h"

#include <QLocale>

namespace rapport::ui {

MomentTableModel::MomentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MomentTableModel::setMoments(QList<model::CalendarMoment> moments)
{
    beginResetModel();
    m_moments = std::move(moments);
    endResetModel();
}

int MomentTableModel::rowOf(const model::Uuid& id) const
{
    for (int row = 0; row < m_moments.size(); ++row) {
        if (m_moments[row].meta.id == id)
            return row;
    }
    return -1;
}

void MomentTableModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_moments.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MomentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_moments.size());
}

int MomentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MomentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::CalendarMoment& m = m_moments.at(index.row());
    const auto field = MomentField(index.column());
    if (role == Qt::EditRole || role == kSortRole)
        return momentValue(m, field);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return m.name;
    case Kind:
        return CampaignTexts::momentKind(m.kind);
    case Starts:
        return QLocale().toString(m.starts, QLocale::ShortFormat);
    case Ends:
        return QLocale().toString(m.ends, QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

bool MomentTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editable ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    emit momentEdited(m_moments.at(index.row()).meta.id, MomentField(index.column()), value);
    return true;
}

Qt::ItemFlags MomentTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MomentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Moment");
    case Kind:
        return tr("Kind");
    case Starts:
        return tr("Starts");
    case Ends:
        return tr("Ends");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rapport::ui
