// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>
#include <QColor>
#include <QList>
#include <QPalette>

namespace rapport::ui {

/**
 * How the dashboard's charts look, in light and in dark mode: every view draws with one.
 *
 * Dark or light is read from the palette the chart is shown with (the window colour's
 * lightness below one half means dark), not from a setting, so a chart follows the desktop
 * theme and the palette a test sets.
 *
 * Colours. color(i) is the i-th of a fixed sequence of hues (blue, vermillion, bluish green,
 * reddish purple, orange, sky blue, brown, grey: the Okabe–Ito order, told apart with the
 * common colour-vision deficiencies), each moved lighter or darker until it stands out from
 * the window colour by a contrast ratio of at least 3:1 (WCAG's figure for graphics). So
 * series i has the same hue in both modes, and a bar is visible on either background.
 * Text and grid come from the palette (text(), grid()), so labels read as the rest of the UI.
 *
 * Using it, in a view's recompute() after the series and axes are in the chart:
 *
 *     const ChartStyle style(palette());
 *     style.apply(chart);          // theme, background, axes, legend, series colours 0, 1, …
 *     set->setColor(style.color(2)); // a particular colour, after apply()
 *
 * apply() calls QChart::setTheme(), which recolours everything, so call it before any colour
 * of your own. A painted (non-QChart) widget uses color(), text(), grid(), background() and
 * target() directly. When the palette changes (the user switches to dark mode) the dashboard
 * area marks every view stale and recomputes the one shown, so a view that styles its charts
 * in recompute() follows without more code.
 */
class ChartStyle
{
public:
    explicit ChartStyle(const QPalette& palette);

    /** Whether the palette's window colour is dark (HSL lightness < 0.5). */
    static bool isDark(const QPalette& palette);
    bool isDark() const { return m_dark; }
    /** QChart::ChartThemeDark or ChartThemeLight. */
    QChart::ChartTheme theme() const;

    /** The i-th series colour (any i ≥ 0; the sequence repeats after colorCount()). */
    QColor color(int i) const;
    static int colorCount();
    /** color(i) a little lighter (dark mode) or more transparent, for bands and areas. */
    QColor fill(int i) const;
    /** The marker of a goal's target or a reference line: the palette's text colour. */
    QColor target() const { return m_text; }
    QColor text() const { return m_text; }
    /** Secondary text: axis titles, notes. */
    QColor mutedText() const { return m_muted; }
    QColor grid() const { return m_grid; }
    QColor background() const { return m_background; }

    /** Theme, background, title/label/grid colours of the axes and legend, and series
     *  colours in order (bar sets, line/scatter/area series, pie slices). */
    void apply(QChart* chart) const;

    /** WCAG 2 contrast ratio of two colours (1 … 21). */
    static double contrast(const QColor& a, const QColor& b);
    /** c moved in lightness (keeping its hue) until its contrast with background is at least
     *  minContrast, or as far as it goes. */
    static QColor readable(const QColor& c, const QColor& background, double minContrast = 3.0);

private:
    bool m_dark;
    QColor m_background;
    QColor m_text;
    QColor m_muted;
    QColor m_grid;
    QList<QColor> m_colors;
};

} // namespace rapport::ui
