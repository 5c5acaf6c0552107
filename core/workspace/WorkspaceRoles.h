// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspace/Workspace.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rapport::workspace {

/** What a user may do in a workspace. */
enum class Role {
    None,   ///< may not read it
    Viewer, ///< reads, builds dashboards and PDFs; every change is refused by the server
    Editor, ///< reads and changes data
    Owner,  ///< the database's owner (or a superuser): also prepares it and grants access
};

/** A user with access to a workspace, as `rapport-cli workspace who` lists them. */
struct WorkspaceMember
{
    QString user;
    Role role = Role::None;
};

/**
 * Access to a team workspace, enforced by PostgreSQL itself rather than by the app: each
 * workspace database has two group roles, its viewers (SELECT on every table) and its
 * editors (SELECT, INSERT, UPDATE, DELETE on every table, and the sequences), and a user has
 * access by being a member of one of them. CONNECT to the database is taken from PUBLIC, so
 * someone who is neither cannot even connect.
 *
 * The group roles' names are derived from the database's name (`rapport_<db>_viewers`,
 * `rapport_<db>_editors`; a long name is shortened and given a hash so it stays unique).
 * Granting needs the database's owner, with CREATEROLE (or a superuser).
 */
class WorkspaceRoles
{
public:
    static QString viewerGroup(const QString& database);
    static QString editorGroup(const QString& database);
    /** The identifier name quoted for SQL ("a""b"). */
    static QString quoted(const QString& name);

    /** Creates the two group roles if missing and grants them their rights on every table and
     *  sequence of the public schema (also those created later by the same owner). Called at
     *  the end of Workspace::initialise, so it covers every table. */
    static WorkspaceResult ensure(QSqlDatabase db, const WorkspaceAddress& address);
    /** Makes the existing login role userName a viewer or an editor (only one of the two). */
    static WorkspaceResult grantAccess(QSqlDatabase db, const WorkspaceAddress& address, const QString& userName,
                                       Role role);
    /** Takes both group roles from userName; their next connection is refused. */
    static WorkspaceResult revokeAccess(QSqlDatabase db, const WorkspaceAddress& address, const QString& userName);
    /** What the connected user may do here, asked of the server. */
    static Role roleOf(QSqlDatabase db);
    /** The members of the two groups, by name. */
    static QList<WorkspaceMember> members(QSqlDatabase db, QString* error = nullptr);

    /** "viewer", "editor", "owner", "none" (as the command line writes them). */
    static QString roleName(Role role);
};

} // namespace rapport::workspace
