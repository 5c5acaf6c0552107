// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/SatisfactionCharts.h"

#include "core/engine/CalendarPeriod.h"
#include "ui/dashboard/ChartStyle.h"
#include "ui/dashboard/SatisfactionColors.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChartView>
#include <QCategoryAxis>
#include <QDateTime>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace rapport::ui {

using engine::NpsSegment;

namespace {
/** The month of a period start (seconds, UTC) as a running month number. */
std::int64_t monthIndex(std::int64_t start)
{
    return engine::CalendarPeriod::index(engine::CalendarPeriod::Kind::Month, start);
}
} // namespace

SatisfactionCharts::SatisfactionCharts(QChartView* nps, QChartView* split, QChartView* csat,
                                       QObject* parent)
    : QObject(parent), m_nps(nps), m_split(split), m_csat(csat)
{
    for (QChartView* view : {nps, split, csat}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->chart()->setMargins(QMargins(4, 4, 4, 4));
    }
}

QChart* SatisfactionCharts::reset(QChartView* view, const QString& title, const QPalette& palette)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    ChartStyle(palette).apply(chart);
    chart->setTitle(title);
    chart->legend()->hide();
    return chart;
}

void SatisfactionCharts::show(const engine::NpsResult& result, Axis axis, const QStringList& labels,
                              const QPalette& palette)
{
    m_npsGroups.clear();
    m_csatGroups.clear();
    m_pointX.clear();
    for (int g = 0; g < int(result.groups.size()); ++g) {
        const engine::NpsFigures& f = result.groups[std::size_t(g)].figures;
        if (f.nps)
            m_npsGroups.append(g);
        if (f.csat)
            m_csatGroups.append(g);
    }
    showNps(result, axis, labels, palette);
    showSplit(result, labels, palette);
    showCsat(result, labels, palette);
}

void SatisfactionCharts::showNps(const engine::NpsResult& result, Axis axis,
                                 const QStringList& labels, const QPalette& palette)
{
    QChart* chart = reset(m_nps, tr("NPS with its 95 % margin of error"), palette);
    auto* y = new QValueAxis;
    y->setRange(-100, 100);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d"));
    const QColor lead = ChartStyle(palette).color(0);
    QColor bandColor = lead;
    bandColor.setAlphaF(0.25);

    if (axis == Axis::Time) {
        auto* line = new QLineSeries;
        line->setObjectName(QStringLiteral("npsLine"));
        auto* upper = new QLineSeries;
        upper->setObjectName(QStringLiteral("npsUpper"));
        auto* lower = new QLineSeries;
        lower->setObjectName(QStringLiteral("npsLower"));
        auto* points = new QScatterSeries;
        points->setObjectName(QStringLiteral("npsPoints"));
        // x = months since the first period shown, so months without answers keep their room.
        const std::int64_t first =
            m_npsGroups.isEmpty() ? 0
                                  : monthIndex(result.groups[std::size_t(m_npsGroups.front())].key);
        for (int g : std::as_const(m_npsGroups)) {
            const engine::NpsGroup& group = result.groups[std::size_t(g)];
            const qreal x = qreal(monthIndex(group.key) - first);
            const double nps = *group.figures.nps, moe = *group.figures.moe95;
            line->append(x, nps);
            upper->append(x, nps + moe);
            lower->append(x, nps - moe);
            points->append(x, nps);
            m_pointX.append(x);
        }
        auto* band = new QAreaSeries(upper, lower);
        band->setObjectName(QStringLiteral("npsBand"));
        upper->setParent(band);
        lower->setParent(band);
        chart->addSeries(band);
        chart->addSeries(line);
        chart->addSeries(points);
        band->setColor(bandColor);
        band->setBorderColor(Qt::transparent);
        line->setColor(lead);
        QPen pen = line->pen();
        pen.setWidthF(2);
        line->setPen(pen);
        points->setColor(lead);
        points->setBorderColor(lead);
        points->setMarkerSize(9);

        // A label under every month (every few months over a long span), "2025-01".
        auto* x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const int span = m_pointX.isEmpty() ? 0 : int(m_pointX.back());
        const int step = std::max(1, (span + 11) / 12);
        for (int m = 0; m <= span; m += step)
            x->append(QString::fromStdString(engine::CalendarPeriod::label(
                          engine::CalendarPeriod::Kind::Month, first + m)),
                      m);
        x->setStartValue(-0.5);
        x->setRange(-0.5, span + 0.5);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries* s :
             {static_cast<QAbstractSeries*>(band), static_cast<QAbstractSeries*>(line),
              static_cast<QAbstractSeries*>(points)}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        connect(points, &QScatterSeries::clicked, this, [this](const QPointF& p) {
            if (const int g = pointGroup(p.x()); g >= 0)
                emit clicked(g, NpsSegment::Nps);
        });
        connect(points, &QScatterSeries::doubleClicked, this, [this](const QPointF& p) {
            if (const int g = pointGroup(p.x()); g >= 0)
                emit doubleClicked(g, NpsSegment::Nps);
        });
        return;
    }

    auto* intervals = new QBoxPlotSeries;
    intervals->setObjectName(QStringLiteral("npsIntervals"));
    QStringList categories;
    for (int g : std::as_const(m_npsGroups)) {
        const engine::NpsFigures& f = result.groups[std::size_t(g)].figures;
        const double nps = *f.nps, moe = *f.moe95;
        intervals->append(
            new QBoxSet(nps - moe, nps - moe, nps, nps + moe, nps + moe, labels.value(g)));
        categories << labels.value(g);
    }
    chart->addSeries(intervals);
    intervals->setBrush(bandColor);
    intervals->setPen(QPen(lead, 2));
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    intervals->attachAxis(x);
    intervals->attachAxis(y);
    connect(intervals, &QBoxPlotSeries::clicked, this, [this, intervals](QBoxSet* set) {
        if (const int i = int(intervals->boxSets().indexOf(set)); i >= 0 && i < m_npsGroups.size())
            emit clicked(m_npsGroups[i], NpsSegment::Nps);
    });
    connect(intervals, &QBoxPlotSeries::doubleClicked, this, [this, intervals](QBoxSet* set) {
        if (const int i = int(intervals->boxSets().indexOf(set)); i >= 0 && i < m_npsGroups.size())
            emit doubleClicked(m_npsGroups[i], NpsSegment::Nps);
    });
}

void SatisfactionCharts::showSplit(const engine::NpsResult& result, const QStringList& labels,
                                   const QPalette& palette)
{
    QChart* chart = reset(m_split, tr("Promoters, passives and detractors"), palette);
    auto* series = new QPercentBarSeries;
    series->setObjectName(QStringLiteral("splitSeries"));
    auto* promoters = new QBarSet(tr("Promoters"));
    auto* passives = new QBarSet(tr("Passives"));
    auto* detractors = new QBarSet(tr("Detractors"));
    QStringList categories;
    for (int g : std::as_const(m_npsGroups)) {
        const engine::NpsFigures& f = result.groups[std::size_t(g)].figures;
        *promoters << qreal(f.promoters);
        *passives << qreal(f.passives);
        *detractors << qreal(f.detractors);
        categories << labels.value(g);
    }
    series->append({promoters, passives, detractors});
    chart->addSeries(series);
    promoters->setColor(promoterColor(palette));
    passives->setColor(passiveColor(palette));
    detractors->setColor(detractorColor(palette));
    for (QBarSet* set : {promoters, passives, detractors})
        set->setBorderColor(Qt::transparent);
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const auto segment = [promoters, passives](QBarSet* set) {
        return set == promoters  ? NpsSegment::Promoters
               : set == passives ? NpsSegment::Passives
                                 : NpsSegment::Detractors;
    };
    connect(series, &QAbstractBarSeries::clicked, this, [this, segment](int index, QBarSet* set) {
        if (index >= 0 && index < m_npsGroups.size())
            emit clicked(m_npsGroups[index], segment(set));
    });
    connect(series, &QAbstractBarSeries::doubleClicked, this,
            [this, segment](int index, QBarSet* set) {
                if (index >= 0 && index < m_npsGroups.size())
                    emit doubleClicked(m_npsGroups[index], segment(set));
            });
}

void SatisfactionCharts::showCsat(const engine::NpsResult& result, const QStringList& labels,
                                  const QPalette& palette)
{
    QChart* chart = reset(m_csat, tr("CSAT: share answering 4 or 5"), palette);
    auto* series = new QBarSeries;
    series->setObjectName(QStringLiteral("csatSeries"));
    auto* set = new QBarSet(tr("CSAT"));
    QStringList categories;
    for (int g : std::as_const(m_csatGroups)) {
        *set << *result.groups[std::size_t(g)].figures.csat * 100.0;
        categories << labels.value(g);
    }
    series->append(set);
    chart->addSeries(series);
    set->setColor(ChartStyle(palette).color(0));
    set->setBorderColor(Qt::transparent);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index >= 0 && index < m_csatGroups.size())
            emit clicked(m_csatGroups[index], NpsSegment::Csat);
    });
    connect(series, &QAbstractBarSeries::doubleClicked, this, [this](int index, QBarSet*) {
        if (index >= 0 && index < m_csatGroups.size())
            emit doubleClicked(m_csatGroups[index], NpsSegment::Csat);
    });
}

int SatisfactionCharts::pointGroup(qreal x) const
{
    int best = -1;
    qreal distance = 0;
    for (int i = 0; i < m_pointX.size(); ++i)
        if (best < 0 || std::abs(m_pointX[i] - x) < distance) {
            best = i;
            distance = std::abs(m_pointX[i] - x);
        }
    return best < 0 ? -1 : m_npsGroups[best];
}

} // namespace rapport::ui
