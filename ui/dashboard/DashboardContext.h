// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityFilter.h"
#include "core/engine/DateRange.h"
#include "core/engine/PersonFilter.h"
#include "ui/SessionEngine.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace rapport::engine {
class ParallelFor;
}

namespace rapport::ui {

/** The dashboard's global filters as the user set them (empty = no condition). */
struct DashboardFilters
{
    QDate from;       ///< first day included (null: from the beginning)
    QDate to;         ///< last day included (null: until now)
    QString audience; ///< audience name
    QString campaign; ///< campaign name
    QString channel;  ///< channel name

    friend bool operator==(const DashboardFilters&, const DashboardFilters&) = default;
};

/**
 * Everything a dashboard view computes from, resolved once per change by the dashboard
 * area: the engine snapshot, the global filters turned into engine terms, and "now".
 * Views apply `people` to whom they count, `range` to the times that bound their figures
 * (a funnel's first step, a cohort's start, a survey's answers, a period's activities) and
 * `activities` (campaign and channel) to the activities they count; what each view does
 * with them is stated in its figures' provenance.
 */
struct DashboardContext
{
    SessionEngine::Data data;   ///< never null while views recompute
    DashboardFilters filters;   ///< as set by the user, for labels
    engine::PersonFilter people; ///< the audience (empty: everyone)
    engine::DateRange range;    ///< [from 00:00 UTC, day after `to` 00:00 UTC)
    engine::ActivityFilter activities; ///< campaign and channel conditions only (no type)
    std::int64_t asOf = 0;      ///< now, seconds since the epoch (levels, "last 30 days")
    const engine::ParallelFor* parallel = nullptr;
    QDateTime dataChanged;      ///< when the project's data last changed (for "explain")

    const engine::Store& store() const { return data->store; }
};

} // namespace rapport::ui
