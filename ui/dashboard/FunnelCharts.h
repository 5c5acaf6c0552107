// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSeries;
class QValueAxis;

namespace rapport::ui {

/**
 * Bars in the system palette (readable in dark mode), labelled directly with their values.
 * One bar set per series name; categories along the x axis. Clicking a bar emits
 * barClicked(set, category).
 */
class FunnelBarChart : public QChartView
{
    Q_OBJECT

public:
    explicit FunnelBarChart(QWidget* parent = nullptr);

    /** values[set][category]; a legend lists the set names when there are several. */
    void setBars(const QStringList& categories, const QStringList& setNames,
                 const QList<QList<double>>& values);
    void clear();

    QBarSeries* series() const { return m_series; }
    QStringList categories() const;
    /** Where the middle of a bar is, in viewport coordinates (for tooltips and tests). */
    QPoint barCenter(int set, int category) const;

signals:
    void barClicked(int set, int category);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QBarSeries* m_series;
    QBarCategoryAxis* m_categoryAxis;
    QValueAxis* m_valueAxis;
};

} // namespace rapport::ui
