// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

namespace rapport::ui {

/**
 * Paints a retention cell's background by its rate (RetentionTableModel::RateRole): the
 * palette's base colour blended towards its highlight colour, more for higher rates, and
 * the text in whichever of the palette's text and highlighted-text colours stands out more
 * from that background (black or white where neither reaches a contrast of 4.5:1). Built from the
 * palette only, so it reads in light and dark mode.
 */
class RetentionHeatDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** The background of a cell with this rate (0–1). */
    static QColor background(const QPalette& palette, double rate);
    /** The text colour drawn over background(palette, rate). */
    static QColor foreground(const QPalette& palette, double rate);
    /** WCAG 2 contrast ratio of two colours (1 … 21). */
    static double contrast(const QColor& a, const QColor& b);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace rapport::ui
