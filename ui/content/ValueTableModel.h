// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>

class QTableView;

namespace rapport::ui {

/**
 * A read-only table of values computed elsewhere (a series' pieces, an author's summary):
 * each cell has the text shown and the value it sorts by; each row an id.
 */
class ValueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole, // the row's id (text)
        SortRole,
    };
    struct Cell
    {
        QString text;
        QVariant sort;
        bool number = false; // right-aligned
        QString toolTip;
    };
    using Row = QList<Cell>;

    static Cell text(const QString& text) { return {text, text.toLower(), false, {}}; }
    static Cell count(qint64 n);
    static Cell date(const QDate& date);

    explicit ValueTableModel(const QStringList& headers, QObject* parent = nullptr);

    /** Replaces the rows; ids[i] names rows[i]. */
    void setRows(const QList<Row>& rows, const QStringList& ids = {});
    QString id(int row) const { return m_ids.value(row); }
    int rowOf(const QString& id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
    QStringList m_ids;
};

/** A sortable, read-only table view of model (through a proxy sorting by SortRole). */
QTableView* makeValueTable(ValueTableModel* model, const QString& objectName);
/** Sizes the columns of view to their contents (the first rows), at most maxChars wide;
 *  the stretching column keeps stretching. */
void fitColumns(QTableView* view, int maxChars = 32);

} // namespace rapport::ui
