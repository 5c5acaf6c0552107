// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PeopleTableModel.h"

#include <QDate>
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
    endResetModel();
}

void PeopleTableModel::setOnly(std::optional<QSet<qint64>> keys)
{
    beginResetModel();
    m_only = std::move(keys);
    readKeys();
    endResetModel();
}

void PeopleTableModel::reload()
{
    beginResetModel();
    readKeys();
    endResetModel();
}

bool PeopleTableModel::isSortable(int column)
{
    return !columnExpression(column).isEmpty();
}

QString PeopleTableModel::orderBy() const
{
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString expr = columnExpression(m_sortColumn);
    if (m_sortColumn != Joined)
        expr += QStringLiteral(" COLLATE NOCASE");
    return QStringLiteral("%1 %2, p.key %2").arg(expr, direction);
}

void PeopleTableModel::readKeys()
{
    m_keys.clear();
    m_pages.clear();
    m_lastError.clear();
    if (!m_db.isValid() || !m_db.isOpen())
        return;

    QSqlQuery count(m_db);
    const QString where = m_hasMerges ? QStringLiteral(" WHERE p.merged_into IS NULL") : QString();
    if (count.exec(QStringLiteral("SELECT COUNT(*) FROM people p") + where) && count.next())
        m_keys.reserve(size_t(count.value(0).toLongLong()));

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT p.key FROM people p%1 ORDER BY %2").arg(where, orderBy()))) {
        m_lastError = query.lastError().text();
        qWarning("PeopleTableModel: %s", qPrintable(m_lastError));
        return;
    }
    while (query.next()) {
        const qint64 key = query.value(0).toLongLong();
        if (!m_only || m_only->contains(key))
            m_keys.push_back(key);
    }
}

qint64 PeopleTableModel::personKey(int row) const
{
    return row >= 0 && size_t(row) < m_keys.size() ? m_keys[size_t(row)] : 0;
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

    const size_t first = size_t(number) * kPageSize;
    const size_t last = std::min(m_keys.size(), first + kPageSize);
    page.rows.resize(last - first);
    QHash<qint64, size_t> position;
    QStringList keys;
    for (size_t i = first; i < last; ++i) {
        position.insert(m_keys[i], i - first);
        keys << QString::number(m_keys[i]);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT p.key, p.display_name, %1, p.company, p.role, p.country, "
                       "(SELECT group_concat(tag, ', ') FROM (SELECT t.tag FROM person_tags t "
                       "WHERE t.person_key = p.key ORDER BY t.tag)), p.joined "
                       "FROM people p WHERE p.key IN (%2)")
            .arg(kEmailExpr, keys.join(u','));
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        qWarning("PeopleTableModel: %s", qPrintable(m_lastError));
        return page;
    }
    while (query.next()) {
        const auto it = position.constFind(query.value(0).toLongLong());
        if (it == position.cend())
            continue;
        Row& row = page.rows[*it];
        for (int column = 0; column < ColumnCount; ++column)
            row[size_t(column)] = query.value(column + 1);
    }
    return page;
}

const PeopleTableModel::Row* PeopleTableModel::rowAt(int row) const
{
    if (row < 0 || size_t(row) >= m_keys.size())
        return nullptr;
    const Page& p = page(row / kPageSize);
    const size_t offset = size_t(row % kPageSize);
    return offset < p.rows.size() ? &p.rows[offset] : nullptr;
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    const QVariant& value = (*row)[size_t(index.column())];
    if (index.column() == Joined && role == Qt::DisplayRole) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
    }
    if (role == Qt::ToolTipRole && index.column() != Tags)
        return {};
    return value.isNull() ? QString() : value.toString();
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

    if (!persistent.isEmpty()) {
        QHash<qint64, int> rowOf;
        rowOf.reserve(qsizetype(m_keys.size()));
        for (size_t i = 0; i < m_keys.size(); ++i)
            rowOf.insert(m_keys[i], int(i));
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
