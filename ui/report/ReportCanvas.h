// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace rapport::report {

/** The report's colours: quiet ink, one accent, and signal colours for up and down. */
namespace ReportColors {
inline const QColor kInk{0x1f, 0x29, 0x33};
inline const QColor kMuted{0x61, 0x6e, 0x7c};
inline const QColor kRule{0xd9, 0xde, 0xe4};
inline const QColor kPanel{0xf4, 0xf6, 0xf8};
inline const QColor kAccent{0x2f, 0x5f, 0xbf};
inline const QColor kAccentLight{0xc9, 0xd8, 0xf2};
inline const QColor kPositive{0x2e, 0x7d, 0x32};
inline const QColor kNegative{0xc0, 0x39, 0x2b};
inline const QColor kNeutral{0x9a, 0xa5, 0xb1};
} // namespace ReportColors

/**
 * Drawing in points on a high-resolution page: geometry is given in points (1/72 inch) and
 * mapped to device units here, fonts are sized in points against the device, so text is
 * laid out at full resolution (no scaled painter, whose glyph advances would be rounded at
 * a few pixels per em). Everything stays vector: text, lines, fills and paths.
 */
class ReportCanvas
{
public:
    ReportCanvas(QPainter& painter, double unitsPerPoint, QString family);

    QPainter& painter() { return m_painter; }
    double unitsPerPoint() const { return m_k; }
    QFont font(double points, bool bold = false) const;

    QRectF map(const QRectF& r) const { return {r.x() * m_k, r.y() * m_k, r.width() * m_k, r.height() * m_k}; }
    QPointF map(const QPointF& p) const { return p * m_k; }

    /** Text in a rectangle (points), elided on the right when it would not fit one line. */
    void text(const QRectF& rect, int flags, const QString& text, double points,
              const QColor& color = ReportColors::kInk, bool bold = false);
    /** Wrapped text; returns the height used, in points. */
    double paragraph(const QRectF& rect, const QString& text, double points, const QColor& color = ReportColors::kInk,
                     bool bold = false);
    double paragraphHeight(double width, const QString& text, double points, bool bold = false) const;
    double textWidth(const QString& text, double points, bool bold = false) const;

    void fill(const QRectF& rect, const QColor& color);
    void frame(const QRectF& rect, const QColor& color, double width = 0.5);
    void line(const QPointF& a, const QPointF& b, const QColor& color, double width = 0.5,
              Qt::PenStyle style = Qt::SolidLine);
    void polyline(const std::vector<QPointF>& points, const QColor& color, double width);
    void polygon(const std::vector<QPointF>& points, const QColor& color);
    void dot(const QPointF& centre, double radius, const QColor& color);
    /** A small triangle pointing up (rising) or down. */
    void arrow(const QPointF& centre, double size, bool up, const QColor& color);

private:
    QPainter& m_painter;
    double m_k;
    QString m_family;
};

} // namespace rapport::report
