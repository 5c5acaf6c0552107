// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rapport::ui {

/**
 * The campaigns of a project as a table (a project holds tens or hundreds of them: kept
 * whole). Display values are formatted for the user's locale; SortRole gives the raw value
 * (dates, amounts) so sorting is by what a value means, not how it reads.
 */
class CampaignTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Status,
        Owner,
        Starts,
        Ends,
        Budget,
        Moment,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        IdRole, ///< the campaign's id as text
    };

    explicit CampaignTableModel(QObject* parent = nullptr);

    /** Shows campaigns; momentNames names the calendar moments they refer to. */
    void setCampaigns(QList<model::Campaign> campaigns,
                      QHash<model::Uuid, QString> momentNames = {});
    const QList<model::Campaign>& campaigns() const { return m_campaigns; }
    const model::Campaign& campaignAt(int row) const { return m_campaigns.at(row); }
    /** The row of a campaign, or −1. */
    int rowOf(const model::Uuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<model::Campaign> m_campaigns;
    QHash<model::Uuid, QString> m_momentNames;
};

} // namespace rapport::ui
