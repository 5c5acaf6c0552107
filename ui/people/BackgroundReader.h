// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace rapport::ui {

/**
 * Runs read-only work on a thread of its own, with its own connection to the project's file
 * (so the window's connection stays free for the user's edits), and hands the result back
 * on this object's thread. One job at a time: starting another cancels the one before.
 *
 * The work sees committed data only; it should check `cancel` now and then.
 */
class BackgroundReader : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(const QSqlDatabase& db, const std::atomic<bool>& cancel)>;

    explicit BackgroundReader(QObject* parent = nullptr);
    ~BackgroundReader() override;

    /** Opens databasePath read-only on a new thread and runs work there; then done runs
     *  here, unless the job was cancelled. If the file cannot be opened, work is not run and
     *  done is called with the reason. */
    void start(const QString& databasePath, Work work,
               std::function<void(const QString& openError)> done);
    /** Cancels the running job (its done will not run) and waits for its thread. */
    void cancel();
    bool isRunning() const { return m_running; }

private:
    std::thread m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace rapport::ui
