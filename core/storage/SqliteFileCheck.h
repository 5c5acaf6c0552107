// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectFile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace rapport::storage {

/** The fields of the 100-byte SQLite database header that the checks need. */
struct SqliteHeader
{
    quint32 pageSize = 0;
    quint32 pageCount = 0;       // valid only if pageCountValid
    bool pageCountValid = false; // "version-valid-for" equals the change counter
    quint32 changeCounter = 0;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

/** Whether bytes start with the 16-byte magic "SQLite format 3\0". */
bool hasSqliteMagic(const QByteArray& bytes);
/** Parses the first 100 bytes of a database file; nullopt if they are not a valid header. */
std::optional<SqliteHeader> parseSqliteHeader(const QByteArray& first100);

/**
 * Every refusal of open() and inspect(), without writing anything: missing, a folder,
 * unreadable, not SQLite, another application's, too new, truncated or damaged. On success
 * *schemaVersion is the file's user_version. Named displayPath in messages (defaults to path).
 * Without checkPages the pages are not read (PRAGMA quick_check is skipped).
 */
FileResult checkProjectFile(const QString& path, int* schemaVersion = nullptr,
                            const QString& displayPath = {}, bool checkPages = true);

/** A connection name nobody else uses ("rapport-<purpose>-<n>"). */
QString uniqueConnectionName(const char* purpose);
/** Adds and opens a QSQLITE connection with foreign keys on; on failure it is removed again. */
bool openSqliteConnection(const QString& connectionName, const QString& file, bool readOnly,
                          QString* error);
/** Closes and removes a connection (callers must have dropped their QSqlDatabase copies). */
void closeSqliteConnection(const QString& connectionName);

} // namespace rapport::storage
