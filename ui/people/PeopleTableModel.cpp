// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PeopleTableModel.h"

#include <QDate>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rapport::ui {

namespace {

// The email shown is a person's first email identity.
const QString kEmailExpr = QStringLiteral(
    "(SELECT i.value FROM identities i WHERE i.person_key = p.key AND i.kind = 'email' "
    "ORDER BY i.key LIMIT 1)");
// What stands in for a missing name: the first email, else the first handle.
const QString kFallbackExpr =
    QStringLiteral("(SELECT i.value FROM identities i WHERE i.person_key = p.key "
                   "ORDER BY i.kind <> 'email', i.key LIMIT 1)");

QString columnExpression(int column)
{
    switch (column) {
    case PeopleTableModel::Name:
        return QStringLiteral("p.display_name");
    case PeopleTableModel::Email:
        return kEmailExpr;
    case PeopleTableModel::Company:
        return QStringLiteral("p.company");
    case PeopleTableModel::Role:
        return QStringLiteral("p.role");
    case PeopleTableModel::Country:
        return QStringLiteral("p.country");
    case PeopleTableModel::Joined:
        return QStringLiteral("p.joined");
    default:
        return {};
    }
}

/** SQLite's NOCASE on UTF-8: bytes compared with ASCII letters folded; a prefix first. */
int nocaseCompare(const QByteArray& a, const QByteArray& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if (x >= 'A' && x <= 'Z')
            x = static_cast<unsigned char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = static_cast<unsigned char>(y - 'A' + 'a');
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

bool isBlank(const QVariant& value)
{
    return value.isNull() || value.toString().trimmed().isEmpty();
}

QString tsvCell(QString text)
{
    for (QChar& c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

} // namespace

PeopleTableModel::PeopleTableModel(QObject* parent) : QAbstractTableModel(parent) {}

PeopleTableModel::~PeopleTableModel() = default;

void PeopleTableModel::setDatabase(const QSqlDatabase& db)
{
    beginResetModel();
    m_db = db;
    // Files opened read-only are not migrated, so an old schema may lack merges.
    m_hasMerges = m_db.isValid() &&
                  m_db.record(QStringLiteral("people")).contains(QStringLiteral("merged_into"));
    readKeys();
    applyFilter();
    endResetModel();
}

void PeopleTableModel::reload()
{
    beginResetModel();
    readKeys();
    applyFilter();
    endResetModel();
}

void PeopleTableModel::refreshValues()
{
    m_pages.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant PeopleTableModel::sortValue(qint64 key) const
{
    QString expr = columnExpression(m_sortColumn);
    if (m_sortColumn == Name)
        expr = QStringLiteral("CASE WHEN TRIM(p.display_name) <> '' THEN p.display_name "
                              "ELSE COALESCE(%1, '') END")
                   .arg(kFallbackExpr);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM people p WHERE p.key = ?").arg(expr));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

bool PeopleTableModel::sortsBefore(const QVariant& av, qint64 a, const QVariant& bv, qint64 b) const
{
    // As SQLite orders: NULL first, then text (NOCASE but for the join date), then the key.
    int c = 0;
    if (av.isNull() || bv.isNull())
        c = av.isNull() == bv.isNull() ? 0 : (av.isNull() ? -1 : 1);
    else if (m_sortColumn == Joined)
        c = QString::compare(av.toString(), bv.toString(), Qt::CaseSensitive);
    else
        c = nocaseCompare(av.toString().toUtf8(), bv.toString().toUtf8());
    if (c == 0)
        c = a < b ? -1 : (a > b ? 1 : 0);
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

bool PeopleTableModel::updatePeople(const QList<qint64>& keys)
{
    if (keys.size() > kMaxUpdated || !m_db.isOpen())
        return false;
    // Who is listed now (alive and not merged), with the value they sort by.
    QList<qint64> listed;
    {
        QStringList list;
        for (qint64 key : keys)
            list << QString::number(key);
        QSqlQuery q(m_db);
        const QString merged = m_hasMerges ? QStringLiteral(" AND merged_into IS NULL") : QString();
        if (!q.exec(QStringLiteral("SELECT key FROM people WHERE key IN (%1)%2").arg(list.join(u','), merged)))
            return false;
        while (q.next())
            listed << q.value(0).toLongLong();
    }
    const QSet<qint64> changed(keys.begin(), keys.end());
    // Out first, wherever they were…
    const auto takeOut = [&](std::vector<qint64>& list, bool shown) {
        for (size_t i = list.size(); i-- > 0;) {
            if (!changed.contains(list[i]))
                continue;
            if (shown)
                beginRemoveRows({}, int(i), int(i));
            list.erase(list.begin() + qsizetype(i));
            m_pages.clear(); // rows moved: cached pages no longer fit
            if (shown)
                endRemoveRows();
        }
    };
    m_pages.clear();
    takeOut(m_sortedKeys, !m_filter);
    if (m_filter)
        takeOut(m_filteredKeys, true);
    // …then in where they now belong (those the filter keeps, for the rows shown).
    for (qint64 key : std::as_const(listed)) {
        const QVariant value = sortValue(key);
        const auto insert = [&](std::vector<qint64>& list, bool shown) {
            size_t lo = 0, hi = list.size();
            while (lo < hi) {
                const size_t mid = lo + (hi - lo) / 2;
                if (sortsBefore(value, key, sortValue(list[mid]), list[mid]))
                    hi = mid;
                else
                    lo = mid + 1;
            }
            if (shown)
                beginInsertRows({}, int(lo), int(lo));
            list.insert(list.begin() + qsizetype(lo), key);
            m_pages.clear();
            if (shown)
                endInsertRows();
        };
        insert(m_sortedKeys, !m_filter);
        if (m_filter && !m_filter(std::span<const qint64>(&key, 1)).empty())
            insert(m_filteredKeys, true);
    }
    m_pages.clear();
    return true;
}

void PeopleTableModel::setKeyFilter(KeyFilter filter)
{
    beginResetModel();
    m_filter = std::move(filter);
    m_pages.clear();
    applyFilter();
    endResetModel();
}

void PeopleTableModel::applyFilter()
{
    m_filteredKeys.clear();
    if (m_filter)
        m_filteredKeys = m_filter(m_sortedKeys);
    m_pages.clear();
}

bool PeopleTableModel::isSortable(int column)
{
    return !columnExpression(column).isEmpty();
}

bool PeopleTableModel::hasNamelessPeople() const
{
    // people_name orders by display_name COLLATE NOCASE: blank names are at its start.
    QSqlQuery q(m_db);
    const QString merged = m_hasMerges ? QStringLiteral(" AND merged_into IS NULL") : QString();
    return q.exec(QStringLiteral("SELECT 1 FROM people WHERE display_name < '!' COLLATE NOCASE "
                                 "AND TRIM(display_name) = ''%1 LIMIT 1")
                      .arg(merged)) &&
           q.next();
}

QString PeopleTableModel::orderBy(bool namelessPeople) const
{
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString expr = columnExpression(m_sortColumn);
    // Only then give up the name index: a person without a name sorts by their stand-in.
    if (m_sortColumn == Name && namelessPeople)
        expr = QStringLiteral("(CASE WHEN TRIM(p.display_name) <> '' THEN p.display_name "
                              "ELSE COALESCE(%1, '') END)")
                   .arg(kFallbackExpr);
    if (m_sortColumn != Joined)
        expr += QStringLiteral(" COLLATE NOCASE");
    return QStringLiteral("%1 %2, p.key %2").arg(expr, direction);
}

void PeopleTableModel::readKeys()
{
    m_sortedKeys.clear();
    m_pages.clear();
    m_lastError.clear();
    if (!m_db.isValid() || !m_db.isOpen())
        return;

    QSqlQuery count(m_db);
    const QString where = m_hasMerges ? QStringLiteral(" WHERE p.merged_into IS NULL") : QString();
    if (count.exec(QStringLiteral("SELECT COUNT(*) FROM people p") + where) && count.next())
        m_sortedKeys.reserve(size_t(count.value(0).toLongLong()));

    if (m_sorter) {
        if (std::optional<std::vector<qint64>> keys = m_sorter(m_sortColumn, m_sortOrder)) {
            m_sortedKeys = std::move(*keys);
            return;
        }
    }
    if (m_sortColumn == Name && readKeysByName())
        return;
    m_sortedKeys.clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool nameless = m_sortColumn == Name && hasNamelessPeople();
    if (!query.exec(QStringLiteral("SELECT p.key FROM people p%1 ORDER BY %2")
                        .arg(where, orderBy(nameless)))) {
        m_lastError = query.lastError().text();
        qWarning("PeopleTableModel: %s", qPrintable(m_lastError));
        return;
    }
    while (query.next())
        m_sortedKeys.push_back(query.value(0).toLongLong());
}

bool PeopleTableModel::readKeysByName()
{
    // Merged people and those without a name are left out of the index order…
    std::vector<qint64> skip;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (m_hasMerges && q.exec(QStringLiteral("SELECT key FROM people WHERE merged_into IS NOT NULL"))) {
        while (q.next())
            skip.push_back(q.value(0).toLongLong());
    }
    struct Nameless
    {
        QByteArray standIn;
        qint64 key;
    };
    std::vector<Nameless> nameless;
    const QString merged = m_hasMerges ? QStringLiteral(" AND p.merged_into IS NULL") : QString();
    if (!q.exec(QStringLiteral("SELECT p.key, COALESCE(%1, '') FROM people p WHERE p.display_name < '!' "
                               "COLLATE NOCASE AND TRIM(p.display_name) = ''%2")
                    .arg(kFallbackExpr, merged)))
        return false;
    while (q.next()) {
        nameless.push_back({q.value(1).toString().toUtf8(), q.value(0).toLongLong()});
        skip.push_back(nameless.back().key);
        if (nameless.size() > kMaxNamelessMerged)
            return false;
    }
    std::sort(skip.begin(), skip.end());
    // …read in the order of the name index (it covers the query: no table lookups)…
    std::vector<qint64> named;
    named.reserve(m_sortedKeys.capacity());
    if (!q.exec(QStringLiteral("SELECT key FROM people ORDER BY display_name COLLATE NOCASE, key"))) {
        m_lastError = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const qint64 key = q.value(0).toLongLong();
        if (skip.empty() || !std::binary_search(skip.begin(), skip.end(), key))
            named.push_back(key);
    }
    // …and the people without a name go in where their stand-in sorts among the names.
    std::sort(nameless.begin(), nameless.end(), [](const Nameless& a, const Nameless& b) {
        const int c = nocaseCompare(a.standIn, b.standIn);
        return c != 0 ? c < 0 : a.key < b.key;
    });
    QSqlQuery name(m_db);
    name.prepare(QStringLiteral("SELECT display_name FROM people WHERE key = ?"));
    const auto sortsBefore = [&](const Nameless& person, size_t i) {
        name.addBindValue(named[i]);
        const QByteArray text = name.exec() && name.next() ? name.value(0).toString().toUtf8() : QByteArray();
        const int c = nocaseCompare(person.standIn, text);
        return c != 0 ? c < 0 : person.key < named[i];
    };
    m_sortedKeys.clear();
    m_sortedKeys.reserve(named.size() + nameless.size());
    size_t from = 0;
    for (const Nameless& person : nameless) {
        size_t lo = from, hi = named.size();
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (sortsBefore(person, mid))
                hi = mid;
            else
                lo = mid + 1;
        }
        m_sortedKeys.insert(m_sortedKeys.end(), named.begin() + qsizetype(from), named.begin() + qsizetype(lo));
        m_sortedKeys.push_back(person.key);
        from = lo;
    }
    m_sortedKeys.insert(m_sortedKeys.end(), named.begin() + qsizetype(from), named.end());
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_sortedKeys.begin(), m_sortedKeys.end());
    return true;
}

qint64 PeopleTableModel::personKey(int row) const
{
    const std::vector<qint64>& keys = shownKeys();
    return row >= 0 && size_t(row) < keys.size() ? keys[size_t(row)] : 0;
}

int PeopleTableModel::rowOfKey(qint64 key) const
{
    const std::vector<qint64>& keys = shownKeys();
    const auto it = std::find(keys.begin(), keys.end(), key);
    return it == keys.end() ? -1 : int(it - keys.begin());
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(shownKeys().size());
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PeopleTableModel::readRows(std::span<const qint64> keys, std::vector<Row>* rows) const
{
    rows->assign(keys.size(), Row());
    if (keys.empty())
        return true;
    QHash<qint64, size_t> position;
    position.reserve(qsizetype(keys.size()));
    QStringList list;
    list.reserve(qsizetype(keys.size()));
    for (size_t i = 0; i < keys.size(); ++i) {
        position.insert(keys[i], i);
        list << QString::number(keys[i]);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT p.key, p.display_name, %1, p.company, p.role, p.country, "
                       "(SELECT group_concat(tag, ', ') FROM (SELECT t.tag FROM person_tags t "
                       "WHERE t.person_key = p.key ORDER BY t.tag)), p.joined, "
                       "CASE WHEN TRIM(p.display_name) = '' THEN %2 END "
                       "FROM people p WHERE p.key IN (%3)")
            .arg(kEmailExpr, kFallbackExpr, list.join(u','));
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        qWarning("PeopleTableModel: %s", qPrintable(m_lastError));
        return false;
    }
    while (query.next()) {
        const auto it = position.constFind(query.value(0).toLongLong());
        if (it == position.cend())
            continue;
        Row& row = (*rows)[*it];
        for (int column = 0; column <= kFallback; ++column)
            row[size_t(column)] = query.value(column + 1);
    }
    return true;
}

const PeopleTableModel::Page& PeopleTableModel::page(int number) const
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        if (it->number == number) {
            m_pages.splice(m_pages.begin(), m_pages, it);
            return m_pages.front();
        }
    }
    if (m_pages.size() >= size_t(kCachedPages))
        m_pages.pop_back();
    m_pages.push_front(Page{number, {}});
    Page& page = m_pages.front();
    const std::vector<qint64>& keys = shownKeys();
    const size_t first = size_t(number) * kPageSize;
    const size_t last = std::min(keys.size(), first + kPageSize);
    readRows(std::span<const qint64>(keys).subspan(first, last - first), &page.rows);
    return page;
}

const PeopleTableModel::Row* PeopleTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const Page& p = page(row / kPageSize);
    const size_t offset = size_t(row % kPageSize);
    return offset < p.rows.size() ? &p.rows[offset] : nullptr;
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool nameColumn = index.column() == Name;
    if (role == Qt::FontRole && nameColumn) {
        const Row* row = rowAt(index.row());
        if (!row || !isBlank((*row)[Name]))
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    const QVariant& value = (*row)[size_t(index.column())];
    if (nameColumn && isBlank(value)) {
        const QString standIn = (*row)[kFallback].toString();
        if (role == Qt::ToolTipRole)
            return standIn.isEmpty() ? QVariant() : QVariant(tr("No name: shown by %1").arg(standIn));
        return standIn;
    }
    if (index.column() == Joined && role == Qt::DisplayRole) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
    }
    if (role == Qt::ToolTipRole && index.column() != Tags)
        return {};
    return value.isNull() ? QString() : value.toString();
}

QString PeopleTableModel::toTsv(const QList<int>& rows) const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    // In batches, past the page cache: a selection may hold a million rows.
    constexpr int kBatch = 2000;
    std::vector<qint64> keys;
    std::vector<Row> values;
    for (qsizetype from = 0; from < rows.size(); from += kBatch) {
        keys.clear();
        for (qsizetype i = from; i < std::min(rows.size(), from + kBatch); ++i)
            keys.push_back(personKey(rows[i]));
        if (!readRows(keys, &values))
            break;
        for (const Row& row : values) {
            QStringList cells;
            for (int column = 0; column < ColumnCount; ++column) {
                QString text = row[size_t(column)].toString();
                if (column == Name && text.trimmed().isEmpty())
                    text = row[kFallback].toString();
                cells << tsvCell(text);
            }
            lines << cells.join(u'\t');
        }
    }
    return lines.join(u'\n') + u'\n';
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return QLocale().toString(section + 1);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Company:
        return tr("Company");
    case Role:
        return tr("Role");
    case Country:
        return tr("Country");
    case Tags:
        return tr("Tags");
    case Joined:
        return tr("Joined");
    default:
        return {};
    }
}

void PeopleTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (the view's current row and selection) follow their person.
    const QModelIndexList persistent = persistentIndexList();
    std::vector<qint64> persistentKeys;
    persistentKeys.reserve(size_t(persistent.size()));
    for (const QModelIndex& index : persistent)
        persistentKeys.push_back(personKey(index.row()));

    m_sortColumn = column;
    m_sortOrder = order;
    readKeys();
    // The same people, in the new order (the filter keeps whom it kept).
    if (m_filter)
        m_filteredKeys = m_filter(m_sortedKeys);

    if (!persistent.isEmpty()) {
        const std::vector<qint64>& keys = shownKeys();
        QHash<qint64, int> rowOf;
        rowOf.reserve(qsizetype(keys.size()));
        for (size_t i = 0; i < keys.size(); ++i)
            rowOf.insert(keys[i], int(i));
        QModelIndexList moved;
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const int row = rowOf.value(persistentKeys[size_t(i)], -1);
            moved << (row < 0 ? QModelIndex() : index(row, persistent[i].column()));
        }
        changePersistentIndexList(persistent, moved);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace rapport::ui
