// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ImportReport.h"
#include "core/model/Clock.h"
#include "core/secrets/SecretStore.h"
#include "core/sources/ApiClient.h"
#include "core/sources/SourceConfig.h"

#include <QCoreApplication>

#include <functional>

namespace rapport::storage {
class ProjectFile;
}

namespace rapport::sources {

struct SyncOptions
{
    ApiClientOptions api;
    /** The share done (0–1); false cancels. Called on the syncing thread. */
    std::function<bool(double share)> progress;
    /** What the sync is waiting for (a rate limit), for a status line. */
    std::function<void(const QString&)> status;
};

/** How a sync ended. */
struct SyncOutcome
{
    bool ok = false;
    bool cancelled = false;   ///< stopped on request; the project is unchanged
    io::ImportReport report;  ///< what it created and matched (file: the source's name)
    QString error;            ///< one line naming the source, never a secret
    int requests = 0;         ///< HTTP requests made
    int notModified = 0;      ///< of which answered 304 (unchanged since the last sync)
};

/**
 * Syncs one source into a project: reads its token from the keychain (if it has one), asks
 * the platform's API for everything new (Harvest), and only then writes it, in one
 * transaction, through the file import's own machinery: people matched by their handle or
 * email, never created twice; activities a set, never stored twice; the sync recorded in
 * the project's import log as one step that can be undone (storage::ImportLog), with the
 * source's cursors, so an undone sync is fetched again next time. A failure or a cancel at
 * any point leaves the project as it was.
 */
class SourceSync
{
    Q_DECLARE_TR_FUNCTIONS(SourceSync)

public:
    SourceSync(storage::ProjectFile& project, const model::Clock& clock, secrets::SecretStore& secrets);

    SyncOutcome sync(const SourceConfig& source, const SyncOptions& options);

    /** The import log's format for a sync of this kind ("github-sync"). */
    static QString logFormat(SourceKind kind);

private:
    storage::ProjectFile& m_project;
    const model::Clock& m_clock;
    secrets::SecretStore& m_secrets;
};

} // namespace rapport::sources
