// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/SkippedRowsModel.h"

#include <QLocale>

namespace rapport::ui {

void SkippedRowsModel::setRows(const QList<io::SkippedRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SkippedRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SkippedRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkippedRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const io::SkippedRow& row = m_rows[index.row()];
    if (index.column() == Line) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(row.line);
        if (role == Qt::EditRole)
            return row.line;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.reason) : QVariant();
}

QVariant SkippedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Line ? tr("Line") : tr("Why it is skipped");
}

} // namespace rapport::ui
