// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EngineLoader.h"
#include "core/workspace/WorkspaceAddress.h"

#include <QString>

#include <optional>

namespace rapport::workspace {

/**
 * Builds the engine's Store and SurveyResponses straight from a team workspace: the same
 * storage::EngineData that storage::EngineLoader builds from the same project in a file.
 *
 * Every table is read with one binary COPY (no query per row) from one snapshot of the
 * workspace; activity segments arrive as their compressed blobs and are decoded by storage's
 * ActivitySegmentCodec on several threads while the next ones arrive; change rows not yet
 * compacted are applied as ActivityStore::forEachSegment applies them. People, tags, merges,
 * names and survey scores go through the same conversions as the file loader's
 * (storage/EngineRows.h).
 */
class PgEngineLoader
{
public:
    /** An empty password leaves libpq to PGPASSWORD or ~/.pgpass. threads = 0: all
     *  hardware threads (StoreBuilder and decoding). */
    PgEngineLoader(WorkspaceAddress address, QString password, int threads = 0);

    /** Same meaning as storage::EngineLoader::Progress (share done, false to cancel). */
    void setProgress(storage::EngineLoader::Progress progress) { m_progress = std::move(progress); }

    /** nullopt with *error (one line) if the workspace cannot be read, or exceeds the
     *  engine's limits (the same refusals as storage::EngineLoader::load). */
    std::optional<storage::EngineData> load(QString* error = nullptr) const;

private:
    std::optional<storage::EngineData> loadUnchecked(QString* error) const;
    bool reportProgress(double done) const { return !m_progress || m_progress(done); }
    WorkspaceAddress m_address;
    QString m_password;
    int m_threads;
    storage::EngineLoader::Progress m_progress;
};

} // namespace rapport::workspace
