// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiences/AudienceListModel.h"

#include <QIcon>
#include <QLocale>

namespace rapport::ui {

AudienceListModel::AudienceListModel(QObject* parent) : QAbstractTableModel(parent) {}

void AudienceListModel::setAudiences(const QList<model::Audience>& audiences)
{
    beginResetModel();
    m_audiences = audiences;
    QHash<model::Uuid, Count> kept;
    for (const model::Audience& audience : audiences) {
        if (audience.kind == model::Audience::Kind::Static)
            kept.insert(audience.meta.id, {qint64(audience.members.size()), {}});
        else if (m_counts.contains(audience.meta.id))
            kept.insert(audience.meta.id, m_counts.value(audience.meta.id));
    }
    m_counts = kept;
    endResetModel();
}

const model::Audience* AudienceListModel::audience(int row) const
{
    return row >= 0 && row < m_audiences.size() ? &m_audiences[row] : nullptr;
}

int AudienceListModel::rowOf(const model::Uuid& id) const
{
    for (int row = 0; row < m_audiences.size(); ++row) {
        if (m_audiences[row].meta.id == id)
            return row;
    }
    return -1;
}

void AudienceListModel::setCount(const model::Uuid& id, qint64 people, const QString& error)
{
    m_counts.insert(id, {people, error});
    if (const int row = rowOf(id); row >= 0)
        emit dataChanged(index(row, People), index(row, People));
}

qint64 AudienceListModel::count(const model::Uuid& id) const
{
    return m_counts.value(id).people;
}

int AudienceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_audiences.size());
}

int AudienceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AudienceListModel::kindText(model::Audience::Kind kind)
{
    return kind == model::Audience::Kind::Rule ? tr("Rule") : tr("Static list");
}

QVariant AudienceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Audience& audience = m_audiences[index.row()];
    const auto counted = m_counts.constFind(audience.meta.id);
    const bool known = counted != m_counts.constEnd() && counted->people >= 0;
    switch (role) {
    case IdRole:
        return audience.meta.id.toString();
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return audience.name;
        case Kind:
            return kindText(audience.kind);
        case People:
            if (role == SortRole)
                return known ? counted->people : qint64(-1);
            if (known)
                return QLocale().toString(counted->people);
            return counted != m_counts.constEnd() && !counted->error.isEmpty() ? tr("—") : tr("…");
        case Description:
            return audience.description.simplified();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == People && counted != m_counts.constEnd() && !counted->error.isEmpty())
            return counted->error;
        if (index.column() == Description && !audience.description.isEmpty())
            return audience.description;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == People)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == Name)
            return QIcon::fromTheme(audience.kind == model::Audience::Kind::Rule
                                        ? QStringLiteral("view-filter")
                                        : QStringLiteral("view-list-details"));
        break;
    default:
        break;
    }
    return {};
}

QVariant AudienceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == People)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case People:
        return tr("People");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace rapport::ui
