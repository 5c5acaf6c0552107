// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiences/AudiencePeopleModel.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace rapport::ui {

AudiencePeopleModel::AudiencePeopleModel(QObject* parent) : QAbstractTableModel(parent) {}

void AudiencePeopleModel::setPeople(const QSqlDatabase& db, const QList<qint64>& keys, int limit)
{
    beginResetModel();
    m_rows.clear();
    m_total = keys.size();
    const qsizetype shown = limit < 0 ? keys.size() : std::min<qsizetype>(limit, keys.size());
    QHash<qint64, Row> found;
    // Files opened read-only are not migrated, so an old schema may lack merges.
    const QString present =
        db.isValid() && db.record(QStringLiteral("people")).contains(QStringLiteral("merged_into"))
            ? QStringLiteral("p.merged_into IS NULL AND ")
            : QString();
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; db.isValid() && from < shown; from += kChunk) {
        const qsizetype n = std::min(kChunk, shown - from);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT p.key, p.display_name, (SELECT i.value FROM identities i WHERE "
                           "i.person_key = p.key AND i.kind = 'email' ORDER BY i.key LIMIT 1), "
                           "p.company, p.role, p.country FROM people p WHERE %1p.key IN (%2)")
                .arg(present, QStringList(n, QStringLiteral("?")).join(u',')));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(keys[from + i]);
        if (!q.exec())
            continue;
        while (q.next()) {
            Row row;
            row.key = q.value(0).toLongLong();
            for (int c = 0; c < ColumnCount; ++c)
                row.values[c] = q.value(c + 1).toString();
            found.insert(row.key, row);
        }
    }
    m_rows.reserve(found.size());
    for (qsizetype i = 0; i < shown; ++i) {
        if (auto it = found.constFind(keys[i]); it != found.constEnd())
            m_rows.push_back(*it);
    }
    endResetModel();
}

void AudiencePeopleModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
}

qint64 AudiencePeopleModel::personKey(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].key : 0;
}

int AudiencePeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AudiencePeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AudiencePeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows[std::size_t(index.row())].values[index.column()];
    return {};
}

QVariant AudiencePeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
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
    default:
        return {};
    }
}

} // namespace rapport::ui
