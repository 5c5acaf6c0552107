// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace rapport::ui {

/**
 * One Rapport per user session. The first launch listens on a local socket named after the
 * application id (in the user's runtime folder, so only that user's session reaches it); a
 * later launch — a double-click on a project in the file manager — hands its files to the
 * running one and exits. The running one reports them as openRequested().
 *
 * macOS hands files opened from Finder to the running application as QFileOpenEvent; when
 * installed as an event filter on the application, those arrive through the same signal.
 *
 * A QLockFile beside the socket serialises two launches started at the same moment, and a
 * socket left behind by a crash is replaced.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   ///< this process listens; later launches hand their files to it
        HandedOff, ///< a running instance took the files: this process should exit
        Alone,     ///< neither worked (no runtime folder, …): run on, unreachable
    };

    /** serverName: a full socket path on Unix, a pipe name on Windows (see serverNameFor). */
    explicit SingleInstance(QString serverName, QObject* parent = nullptr);
    ~SingleInstance() override;

    /** The session's server name for an application id. */
    static QString serverNameFor(const QString& appId);
    /** Command-line arguments as absolute local paths: file: URLs and relative paths
     *  (against workingDir) resolved, empty arguments dropped. */
    static QStringList absolutePaths(const QStringList& arguments, const QString& workingDir);

    /**
     * Hands paths (absolute, see absolutePaths) to the running instance if there is one
     * and it acknowledges within timeoutMs; else starts listening. Blocks for at most
     * about twice timeoutMs.
     */
    Role start(const QStringList& paths, int timeoutMs = 3000);

    QString serverName() const { return m_serverName; }
    bool isListening() const;

signals:
    /** Another launch asked for these files (absolute paths); empty: come to the front. */
    void openRequested(const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handOff(const QStringList& paths, int timeoutMs);
    bool listen();
    void readRequest(QLocalSocket* socket);

    QString m_serverName;
    QLocalServer* m_server = nullptr;
};

} // namespace rapport::ui
