// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/CalendarPeriod.h"
#include "core/engine/RetentionResult.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace rapport::ui {

/**
 * Cohort retention as a table: the average row first, then one row per cohort (oldest
 * first); columns Cohort, People, then period 0 … N − 1 as the share of the cohort retained.
 *
 * A cell of cohort c and period k is complete when period c + k has ended as of "now",
 * in progress when it has begun but not ended (shown in italics), and not yet begun
 * (left empty: the engine's 0 there means "no data yet", not "nobody came back").
 *
 * The average row, for period k: Σ retained / Σ size over the cohorts whose period k is
 * complete (a cohort-size-weighted mean of their rates, i.e. the share of all those
 * cohorts' people retained in period k). Cohorts still in period k are left out so that a
 * period barely begun does not pull the average down.
 */
class RetentionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RateRole = Qt::UserRole + 1, ///< double 0–1 of a period cell; invalid when empty
        RetainedRole,                ///< qulonglong people retained
        BaseRole,                    ///< qulonglong people the rate is of
    };
    enum class CellState
    {
        Complete,
        InProgress,
        NotYet
    };
    static constexpr int kFirstPeriodColumn = 2;

    /** The average row of a result, per period: its figures and the cohorts in it. */
    struct Average
    {
        std::vector<std::uint64_t> retained;            ///< Σ retained over the cohorts included
        std::vector<std::uint64_t> base;                ///< Σ size over the cohorts included
        std::vector<std::vector<std::int64_t>> cohorts; ///< RetentionCohort::start included
        std::uint64_t people = 0;                       ///< Σ size over every cohort
    };

    explicit RetentionTableModel(QObject* parent = nullptr);

    void setResult(engine::RetentionResult result, engine::CalendarPeriod::Kind kind, int periods,
                   std::int64_t asOf);
    const engine::RetentionResult& result() const { return m_result; }
    const Average& average() const { return m_average; }
    int periods() const { return m_periods; }
    engine::CalendarPeriod::Kind kind() const { return m_kind; }

    static CellState state(engine::CalendarPeriod::Kind kind, std::int64_t cohortStart, int period,
                           std::int64_t asOf);
    static Average averageOf(const std::vector<engine::RetentionCohort>& cohorts,
                             engine::CalendarPeriod::Kind kind, int periods, std::int64_t asOf);

    /** Row 0 is the average row; row r ≥ 1 is cohort r − 1. */
    static constexpr int kAverageRow = 0;
    /** The cohort of a row (nullptr for the average row or outside). */
    const engine::RetentionCohort* cohortAt(int row) const;
    /** The period of a column (nullopt for Cohort and People). */
    static std::optional<int> periodAt(int column);
    /** A cell's state (Complete for the People column and the average row's figures). */
    CellState stateAt(int row, int column) const;
    /** The cohort starts behind a cell: one cohort, or the average row's cohorts. */
    std::vector<std::int64_t> cohortsAt(int row, int column) const;
    /** "Month 3" / "Week 3". */
    QString periodName(int period) const;
    /** "2025-03" / "2025-W11", or "Average" for the average row. */
    QString rowLabel(int row) const;

    /** The table with its header for export: rates as percentages with one decimal
     *  (C locale), empty where a period has not begun. */
    QList<QStringList> table() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        std::uint64_t retained = 0;
        std::uint64_t base = 0;
        CellState state = CellState::NotYet;
    };
    Cell cell(int row, int period) const;
    QString periodDates(std::int64_t start) const;

    engine::RetentionResult m_result;
    engine::CalendarPeriod::Kind m_kind = engine::CalendarPeriod::Kind::Month;
    int m_periods = 0;
    std::int64_t m_asOf = 0;
    Average m_average;
};

} // namespace rapport::ui
