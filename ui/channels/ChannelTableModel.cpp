// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/channels/ChannelTableModel.h"

#include "ui/channels/ChannelController.h"
#include "ui/surveys/TableSupport.h"

#include <QLocale>

namespace rapport::ui {

QString signedNumber(qint64 value)
{
    const QLocale locale;
    if (value > 0)
        return locale.positiveSign() + locale.toString(value);
    if (value < 0)
        return QStringLiteral("−") + locale.toString(-value);
    return locale.toString(0);
}

namespace {

QVariant alignRight()
{
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

ChannelTableModel::ChannelTableModel(ChannelController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
}

void ChannelTableModel::reload()
{
    beginResetModel();
    m_channels = m_controller->session() ? m_controller->channels().list() : QList<model::Channel>();
    endResetModel();
}

model::Uuid ChannelTableModel::channelId(int row) const
{
    return row >= 0 && row < m_channels.size() ? m_channels[row].meta.id : model::Uuid();
}

int ChannelTableModel::rowOf(const model::Uuid& id) const
{
    for (int i = 0; i < m_channels.size(); ++i)
        if (m_channels[i].meta.id == id)
            return i;
    return -1;
}

const model::Channel* ChannelTableModel::channel(const model::Uuid& id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_channels[row] : nullptr;
}

int ChannelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ChannelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_channels.size())
        return {};
    const model::Channel& c = m_channels[index.row()];
    const qsizetype n = c.sizes.size();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return c.name;
        case Kind:
            return c.kind;
        case Url:
            return c.url.toString();
        case Audience:
            return n ? locale.toString(c.sizes.last().size) : QStringLiteral("—");
        case Change:
            return n > 1 ? signedNumber(c.sizes.last().size - c.sizes.at(n - 2).size) : QString();
        case Measured:
            return n ? locale.toString(c.sizes.last().date, QLocale::ShortFormat) : QString();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Audience:
            return n ? c.sizes.last().size : -1;
        case Change:
            return n > 1 ? c.sizes.last().size - c.sizes.at(n - 2).size : 0;
        case Measured:
            return n ? c.sizes.last().date.toJulianDay() : 0;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case ChoicesRole:
        if (index.column() == Kind) {
            QStringList kinds = ChannelController::channelKinds();
            if (!kinds.contains(c.kind))
                kinds.prepend(c.kind);
            return kinds;
        }
        break;
    case ChoicesEditableRole:
        return index.column() == Kind;
    case Qt::TextAlignmentRole:
        if (index.column() == Audience || index.column() == Change)
            return alignRight();
        break;
    case Qt::ToolTipRole:
        if (index.column() == Change && n > 1)
            return tr("Since %1").arg(locale.toString(c.sizes.at(n - 2).date, QLocale::ShortFormat));
        if (index.column() == Audience)
            return tr("Followers, members or subscribers at the latest measurement");
        break;
    }
    return {};
}

QVariant ChannelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Channel");
    case Kind:
        return tr("Kind");
    case Url:
        return tr("Address");
    case Audience:
        return tr("Audience");
    case Change:
        return tr("Change");
    case Measured:
        return tr("Measured");
    }
    return {};
}

Qt::ItemFlags ChannelTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() <= Url && m_controller->canEdit())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ChannelTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_channels.size())
        return false;
    const model::Uuid id = m_channels[index.row()].meta.id;
    switch (index.column()) {
    case Name:
        return m_controller->renameChannel(id, value.toString());
    case Kind:
        return m_controller->setChannelKind(id, value.toString());
    case Url:
        return m_controller->setChannelUrl(id, value.toString());
    }
    return false;
}

SizeTableModel::SizeTableModel(ChannelController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
}

void SizeTableModel::setChannel(const model::Uuid& channel)
{
    m_channel.meta.id = channel;
    reload();
}

void SizeTableModel::reload()
{
    beginResetModel();
    const model::Uuid id = m_channel.meta.id;
    m_channel = {};
    if (m_controller->session() && !id.isNull())
        if (std::optional<model::Channel> c = m_controller->channels().get(id))
            m_channel = std::move(*c);
    m_channel.meta.id = id;
    endResetModel();
}

QDate SizeTableModel::dateAt(int row) const
{
    return row >= 0 && row < m_channel.sizes.size() ? m_channel.sizes[row].date : QDate();
}

int SizeTableModel::rowOf(const QDate& date) const
{
    for (int i = 0; i < m_channel.sizes.size(); ++i)
        if (m_channel.sizes[i].date == date)
            return i;
    return -1;
}

int SizeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_channel.sizes.size());
}

int SizeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SizeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_channel.sizes.size())
        return {};
    const model::AudienceSize& s = m_channel.sizes[index.row()];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return locale.toString(s.date, QLocale::ShortFormat);
        case Size:
            return locale.toString(s.size);
        case Change:
            return index.row() > 0 ? signedNumber(s.size - m_channel.sizes[index.row() - 1].size)
                                   : QString();
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Date:
            return s.date;
        case Size:
            return QString::number(s.size);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Date:
            return s.date.toJulianDay();
        case Size:
            return s.size;
        case Change:
            return index.row() > 0 ? s.size - m_channel.sizes[index.row() - 1].size : 0;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Date)
            return alignRight();
        break;
    }
    return {};
}

QVariant SizeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Size:
        return tr("Audience");
    case Change:
        return tr("Change");
    }
    return {};
}

Qt::ItemFlags SizeTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Change && m_controller->canEdit())
        f |= Qt::ItemIsEditable;
    return f;
}

bool SizeTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_channel.sizes.size())
        return false;
    const model::AudienceSize old = m_channel.sizes[index.row()];
    model::AudienceSize next = old;
    if (index.column() == Date) {
        next.date = value.toDate();
    } else if (index.column() == Size) {
        bool ok = false;
        // Accept what people paste: "12,345", "12 345".
        QString text = value.toString();
        text.remove(QLocale().groupSeparator()).remove(u',').remove(u' ');
        next.size = text.toLongLong(&ok);
        if (!ok) {
            emit m_controller->failed(tr("“%1” is not a whole number.").arg(value.toString()));
            return false;
        }
    } else {
        return false;
    }
    return m_controller->changeSize(m_channel.meta.id, old.date, next);
}

} // namespace rapport::ui
