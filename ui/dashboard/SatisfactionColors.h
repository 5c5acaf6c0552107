// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/ChartStyle.h"

#include <QColor>
#include <QPalette>

namespace rapport::ui {

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

} // namespace rapport::ui
