// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LockFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace rapport::storage {

namespace {

// An unreadable lock (e.g. the writer died between creating and filling it) counts as
// stale once it is this old.
constexpr qint64 kUnreadableLockGraceSeconds = 30;

bool processGone(qint64 pid)
{
    if (pid <= 0)
        return true;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

QString LockFile::lockPathFor(const QString& projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

std::optional<LockInfo> LockFile::read(const QString& projectPath, const QString& thisHost)
{
    const QString lockPath = lockPathFor(projectPath);
    QFile file(lockPath);
    if (!file.exists())
        return std::nullopt;
    LockInfo info;
    info.path = lockPath;
    if (!file.open(QIODevice::ReadOnly)) {
        // Exists but we cannot read it: someone holds it, we cannot say who.
        return info;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.isEmpty()) {
        const QDateTime modified = QFileInfo(file).lastModified().toUTC();
        info.since = modified;
        info.stale = modified.secsTo(QDateTime::currentDateTimeUtc()) > kUnreadableLockGraceSeconds;
        return info;
    }
    info.user = json.value(QStringLiteral("user")).toString();
    info.host = json.value(QStringLiteral("host")).toString();
    info.pid = json.value(QStringLiteral("pid")).toInteger();
    info.since =
        QDateTime::fromString(json.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs)
            .toUTC();
    const QString host = thisHost.isEmpty() ? QSysInfo::machineHostName() : thisHost;
    info.stale = !info.host.isEmpty() && info.host == host && processGone(info.pid);
    return info;
}

LockFile::Outcome LockFile::acquire(const QString& projectPath, const ProjectEnvironment& env,
                                    LockInfo* holder, QString* error)
{
    const QString lockPath = lockPathFor(projectPath);
    const QString host = env.hostName.isEmpty() ? QSysInfo::machineHostName() : env.hostName;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile file(lockPath);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            const QDateTime since = env.clock ? env.clock->now() : QDateTime::currentDateTimeUtc();
            const QJsonObject json{
                {QStringLiteral("user"), env.userName},
                {QStringLiteral("host"), host},
                {QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())},
                {QStringLiteral("since"), since.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("app"), QStringLiteral("io.github.rapportdesk.Rapport")},
            };
            const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
            if (file.write(bytes) != bytes.size() || !file.flush()) {
                if (error)
                    *error = file.errorString();
                file.remove();
                return Outcome::Failed;
            }
            ::fsync(file.handle());
            return Outcome::Acquired;
        }
        if (!file.exists()) {
            if (error)
                *error = file.errorString();
            return Outcome::Failed;
        }
        std::optional<LockInfo> current = read(projectPath, host);
        if (!current) // vanished between our attempts: try again
            continue;
        if (current->stale && attempt == 0) {
            // Taken over: the holder died on this machine. Removing and recreating is not
            // atomic, so a racing opener may win the NewOnly create; then it is theirs.
            QFile::remove(lockPath);
            continue;
        }
        if (holder)
            *holder = *current;
        return Outcome::HeldByOther;
    }
    if (holder)
        *holder = read(projectPath, host).value_or(LockInfo{});
    return Outcome::HeldByOther;
}

void LockFile::release(const QString& projectPath, const QString& thisHost)
{
    const std::optional<LockInfo> info = read(projectPath, thisHost);
    const QString host = thisHost.isEmpty() ? QSysInfo::machineHostName() : thisHost;
    if (info && info->pid == QCoreApplication::applicationPid() && info->host == host)
        QFile::remove(lockPathFor(projectPath));
}

} // namespace rapport::storage
