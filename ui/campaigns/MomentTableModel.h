// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"
#include "ui/campaigns/CampaignField.h"

#include <QAbstractTableModel>

namespace rapport::ui {

/**
 * The calendar moments of a project (releases, hiring peaks, promotion seasons), editable
 * in place. An edit is not applied here: the model asks for it (momentEdited) and shows it
 * once the project has it, so a refused edit leaves the stored value on screen.
 */
class MomentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Starts,
        Ends,
        ColumnCount
    };
    static constexpr int kSortRole = Qt::UserRole;

    explicit MomentTableModel(QObject* parent = nullptr);

    void setMoments(QList<model::CalendarMoment> moments);
    const QList<model::CalendarMoment>& moments() const { return m_moments; }
    const model::CalendarMoment& momentAt(int row) const { return m_moments.at(row); }
    int rowOf(const model::Uuid& id) const;
    void setEditable(bool editable);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void momentEdited(const model::Uuid& id, MomentField field, const QVariant& value);

private:
    QList<model::CalendarMoment> m_moments;
    bool m_editable = false;
};

} // namespace rapport::ui
