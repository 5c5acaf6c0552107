// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SessionEngine.h"

#include "core/storage/SqliteFileCheck.h"
#include "ui/ProjectSession.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimer>

#include <atomic>
#include <utility>

namespace rapport::ui {

struct SessionEngine::Job
{
    std::atomic<bool> cancelled{false};
};

namespace {

/** Loads the project file at path through a read-only connection of this thread. */
std::optional<storage::EngineData> loadSnapshot(const QString& path, int threads,
                                                const storage::EngineLoader::Progress& progress,
                                                QString* error)
{
    const QString connection = storage::uniqueConnectionName("engine");
    if (!storage::openSqliteConnection(connection, path, true, error))
        return std::nullopt;
    std::optional<storage::EngineData> data;
    {
        // No read transaction around the load: it would make every commit of the session wait
        // for the whole load (seconds on a large project). Each statement holds its read lock
        // only while it runs; an edit that lands between two of them is followed by a reload
        // anyway (contentChanged), and the store builder copes with activities of people it
        // has not seen.
        storage::EngineLoader loader(QSqlDatabase::database(connection, false), threads);
        loader.setProgress(progress);
        data = loader.load(error);
    }
    storage::closeSqliteConnection(connection);
    return data;
}

} // namespace

SessionEngine::SessionEngine(QObject* parent) : QObject(parent), m_reloadTimer(new QTimer(this))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(400);
    connect(m_reloadTimer, &QTimer::timeout, this, &SessionEngine::reload);
}

SessionEngine::~SessionEngine()
{
    stop();
}

void SessionEngine::setSession(ProjectSession* session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    stop();
    m_reloadTimer->stop();
    m_data.reset();
    m_lastError.clear();
    m_edited = false;
    m_loadWanted = false;
    m_rows = {};
    m_skipContentChange = false;
    m_session = session;
    if (!session)
        return;
    connect(session, &ProjectSession::rowsChangedElsewhere, this, &SessionEngine::takeRows);
    connect(session, &ProjectSession::contentChanged, this, &SessionEngine::scheduleReload);
    connect(session, &QObject::destroyed, this, [this] {
        stop();
        m_reloadTimer->stop();
        m_data.reset();
    });
    start();
}

ProjectSession* SessionEngine::session() const
{
    return m_session;
}

bool SessionEngine::isCurrent() const
{
    return m_data && !m_job && !m_edited;
}

int SessionEngine::reloadDelay() const
{
    return m_reloadTimer->interval();
}

void SessionEngine::setReloadDelay(int milliseconds)
{
    m_reloadTimer->setInterval(milliseconds);
}

void SessionEngine::scheduleReload()
{
    if (m_skipContentChange) { // described by the rows takeRows() was just given
        m_skipContentChange = false;
        return;
    }
    m_loadWanted = true;
    m_edited = true;
    m_reloadTimer->start();
}

void SessionEngine::takeRows(const storage::EngineChanges& rows)
{
    m_skipContentChange = true;
    if (rows.isEmpty())
        return; // nothing the engine holds: the figures stand
    m_rows.people.insert(m_rows.people.end(), rows.people.begin(), rows.people.end());
    m_rows.activityChanges.insert(m_rows.activityChanges.end(), rows.activityChanges.begin(),
                                  rows.activityChanges.end());
    m_rows.names = m_rows.names || rows.names;
    m_rows.responses = m_rows.responses || rows.responses;
    m_rows.reload = m_rows.reload || rows.reload;
    // A running load may have read some of these rows already; adding its activities again
    // would count them twice. Only a load after it is sure.
    if (m_job && !m_jobIsUpdate)
        m_loadWanted = true;
    m_edited = true;
    m_reloadTimer->start();
}

void SessionEngine::reload()
{
    m_reloadTimer->stop();
    if (!m_session)
        return;
    if (m_job) {
        m_reloadAfterJob = true;
        return;
    }
    if (!m_loadWanted && m_data && !m_rows.isEmpty() && !m_rows.reload)
        startUpdate();
    else
        start();
}

void SessionEngine::cancel()
{
    m_reloadTimer->stop();
    m_reloadAfterJob = false;
    if (m_job)
        m_job->cancelled = true;
}

void SessionEngine::start()
{
    m_reloadAfterJob = false;
    m_edited = false;
    m_loadWanted = false;
    m_rows = {}; // the load reads them all
    m_jobIsUpdate = false;
    auto job = std::make_shared<Job>();
    m_job = job;
    const QString path = m_session->file().database().databaseName();
    const int threads = m_threads;
    emit loadStarted();
    m_thread = std::thread([this, job, path, threads] {
        int percent = -1;
        const auto report = [this, job, &percent](double done) {
            if (job->cancelled)
                return false;
            if (const int now = int(done * 100); now != percent) {
                percent = now;
                QMetaObject::invokeMethod(
                    this,
                    [this, job, now] {
                        if (job == m_job && !job->cancelled)
                            emit progress(now);
                    },
                    Qt::QueuedConnection);
            }
            return true;
        };
        QString error;
        Data data;
        if (auto loaded = loadSnapshot(path, threads, report, &error))
            data = std::make_shared<const storage::EngineData>(std::move(*loaded));
        QMetaObject::invokeMethod(
            this, [this, job, data, error] { finish(job, data, error); }, Qt::QueuedConnection);
    });
}

void SessionEngine::startUpdate()
{
    m_reloadAfterJob = false;
    m_edited = false;
    m_jobIsUpdate = true;
    const storage::EngineChanges rows = std::exchange(m_rows, {});
    auto job = std::make_shared<Job>();
    m_job = job;
    const QString path = m_session->file().database().databaseName();
    m_thread = std::thread([this, job, path, rows, base = m_data] {
        QString error;
        Data data;
        const QString connection = storage::uniqueConnectionName("engine-update");
        if (storage::openSqliteConnection(connection, path, true, &error)) {
            {
                auto updated = std::make_shared<storage::EngineData>(*base); // the snapshot stays as it is
                if (storage::EngineLoader(QSqlDatabase::database(connection, false)).update(*updated, rows, &error))
                    data = std::move(updated);
            }
            storage::closeSqliteConnection(connection);
        }
        QMetaObject::invokeMethod(
            this,
            [this, job, data, error] {
                if (job != m_job)
                    return;
                if (!data && !job->cancelled) {
                    // Not an error to show: a whole load brings the change in.
                    qInfo("rapport: loading the project again rather than updating it: %s", qPrintable(error));
                    if (m_thread.joinable())
                        m_thread.join();
                    m_job.reset();
                    m_loadWanted = true;
                    start();
                    return;
                }
                finish(job, data, error);
            },
            Qt::QueuedConnection);
    });
}

void SessionEngine::finish(const std::shared_ptr<Job>& job, Data data, const QString& error)
{
    if (job != m_job)
        return; // a load stop() already waited for
    if (m_thread.joinable())
        m_thread.join();
    m_job.reset();
    if (job->cancelled) {
        m_edited = true; // what the load was for is still not loaded
        if (m_jobIsUpdate)
            m_loadWanted = true; // its rows are no longer pending anywhere
        emit loadCancelled();
    } else if (data) {
        m_data = std::move(data);
        m_lastError.clear();
        emit ready();
    } else {
        m_lastError = error;
        emit loadFailed(error);
    }
    if (m_reloadAfterJob)
        reload();
}

void SessionEngine::stop()
{
    if (!m_job)
        return;
    m_job->cancelled = true;
    if (m_thread.joinable())
        m_thread.join();
    m_job.reset();
    m_reloadAfterJob = false;
    m_edited = true;
    if (m_jobIsUpdate)
        m_loadWanted = true; // its rows are no longer pending anywhere
}

} // namespace rapport::ui
