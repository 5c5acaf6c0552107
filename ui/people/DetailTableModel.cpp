// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/DetailTableModel.h"

#include <algorithm>

namespace rapport::ui {

DetailTableModel::DetailTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

void DetailTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    for (Row& row : m_rows)
        row.resize(size_t(m_headers.size()));
    applySort();
    endResetModel();
}

QString DetailTableModel::text(int row, int column) const
{
    if (row < 0 || size_t(row) >= m_rows.size() || column < 0 || column >= m_headers.size())
        return {};
    return m_rows[size_t(row)][size_t(column)].text;
}

int DetailTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DetailTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant DetailTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(index.row(), index.column());
    return {};
}

QVariant DetailTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 ||
        section >= m_headers.size())
        return {};
    return m_headers[section];
}

void DetailTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_headers.size())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    // No persistent indexes are kept over these small tables: selection is not used.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DetailTableModel::applySort()
{
    if (m_sortColumn < 0)
        return;
    const auto column = size_t(m_sortColumn);
    const auto key = [column](const Row& row) {
        const Cell& cell = row[column];
        return cell.sortValue.isValid() ? cell.sortValue : QVariant(cell.text);
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row& a, const Row& b) {
        const QPartialOrdering c = QVariant::compare(key(a), key(b));
        return m_sortOrder == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                                 : c == QPartialOrdering::Greater;
    });
}

} // namespace rapport::ui
