// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Goals.h"
#include "core/model/Clock.h"
#include "core/model/Goal.h"

#include <QSqlDatabase>

#include <memory>

namespace rapport::engine {
class ParallelFor;
}

namespace rapport::storage {

struct EngineData;

/**
 * The progress of a project's goals (model::Goal) on its data: loads the engine once
 * (EngineLoader), then computes each goal with engine::Goals. A goal's period runs from the
 * start of its first day to the end of its last (UTC); a campaign's goal counts that
 * campaign only (see engine::Goal). "advocates" uses the default engagement weights as of
 * the clock's now. Content reach is not loaded: "reach" has no value.
 */
class GoalTracker
{
public:
    GoalTracker(QSqlDatabase db, const model::Clock& clock, int threads = 0);
    ~GoalTracker();
    GoalTracker(const GoalTracker&) = delete;
    GoalTracker& operator=(const GoalTracker&) = delete;

    /** (Re)reads the project; false with *error (one line) if it cannot be analysed. */
    bool load(QString* error = nullptr);
    bool isLoaded() const;
    /** Progress of goal; no value before load() succeeded. */
    engine::GoalProgress progress(const model::Goal& goal);

private:
    QSqlDatabase m_db;
    const model::Clock& m_clock;
    int m_threads;
    std::unique_ptr<engine::ParallelFor> m_parallel;
    std::unique_ptr<EngineData> m_data;
    bool m_levels = false;
};

} // namespace rapport::storage
