// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PeopleSearch.h"

#include "core/engine/Engagement.h"
#include "core/engine/ParallelFor.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/EngineLoader.h"
#include "ui/ProjectSession.h"
#include "ui/people/BackgroundReader.h"

#include <QElapsedTimer>

#include <memory>

namespace rapport::ui {

PeopleSearch::PeopleSearch(QObject* parent)
    : QObject(parent), m_builder(new BackgroundReader(this)), m_leveller(new BackgroundReader(this))
{
}

PeopleSearch::~PeopleSearch() = default;

bool PeopleSearch::isBuilding() const
{
    return m_builder->isRunning();
}

bool PeopleSearch::isComputingLevels() const
{
    return m_leveller->isRunning();
}

void PeopleSearch::setSession(ProjectSession* session)
{
    m_builder->cancel();
    m_leveller->cancel();
    m_index.reset();
    m_pendingLevels.clear();
    m_levelsWanted = false;
    m_session = session;
    if (session)
        rebuild();
    emit changed();
}

void PeopleSearch::rebuild()
{
    if (!m_session)
        return;
    auto result = std::make_shared<std::optional<storage::PeopleSearchIndex>>();
    auto error = std::make_shared<QString>();
    auto elapsed = std::make_shared<qint64>(0);
    m_builder->start(
        m_session->file().database().databaseName(),
        [result, error, elapsed](const QSqlDatabase& db, const std::atomic<bool>& cancel) {
            QElapsedTimer timer;
            timer.start();
            *result = storage::PeopleSearchIndex::build(db, &cancel, error.get());
            *elapsed = timer.elapsed();
        },
        [this, result, error, elapsed](const QString& openError) {
            if (!*result) {
                emit failed(openError.isEmpty() ? *error : openError);
                return;
            }
            m_lastBuildMs = *elapsed;
            // Levels depend on activities only: they carry over to the new index, and are
            // computed again when the activities changed.
            std::vector<std::pair<qint64, std::uint8_t>> levels =
                m_index ? m_index->levels() : std::vector<std::pair<qint64, std::uint8_t>>();
            const bool hadLevels = m_index && m_index->hasLevels();
            m_index = std::move(*result);
            if (hadLevels)
                m_index->setLevels(levels);
            if (!m_pendingLevels.empty()) {
                m_index->setLevels(m_pendingLevels);
                m_pendingLevels.clear();
            }
            emit changed();
            if (m_levelsWanted && m_session &&
                storage::ActivityStore(m_session->file().database()).count() != m_levelsActivities)
                computeLevels();
        });
}

void PeopleSearch::refresh(const QList<qint64>& keys)
{
    if (!m_session)
        return;
    if (!m_index) {
        // Being built: the build may have read the rows before the edit.
        rebuild();
        return;
    }
    QString error;
    if (!m_index->refresh(m_session->file().database(), keys, &error)) {
        emit failed(error);
        rebuild();
        return;
    }
    emit changed();
}

void PeopleSearch::computeLevels()
{
    const QDateTime asOf = m_clock->now();
    if (!m_session || m_leveller->isRunning())
        return;
    m_levelsWanted = true;
    m_levelsActivities = storage::ActivityStore(m_session->file().database()).count();
    auto levels = std::make_shared<std::vector<std::pair<qint64, std::uint8_t>>>();
    auto error = std::make_shared<QString>();
    const std::int64_t seconds = asOf.toSecsSinceEpoch();
    m_leveller->start(
        m_session->file().database().databaseName(),
        [levels, error, seconds](const QSqlDatabase& db, const std::atomic<bool>& cancel) {
            const auto data = storage::EngineLoader(db).load(error.get());
            if (!data || cancel.load())
                return;
            engine::EngagementQuery query;
            query.asOf = seconds;
            const engine::ParallelFor parallel;
            const engine::EngagementResult result =
                engine::Engagement::compute(data->store, query, parallel);
            levels->reserve(data->store.personCount());
            for (std::uint32_t row = 0; row < data->store.rowCount(); ++row) {
                if (data->store.isCounted(row))
                    levels->emplace_back(data->store.key(row), result.levelByRow[row]);
            }
        },
        [this, levels, error](const QString& openError) {
            if (!openError.isEmpty() || !error->isEmpty()) {
                emit failed(openError.isEmpty() ? *error : openError);
                return;
            }
            if (m_index)
                m_index->setLevels(*levels);
            else
                m_pendingLevels = std::move(*levels);
            emit levelsReady();
            emit changed();
        });
}

void PeopleSearch::setLevel(qint64 key, int level)
{
    if (m_index && level >= 0 && level < 4)
        m_index->setLevel(key, std::uint8_t(level));
}

} // namespace rapport::ui
