// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariant>

#include <array>
#include <functional>
#include <list>
#include <optional>
#include <span>
#include <vector>

namespace rapport::ui {

/**
 * The people of a project as a table, read straight from the `people` table.
 *
 * Fit for a million people: the model keeps only the ordered row keys (8 bytes a person)
 * and a few pages of display values; a page is read with one query when a view first asks
 * for one of its rows. Merged (absorbed) people are left out, as in every listing.
 *
 * A key filter (the area's search and column filters) narrows the rows shown; the model
 * keeps the sorted keys of everyone and the filtered ones. A person without a display name
 * is shown (and sorted) by their first email, else their first handle, in italics.
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
    /** Keeps the keys (given in display order) of the people to show, in that order. */
    using KeyFilter = std::function<std::vector<qint64>(std::span<const qint64> keys)>;
    /** Everyone's keys in the order of a column, without SQL (the search index when it is
     *  up to date), or nullopt to read them from the database. */
    using KeySorter = std::function<std::optional<std::vector<qint64>>(int column, Qt::SortOrder order)>;
    /** More people without a name than this are sorted by SQL alone. */
    static constexpr size_t kMaxNamelessMerged = 4096;

    explicit PeopleTableModel(QObject* parent = nullptr);
    ~PeopleTableModel() override;

    /** Lists the people of db (an invalid connection empties the model). */
    void setDatabase(const QSqlDatabase& db);
    /** Reads the row keys again, after the project changed. */
    void reload();
    /** Reads the shown values again (the rows stay): after edits that change no order. */
    void refreshValues();
    /** After these people changed, came or went: their rows are removed and inserted again
     *  where they now belong (each placed by a binary search that reads one value a step),
     *  so views keep their selection and scroll position. False, and nothing done, for more
     *  than kMaxUpdated people: reload() then. */
    bool updatePeople(const QList<qint64>& keys);
    static constexpr qsizetype kMaxUpdated = 64;
    /** Narrows the rows to those filter keeps (an empty function shows everyone). */
    void setKeyFilter(KeyFilter filter);
    bool isFiltered() const { return bool(m_filter); }
    void setKeySorter(KeySorter sorter) { m_sorter = std::move(sorter); }

    /** The row key (`people.key`) shown at row, or 0. */
    qint64 personKey(int row) const;
    /** The row showing key, or −1. */
    int rowOfKey(qint64 key) const;
    /** Everyone listed, filter or not. */
    qint64 totalCount() const { return qint64(m_sortedKeys.size()); }
    /** The last query error, empty when the last read worked. */
    QString lastError() const { return m_lastError; }

    /** The rows as tab-separated text with a header line, for the clipboard: the values as
     *  shown (dates as YYYY-MM-DD); tabs and line breaks in values become spaces. */
    QString toTsv(const QList<int>& rows) const;

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
    /** Column values, then the stand-in name (first email, else first handle). */
    static constexpr int kFallback = ColumnCount;
    using Row = std::array<QVariant, ColumnCount + 1>;
    struct Page
    {
        int number = -1;
        std::vector<Row> rows;
    };

    void readKeys();
    /** By name through the name index, stand-ins merged in; false if too many lack a name. */
    bool readKeysByName();
    void applyFilter();
    const std::vector<qint64>& shownKeys() const { return m_filter ? m_filteredKeys : m_sortedKeys; }
    const Row* rowAt(int row) const;
    const Page& page(int number) const;
    /** The rows of these keys, in their order; false on a query error. */
    bool readRows(std::span<const qint64> keys, std::vector<Row>* rows) const;
    QString orderBy(bool namelessPeople) const;
    /** The value a person sorts by in the current column (what ORDER BY compares). */
    QVariant sortValue(qint64 key) const;
    /** Whether person a (with sort value av) comes before person b in the current order. */
    bool sortsBefore(const QVariant& av, qint64 a, const QVariant& bv, qint64 b) const;
    bool hasNamelessPeople() const;

    QSqlDatabase m_db;
    bool m_hasMerges = false;
    std::vector<qint64> m_sortedKeys;
    std::vector<qint64> m_filteredKeys;
    KeyFilter m_filter;
    KeySorter m_sorter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable std::list<Page> m_pages; // most recently used first
    mutable QString m_lastError;
};

} // namespace rapport::ui
