// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/ReportCanvas.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace rapport::report {

/** One bar of a horizontal bar chart: a label, a value, and the text written beside it. */
struct Bar
{
    QString label;
    double value = 0;
    QString valueText;
};

/** A table column: its header, width (points) and alignment. */
struct Column
{
    QString header;
    double width = 0;
    Qt::Alignment align = Qt::AlignLeft;
};

/**
 * The report's vector charts, drawn with the canvas (no chart library, no images): direct
 * labels instead of legends, one accent colour, thin rules.
 */
namespace ReportCharts {

/** Horizontal bars, largest scale = max value; labels left, values right of each bar. */
void horizontalBars(ReportCanvas& canvas, const QRectF& rect, const std::vector<Bar>& bars,
                    const QColor& color = ReportColors::kAccent, double labelWidth = 140);

/** A table; cells may be empty. Returns the height used. Rows alternate a light panel. */
double table(ReportCanvas& canvas, const QPointF& topLeft, const std::vector<Column>& columns,
             const QList<QStringList>& rows, double points = 8, double rowHeight = 16);

/** A progress bar for a fraction (clamped at 0; beyond 1 it is full, in the positive colour). */
void progress(ReportCanvas& canvas, const QRectF& rect, std::optional<double> fraction);

/** One series of (x index, optional y) as a line with dots; y runs from yMin to yMax. Points
 *  without a value break the line. band, when given, is drawn behind as ±band[i]. */
void lineChart(ReportCanvas& canvas, const QRectF& plot, const QStringList& xLabels,
               const std::vector<std::optional<double>>& values, double yMin, double yMax,
               const std::vector<std::optional<double>>& band, const QStringList& valueLabels);

/** Vertical bars (one per x label) with their value labels above. */
void columnChart(ReportCanvas& canvas, const QRectF& plot, const QStringList& xLabels,
                 const std::vector<std::optional<double>>& values, double yMax, const QStringList& valueLabels,
                 const QColor& color = ReportColors::kAccent);

/** A colour between the panel and the accent for a share 0–1. */
QColor heat(double share);

} // namespace ReportCharts

} // namespace rapport::report
