// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

namespace rapport::ui {

/**
 * A read-only table of the content loop view (its pieces, authors or series; its links):
 * rows of values, numbers shown in the user's locale and sorted as numbers (SortRole).
 */
class ContentLoopTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 40; ///< the raw value

    using QAbstractTableModel::QAbstractTableModel;

    void setTable(QStringList headers, QList<QVariantList> rows);
    const QList<QVariantList>& rows() const { return m_rows; }
    /** Header row first, values as shown. */
    QList<QStringList> text() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const QVariant& value) const;

    QStringList m_headers;
    QList<QVariantList> m_rows;
};

} // namespace rapport::ui
