// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/NpsResult.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QChart;
class QChartView;
class QPalette;

namespace rapport::ui {

/**
 * The satisfaction view's charts, drawn from one engine::NpsResult:
 * - NPS with its 95 % margin of error. Over time (monthly groups; x = months since the first
 *   one shown): a line through the months' NPS with the band nps ± moe95 behind it (an area
 *   between an upper and a lower line) and a marker per month; per campaign or audience: a box per
 * group from nps − moe95 to nps + moe95 with the NPS as its middle line.
 * - The promoter / passive / detractor split: one stacked bar (shares) per group.
 * - CSAT: one bar per group, the share of 4–5 answers in per cent.
 * Groups without an NPS answer are left out of the first two, groups without a CSAT answer
 * out of the third; npsGroups() and csatGroups() say which group each bar or point shows.
 *
 * Series are named (objectName) npsLine, npsUpper, npsLower, npsBand, npsPoints (over time)
 * or npsIntervals (per group), splitSeries, csatSeries.
 */
class SatisfactionCharts : public QObject
{
    Q_OBJECT

public:
    enum class Axis
    {
        Time,
        Groups
    };

    SatisfactionCharts(QChartView* nps, QChartView* split, QChartView* csat,
                       QObject* parent = nullptr);

    /** labels: one per result group, as the bars show them. */
    void show(const engine::NpsResult& result, Axis axis, const QStringList& labels,
              const QPalette& palette);

    /** The result group of each NPS point, interval and split bar, in chart order. */
    const QList<int>& npsGroups() const { return m_npsGroups; }
    /** The result group of each CSAT bar. */
    const QList<int>& csatGroups() const { return m_csatGroups; }

signals:
    /** A point, interval or bar segment was clicked: the responses of that result group in
     *  that segment are meant. */
    void clicked(int group, engine::NpsSegment segment);
    void doubleClicked(int group, engine::NpsSegment segment);

private:
    void showNps(const engine::NpsResult& result, Axis axis, const QStringList& labels,
                 const QPalette& palette);
    void showSplit(const engine::NpsResult& result, const QStringList& labels,
                   const QPalette& palette);
    void showCsat(const engine::NpsResult& result, const QStringList& labels,
                  const QPalette& palette);
    /** The chart of view emptied of series and axes, themed for palette. */
    static QChart* reset(QChartView* view, const QString& title, const QPalette& palette);
    int pointGroup(qreal x) const;

    QChartView* m_nps;
    QChartView* m_split;
    QChartView* m_csat;
    QList<int> m_npsGroups;
    QList<int> m_csatGroups;
    QList<qreal> m_pointX; // x of each NPS point over time (months since the first)
};

} // namespace rapport::ui
