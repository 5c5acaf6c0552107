// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignFilterModel.h"

#include "ui/campaigns/CampaignTableModel.h"

namespace rapport::ui {

CampaignFilterModel::CampaignFilterModel(CampaignTableModel* campaigns, QObject* parent)
    : QSortFilterProxyModel(parent), m_campaigns(campaigns)
{
    setSourceModel(campaigns);
    setSortRole(CampaignTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void CampaignFilterModel::setKindFilter(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void CampaignFilterModel::setStatusFilter(int status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void CampaignFilterModel::setTextFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool CampaignFilterModel::isFiltering() const
{
    return m_kind >= 0 || m_status >= 0 || !m_text.isEmpty();
}

bool CampaignFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_campaigns || sourceParent.isValid())
        return false;
    const model::Campaign& c = m_campaigns->campaignAt(sourceRow);
    if (m_kind >= 0 && int(c.kind) != m_kind)
        return false;
    if (m_status >= 0 && int(c.status) != m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    return c.name.contains(m_text, Qt::CaseInsensitive) ||
           c.owner.contains(m_text, Qt::CaseInsensitive) ||
           c.notes.contains(m_text, Qt::CaseInsensitive);
}

} // namespace rapport::ui
