// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AtomicFileWrite.h"

#include "core/storage/SqliteFileCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::storage {

namespace {

QString savingPrefix(const QString& target)
{
    const QFileInfo info(target);
    return QStringLiteral(".%1.saving-").arg(info.fileName());
}

/** Creates an empty, uniquely named temporary file beside target. */
QString createTemporaryBeside(const QString& target, QString* error)
{
    const QFileInfo info(target);
    QTemporaryFile tmp(info.absolutePath() + QLatin1Char('/') + savingPrefix(target) +
                       QStringLiteral("XXXXXX"));
    tmp.setAutoRemove(false);
    if (!tmp.open()) {
        if (error)
            *error = tmp.errorString();
        return {};
    }
    return tmp.fileName();
}

mode_t permissionsFor(const QString& target)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(target).constData(), &st) == 0)
        return st.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

/** fsync, permissions, rename over target, fsync the folder. Removes tmp on failure. */
bool finishTemporary(const QString& tmp, const QString& target, QString* error)
{
    const QByteArray tmpName = QFile::encodeName(tmp);
    const mode_t mode = permissionsFor(target);
    const int fd = ::open(tmpName.constData(), O_RDWR | O_CLOEXEC);
    bool ok = fd >= 0 && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
    if (!ok && error)
        *error = qt_error_string(errno);
    if (fd >= 0 && ::close(fd) != 0 && ok) {
        ok = false;
        if (error)
            *error = qt_error_string(errno);
    }
    if (ok && ::rename(tmpName.constData(), QFile::encodeName(target).constData()) != 0) {
        ok = false;
        if (error)
            *error = qt_error_string(errno);
    }
    if (!ok) {
        QFile::remove(tmp);
        return false;
    }
    return syncFolder(QFileInfo(target).absolutePath(), error);
}

/** SQLite says "disk I/O error" for most failed writes; name a full disk when that is why. */
QString explainWriteError(QSqlDatabase db, const QString& target, const QString& sqliteText)
{
    qint64 needed = 0;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")) &&
        q.next())
        needed = q.value(0).toLongLong();
    const QStorageInfo storage(QFileInfo(target).absolutePath());
    if (storage.isValid() && needed > 0 && storage.bytesAvailable() < needed)
        return qt_error_string(ENOSPC);
    return sqliteText;
}

} // namespace

bool syncFolder(const QString& folder, QString* error)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = qt_error_string(errno);
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok && error)
        *error = qt_error_string(errno);
    ::close(fd);
    return ok;
}

bool writeSnapshot(QSqlDatabase db, const QString& target, QString* error)
{
    const QString tmp = createTemporaryBeside(target, error);
    if (tmp.isEmpty())
        return false;
    {
        QSqlQuery q(db);
        QString quoted = tmp;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted))) {
            if (error)
                *error = explainWriteError(db, target, q.lastError().databaseText());
            QFile::remove(tmp);
            QFile::remove(tmp + QStringLiteral("-journal"));
            return false;
        }
    }
    // The snapshot must be a whole database before it may replace anything.
    QFile check(tmp);
    std::optional<SqliteHeader> header;
    if (check.open(QIODevice::ReadOnly))
        header = parseSqliteHeader(check.read(100));
    const qint64 size = check.size();
    check.close();
    if (!header ||
        (header->pageCountValid && size != qint64(header->pageSize) * header->pageCount)) {
        if (error)
            *error = QStringLiteral("the written snapshot is incomplete");
        QFile::remove(tmp);
        return false;
    }
    return finishTemporary(tmp, target, error);
}

bool copyFileAtomically(const QString& source, const QString& target, QString* error)
{
    const QString tmp = createTemporaryBeside(target, error);
    if (tmp.isEmpty())
        return false;
    QFile in(source);
    QFile out(tmp);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = in.errorString();
        QFile::remove(tmp);
        return false;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = out.errorString();
        QFile::remove(tmp);
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            if (error)
                *error = in.errorString();
            QFile::remove(tmp);
            return false;
        }
        if (out.write(chunk) != chunk.size()) {
            if (error)
                *error = out.errorString();
            out.close();
            QFile::remove(tmp);
            return false;
        }
    }
    if (!out.flush()) {
        if (error)
            *error = out.errorString();
        out.close();
        QFile::remove(tmp);
        return false;
    }
    out.close();
    return finishTemporary(tmp, target, error);
}

void removeLeftoverSaves(const QString& target)
{
    const QFileInfo info(target);
    QDir dir(info.absolutePath());
    const QStringList leftovers = dir.entryList({savingPrefix(target) + QLatin1Char('*')},
                                                QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : leftovers)
        dir.remove(name);
}

} // namespace rapport::storage
