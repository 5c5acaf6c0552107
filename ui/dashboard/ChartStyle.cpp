// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChartStyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QXYSeries>

#include <algorithm>
#include <array>
#include <cmath>

namespace rapport::ui {

namespace {

// The Okabe–Ito hues (without its black and yellow, which vanish on one of the two
// backgrounds), then a brown and a grey; readable() adjusts their lightness per background.
constexpr std::array<QRgb, 8> kHues = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
                                       0xE69F00, 0x56B4E9, 0x8C564B, 0x7F7F7F};

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor& a, const QColor& b, double share) // share of b
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

ChartStyle::ChartStyle(const QPalette& palette)
    : m_dark(isDark(palette)), m_background(palette.color(QPalette::Active, QPalette::Window)),
      m_text(palette.color(QPalette::Active, QPalette::WindowText))
{
    m_muted = mix(m_text, m_background, 0.35);
    m_grid = mix(m_text, m_background, m_dark ? 0.75 : 0.85);
    for (QRgb hue : kHues)
        m_colors << readable(QColor(hue), m_background);
}

bool ChartStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightnessF() < 0.5;
}

QChart::ChartTheme ChartStyle::theme() const
{
    return m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
}

int ChartStyle::colorCount()
{
    return int(kHues.size());
}

QColor ChartStyle::color(int i) const
{
    return m_colors[std::max(0, i) % m_colors.size()];
}

QColor ChartStyle::fill(int i) const
{
    QColor c = color(i);
    c.setAlphaF(m_dark ? 0.35f : 0.25f);
    return c;
}

double ChartStyle::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ChartStyle::readable(const QColor& c, const QColor& background, double minContrast)
{
    if (contrast(c, background) >= minContrast)
        return c;
    // Away from the background: lighter on a dark one, darker on a light one.
    const bool lighten = luminance(background) < 0.18;
    float h, s, l, a;
    c.getHslF(&h, &s, &l, &a);
    QColor best = c;
    for (int step = 1; step <= 50; ++step) {
        l = std::clamp(l + (lighten ? 0.02f : -0.02f), 0.0f, 1.0f);
        best = QColor::fromHslF(h, s, l, a);
        if (contrast(best, background) >= minContrast || l <= 0.0f || l >= 1.0f)
            break;
    }
    return best;
}

void ChartStyle::apply(QChart* chart) const
{
    chart->setTheme(theme());
    chart->setBackgroundBrush(m_background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(m_text);
    chart->legend()->setLabelColor(m_text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(m_text);
        axis->setTitleBrush(m_muted);
        axis->setGridLineColor(m_grid);
        axis->setMinorGridLineColor(mix(m_grid, m_background, 0.5));
        axis->setLinePenColor(m_grid);
        axis->setShadesVisible(false);
    }
    int i = 0;
    const auto series = chart->series();
    for (QAbstractSeries* s : series) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            const auto sets = bars->barSets();
            for (QBarSet* set : sets) {
                set->setColor(color(i));
                set->setBorderColor(color(i));
                set->setLabelColor(m_text);
                ++i;
            }
        } else if (auto* area = qobject_cast<QAreaSeries*>(s)) {
            area->setColor(fill(i));
            area->setBorderColor(color(i));
            ++i;
        } else if (auto* xy = qobject_cast<QXYSeries*>(s)) {
            xy->setColor(color(i));
            xy->setPointLabelsColor(m_text);
            ++i;
        } else if (auto* pie = qobject_cast<QPieSeries*>(s)) {
            const auto slices = pie->slices();
            for (QPieSlice* slice : slices) {
                slice->setColor(color(i));
                slice->setBorderColor(m_background);
                slice->setLabelColor(m_text);
                ++i;
            }
        }
    }
}

} // namespace rapport::ui
