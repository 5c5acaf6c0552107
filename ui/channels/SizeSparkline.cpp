// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/channels/SizeSparkline.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace rapport::ui {

SizeSparkline::SizeSparkline(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sizeSparkline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SizeSparkline::setSizes(const QList<model::AudienceSize>& sizes)
{
    m_sizes = sizes;
    std::sort(m_sizes.begin(), m_sizes.end(),
              [](const model::AudienceSize& a, const model::AudienceSize& b) { return a.date < b.date; });
    setToolTip(m_sizes.isEmpty()
                   ? QString()
                   : tr("%1: %2 → %3: %4")
                         .arg(QLocale().toString(m_sizes.first().date, QLocale::ShortFormat),
                              QLocale().toString(m_sizes.first().size),
                              QLocale().toString(m_sizes.last().date, QLocale::ShortFormat),
                              QLocale().toString(m_sizes.last().size)));
    update();
}

QSize SizeSparkline::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 5};
}

QSize SizeSparkline::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 16, fontMetrics().height() * 4};
}

QRectF SizeSparkline::plotArea() const
{
    const QFontMetrics fm = fontMetrics();
    // Room for the labels: the first size at the left, the latest at the right, the dates below.
    const QLocale locale;
    int label = fm.horizontalAdvance(QStringLiteral("0"));
    for (const model::AudienceSize& s : m_sizes)
        label = std::max(label, fm.horizontalAdvance(locale.toString(s.size)));
    const qreal margin = 6;
    return QRectF(margin + label + 6, margin + fm.height() / 2.0,
                  width() - 2 * (margin + label + 6), height() - 2 * margin - fm.height() * 1.5);
}

QList<QPointF> SizeSparkline::points() const
{
    QList<QPointF> points;
    if (m_sizes.isEmpty())
        return points;
    const QRectF area = plotArea();
    const qint64 firstDay = m_sizes.first().date.toJulianDay();
    const qint64 days = std::max<qint64>(1, m_sizes.last().date.toJulianDay() - firstDay);
    qint64 low = m_sizes.first().size, high = low;
    for (const model::AudienceSize& s : m_sizes) {
        low = std::min(low, s.size);
        high = std::max(high, s.size);
    }
    const double span = high > low ? double(high - low) : 1.0;
    for (const model::AudienceSize& s : m_sizes) {
        const double x = m_sizes.size() == 1 ? area.center().x()
                                              : area.left() + area.width() *
                                                    double(s.date.toJulianDay() - firstDay) / days;
        const double y = high > low ? area.bottom() - area.height() * double(s.size - low) / span
                                    : area.center().y();
        points << QPointF(x, y);
    }
    return points;
}

void SizeSparkline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    if (m_sizes.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No audience sizes yet: add one with Ins."));
        return;
    }
    const QList<QPointF> pts = points();
    const QRectF area = plotArea();
    const QLocale locale;
    // The time axis, faint.
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawLine(QPointF(area.left(), area.bottom() + 3), QPointF(area.right(), area.bottom() + 3));
    QPainterPath path(pts.first());
    for (qsizetype i = 1; i < pts.size(); ++i)
        path.lineTo(pts[i]);
    p.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(pal.color(QPalette::Highlight));
    p.setPen(Qt::NoPen);
    p.drawEllipse(pts.last(), 3, 3);
    if (pts.size() > 1)
        p.drawEllipse(pts.first(), 2, 2);
    // Direct labels: sizes beside the ends, dates under them.
    p.setPen(pal.color(QPalette::Text));
    const QString last = locale.toString(m_sizes.last().size);
    p.drawText(QRectF(pts.last().x() + 6, pts.last().y() - fm.height() / 2.0, fm.horizontalAdvance(last) + 2,
                      fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, last);
    p.setPen(pal.color(QPalette::PlaceholderText));
    const qreal dateY = area.bottom() + 5;
    if (pts.size() > 1) {
        const QString first = locale.toString(m_sizes.first().size);
        const qreal w = fm.horizontalAdvance(first) + 2;
        p.drawText(QRectF(pts.first().x() - 6 - w, pts.first().y() - fm.height() / 2.0, w, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, first);
        p.drawText(QRectF(area.left(), dateY, area.width() / 2, fm.height()), Qt::AlignLeft | Qt::AlignTop,
                   locale.toString(m_sizes.first().date, QLocale::ShortFormat));
    }
    p.drawText(QRectF(area.center().x(), dateY, area.width() / 2, fm.height()), Qt::AlignRight | Qt::AlignTop,
               locale.toString(m_sizes.last().date, QLocale::ShortFormat));
}

FractionBarDelegate::FractionBarDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent), m_role(role)
{
}

void FractionBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const QVariant fraction = index.data(m_role);
    if (!fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = int(std::clamp(fraction.toDouble(), 0.0, 1.0) * 100 + 0.5);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace rapport::ui
