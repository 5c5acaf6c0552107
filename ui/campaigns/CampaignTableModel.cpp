// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignTableModel.h"

#include "ui/campaigns/CampaignField.h"

#include <QLocale>

namespace rapport::ui {

CampaignTableModel::CampaignTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CampaignTableModel::setCampaigns(QList<model::Campaign> campaigns,
                                      QHash<model::Uuid, QString> momentNames)
{
    beginResetModel();
    m_campaigns = std::move(campaigns);
    m_momentNames = std::move(momentNames);
    endResetModel();
}

int CampaignTableModel::rowOf(const model::Uuid& id) const
{
    for (int row = 0; row < m_campaigns.size(); ++row) {
        if (m_campaigns[row].meta.id == id)
            return row;
    }
    return -1;
}

int CampaignTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Campaign& c = m_campaigns.at(index.row());
    if (role == IdRole)
        return c.meta.id.toString();
    if (role == Qt::TextAlignmentRole && index.column() == Budget)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name && !c.notes.isEmpty())
        return c.notes;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(index.column())) {
    case Name:
        return c.name;
    case Kind:
        return CampaignTexts::kind(c.kind);
    case Status:
        return display ? QVariant(CampaignTexts::status(c.status)) : QVariant(int(c.status));
    case Owner:
        return c.owner;
    case Starts:
    case Ends: {
        const QDate date = index.column() == Starts ? c.starts : c.ends;
        if (!display)
            return date.isValid() ? QVariant(date) : QVariant(QDate(9999, 12, 31));
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
    }
    case Budget:
        if (!display)
            return c.budget.minorUnits;
        return c.budget.minorUnits
                   ? CampaignTexts::money(double(c.budget.minorUnits), c.budget.currency)
                   : QString();
    case Moment:
        return m_momentNames.value(c.moment);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Starts:
        return tr("Starts");
    case Ends:
        return tr("Ends");
    case Budget:
        return tr("Budget");
    case Moment:
        return tr("Moment");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rapport::ui
