// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ContentLoopTableModel.h"

#include <QLocale>

namespace rapport::ui {

void ContentLoopTableModel::setTable(QStringList headers, QList<QVariantList> rows)
{
    beginResetModel();
    m_headers = std::move(headers);
    m_rows = std::move(rows);
    endResetModel();
}

QList<QStringList> ContentLoopTableModel::text() const
{
    QList<QStringList> table{m_headers};
    for (const QVariantList& row : m_rows) {
        QStringList cells;
        for (const QVariant& value : row)
            cells << display(value);
        table << cells;
    }
    return table;
}

int ContentLoopTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContentLoopTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QString ContentLoopTableModel::display(const QVariant& value) const
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
        return QLocale().toString(value.toLongLong());
    case QMetaType::ULongLong:
        return QLocale().toString(value.toULongLong());
    case QMetaType::Double:
        return QLocale().toString(value.toDouble(), 'f', 2);
    default:
        return value.toString();
    }
}

QVariant ContentLoopTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_headers.size())
        return {};
    const QVariant& value = m_rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(value);
    case Qt::ToolTipRole:
        return value.typeId() == QMetaType::QString ? value : QVariant();
    case Qt::TextAlignmentRole:
        return value.typeId() == QMetaType::QString
                   ? QVariant()
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case SortRole:
        return value;
    default:
        return {};
    }
}

QVariant ContentLoopTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace rapport::ui
