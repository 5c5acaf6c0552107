// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FileIdentity.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::storage {

namespace {

quint32 counterAt(int fd)
{
    unsigned char bytes[4] = {};
    if (::pread(fd, bytes, sizeof bytes, 24) != static_cast<ssize_t>(sizeof bytes))
        return 0;
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) |
           quint32(bytes[3]);
}

} // namespace

FileIdentity FileIdentity::ofDescriptor(int fd)
{
    FileIdentity id;
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return id;
    id.exists = true;
    id.size = st.st_size;
    id.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    id.device = st.st_dev;
    id.inode = st.st_ino;
    id.changeCounter = counterAt(fd);
    return id;
}

FileIdentity FileIdentity::of(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        FileIdentity id;
        struct stat st = {};
        // A file we may not read still has an identity (size, time, inode).
        if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
            id.exists = true;
            id.size = st.st_size;
            id.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
            id.device = st.st_dev;
            id.inode = st.st_ino;
        }
        return id;
    }
    FileIdentity id = ofDescriptor(fd);
    ::close(fd);
    return id;
}

QJsonObject FileIdentity::toJson() const
{
    return {
        {QStringLiteral("exists"), exists},
        {QStringLiteral("size"), QString::number(size)},
        {QStringLiteral("mtimeNs"), QString::number(mtimeNs)},
        {QStringLiteral("device"), QString::number(device)},
        {QStringLiteral("inode"), QString::number(inode)},
        {QStringLiteral("changeCounter"), QString::number(changeCounter)},
    };
}

FileIdentity FileIdentity::fromJson(const QJsonObject& json)
{
    FileIdentity id;
    id.exists = json.value(QStringLiteral("exists")).toBool();
    id.size = json.value(QStringLiteral("size")).toString().toLongLong();
    id.mtimeNs = json.value(QStringLiteral("mtimeNs")).toString().toLongLong();
    id.device = json.value(QStringLiteral("device")).toString().toULongLong();
    id.inode = json.value(QStringLiteral("inode")).toString().toULongLong();
    id.changeCounter = json.value(QStringLiteral("changeCounter")).toString().toUInt();
    return id;
}

quint32 sqliteChangeCounter(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    const quint32 counter = counterAt(fd);
    ::close(fd);
    return counter;
}

} // namespace rapport::storage
