// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspace/WorkspaceAddress.h"

#include <QSqlDatabase>
#include <QString>

namespace rapport::workspace {

/** The outcome of a workspace operation: on failure, a message that names the workspace. */
struct WorkspaceResult
{
    bool ok = true;
    QString message;
    explicit operator bool() const { return ok; }
    static WorkspaceResult success() { return {}; }
    static WorkspaceResult failure(QString message) { return {false, std::move(message)}; }
};

/**
 * One connection to a team workspace: a project kept in a PostgreSQL database, with the
 * same schema and migrations as a project file (storage/Schema.cpp, translated by
 * storage/SqlDialect). The repositories of core/storage work on database() as they do on a
 * file's connection.
 */
class Workspace
{
public:
    /** Opens a QPSQL connection named connectionName (Qt connections are per thread).
     *  Fails with a message naming the address: unreachable, refused, wrong password, … */
    static WorkspaceResult open(const WorkspaceAddress& address, const QString& password,
                                const QString& connectionName, QSqlDatabase* db);
    /** Brings an empty or older workspace to the current schema (the caller must own the
     *  database or be its administrator). A workspace of a newer Rapport is refused. */
    static WorkspaceResult initialise(QSqlDatabase db, const WorkspaceAddress& address);
    /** Whether db holds a Rapport workspace at the current schema (what a viewer may open). */
    static WorkspaceResult check(QSqlDatabase db, const WorkspaceAddress& address);
};

} // namespace rapport::workspace
