// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <array>
#include <vector>

namespace rapport::ui {

/**
 * The people of an audience as a table (name, email, company, role, country), read for a
 * list of people.keys. At most a limit of them are read and shown, in the order given; a
 * sort/filter proxy above does the rest. Merged-away people are left out, as everywhere.
 */
class AudiencePeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Company,
        Role,
        Country,
        ColumnCount
    };
    static constexpr int kDefaultLimit = 5000;
    /** For the people a rule finds, re-read as the rule changes: kept quick (≈ 40 ms). */
    static constexpr int kPreviewLimit = 1000;

    explicit AudiencePeopleModel(QObject* parent = nullptr);

    /** Reads the people of keys from db (an invalid db or no keys empties the model). */
    void setPeople(const QSqlDatabase& db, const QList<qint64>& keys, int limit = kDefaultLimit);
    void clear();
    /** people.key at row, or 0. */
    qint64 personKey(int row) const;
    /** How many keys setPeople was given (may exceed rowCount()). */
    qsizetype total() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 key = 0;
        std::array<QString, ColumnCount> values;
    };
    std::vector<Row> m_rows;
    qsizetype m_total = 0;
};

} // namespace rapport::ui
