// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/ChartStyle.h"

#include <QChart>
#include <QColor>
#include <QPalette>

namespace rapport::ui {

/** Whether the palette's window colour is dark (ChartStyle::isDark). */
inline bool isDarkPalette(const QPalette& palette)
{
    return ChartStyle::isDark(palette);
}

/** Styles a new chart (no series yet) as every dashboard chart is: ChartStyle::apply.
 *  Call it before setting colours of your own: the theme recolours the series. */
inline void applyPaletteTheme(QChart* chart, const QPalette& palette)
{
    ChartStyle(palette).apply(chart);
}

/** The satisfaction colours keep their meaning in both modes (Okabe–Ito hues), made
 *  readable against the palette's window colour. */
inline QColor promoterColor(const QPalette& palette)
{
    return ChartStyle::readable(QColor(0x00, 0x9E, 0x73), palette.color(QPalette::Window));
}
inline QColor passiveColor(const QPalette& palette)
{
    return ChartStyle::readable(QColor(0x99, 0x99, 0x99), palette.color(QPalette::Window));
}
inline QColor detractorColor(const QPalette& palette)
{
    return ChartStyle::readable(QColor(0xD5, 0x5E, 0x00), palette.color(QPalette::Window));
}
/** The leading series: the dashboard's first colour. */
inline QColor leadColor(const QPalette& palette)
{
    return ChartStyle(palette).color(0);
}

} // namespace rapport::ui
