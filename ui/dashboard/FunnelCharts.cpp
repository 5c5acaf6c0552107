// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/FunnelCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace rapport::ui {

FunnelBarChart::FunnelBarChart(QWidget* parent)
    : QChartView(parent), m_series(new QBarSeries), m_categoryAxis(new QBarCategoryAxis),
      m_valueAxis(new QValueAxis)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // a filter change repaints at once
    chart->addSeries(m_series);
    chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    applyPalette();
}

void FunnelBarChart::setBars(const QStringList& categories, const QStringList& setNames,
                             const QList<QList<double>>& values)
{
    m_series->clear();
    m_categoryAxis->clear();
    m_categoryAxis->append(categories);
    double top = 0;
    for (qsizetype s = 0; s < setNames.size(); ++s) {
        auto* set = new QBarSet(setNames[s]);
        const QList<double>& row = values.value(s);
        for (qsizetype c = 0; c < categories.size(); ++c) {
            set->append(row.value(c));
            top = std::max(top, row.value(c));
        }
        const int index = int(s);
        connect(set, &QBarSet::clicked, this,
                [this, index](int category) { emit barClicked(index, category); });
        m_series->append(set);
    }
    // Room above the tallest bar for its label.
    m_valueAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    m_valueAxis->applyNiceNumbers();
    chart()->legend()->setVisible(setNames.size() > 1);
    applyPalette();
}

void FunnelBarChart::clear()
{
    setBars({}, {}, {});
}

QStringList FunnelBarChart::categories() const
{
    return m_categoryAxis->categories();
}

QPoint FunnelBarChart::barCenter(int set, int category) const
{
    const int sets = m_series->count();
    const QBarSet* bars = m_series->barSets().value(set);
    if (!bars || sets == 0)
        return {};
    // Bar sets share barWidth() of each category, side by side.
    const double width = m_series->barWidth();
    const double x = category - width / 2 + (set + 0.5) * width / sets;
    const QPointF inChart = chart()->mapToPosition(QPointF(x, bars->at(category) / 2), m_series);
    return mapFromScene(chart()->mapToScene(inChart));
}

void FunnelBarChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void FunnelBarChart::applyPalette()
{
    const QPalette p = palette();
    chart()->setBackgroundBrush(p.base());
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_categoryAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
    m_series->setLabelsVisible(true);
    // One hue (the highlight's), from strong to light: steps of a funnel read in order. On a
    // dark base the order of lightness is reversed so the first set stays the most visible.
    const QList<QBarSet*> sets = m_series->barSets();
    const QColor highlight = p.color(QPalette::Highlight);
    const bool dark = p.color(QPalette::Base).lightness() < 128;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const double t = sets.size() > 1 ? double(i) / double(sets.size() - 1) : 0;
        const int lightness = int(dark ? 170 - 90 * t : 90 + 90 * t);
        const QColor c = QColor::fromHsl(highlight.hslHue() < 0 ? 210 : highlight.hslHue(),
                                         std::max(90, highlight.hslSaturation()), lightness);
        sets[i]->setColor(c);
        sets[i]->setBorderColor(c);
        sets[i]->setLabelColor(p.color(QPalette::Text));
    }
}

} // namespace rapport::ui
