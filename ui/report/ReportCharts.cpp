// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportCharts.h"

#include <algorithm>
#include <cmath>

namespace rapport::report::ReportCharts {

void horizontalBars(ReportCanvas& canvas, const QRectF& rect, const std::vector<Bar>& bars, const QColor& color,
                    double labelWidth)
{
    if (bars.empty())
        return;
    double maxValue = 0;
    double valueWidth = 0;
    for (const Bar& b : bars) {
        maxValue = std::max(maxValue, b.value);
        valueWidth = std::max(valueWidth, canvas.textWidth(b.valueText, 8));
    }
    const double rowHeight = std::min(22.0, rect.height() / double(bars.size()));
    const double barHeight = rowHeight * 0.62;
    const double barLeft = rect.left() + labelWidth + 6;
    const double barSpace = std::max(10.0, rect.right() - barLeft - valueWidth - 6);
    double y = rect.top();
    for (const Bar& b : bars) {
        canvas.text(QRectF(rect.left(), y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter, b.label, 8);
        const double w = maxValue > 0 ? barSpace * b.value / maxValue : 0;
        canvas.fill(QRectF(barLeft, y + (rowHeight - barHeight) / 2, std::max(w, 0.6), barHeight), color);
        canvas.text(QRectF(barLeft + w + 4, y, valueWidth + 4, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                    b.valueText, 8, ReportColors::kInk);
        y += rowHeight;
    }
}

double table(ReportCanvas& canvas, const QPointF& topLeft, const std::vector<Column>& columns,
             const QList<QStringList>& rows, double points, double rowHeight)
{
    double width = 0;
    for (const Column& c : columns)
        width += c.width;
    const double pad = 4;
    double y = topLeft.y();
    double x = topLeft.x();
    for (const Column& c : columns) {
        canvas.text(QRectF(x + pad, y, c.width - 2 * pad, rowHeight), c.align | Qt::AlignVCenter, c.header,
                    points - 0.5, ReportColors::kMuted, true);
        x += c.width;
    }
    y += rowHeight;
    canvas.line({topLeft.x(), y}, {topLeft.x() + width, y}, ReportColors::kInk, 0.6);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (r % 2 == 1)
            canvas.fill(QRectF(topLeft.x(), y, width, rowHeight), ReportColors::kPanel);
        x = topLeft.x();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            canvas.text(QRectF(x + pad, y, columns[c].width - 2 * pad, rowHeight),
                        columns[c].align | Qt::AlignVCenter, rows[r].value(qsizetype(c)), points);
            x += columns[c].width;
        }
        y += rowHeight;
    }
    canvas.line({topLeft.x(), y}, {topLeft.x() + width, y}, ReportColors::kRule, 0.5);
    return y - topLeft.y();
}

void progress(ReportCanvas& canvas, const QRectF& rect, std::optional<double> fraction)
{
    canvas.fill(rect, ReportColors::kPanel);
    if (!fraction)
        return;
    const double f = std::clamp(*fraction, 0.0, 1.0);
    canvas.fill(QRectF(rect.left(), rect.top(), rect.width() * f, rect.height()),
                *fraction >= 1.0 ? ReportColors::kPositive : ReportColors::kAccent);
}

namespace {

double yOf(const QRectF& plot, double v, double yMin, double yMax)
{
    return plot.bottom() - (v - yMin) / (yMax - yMin) * plot.height();
}

void xAxis(ReportCanvas& canvas, const QRectF& plot, const QStringList& labels)
{
    const double step = plot.width() / double(std::max<qsizetype>(1, labels.size()));
    canvas.line(plot.bottomLeft(), plot.bottomRight(), ReportColors::kMuted, 0.5);
    for (qsizetype i = 0; i < labels.size(); ++i)
        canvas.text(QRectF(plot.left() + step * double(i), plot.bottom() + 2, step, 12), Qt::AlignCenter, labels[i],
                    6.5, ReportColors::kMuted);
}

} // namespace

void lineChart(ReportCanvas& canvas, const QRectF& plot, const QStringList& xLabels,
               const std::vector<std::optional<double>>& values, double yMin, double yMax,
               const std::vector<std::optional<double>>& band, const QStringList& valueLabels)
{
    const double step = plot.width() / double(std::max<std::size_t>(1, values.size()));
    auto xOf = [&](std::size_t i) { return plot.left() + step * (double(i) + 0.5); };
    // Grid: round steps (25 for a range over 50, else 10), the zero line darker.
    const double gridStep = (yMax - yMin) > 50 ? 25 : 10;
    for (double v = std::ceil(yMin / gridStep) * gridStep; v <= yMax + 1e-9; v += gridStep) {
        const double y = yOf(plot, v, yMin, yMax);
        canvas.line({plot.left(), y}, {plot.right(), y}, v == 0 ? ReportColors::kMuted : ReportColors::kRule,
                    v == 0 ? 0.6 : 0.4, v == 0 ? Qt::SolidLine : Qt::DotLine);
        canvas.text(QRectF(plot.left() - 30, y - 6, 26, 12), Qt::AlignRight | Qt::AlignVCenter,
                    QString::number(std::lround(v)), 6.5, ReportColors::kMuted);
    }
    xAxis(canvas, plot, xLabels);
    // The margin band, in runs of consecutive points with a value.
    std::size_t i = 0;
    while (i < values.size()) {
        if (!values[i] || i >= band.size() || !band[i]) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < values.size() && values[j] && j < band.size() && band[j])
            ++j;
        std::vector<QPointF> polygon;
        for (std::size_t k = i; k < j; ++k)
            polygon.push_back({xOf(k), yOf(plot, std::min(yMax, *values[k] + *band[k]), yMin, yMax)});
        for (std::size_t k = j; k-- > i;)
            polygon.push_back({xOf(k), yOf(plot, std::max(yMin, *values[k] - *band[k]), yMin, yMax)});
        if (j - i == 1) { // a lone point: a short vertical bar for its band
            const double x = xOf(i);
            polygon = {{x - 2, polygon[0].y()}, {x + 2, polygon[0].y()}, {x + 2, polygon[1].y()},
                       {x - 2, polygon[1].y()}};
        }
        canvas.polygon(polygon, ReportColors::kAccentLight);
        i = j;
    }
    std::vector<QPointF> run;
    for (std::size_t k = 0; k <= values.size(); ++k) {
        if (k < values.size() && values[k]) {
            run.push_back({xOf(k), yOf(plot, *values[k], yMin, yMax)});
            continue;
        }
        canvas.polyline(run, ReportColors::kAccent, 1.6);
        run.clear();
    }
    for (std::size_t k = 0; k < values.size(); ++k) {
        if (!values[k])
            continue;
        const QPointF p(xOf(k), yOf(plot, *values[k], yMin, yMax));
        canvas.dot(p, 2.2, ReportColors::kAccent);
        canvas.text(QRectF(p.x() - step / 2, p.y() - 15, step, 11), Qt::AlignCenter,
                    valueLabels.value(qsizetype(k)), 7, ReportColors::kInk, true);
    }
}

void columnChart(ReportCanvas& canvas, const QRectF& plot, const QStringList& xLabels,
                 const std::vector<std::optional<double>>& values, double yMax, const QStringList& valueLabels,
                 const QColor& color)
{
    const double step = plot.width() / double(std::max<std::size_t>(1, values.size()));
    xAxis(canvas, plot, xLabels);
    for (std::size_t k = 0; k < values.size(); ++k) {
        if (!values[k])
            continue;
        const double h = yMax > 0 ? plot.height() * std::clamp(*values[k] / yMax, 0.0, 1.0) : 0;
        const double x = plot.left() + step * double(k);
        canvas.fill(QRectF(x + step * 0.18, plot.bottom() - h, step * 0.64, h), color);
        canvas.text(QRectF(x, plot.bottom() - h - 12, step, 11), Qt::AlignCenter, valueLabels.value(qsizetype(k)), 6.5,
                    ReportColors::kInk);
    }
}

QColor heat(double share)
{
    const double t = std::clamp(share, 0.0, 1.0);
    const QColor a = QColor(0xf1, 0xf5, 0xfc), b = ReportColors::kAccent;
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace rapport::report::ReportCharts
