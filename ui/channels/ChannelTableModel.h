// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Channel.h"

#include <QAbstractTableModel>

namespace rapport::ui {

class ChannelController;

/** The project's channels with their latest audience size and its change. */
class ChannelTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Url, Audience, Change, Measured, ColumnCount };

    explicit ChannelTableModel(ChannelController* controller, QObject* parent = nullptr);

    void reload();
    model::Uuid channelId(int row) const;
    int rowOf(const model::Uuid& id) const;
    const model::Channel* channel(const model::Uuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    ChannelController* m_controller;
    QList<model::Channel> m_channels;
};

/** The audience sizes of one channel by date, with the change from the one before. */
class SizeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Size, Change, ColumnCount };

    explicit SizeTableModel(ChannelController* controller, QObject* parent = nullptr);

    /** Shows channel's sizes (null: none), as stored now. */
    void setChannel(const model::Uuid& channel);
    void reload();
    model::Uuid channelId() const { return m_channel.meta.id; }
    const QList<model::AudienceSize>& sizes() const { return m_channel.sizes; }
    QDate dateAt(int row) const;
    int rowOf(const QDate& date) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    ChannelController* m_controller;
    model::Channel m_channel;
};

/** "+1,234" / "−56" / "0" in the user's locale. */
QString signedNumber(qint64 value);

} // namespace rapport::ui
