// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace rapport::ui {

/**
 * Runs one piece of long work (an import, opening a large project, generating a demo
 * community) on its own thread, so the window keeps painting and answering. The work is
 * given a progress function to call now and then with the share done; it returns false
 * once cancel() was called, and the work then stops as soon as it can. Results travel in
 * whatever the work captured, to be read after finished().
 *
 * The work must not touch widgets, nor a database connection of another thread.
 */
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    /** Called on the worker with the share done (0–1); false: the task was cancelled. */
    using Progress = std::function<bool(double share)>;
    using Work = std::function<void(const Progress& progress)>;

    explicit BackgroundTask(QObject* parent = nullptr);
    /** Cancels the work, if it still runs, and waits for it to end. */
    ~BackgroundTask() override;

    void start(Work work);
    void cancel();
    /** From start() until finished() was emitted. */
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    /** Runs the event loop until the work has ended and finished() was emitted. */
    void waitForFinished();

signals:
    /** The share done, on this object's thread; only when it moved by a tenth of a percent. */
    void progressChanged(double share);
    void finished();

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_permille{-1};
    bool m_running = false;
};

/**
 * A window-modal progress bar with a Cancel button for a BackgroundTask. It appears only
 * when the work takes more than a moment (user input waits until then); Cancel, Escape
 * and closing the dialog cancel the work and wait for it to stop.
 */
class TaskProgressDialog : public QDialog
{
    Q_OBJECT

public:
    /** Runs work behind the dialog and returns when it ended: false if it was cancelled. */
    static bool run(QWidget* parent, const QString& title, const QString& text,
                    BackgroundTask::Work work);

    TaskProgressDialog(const QString& title, const QString& text, QWidget* parent = nullptr);

    /** Shows the share done; a negative share shows a busy bar. */
    void setShare(double share);
    QPushButton* cancelButton() const { return m_cancelButton; }

signals:
    void cancelRequested();

public slots:
    /** Asks the work to stop (the dialog stays until it has). */
    void reject() override;

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancelButton;
};

} // namespace rapport::ui
