// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QChart>
#include <QColor>
#include <QPalette>

namespace rapport::ui {

/** Whether the palette's window colour is dark (lightness below one half). */
inline bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

/**
 * Gives a chart the light or dark Qt Charts theme that suits palette, its window colour as
 * background and its text colour for titles, so the chart reads as the rest of the window in
 * either mode. Call it before setting colours of your own: the theme recolours the series.
 */
inline void applyPaletteTheme(QChart* chart, const QPalette& palette)
{
    chart->setTheme(isDarkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
}

/** Colours that keep their meaning in both modes (Okabe–Ito, readable on light and dark). */
inline QColor promoterColor()
{
    return QColor(0x00, 0x9E, 0x73);
}
inline QColor passiveColor()
{
    return QColor(0x99, 0x99, 0x99);
}
inline QColor detractorColor()
{
    return QColor(0xD5, 0x5E, 0x00);
}
inline QColor leadColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
}

} // namespace rapport::ui
