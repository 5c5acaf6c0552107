// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/RetentionTableModel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QTimeZone>

namespace rapport::ui {

using engine::CalendarPeriod;

namespace {

QString percent(double rate)
{
    return RetentionTableModel::tr("%1 %").arg(QLocale().toString(rate * 100, 'f', 1));
}

QString count(std::uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

QDate utcDate(std::int64_t t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date();
}

} // namespace

RetentionTableModel::RetentionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RetentionTableModel::setResult(engine::RetentionResult result, CalendarPeriod::Kind kind,
                                    int periods, std::int64_t asOf)
{
    beginResetModel();
    m_result = std::move(result);
    m_kind = kind;
    m_periods = periods;
    m_asOf = asOf;
    m_average = averageOf(m_result.cohorts, kind, periods, asOf);
    endResetModel();
}

RetentionTableModel::CellState RetentionTableModel::state(CalendarPeriod::Kind kind,
                                                          std::int64_t cohortStart, int period,
                                                          std::int64_t asOf)
{
    const std::int64_t index = CalendarPeriod::index(kind, cohortStart) + period;
    if (CalendarPeriod::start(kind, index + 1) <= asOf)
        return CellState::Complete;
    if (CalendarPeriod::start(kind, index) <= asOf)
        return CellState::InProgress;
    return CellState::NotYet;
}

RetentionTableModel::Average
RetentionTableModel::averageOf(const std::vector<engine::RetentionCohort>& cohorts,
                               CalendarPeriod::Kind kind, int periods, std::int64_t asOf)
{
    Average a;
    a.retained.assign(std::size_t(periods), 0);
    a.base.assign(std::size_t(periods), 0);
    a.cohorts.resize(std::size_t(periods));
    for (const engine::RetentionCohort& c : cohorts) {
        a.people += c.size;
        if (c.size == 0)
            continue;
        for (int k = 0; k < periods && k < int(c.retained.size()); ++k) {
            if (state(kind, c.start, k, asOf) != CellState::Complete)
                break; // later periods of this cohort are not complete either
            a.retained[std::size_t(k)] += c.retained[std::size_t(k)];
            a.base[std::size_t(k)] += c.size;
            a.cohorts[std::size_t(k)].push_back(c.start);
        }
    }
    return a;
}

const engine::RetentionCohort* RetentionTableModel::cohortAt(int row) const
{
    if (row <= kAverageRow || row > int(m_result.cohorts.size()))
        return nullptr;
    return &m_result.cohorts[std::size_t(row - 1)];
}

std::optional<int> RetentionTableModel::periodAt(int column)
{
    if (column < kFirstPeriodColumn)
        return std::nullopt;
    return column - kFirstPeriodColumn;
}

RetentionTableModel::CellState RetentionTableModel::stateAt(int row, int column) const
{
    const std::optional<int> k = periodAt(column);
    if (!k)
        return CellState::Complete;
    return cell(row, *k).state;
}

std::vector<std::int64_t> RetentionTableModel::cohortsAt(int row, int column) const
{
    if (const engine::RetentionCohort* c = cohortAt(row))
        return {c->start};
    if (row != kAverageRow)
        return {};
    if (const std::optional<int> k = periodAt(column))
        return *k < m_periods ? m_average.cohorts[std::size_t(*k)] : std::vector<std::int64_t>{};
    std::vector<std::int64_t> all;
    for (const engine::RetentionCohort& c : m_result.cohorts)
        if (c.size > 0)
            all.push_back(c.start);
    return all;
}

RetentionTableModel::Cell RetentionTableModel::cell(int row, int period) const
{
    Cell cell;
    if (period < 0 || period >= m_periods)
        return cell;
    if (row == kAverageRow) {
        cell.retained = m_average.retained[std::size_t(period)];
        cell.base = m_average.base[std::size_t(period)];
        cell.state = cell.base > 0 ? CellState::Complete : CellState::NotYet;
    } else if (const engine::RetentionCohort* c = cohortAt(row)) {
        cell.retained = c->retained[std::size_t(period)];
        cell.base = c->size;
        cell.state = state(m_kind, c->start, period, m_asOf);
    }
    return cell;
}

QString RetentionTableModel::periodName(int period) const
{
    return m_kind == CalendarPeriod::Kind::Week ? tr("Week %1").arg(period)
                                                : tr("Month %1").arg(period);
}

QString RetentionTableModel::rowLabel(int row) const
{
    if (row == kAverageRow)
        return tr("Average");
    if (const engine::RetentionCohort* c = cohortAt(row))
        return QString::fromStdString(c->label);
    return {};
}

QString RetentionTableModel::periodDates(std::int64_t start) const
{
    const std::int64_t index = CalendarPeriod::index(m_kind, start);
    const QLocale locale;
    return tr("%1 – %2").arg(locale.toString(utcDate(start), QLocale::ShortFormat),
                             locale.toString(utcDate(CalendarPeriod::start(m_kind, index + 1) - 1),
                                             QLocale::ShortFormat));
}

int RetentionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_periods == 0 ? 0 : int(m_result.cohorts.size()) + 1;
}

int RetentionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFirstPeriodColumn + m_periods;
}

QVariant RetentionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const engine::RetentionCohort* cohort = cohortAt(row);
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(row == kAverageRow);
        font.setItalic(stateAt(row, column) == CellState::InProgress);
        return font;
    }
    if (role == Qt::TextAlignmentRole)
        return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                           : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == 0) {
        if (role == Qt::DisplayRole)
            return rowLabel(row);
        if (role == Qt::ToolTipRole)
            return cohort ? tr("People whose first start activity fell in %1")
                                .arg(periodDates(cohort->start))
                          : tr("Each period: the people retained in it over the people of the "
                               "cohorts that have completed it (cohorts weighted by size)");
        return {};
    }
    if (column == 1) {
        const std::uint64_t size = cohort ? cohort->size : m_average.people;
        if (role == Qt::DisplayRole)
            return count(size);
        if (role == BaseRole || role == RetainedRole)
            return qulonglong(size);
        if (role == Qt::ToolTipRole)
            return tr("People who started: %1").arg(count(size));
        return {};
    }
    const int k = column - kFirstPeriodColumn;
    const Cell c = cell(row, k);
    const bool shown = c.state != CellState::NotYet && c.base > 0;
    const double rate = shown ? double(c.retained) / double(c.base) : 0;
    switch (role) {
    case Qt::DisplayRole:
        return shown ? percent(rate) : QString();
    case RateRole:
        return shown ? QVariant(rate) : QVariant();
    case RetainedRole:
        return qulonglong(c.retained);
    case BaseRole:
        return qulonglong(c.base);
    case Qt::ToolTipRole: {
        if (c.state == CellState::NotYet)
            return row == kAverageRow ? tr("No cohort has completed %1 yet").arg(periodName(k))
                                      : tr("%1 has not begun yet").arg(periodName(k));
        if (c.base == 0)
            return tr("Nobody started in this period");
        QString tip = tr("%1 of %2 people retained (%3)")
                          .arg(count(c.retained), count(c.base), percent(rate));
        if (row == kAverageRow)
            tip += u'\n' + tr("Cohorts that have completed this period: %1")
                               .arg(m_average.cohorts[std::size_t(k)].size());
        else if (cohort)
            tip += u'\n' + periodDates(CalendarPeriod::start(
                               m_kind, CalendarPeriod::index(m_kind, cohort->start) + k));
        if (c.state == CellState::InProgress)
            tip += u'\n' + tr("This period is still in progress");
        return tip;
    }
    default:
        return {};
    }
}

QVariant RetentionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Cohort");
    if (section == 1)
        return tr("People");
    return periodName(section - kFirstPeriodColumn);
}

QList<QStringList> RetentionTableModel::table() const
{
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < columnCount(); ++column)
        header << headerData(column, Qt::Horizontal).toString();
    rows << header;
    for (int row = 0; row < rowCount(); ++row) {
        const engine::RetentionCohort* cohort = cohortAt(row);
        QStringList line{rowLabel(row), QString::number(cohort ? cohort->size : m_average.people)};
        for (int k = 0; k < m_periods; ++k) {
            const Cell c = cell(row, k);
            line << (c.state != CellState::NotYet && c.base > 0
                         ? QString::number(100.0 * double(c.retained) / double(c.base), 'f', 1)
                         : QString());
        }
        rows << line;
    }
    return rows;
}

} // namespace rapport::ui
