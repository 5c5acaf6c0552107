// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/RetentionHeatDelegate.h"

#include "ui/dashboard/RetentionTableModel.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rapport::ui {

namespace {

double luminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QColor blend(const QColor& a, const QColor& b, double t)
{
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
                            float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

} // namespace

double RetentionHeatDelegate::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor RetentionHeatDelegate::background(const QPalette& palette, double rate)
{
    // Even a small rate gets a visible tint; 100 % is the full highlight colour.
    const double t = rate <= 0 ? 0 : 0.12 + 0.88 * std::min(rate, 1.0);
    return blend(palette.color(QPalette::Active, QPalette::Base),
                 palette.color(QPalette::Active, QPalette::Highlight), t);
}

QColor RetentionHeatDelegate::foreground(const QPalette& palette, double rate)
{
    const QColor back = background(palette, rate);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor onHighlight = palette.color(QPalette::Active, QPalette::HighlightedText);
    const QColor best = contrast(text, back) >= contrast(onHighlight, back) ? text : onHighlight;
    if (contrast(best, back) >= 4.5)
        return best;
    // Neither palette colour reads well on a mid-tone: black or white always reach 4.5:1.
    return contrast(Qt::black, back) >= contrast(Qt::white, back) ? QColor(Qt::black)
                                                                  : QColor(Qt::white);
}

void RetentionHeatDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    const QVariant rate = index.data(RetentionTableModel::RateRole);
    if (!rate.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double r = rate.toDouble();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->fillRect(opt.rect, background(opt.palette, r));
    if (opt.state & QStyle::State_Selected) {
        // The heat stays visible under a selection: a frame instead of a fill.
        painter->save();
        painter->setPen(QPen(opt.palette.color(QPalette::Active, QPalette::Text), 2));
        painter->drawRect(opt.rect.adjusted(1, 1, -1, -1));
        painter->restore();
    }
    opt.state &= ~QStyle::State_Selected;
    opt.backgroundBrush = Qt::NoBrush;
    opt.palette.setColor(QPalette::Text, foreground(opt.palette, r));
    opt.palette.setColor(QPalette::HighlightedText, foreground(opt.palette, r));
    QStyledItemDelegate::paint(painter, opt, index);
}

} // namespace rapport::ui
