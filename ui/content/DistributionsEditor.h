// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Content.h"
#include "ui/content/DistributionModels.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rapport::ui {

class ContentController;

/**
 * Where a piece was distributed (channel, date, address) and, for the chosen distribution,
 * the metric snapshots read off it; both tables are edited in place.
 */
class DistributionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DistributionsEditor(ContentController& controller, QWidget* parent = nullptr);

    /** Shows piece's distributions; keeps the chosen distribution when it still exists. */
    void setPiece(const model::Content& piece, const QList<ChannelChoice>& channels);
    void clear();

    QTableView* distributionsView() const { return m_distributionsView; }
    QTableView* snapshotsView() const { return m_snapshotsView; }
    DistributionTableModel* distributionsModel() const { return m_distributions; }
    SnapshotTableModel* snapshotsModel() const { return m_snapshots; }
    QPushButton* addDistributionButton() const { return m_addDistribution; }
    QPushButton* removeDistributionButton() const { return m_removeDistribution; }
    QPushButton* addSnapshotButton() const { return m_addSnapshot; }
    QPushButton* removeSnapshotButton() const { return m_removeSnapshot; }
    /** The distribution whose snapshots are shown, or -1. */
    int currentDistribution() const;

    void addDistribution();
    void removeDistribution();
    void addSnapshot();
    void removeSnapshot();

private:
    void showSnapshots();
    void updateButtons();

    ContentController& m_controller;
    model::Content m_piece;
    QList<ChannelChoice> m_channels;
    DistributionTableModel* m_distributions;
    SnapshotTableModel* m_snapshots;
    ChannelDelegate* m_channelDelegate;
    QTableView* m_distributionsView;
    QTableView* m_snapshotsView;
    QLabel* m_snapshotsLabel;
    QLabel* m_noChannelsLabel;
    QPushButton* m_addDistribution;
    QPushButton* m_removeDistribution;
    QPushButton* m_addSnapshot;
    QPushButton* m_removeSnapshot;
};

} // namespace rapport::ui
