// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceAddress.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace rapport::workspace {

/** One table of a project: its rows and the hash of their content. */
struct TableContent
{
    QString table;
    std::int64_t rows = 0;
    QByteArray hash; // BLAKE2b-256 of the table's canonical encoding
};

/**
 * What a project holds, table by table, in a form both a file and a workspace give the same
 * answer to: every table of the schema (ProjectTable), rows in primary-key order (text keys
 * in byte order), columns in schema order, each value encoded canonically by its column's
 * type (null; integer as 8 bytes; real as its 8 IEEE bytes; text and blobs as length and
 * bytes), hashed with BLAKE2b-256. total is the hash of every table's name, row count and hash.
 */
struct ContentHash
{
    QList<TableContent> tables;
    QByteArray total;
    QString hex() const { return QString::fromLatin1(total.toHex()); }
    std::int64_t rows() const;
};

/** What a publish or pull moved, and that both sides hold the same afterwards. */
struct TransferReport
{
    ContentHash content; // the source's, equal to the destination's when the transfer succeeded
    std::int64_t bytes = 0; // bytes sent to or received from the server
    double milliseconds = 0;
    /** Of publish: people the workspace held before and that --replace removed. */
    std::int64_t replacedPeople = 0;
};

/** Told now and then how far a transfer got: rows done of total, and the table at hand. */
using TransferProgress = std::function<void(std::int64_t done, std::int64_t total, const QString& what)>;

/** Options of Transfer::publishFile. */
struct PublishOptions
{
    /** Replace a project the workspace already holds (else the publish is refused). */
    bool replace = false;
    TransferProgress progress;
    /** Set from another thread to stop; the transfer then fails and changes nothing. */
    const std::atomic_bool* cancel = nullptr;
};

/**
 * Moves a whole project between a file and a workspace with PostgreSQL's COPY protocol
 * (binary rows, never a statement per row), verified afterwards: the row counts and the
 * content hash of the destination must equal the source's, table by table, or the transfer
 * fails naming the table. Both directions are all or nothing.
 */
class Transfer
{
public:
    /**
     * Copies the project file `file` (opened read-only; an older schema is read through a
     * migrated private copy) into the workspace at address. Refuses a workspace that already
     * holds a project unless options.replace (the message says how many people it holds).
     * Runs Workspace::initialise, then copies every table in one transaction with
     * `rapport.bulk_load = 'on'` (the change log skips it), sets identity sequences past
     * the file's keys and verifies before committing. On failure or cancel the transaction
     * rolls back: the server holds what it held before (an empty workspace's schema stays).
     */
    static WorkspaceResult publishFile(const QString& file, const WorkspaceAddress& address, const QString& password,
                                       const PublishOptions& options, TransferReport* report);

    /**
     * Writes the project of the workspace at address to a new project file `file` (a valid
     * `*.rapport` at the current schema), from one consistent snapshot of the workspace. The
     * file is built beside the target and renamed over it once verified, so a failure leaves
     * no file, or the old one untouched. An existing file is replaced only if it is a Rapport
     * project nobody holds open.
     */
    static WorkspaceResult pullToFile(const WorkspaceAddress& address, const QString& password, const QString& file,
                                      TransferReport* report, const TransferProgress& progress = {},
                                      const std::atomic_bool* cancel = nullptr);

    /** The content of an open project file's connection (QSQLITE). */
    static bool contentHash(QSqlDatabase file, ContentHash* hash, QString* error);
    /** The content of a workspace (one consistent snapshot). */
    static bool contentHash(const WorkspaceAddress& address, const QString& password, ContentHash* hash,
                            QString* error);

    /** The first table where two contents differ, or empty: for messages. */
    static QString firstDifference(const ContentHash& a, const ContentHash& b);
};

} // namespace rapport::workspace
