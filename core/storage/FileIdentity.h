// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace rapport::storage {

/**
 * What a project file on disk looked like at one moment: enough to notice that someone else
 * replaced (new inode) or rewrote it (size, mtime, SQLite's file change counter).
 */
struct FileIdentity
{
    bool exists = false;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 device = 0;
    quint64 inode = 0;
    quint32 changeCounter = 0; // bytes 24..27 of the SQLite header

    /** The identity of the file at path now (exists == false if it is gone). */
    static FileIdentity of(const QString& path);
    /** The identity of an open file, without a second lookup of its name. */
    static FileIdentity ofDescriptor(int fd);

    QJsonObject toJson() const;
    static FileIdentity fromJson(const QJsonObject& json);

    friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

/** SQLite's file change counter of the database at path (0 if unreadable). */
quint32 sqliteChangeCounter(const QString& path);

} // namespace rapport::storage
