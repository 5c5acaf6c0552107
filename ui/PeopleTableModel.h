// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

#include <array>
#include <list>
#include <optional>
#include <vector>

namespace rapport::ui {

/**
 * The people of a project as a table, read straight from the `people` table.
 *
 * Fit for a million people: the model keeps only the ordered row keys (8 bytes a person)
 * and a few pages of display values; a page is read with one query when a view first asks
 * for one of its rows. Merged (absorbed) people are left out, as in every listing.
 */
class PeopleTableModel : public QAbstractTableModel
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
        Tags,
        Joined,
        ColumnCount
    };
    static constexpr int kPageSize = 256;
    static constexpr int kCachedPages = 16;

    explicit PeopleTableModel(QObject* parent = nullptr);
    ~PeopleTableModel() override;

    /** Lists the people of db (an invalid connection empties the model). */
    void setDatabase(const QSqlDatabase& db);
    /** Reads the row keys again, after the project changed. */
    void reload();
    /** Lists only the people with these keys (in the table's order); nullopt lists all. */
    void setOnly(std::optional<QSet<qint64>> keys);
    bool isFiltered() const { return m_only.has_value(); }
    /** The row key (`people.key`) shown at row, or 0. */
    qint64 personKey(int row) const;
    /** The last query error, empty when the last read worked. */
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    static bool isSortable(int column);

private:
    using Row = std::array<QVariant, ColumnCount>;
    struct Page
    {
        int number = -1;
        std::vector<Row> rows;
    };

    void readKeys();
    const Row* rowAt(int row) const;
    const Page& page(int number) const;
    QString orderBy() const;

    QSqlDatabase m_db;
    bool m_hasMerges = false;
    std::vector<qint64> m_keys;
    std::optional<QSet<qint64>> m_only;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable std::list<Page> m_pages; // most recently used first
    mutable QString m_lastError;
};

} // namespace rapport::ui
