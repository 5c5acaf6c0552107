// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportCanvas.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QPolygonF>
#include <QTextLayout>

namespace rapport::report {

ReportCanvas::ReportCanvas(QPainter& painter, double unitsPerPoint, QString family)
    : m_painter(painter), m_k(unitsPerPoint), m_family(std::move(family))
{
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

QFont ReportCanvas::font(double points, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: QPdfWriter would extract "fi" as one code point, which search misses.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void ReportCanvas::text(const QRectF& rect, int flags, const QString& text, double points, const QColor& color,
                        bool bold)
{
    const QFont f = font(points, bold);
    m_painter.setFont(f);
    m_painter.setPen(color);
    const QRectF target = map(rect);
    QString shown = text;
    if (!(flags & Qt::TextWordWrap)) {
        const QFontMetricsF metrics(f, m_painter.device());
        if (metrics.horizontalAdvance(text) > target.width())
            shown = metrics.elidedText(text, Qt::ElideRight, target.width());
    }
    m_painter.drawText(target, flags, shown);
}

double ReportCanvas::paragraph(const QRectF& rect, const QString& text, double points, const QColor& color,
                               bool bold)
{
    const QFont f = font(points, bold);
    m_painter.setFont(f);
    m_painter.setPen(color);
    const QRectF target = map(rect);
    QRectF used;
    m_painter.drawText(target, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
    return used.height() / m_k;
}

double ReportCanvas::paragraphHeight(double width, const QString& text, double points, bool bold) const
{
    const QFontMetricsF metrics(font(points, bold), m_painter.device());
    return metrics.boundingRect(QRectF(0, 0, width * m_k, 1e9), Qt::AlignLeft | Qt::TextWordWrap, text).height() / m_k;
}

double ReportCanvas::textWidth(const QString& text, double points, bool bold) const
{
    const QFontMetricsF metrics(font(points, bold), m_painter.device());
    return metrics.horizontalAdvance(text) / m_k;
}

void ReportCanvas::fill(const QRectF& rect, const QColor& color)
{
    m_painter.fillRect(map(rect), color);
}

void ReportCanvas::frame(const QRectF& rect, const QColor& color, double width)
{
    m_painter.setPen(QPen(color, width * m_k));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(map(rect));
}

void ReportCanvas::line(const QPointF& a, const QPointF& b, const QColor& color, double width, Qt::PenStyle style)
{
    QPen pen(color, width * m_k, style);
    pen.setCapStyle(Qt::FlatCap);
    m_painter.setPen(pen);
    m_painter.drawLine(map(a), map(b));
}

void ReportCanvas::polyline(const std::vector<QPointF>& points, const QColor& color, double width)
{
    if (points.size() < 2)
        return;
    QPen pen(color, width * m_k);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    m_painter.setPen(pen);
    m_painter.setBrush(Qt::NoBrush);
    QPolygonF polygon;
    for (const QPointF& p : points)
        polygon << map(p);
    m_painter.drawPolyline(polygon);
}

void ReportCanvas::polygon(const std::vector<QPointF>& points, const QColor& color)
{
    QPolygonF polygon;
    for (const QPointF& p : points)
        polygon << map(p);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(color);
    m_painter.drawPolygon(polygon);
}

void ReportCanvas::dot(const QPointF& centre, double radius, const QColor& color)
{
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(color);
    m_painter.drawEllipse(map(centre), radius * m_k, radius * m_k);
}

void ReportCanvas::arrow(const QPointF& c, double size, bool up, const QColor& color)
{
    const double h = size / 2;
    if (up)
        polygon({{c.x() - h, c.y() + h * 0.8}, {c.x() + h, c.y() + h * 0.8}, {c.x(), c.y() - h * 0.8}}, color);
    else
        polygon({{c.x() - h, c.y() - h * 0.8}, {c.x() + h, c.y() - h * 0.8}, {c.x(), c.y() + h * 0.8}}, color);
}

} // namespace rapport::report
