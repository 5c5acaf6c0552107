// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ImportReport.h"

#include <QAbstractTableModel>

namespace rapport::ui {

/** The rows an import skips: the line of the file and why. */
class SkippedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Line,
        Reason,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<io::SkippedRow>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<io::SkippedRow> m_rows;
};

} // namespace rapport::ui
