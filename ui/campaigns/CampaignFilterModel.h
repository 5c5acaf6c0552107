// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace rapport::ui {

class CampaignTableModel;

/** The campaigns a user asked to see (kind, status, text in name, owner or notes), sorted. */
class CampaignFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CampaignFilterModel(CampaignTableModel* campaigns, QObject* parent = nullptr);

    /** −1 shows every kind / status; otherwise the enum value. */
    void setKindFilter(int kind);
    void setStatusFilter(int status);
    void setTextFilter(const QString& text);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    CampaignTableModel* m_campaigns = nullptr;
    int m_kind = -1;
    int m_status = -1;
    QString m_text;
};

} // namespace rapport::ui
