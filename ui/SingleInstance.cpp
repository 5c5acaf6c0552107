// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SingleInstance.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QUrl>

namespace rapport::ui {

namespace {
// The request: magic, the byte length of what follows, then the paths in UTF-8, each ended
// by a NUL (which no path contains). The reply: one byte once the request is taken.
constexpr quint32 kMagic = 0x52505431; // "RPT1"
constexpr int kHeaderBytes = 8;
constexpr char kAcknowledged = '\x06';
constexpr quint32 kMaxPayloadBytes = 1 << 20; // thousands of paths; a launch sends a few

QByteArray encodeRequest(const QStringList& paths)
{
    QByteArray payload;
    for (const QString& path : paths)
        payload += path.toUtf8() + '\0';
    QByteArray request;
    QDataStream out(&request, QIODevice::WriteOnly);
    out << kMagic << quint32(payload.size());
    return request + payload;
}
} // namespace

SingleInstance::SingleInstance(QString serverName, QObject* parent)
    : QObject(parent), m_serverName(std::move(serverName))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString& appId)
{
#if defined(Q_OS_UNIX)
    // $XDG_RUNTIME_DIR (0700, one per user session); Qt makes a private one if unset.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    // In a Flatpak sandbox only $XDG_RUNTIME_DIR/app/<id> is shared by the app's instances.
    const QString flatpakId = qEnvironmentVariable("FLATPAK_ID");
    const QString folder = flatpakId.isEmpty() ? runtime : runtime + QStringLiteral("/app/") + flatpakId;
    return folder + u'/' + appId + QStringLiteral(".socket");
#else
    // A named pipe; the user's name keeps two users of one machine apart.
    QString user = qEnvironmentVariable("USERNAME");
    user.remove(u'\\').remove(u'/');
    return appId + u'-' + user;
#endif
}

QStringList SingleInstance::absolutePaths(const QStringList& arguments, const QString& workingDir)
{
    QStringList paths;
    const QDir base(workingDir);
    for (const QString& argument : arguments) {
        if (argument.isEmpty())
            continue;
        QString path = argument;
        if (argument.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
            const QUrl url(argument);
            if (url.isLocalFile())
                path = url.toLocalFile();
        }
        paths.append(QDir::cleanPath(base.absoluteFilePath(path)));
    }
    return paths;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

SingleInstance::Role SingleInstance::start(const QStringList& paths, int timeoutMs)
{
    if (m_serverName.isEmpty())
        return Role::Alone;
    // Two launches at once: the second waits until the first listens, then hands off.
    QLockFile lock(m_serverName + QStringLiteral(".lock"));
    lock.setStaleLockTime(0); // stale only when its process is gone
    const bool locked = lock.tryLock(timeoutMs);
    if (handOff(paths, timeoutMs))
        return Role::HandedOff;
    if (!locked)
        return Role::Alone;
    return listen() ? Role::Primary : Role::Alone;
}

bool SingleInstance::handOff(const QStringList& paths, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encodeRequest(paths));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers once it has taken the request; one that hangs does not,
    // and this launch then runs on its own rather than lose the file.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    char reply = 0;
    return socket.getChar(&reply) && reply == kAcknowledged;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // Nobody answered on it (handOff failed) and we hold the lock: left by a crash.
        if (m_server->serverError() != QAbstractSocket::AddressInUseError ||
            !QLocalServer::removeServer(m_serverName) || !m_server->listen(m_serverName)) {
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
            if (socket->bytesAvailable() > 0)
                readRequest(socket);
        }
    });
    return true;
}

void SingleInstance::readRequest(QLocalSocket* socket)
{
    if (socket->bytesAvailable() < kHeaderBytes)
        return; // wait for the rest
    quint32 magic = 0;
    quint32 length = 0;
    QDataStream header(socket->peek(kHeaderBytes));
    header >> magic >> length;
    if (magic != kMagic || length > kMaxPayloadBytes) {
        socket->abort(); // not one of ours
        return;
    }
    if (socket->bytesAvailable() < kHeaderBytes + qint64(length))
        return;
    socket->skip(kHeaderBytes);
    const QByteArray payload = socket->read(length);
    QStringList paths;
    qsizetype from = 0;
    for (qsizetype end = payload.indexOf('\0'); end >= 0; end = payload.indexOf('\0', from)) {
        paths.append(QString::fromUtf8(payload.mid(from, end - from)));
        from = end + 1;
    }
    if (from != payload.size()) {
        socket->abort(); // a path without its end
        return;
    }
    socket->putChar(kAcknowledged);
    socket->flush();
    socket->disconnectFromServer();
    emit openRequested(paths);
}

bool SingleInstance::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString path = static_cast<QFileOpenEvent*>(event)->file();
        if (!path.isEmpty()) {
            emit openRequested({path});
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rapport::ui
