// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/ContentTableModel.h"

#include "core/engine/ContentLoop.h"
#include "core/storage/ContentLoopReader.h"
#include "ui/content/ContentTexts.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace rapport::ui {

ContentTableModel::ContentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ContentTableModel::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    reload();
}

void ContentTableModel::reload()
{
    beginResetModel();
    m_rows = read();
    endResetModel();
}

QList<ContentTableModel::Row> ContentTableModel::read() const
{
    QList<Row> rows;
    if (!m_db.isValid() || !m_db.isOpen())
        return rows;
    QHash<qint64, qsizetype> rowOfKey;
    QList<qint64> keys;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(
        QStringLiteral("SELECT c.key, c.id, c.title, c.kind, s.id, s.name, c.published_on, "
                       "(SELECT COUNT(*) FROM content_distributions d WHERE d.content_key = c.key) "
                       "FROM content c LEFT JOIN series s ON s.key = c.series_key "
                       "ORDER BY c.published_on IS NULL, c.published_on, c.title, c.key"));
    while (q.next()) {
        Row row;
        row.id = model::Uuid::fromString(q.value(1).toString());
        row.title = q.value(2).toString();
        model::contentKindFromName(q.value(3).toString(), &row.kind);
        if (!q.value(4).isNull())
            row.series = model::Uuid::fromString(q.value(4).toString());
        row.seriesName = q.value(5).toString();
        row.published = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        row.distributions = q.value(7).toInt();
        rowOfKey.insert(q.value(0).toLongLong(), rows.size());
        keys << q.value(0).toLongLong();
        rows << row;
    }
    q.exec(
        QStringLiteral("SELECT a.content_key, p.id, p.display_name FROM content_authors a "
                       "JOIN people p ON p.key = a.person_key ORDER BY a.content_key, a.position"));
    while (q.next()) {
        const auto it = rowOfKey.constFind(q.value(0).toLongLong());
        if (it == rowOfKey.cend())
            continue;
        rows[*it].authors << model::Uuid::fromString(q.value(1).toString());
        rows[*it].authorNames << q.value(2).toString();
    }
    q.finish();
    const engine::ContentLoop loop(storage::readContentLoopData(m_db));
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].reach = loop.gained(keys[i], {}).views;
    return rows;
}

int ContentTableModel::rowOf(const model::Uuid& id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int ContentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id.toString();
    if (role == Qt::TextAlignmentRole && index.column() == Reach)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Reach)
        return tr("Views over all time, summed over the piece's %n distribution(s)", nullptr,
                  row.distributions);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title:
        return row.title;
    case Kind:
        return ContentTexts::kind(row.kind);
    case Series:
        return row.seriesName;
    case Authors:
        return row.authorNames.join(QStringLiteral(", "));
    case Published:
        if (role == SortRole)
            return row.published;
        return row.published.isValid() ? QLocale().toString(row.published, QLocale::ShortFormat)
                                       : QString();
    case Reach:
        if (role == SortRole)
            return row.reach;
        return ContentTexts::number(row.reach);
    default:
        return {};
    }
}

QVariant ContentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Series:
        return tr("Series");
    case Authors:
        return tr("Authors");
    case Published:
        return tr("Published");
    case Reach:
        return tr("Reach");
    default:
        return {};
    }
}

ContentFilterModel::ContentFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ContentTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ContentFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ContentFilterModel::setSeries(SeriesFilter filter, const model::Uuid& series)
{
    m_seriesFilter = filter;
    m_series = series;
    invalidateFilter();
}

void ContentFilterModel::setAuthor(const model::Uuid& author)
{
    m_author = author;
    invalidateFilter();
}

bool ContentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* source = qobject_cast<const ContentTableModel*>(sourceModel());
    if (!source)
        return true;
    const ContentTableModel::Row& row = source->row(sourceRow);
    if (m_seriesFilter == SeriesFilter::None && !row.series.isNull())
        return false;
    if (m_seriesFilter == SeriesFilter::One && row.series != m_series)
        return false;
    if (!m_author.isNull() && !row.authors.contains(m_author))
        return false;
    if (m_text.isEmpty())
        return true;
    if (row.title.contains(m_text, Qt::CaseInsensitive) ||
        row.seriesName.contains(m_text, Qt::CaseInsensitive))
        return true;
    for (const QString& name : row.authorNames)
        if (name.contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace rapport::ui
