// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/ValueTableModel.h"

#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace rapport::ui {

ValueTableModel::Cell ValueTableModel::count(qint64 n)
{
    return {QLocale().toString(n), n, true, {}};
}

ValueTableModel::Cell ValueTableModel::date(const QDate& date)
{
    return {date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString(),
            date,
            false,
            {}};
}

ValueTableModel::ValueTableModel(const QStringList& headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(headers)
{
}

void ValueTableModel::setRows(const QList<Row>& rows, const QStringList& ids)
{
    beginResetModel();
    m_rows = rows;
    m_ids = ids;
    for (Row& row : m_rows)
        row.resize(m_headers.size());
    endResetModel();
}

int ValueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ValueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ValueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell& cell = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::TextAlignmentRole:
        return cell.number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return m_ids.value(index.row());
    case SortRole:
        return cell.sort.isValid() ? cell.sort : QVariant(cell.text);
    default:
        return {};
    }
}

QVariant ValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 ||
        section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

QTableView* makeValueTable(ValueTableModel* model, const QString& objectName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    auto* proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(ValueTableModel::SortRole);
    proxy->setSortLocaleAware(true);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the model's order until a header is clicked
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}

void fitColumns(QTableView* view, int maxChars)
{
    QHeaderView* header = view->horizontalHeader();
    header->setResizeContentsPrecision(200);
    const int widest = maxChars * view->fontMetrics().averageCharWidth();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Stretch)
            continue;
        view->resizeColumnToContents(column);
        const int room = header->fontMetrics().horizontalAdvance(
                             view->model()->headerData(column, Qt::Horizontal).toString()) +
                         24; // the sort arrow
        header->resizeSection(
            column, std::clamp(header->sectionSize(column), room, std::max(room, widest)));
    }
}

} // namespace rapport::ui
