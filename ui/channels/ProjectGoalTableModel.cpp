// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/channels/ProjectGoalTableModel.h"

#include "core/storage/ActivityStore.h"
#include "ui/ProjectSession.h"
#include "ui/channels/ChannelController.h"
#include "ui/surveys/TableSupport.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rapport::ui {

namespace {

const QString kNps = QStringLiteral("nps");
const QString kCsat = QStringLiteral("csat");
const QString kAdvocates = QStringLiteral("advocates");
const QString kReach = QStringLiteral("reach");

} // namespace

ProjectGoalTableModel::ProjectGoalTableModel(ChannelController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
}

QString ProjectGoalTableModel::metricTitle(const QString& metric)
{
    if (metric == kNps)
        return tr("NPS");
    if (metric == kCsat)
        return tr("CSAT");
    if (metric == kAdvocates)
        return tr("Advocates");
    if (metric == kReach)
        return tr("Reach (views)");
    return metric;
}

QString ProjectGoalTableModel::metricOf(const QString& title)
{
    for (const QString& metric : {kNps, kCsat, kAdvocates, kReach})
        if (title.compare(metricTitle(metric), Qt::CaseInsensitive) == 0 ||
            title.compare(metric, Qt::CaseInsensitive) == 0)
            return metric;
    return title.trimmed();
}

void ProjectGoalTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_campaigns.clear();
    m_campaignNames.clear();
    m_activityTypes.clear();
    if (ProjectSession* session = m_controller->session()) {
        const storage::CampaignRepository campaigns = m_controller->campaigns();
        for (const model::Campaign& c : campaigns.list()) {
            m_campaigns.append({c.name, c.meta.id});
            m_campaignNames.insert(c.meta.id, c.name);
        }
        std::sort(m_campaigns.begin(), m_campaigns.end(), [](const auto& a, const auto& b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        for (const QString& type : storage::ActivityStore(session->file().database()).types())
            m_activityTypes << type;
        m_activityTypes.sort(Qt::CaseInsensitive);
        for (model::Goal& goal : campaigns.goals())
            m_rows.append({std::move(goal), std::nullopt});
    }
    endResetModel();
    refreshProgress();
}

void ProjectGoalTableModel::refreshProgress()
{
    for (Row& row : m_rows)
        row.progress = m_progressOf ? m_progressOf(row.goal) : std::nullopt;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Progress), index(rowCount() - 1, Done));
}

model::Uuid ProjectGoalTableModel::goalId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].goal.meta.id : model::Uuid();
}

int ProjectGoalTableModel::rowOf(const model::Uuid& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].goal.meta.id == id)
            return i;
    return -1;
}

QString ProjectGoalTableModel::valueText(const QString& metric, double value) const
{
    const QLocale locale;
    if (metric == kNps)
        return (value > 0 ? locale.positiveSign() : QString()) + locale.toString(value, 'f', 0);
    if (metric == kCsat)
        return locale.toString(value * 100, 'f', 0) + locale.percent();
    if (value == std::floor(value))
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', 1);
}

int ProjectGoalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectGoalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectGoalTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const model::Goal& g = row.goal;
    const QLocale locale;
    // Pointers, not copies of the optionals: GCC 12 warns about those falsely.
    const double* value = row.progress && row.progress->value ? &*row.progress->value : nullptr;
    const double* fraction =
        row.progress && row.progress->fraction ? &*row.progress->fraction : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Metric:
            return metricTitle(g.metric);
        case Target:
            return valueText(g.metric, g.target);
        case From:
            return locale.toString(g.periodStart, QLocale::ShortFormat);
        case To:
            return locale.toString(g.periodEnd, QLocale::ShortFormat);
        case Campaign:
            return g.campaign.isNull() ? tr("(whole project)") : m_campaignNames.value(g.campaign);
        case Progress:
            return value ? valueText(g.metric, *value) : QStringLiteral("—");
        case Done:
            return fraction ? locale.toString(*fraction * 100, 'f', 0) + locale.percent() : QString();
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Metric:
            return metricTitle(g.metric);
        case Target:
            return g.metric == kCsat ? locale.toString(g.target * 100, 'g', 6)
                                     : locale.toString(g.target, 'g', 12);
        case From:
            return g.periodStart;
        case To:
            return g.periodEnd;
        case Campaign:
            return data(index, Qt::DisplayRole);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Target:
            return g.target;
        case From:
            return g.periodStart.toJulianDay();
        case To:
            return g.periodEnd.toJulianDay();
        case Progress:
            return value ? *value : -1e300;
        case Done:
            return fraction ? *fraction : -1.0;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case FractionRole:
        if (index.column() == Done && fraction)
            return *fraction;
        break;
    case ChoicesRole:
        if (index.column() == Metric) {
            QStringList metrics;
            for (const QString& m : m_activityTypes)
                metrics << metricTitle(m);
            for (const QString& m : {kNps, kCsat, kAdvocates, kReach})
                metrics << metricTitle(m);
            return metrics;
        }
        if (index.column() == Campaign) {
            QStringList names{tr("(whole project)")};
            for (const auto& [name, id] : m_campaigns)
                names << name;
            return names;
        }
        break;
    case ChoicesEditableRole:
        return index.column() == Metric;
    case Qt::TextAlignmentRole:
        if (index.column() == Target || index.column() == Progress || index.column() == Done)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Metric)
            return tr("An activity type counts the people with that activity in the period; "
                      "NPS and CSAT come from the survey answers in the period");
        if (index.column() == Progress || index.column() == Done) {
            if (!row.progress)
                return tr("Not computed yet");
            if (!value)
                return g.metric == kReach ? tr("Content reach is not tracked in this project yet")
                                          : tr("No answers in the period");
            return QString::fromStdString(row.progress->provenance.definition);
        }
        break;
    }
    return {};
}

QVariant ProjectGoalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("Metric");
    case Target:
        return tr("Target");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Campaign:
        return tr("Campaign");
    case Progress:
        return tr("Now");
    case Done:
        return tr("Reached");
    }
    return {};
}

Qt::ItemFlags ProjectGoalTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() <= Campaign && m_controller->canEdit())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ProjectGoalTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    model::Goal g = m_rows[index.row()].goal;
    QString text;
    switch (index.column()) {
    case Metric:
        g.metric = metricOf(value.toString());
        // A target on another scale than the old metric's: start from a sensible one.
        if (g.metric != m_rows[index.row()].goal.metric) {
            if (g.metric == kNps)
                g.target = 30;
            else if (g.metric == kCsat)
                g.target = 0.8;
            else if (m_rows[index.row()].goal.metric == kNps || m_rows[index.row()].goal.metric == kCsat)
                g.target = 100;
        }
        text = tr("Set the metric of a goal to “%1”").arg(metricTitle(g.metric));
        break;
    case Target: {
        QString input = value.toString().trimmed();
        input.remove(QLocale().percent()).remove(QLocale().groupSeparator());
        bool ok = false;
        double target = QLocale().toDouble(input.trimmed(), &ok);
        if (!ok)
            target = input.trimmed().toDouble(&ok);
        if (!ok) {
            emit m_controller->failed(tr("“%1” is not a number.").arg(value.toString()));
            return false;
        }
        // A CSAT target is a share; people type it as a percentage.
        if (g.metric == kCsat)
            target /= 100;
        g.target = target;
        text = tr("Set the target of a goal to %1").arg(valueText(g.metric, target));
        break;
    }
    case From:
        g.periodStart = value.toDate();
        text = tr("Set the start of a goal");
        break;
    case To:
        g.periodEnd = value.toDate();
        text = tr("Set the end of a goal");
        break;
    case Campaign:
        g.campaign = {};
        for (const auto& [name, id] : std::as_const(m_campaigns))
            if (name == value.toString())
                g.campaign = id;
        text = tr("Set the campaign of a goal");
        break;
    default:
        return false;
    }
    return m_controller->changeGoal(g, text);
}

} // namespace rapport::ui
