// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace rapport::ui {

/**
 * Turns the signals that ask a process to stop (SIGTERM, SIGINT, SIGHUP: a logout, a
 * shutdown, `kill`, Ctrl+C in a terminal) into a Qt signal delivered on the event loop, so
 * the application can release its project's lock and keep unsaved work for recovery
 * instead of dying with a stale lock. The handler only writes the signal number to a
 * socket pair (all a signal handler may safely do); a QSocketNotifier reads it.
 * One watcher per process; on platforms without POSIX signals it does nothing.
 */
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject* parent = nullptr);
    ~TerminationWatcher() override;

    /** Whether the handlers are installed (false where unsupported or on failure). */
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signal);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace rapport::ui
