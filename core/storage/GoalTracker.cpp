// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/GoalTracker.h"

#include "core/engine/Engagement.h"
#include "core/engine/ParallelFor.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/EngineLoader.h"

#include <QTimeZone>

namespace rapport::storage {

namespace {

std::int64_t dayStart(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

GoalTracker::GoalTracker(QSqlDatabase db, const model::Clock& clock, int threads)
    : m_db(std::move(db)), m_clock(clock), m_threads(threads),
      m_parallel(std::make_unique<engine::ParallelFor>(threads))
{
}

GoalTracker::~GoalTracker() = default;

bool GoalTracker::load(QString* error)
{
    m_data.reset();
    m_levels = false;
    std::optional<EngineData> data = EngineLoader(m_db, m_threads).load(error);
    if (!data)
        return false;
    m_data = std::make_unique<EngineData>(std::move(*data));
    return true;
}

bool GoalTracker::isLoaded() const
{
    return m_data != nullptr;
}

engine::GoalProgress GoalTracker::progress(const model::Goal& goal)
{
    engine::Goal g;
    g.metric = goal.metric.toStdString();
    g.target = goal.target;
    if (goal.periodStart.isValid())
        g.period.from = dayStart(goal.periodStart);
    if (goal.periodEnd.isValid())
        g.period.to = dayStart(goal.periodEnd.addDays(1));
    if (!m_data) {
        engine::GoalProgress none;
        none.metric = g.metric;
        none.target = g.target;
        return none;
    }
    if (!goal.campaign.isNull()) {
        g.campaign = CampaignRepository(m_db, m_clock).keyOf(goal.campaign);
        if (g.campaign == 0)
            g.campaign = -1; // a campaign that is gone: nothing counts
    }
    const engine::ParallelFor& parallel = *m_parallel;
    if (g.metric == "advocates" && !m_levels) {
        engine::EngagementQuery query;
        query.asOf = m_clock.now().toSecsSinceEpoch();
        m_data->store.setLevels(
            engine::Engagement::compute(m_data->store, query, parallel).levelByRow);
        m_levels = true;
    }
    return engine::Goals::progress(g, m_data->store, &m_data->responses, nullptr, parallel);
}

} // namespace rapport::storage
