// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QTableWidget;

namespace rapport::ui {

class FunnelBarChart;
class FunnelFigures;

/**
 * What both funnel views show of a FunnelFigures: the steps as bars (people per step) and as
 * a table (people, overall and step conversion, median time to convert), and the breakdown
 * as grouped bars (the largest groups side by side, a bar per step). Clicking a bar, or a
 * step's row, emits drillDown() with exactly the people behind it (FunnelFigures::people).
 *
 * With an audience step (the lifecycle funnel) the first bar is everyone counted, conversion
 * is measured from it, and the funnel's own steps follow.
 */
class FunnelFiguresPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kChartGroups = 8; ///< groups drawn; the table lists all

    explicit FunnelFiguresPanel(QWidget* parent = nullptr);

    /** Shows figures (kept by reference until the next show() or clear()). stepNames: the
     *  funnel's steps; audienceStep: the name of a leading "in audience" step, or empty. */
    void show(const FunnelFigures& figures, const QStringList& stepNames,
              const QString& audienceStep = {});
    void clear(const QString& message = {});

    /** Header row first: [Group,] Step, People, Overall conversion, Step conversion, Median
     *  time to convert (days); the totals, then each group's steps. */
    QList<QStringList> table() const;

    FunnelBarChart* stepsChart() const { return m_stepsChart; }
    QTableWidget* stepsTable() const { return m_stepsTable; }
    FunnelBarChart* breakdownChart() const { return m_breakdownChart; }
    /** Index into figures.groups() of each category of the breakdown chart. */
    const std::vector<int>& chartGroups() const { return m_chartGroups; }

signals:
    void drillDown(const QString& title, const QList<qint64>& personKeys);

private:
    struct Row
    {
        QString step;
        double people = 0;
        double overall = 0, stepRate = 0;
        bool known = true; ///< false: no count ("in audience" of a campaign group)
        std::optional<std::int64_t> median;
    };
    std::vector<Row> rows(int group) const;
    /** Figure step (0 = in audience) of a displayed position. */
    int figureStep(int position) const;
    void drill(int position, int group);

    const FunnelFigures* m_figures = nullptr;
    QStringList m_names; ///< displayed steps (with the audience step first when there is one)
    bool m_audienceStep = false;
    std::vector<int> m_chartGroups;
    bool m_groupAudience = false; ///< the breakdown chart has an "in audience" set
    QLabel* m_messageLabel;
    FunnelBarChart* m_stepsChart;
    QTableWidget* m_stepsTable;
    QLabel* m_breakdownLabel;
    FunnelBarChart* m_breakdownChart;
};

} // namespace rapport::ui
