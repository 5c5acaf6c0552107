// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Content.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace rapport::ui {

class ContentController;

/** A channel's id and name, for choosing where a piece was distributed. */
struct ChannelChoice
{
    model::Uuid id;
    QString name;
};

/**
 * The distributions of one piece: channel, when, address and latest views. Editing a cell
 * changes the stored piece through the controller (one undo step).
 */
class DistributionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Channel,
        PublishedAt,
        Address,
        Views,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole; // the channel id as text (Channel column)

    DistributionTableModel(ContentController& controller, QObject* parent = nullptr);

    void setPiece(const model::Content& piece, const QList<ChannelChoice>& channels);
    const model::Content& piece() const { return m_piece; }
    QString channelName(const model::Uuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    ContentController& m_controller;
    model::Content m_piece;
    QList<ChannelChoice> m_channels;
};

/**
 * The metric snapshots of one distribution: when, and the counters read then. Snapshots
 * keep time order (an edited time moves its row); counters must not go down over time.
 */
class SnapshotTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        At,
        Views,
        Reads,
        Likes,
        Shares,
        OnwardClicks,
        ColumnCount
    };

    SnapshotTableModel(ContentController& controller, QObject* parent = nullptr);

    /** Shows the snapshots of distribution (an index into piece.distributions; -1: none). */
    void setDistribution(const model::Content& piece, int distribution);
    int distribution() const { return m_distribution; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    static qint64 counter(const model::MetricSnapshot& s, int column);
    static void setCounter(model::MetricSnapshot& s, int column, qint64 value);

    ContentController& m_controller;
    model::Uuid m_piece;
    int m_distribution = -1;
    QList<model::MetricSnapshot> m_snapshots;
};

/** Edits a distribution's channel with a list of the project's channels. */
class ChannelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setChannels(const QList<ChannelChoice>& channels) { m_channels = channels; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    QList<ChannelChoice> m_channels;
};

} // namespace rapport::ui
