// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/DistributionModels.h"

#include "ui/content/ContentController.h"
#include "ui/content/ContentTexts.h"

#include <QComboBox>
#include <QLocale>

#include <algorithm>

namespace rapport::ui {

namespace {

QString shortTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

/** A counter typed by the user, with or without digit grouping; -1 if not a number. */
qint64 typedCounter(const QVariant& value)
{
    if (value.typeId() != QMetaType::QString) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok ? n : -1;
    }
    const QString text = value.toString().trimmed();
    bool ok = false;
    qint64 n = QLocale().toLongLong(text, &ok);
    if (!ok)
        n = text.toLongLong(&ok);
    return ok ? n : -1;
}

QUrl typedUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() ? url : QUrl::fromUserInput(trimmed);
}

} // namespace

DistributionTableModel::DistributionTableModel(ContentController& controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
}

void DistributionTableModel::setPiece(const model::Content& piece,
                                      const QList<ChannelChoice>& channels)
{
    // The same rows after an edit of one of them: change them in place, so that an open
    // cell editor (which committed the edit) is not torn down under the view.
    if (piece.meta.id == m_piece.meta.id &&
        piece.distributions.size() == m_piece.distributions.size()) {
        m_piece = piece;
        m_channels = channels;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_piece = piece;
    m_channels = channels;
    endResetModel();
}

QString DistributionTableModel::channelName(const model::Uuid& id) const
{
    for (const ChannelChoice& c : m_channels)
        if (c.id == id)
            return c.name;
    return {};
}

int DistributionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_piece.distributions.size());
}

int DistributionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DistributionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Distribution& d = m_piece.distributions.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Views)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    switch (index.column()) {
    case Channel:
        if (role == IdRole || role == Qt::EditRole)
            return d.channel.toString();
        return role == Qt::DisplayRole ? channelName(d.channel) : QVariant();
    case PublishedAt:
        if (role == Qt::EditRole)
            return d.publishedAt.isValid() ? d.publishedAt.toLocalTime()
                                           : QDateTime::currentDateTime();
        if (role == Qt::ToolTipRole)
            return shortTime(d.publishedAt);
        return role == Qt::DisplayRole && d.publishedAt.isValid()
                   ? QLocale().toString(d.publishedAt.toLocalTime().date(), QLocale::ShortFormat)
                   : QVariant();
    case Address:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return d.url.toString();
        return {};
    case Views:
        if (role == Qt::DisplayRole)
            return d.snapshots.isEmpty() ? QString()
                                         : ContentTexts::number(d.snapshots.last().views);
        if (role == Qt::ToolTipRole)
            return tr("Views at the latest snapshot");
        return {};
    default:
        return {};
    }
}

QVariant DistributionTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Channel:
        return tr("Channel");
    case PublishedAt:
        return tr("Published");
    case Address:
        return tr("Address");
    case Views:
        return tr("Views");
    default:
        return {};
    }
}

Qt::ItemFlags DistributionTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Views && m_controller.isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool DistributionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    model::Distribution changed = m_piece.distributions.at(row);
    QString text;
    switch (index.column()) {
    case Channel:
        changed.channel = model::Uuid::fromString(value.toString());
        text = tr("Change distribution channel");
        break;
    case PublishedAt:
        changed.publishedAt = value.toDateTime().toUTC();
        text = tr("Change distribution date");
        break;
    case Address:
        changed.url = typedUrl(value.toString());
        text = tr("Change distribution address");
        break;
    default:
        return false;
    }
    const model::Distribution& before = m_piece.distributions.at(row);
    if (changed.channel == before.channel && changed.publishedAt == before.publishedAt &&
        changed.url == before.url)
        return true;
    return m_controller.changePiece(m_piece.meta.id, text, [&](model::Content& piece) {
        if (row < piece.distributions.size()) {
            piece.distributions[row].channel = changed.channel;
            piece.distributions[row].publishedAt = changed.publishedAt;
            piece.distributions[row].url = changed.url;
        }
    });
}

SnapshotTableModel::SnapshotTableModel(ContentController& controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
}

void SnapshotTableModel::setDistribution(const model::Content& piece, int distribution)
{
    const int shown =
        distribution >= 0 && distribution < piece.distributions.size() ? distribution : -1;
    QList<model::MetricSnapshot> snapshots =
        shown >= 0 ? piece.distributions.at(shown).snapshots : QList<model::MetricSnapshot>();
    if (piece.meta.id == m_piece && shown == m_distribution &&
        snapshots.size() == m_snapshots.size()) {
        m_snapshots = snapshots; // in place, as in DistributionTableModel::setPiece
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_piece = piece.meta.id;
    m_distribution = shown;
    m_snapshots = snapshots;
    endResetModel();
}

qint64 SnapshotTableModel::counter(const model::MetricSnapshot& s, int column)
{
    switch (column) {
    case Views:
        return s.views;
    case Reads:
        return s.reads;
    case Likes:
        return s.likes;
    case Shares:
        return s.shares;
    case OnwardClicks:
        return s.onwardClicks;
    default:
        return 0;
    }
}

void SnapshotTableModel::setCounter(model::MetricSnapshot& s, int column, qint64 value)
{
    switch (column) {
    case Views:
        s.views = value;
        break;
    case Reads:
        s.reads = value;
        break;
    case Likes:
        s.likes = value;
        break;
    case Shares:
        s.shares = value;
        break;
    case OnwardClicks:
        s.onwardClicks = value;
        break;
    default:
        break;
    }
}

int SnapshotTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::MetricSnapshot& s = m_snapshots.at(index.row());
    if (index.column() == At) {
        if (role == Qt::EditRole)
            return s.at.toLocalTime();
        return role == Qt::DisplayRole ? shortTime(s.at) : QVariant();
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole)
        return ContentTexts::number(counter(s, index.column()));
    if (role == Qt::EditRole)
        return QString::number(counter(s, index.column()));
    return {};
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case At:
        return tr("Read at");
    case Views:
        return tr("Views");
    case Reads:
        return tr("Reads");
    case Likes:
        return tr("Likes");
    case Shares:
        return tr("Shares");
    case OnwardClicks:
        return tr("Onward clicks");
    default:
        return {};
    }
}

Qt::ItemFlags SnapshotTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_controller.isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool SnapshotTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_distribution < 0 ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();
    const int distribution = m_distribution;
    const model::MetricSnapshot before = m_snapshots.at(row);
    model::MetricSnapshot changed = before;
    if (column == At) {
        changed.at = value.toDateTime().toUTC();
        if (!changed.at.isValid())
            return false;
    } else {
        const qint64 n = typedCounter(value);
        if (n < 0) {
            emit m_controller.failed(tr("A counter is a whole number of at least 0."));
            return false;
        }
        setCounter(changed, column, n);
    }
    if (changed == before)
        return true;
    return m_controller.changePiece(
        m_piece, column == At ? tr("Change snapshot time") : tr("Change snapshot counters"),
        [&](model::Content& piece) {
            if (distribution >= piece.distributions.size())
                return;
            QList<model::MetricSnapshot>& snapshots = piece.distributions[distribution].snapshots;
            const qsizetype at = snapshots.indexOf(before);
            if (at < 0)
                return;
            snapshots[at] = changed;
            std::stable_sort(snapshots.begin(), snapshots.end(),
                             [](const auto& a, const auto& b) { return a.at < b.at; });
        });
}

QWidget* ChannelDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                       const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    for (const ChannelChoice& c : m_channels)
        combo->addItem(c.name, c.id.toString());
    return combo;
}

void ChannelDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
}

void ChannelDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace rapport::ui
