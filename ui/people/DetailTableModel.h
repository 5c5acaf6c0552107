// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace rapport::ui {

/**
 * A small read-only table of text for the detail panel (a person's timeline, answers,
 * rewards): each cell holds the text shown and the value it sorts by (a time sorts as a
 * time, not as its text).
 */
class DetailTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Cell
    {
        QString text;
        QVariant sortValue; // the text if invalid
    };
    using Row = std::vector<Cell>;

    explicit DetailTableModel(QStringList headers, QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    /** The text of a cell, or an empty string. */
    QString text(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void applySort();
    QStringList m_headers;
    std::vector<Row> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace rapport::ui
