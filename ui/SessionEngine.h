// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EngineLoader.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <thread>

class QTimer;

namespace rapport::ui {

class ProjectSession;

/**
 * The open project as the analytics engine sees it (storage::EngineData: the engine::Store
 * of people and activities, and the survey responses), kept in memory for queries.
 *
 * For the session it is given, SessionEngine loads the data on a worker thread, through a
 * read-only connection of its own, and keeps the last loaded snapshot. When the project's
 * content changes (ProjectSession::contentChanged) it loads again once the edits pause for
 * reloadDelay(); meanwhile data() still returns the previous snapshot. The UI thread never
 * waits for a load, except when the session changes or the engine is deleted: then a running
 * load is cancelled and its thread joined (quickly: the loader checks for cancellation as it
 * goes).
 *
 * Using it: connect to ready() and read data(). A snapshot is immutable and lives as long as
 * someone holds it, so it may be handed to another thread for a long computation. A figure
 * computed from it may lag one edit behind until the next ready() (see isCurrent()).
 *
 * When the rows that changed are known — other people's edits in a team workspace
 * (ProjectSession::rowsChangedElsewhere) — it brings a copy of the snapshot up to date
 * instead, reading only those rows (storage::EngineLoader::update: milliseconds where a load
 * takes seconds), and falls back to a whole load when the change needs one. An update emits
 * ready() but no loadStarted() or progress().
 *
 * A load takes no read transaction: a commit on the session's connection waits at most for
 * the one statement the load is running (an SQLite writer waits for readers; the longest is the
 * scan of the people, a few hundred milliseconds at a million people). An edit made while a
 * load runs may be half seen by it; the reload that follows the edit puts that right.
 */
class SessionEngine : public QObject
{
    Q_OBJECT

public:
    using Data = std::shared_ptr<const storage::EngineData>;

    explicit SessionEngine(QObject* parent = nullptr);
    ~SessionEngine() override;

    /** Starts loading session's project (nullptr: forgets the data). The same session again
     *  changes nothing. */
    void setSession(ProjectSession* session);
    ProjectSession* session() const;

    /** The last loaded snapshot; nullptr until the first load of the session succeeds. */
    Data data() const { return m_data; }
    /** Whether data() holds the project as it is now: loaded, and no edit since. */
    bool isCurrent() const;
    bool isLoading() const { return m_job != nullptr; }
    /** Why the last load failed (one line); empty after a success. */
    QString lastError() const { return m_lastError; }

    /** Loads now; if a load is running, another follows it. */
    void reload();
    /** Stops the running load (it reports loadCancelled(), never ready()) and a scheduled
     *  one; data() keeps the last snapshot. */
    void cancel();

    /** How long edits must pause before a reload, in milliseconds (default 400). */
    int reloadDelay() const;
    void setReloadDelay(int milliseconds);
    /** Threads the loader builds the store with (0, the default: all). */
    void setThreads(int threads) { m_threads = threads; }

signals:
    void loadStarted();
    /** Of the running load, 0–100. */
    void progress(int percent);
    /** A new snapshot is in data(). */
    void ready();
    void loadFailed(const QString& message);
    void loadCancelled();

private:
    struct Job;
    void scheduleReload();
    void takeRows(const storage::EngineChanges& rows);
    void start();
    void startUpdate();
    void finish(const std::shared_ptr<Job>& job, Data data, const QString& error);
    /** Cancels the running load and waits for its thread. */
    void stop();

    QPointer<ProjectSession> m_session;
    Data m_data;
    std::shared_ptr<Job> m_job;
    std::thread m_thread;
    QTimer* m_reloadTimer;
    bool m_reloadAfterJob = false;
    bool m_edited = false; // content changed since the running or last load began
    bool m_loadWanted = false;         // a change only a whole load brings in
    storage::EngineChanges m_rows;     // rows changed elsewhere since the last load or update began
    bool m_skipContentChange = false;  // the next contentChanged() is the one m_rows describes
    bool m_jobIsUpdate = false;
    int m_threads = 0;
    QString m_lastError;
};

} // namespace rapport::ui
