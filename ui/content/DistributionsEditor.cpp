// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/DistributionsEditor.h"

#include "ui/content/ContentController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QTableView* makeTable(const QString& name)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

DistributionsEditor::DistributionsEditor(ContentController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller),
      m_distributions(new DistributionTableModel(controller, this)),
      m_snapshots(new SnapshotTableModel(controller, this)),
      m_channelDelegate(new ChannelDelegate(this)),
      m_distributionsView(makeTable(QStringLiteral("distributionsTableView"))),
      m_snapshotsView(makeTable(QStringLiteral("snapshotsTableView"))),
      m_snapshotsLabel(new QLabel), m_noChannelsLabel(new QLabel),
      m_addDistribution(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add"))),
      m_removeDistribution(
          new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"))),
      m_addSnapshot(
          new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add snapshot"))),
      m_removeSnapshot(
          new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove")))
{
    m_addDistribution->setObjectName(QStringLiteral("addDistributionButton"));
    m_addDistribution->setToolTip(tr("Add a distribution: where and when the piece was published"));
    m_removeDistribution->setObjectName(QStringLiteral("removeDistributionButton"));
    m_addSnapshot->setObjectName(QStringLiteral("addSnapshotButton"));
    m_addSnapshot->setToolTip(
        tr("Add the counters read now; they start at the last snapshot's values"));
    m_removeSnapshot->setObjectName(QStringLiteral("removeSnapshotButton"));

    m_distributionsView->setModel(m_distributions);
    m_distributionsView->setItemDelegateForColumn(DistributionTableModel::Channel,
                                                  m_channelDelegate);
    m_distributionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_distributionsView->horizontalHeader()->setSectionResizeMode(DistributionTableModel::Address,
                                                                  QHeaderView::Stretch);
    m_snapshotsView->setModel(m_snapshots);
    m_snapshotsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_snapshotsView->horizontalHeader()->setSectionResizeMode(SnapshotTableModel::At,
                                                              QHeaderView::ResizeToContents);
    for (QTableView* view : {m_distributionsView, m_snapshotsView}) {
        view->setMinimumHeight(fontMetrics().height() * 6);
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    }

    m_noChannelsLabel->setText(
        tr("This project has no channels yet: add one in Channels & goals first."));
    m_noChannelsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noChannelsLabel->setWordWrap(true);
    m_noChannelsLabel->hide();
    m_snapshotsLabel->setWordWrap(true);

    auto* distributionButtons = new QHBoxLayout;
    distributionButtons->addWidget(m_addDistribution);
    distributionButtons->addWidget(m_removeDistribution);
    distributionButtons->addStretch();
    auto* snapshotButtons = new QHBoxLayout;
    snapshotButtons->addWidget(m_addSnapshot);
    snapshotButtons->addWidget(m_removeSnapshot);
    snapshotButtons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_distributionsView);
    layout->addWidget(m_noChannelsLabel);
    layout->addLayout(distributionButtons);
    layout->addWidget(m_snapshotsLabel);
    layout->addWidget(m_snapshotsView);
    layout->addLayout(snapshotButtons);

    connect(m_addDistribution, &QPushButton::clicked, this, &DistributionsEditor::addDistribution);
    connect(m_removeDistribution, &QPushButton::clicked, this,
            &DistributionsEditor::removeDistribution);
    connect(m_addSnapshot, &QPushButton::clicked, this, &DistributionsEditor::addSnapshot);
    connect(m_removeSnapshot, &QPushButton::clicked, this, &DistributionsEditor::removeSnapshot);
    connect(m_distributionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DistributionsEditor::showSnapshots);
    connect(m_snapshotsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DistributionsEditor::updateButtons);
    clear();
}

int DistributionsEditor::currentDistribution() const
{
    return m_distributionsView->currentIndex().row();
}

void DistributionsEditor::clear()
{
    setPiece({}, {});
}

void DistributionsEditor::setPiece(const model::Content& piece,
                                   const QList<ChannelChoice>& channels)
{
    const bool samePiece = piece.meta.id == m_piece.meta.id;
    const int current = samePiece ? currentDistribution() : 0;
    const int currentSnapshot = samePiece ? m_snapshotsView->currentIndex().row() : -1;
    m_piece = piece;
    m_channels = channels;
    m_channelDelegate->setChannels(channels);
    m_distributions->setPiece(piece, channels);
    // Moving the current cell would close a cell editor that is committing: only move rows.
    const auto keepRow = [](QTableView* view, int row) {
        if (row >= 0 && view->currentIndex().row() != row)
            view->setCurrentIndex(view->model()->index(row, 0));
    };
    if (m_distributions->rowCount() > 0)
        keepRow(m_distributionsView, std::clamp(current, 0, m_distributions->rowCount() - 1));
    showSnapshots();
    if (currentSnapshot >= 0 && m_snapshots->rowCount() > 0)
        keepRow(m_snapshotsView, std::min(currentSnapshot, m_snapshots->rowCount() - 1));
    m_noChannelsLabel->setVisible(!piece.meta.id.isNull() && channels.isEmpty());
    updateButtons();
}

void DistributionsEditor::showSnapshots()
{
    const int distribution = currentDistribution();
    m_snapshots->setDistribution(m_piece, distribution);
    if (distribution < 0) {
        m_snapshotsLabel->setText(tr("Snapshots: choose a distribution above."));
    } else {
        const QString channel =
            m_distributions->channelName(m_piece.distributions.at(distribution).channel);
        m_snapshotsLabel->setText(tr("Snapshots of the distribution on %1: the counters read "
                                     "at each time (they never go down).")
                                      .arg(channel));
    }
    updateButtons();
}

void DistributionsEditor::updateButtons()
{
    const bool editable = m_controller.isEditable() && !m_piece.meta.id.isNull();
    m_addDistribution->setEnabled(editable && !m_channels.isEmpty());
    m_removeDistribution->setEnabled(editable && currentDistribution() >= 0);
    m_addSnapshot->setEnabled(editable && currentDistribution() >= 0);
    m_removeSnapshot->setEnabled(editable && m_snapshotsView->currentIndex().isValid());
}

void DistributionsEditor::addDistribution()
{
    if (m_channels.isEmpty() || m_piece.meta.id.isNull())
        return;
    // The first channel the piece is not on yet, published on the piece's date (or now).
    model::Distribution d;
    d.channel = m_channels.first().id;
    for (const ChannelChoice& c : std::as_const(m_channels)) {
        const bool used =
            std::any_of(m_piece.distributions.cbegin(), m_piece.distributions.cend(),
                        [&](const model::Distribution& x) { return x.channel == c.id; });
        if (!used) {
            d.channel = c.id;
            break;
        }
    }
    d.publishedAt = m_piece.published.isValid() ? QDateTime(m_piece.published, QTime(9, 0)).toUTC()
                                                : QDateTime::currentDateTimeUtc();
    const qsizetype row = m_piece.distributions.size();
    if (m_controller.changePiece(m_piece.meta.id, tr("Add distribution"),
                                 [&](model::Content& piece) { piece.distributions << d; }) &&
        row < m_distributions->rowCount()) {
        m_distributionsView->setCurrentIndex(m_distributions->index(int(row), 0));
        m_distributionsView->setFocus();
    }
}

void DistributionsEditor::removeDistribution()
{
    const int row = currentDistribution();
    if (row < 0)
        return;
    m_controller.changePiece(m_piece.meta.id, tr("Remove distribution"),
                             [&](model::Content& piece) {
                                 if (row < piece.distributions.size())
                                     piece.distributions.removeAt(row);
                             });
}

void DistributionsEditor::addSnapshot()
{
    const int distribution = currentDistribution();
    if (distribution < 0)
        return;
    // Now, to the minute, after the last snapshot; its counters to start from.
    const QList<model::MetricSnapshot>& snapshots =
        m_piece.distributions.at(distribution).snapshots;
    model::MetricSnapshot s;
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    s.at = now;
    if (!snapshots.isEmpty()) {
        const model::MetricSnapshot& last = snapshots.last();
        s = last;
        s.at = last.at < now ? now : last.at.addSecs(60);
    }
    const int row = int(snapshots.size());
    if (m_controller.changePiece(m_piece.meta.id, tr("Add snapshot"),
                                 [&](model::Content& piece) {
                                     if (distribution < piece.distributions.size())
                                         piece.distributions[distribution].snapshots << s;
                                 }) &&
        row < m_snapshots->rowCount()) {
        m_snapshotsView->setCurrentIndex(m_snapshots->index(row, SnapshotTableModel::Views));
        m_snapshotsView->setFocus();
    }
}

void DistributionsEditor::removeSnapshot()
{
    const int distribution = currentDistribution();
    const int row = m_snapshotsView->currentIndex().row();
    if (distribution < 0 || row < 0)
        return;
    const model::MetricSnapshot removed = m_piece.distributions.at(distribution).snapshots.at(row);
    m_controller.changePiece(m_piece.meta.id, tr("Remove snapshot"), [&](model::Content& piece) {
        if (distribution < piece.distributions.size())
            piece.distributions[distribution].snapshots.removeOne(removed);
    });
}

} // namespace rapport::ui
