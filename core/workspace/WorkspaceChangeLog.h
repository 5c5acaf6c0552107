// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rapport::workspace {

/**
 * The change log of a team workspace: every row written to a project table is noted in
 * `rapport_changes` (its table, I/U/D and primary key as JSON, who and when) by a row
 * trigger, and announced on the NOTIFY channel `rapport_changes`, so that every open copy
 * can fetch exactly the rows other people changed (WorkspaceSync::fetchRemoteChanges).
 *
 * The trigger function is SECURITY DEFINER, so editors need no rights on the log beyond
 * reading it. It does nothing in the owner's session that sets `rapport.bulk_load` to `on` (a
 * publish of millions of rows is not logged row by row; a pull starts after it).
 */
namespace WorkspaceChangeLog {

inline constexpr const char* kTable = "rapport_changes";
inline constexpr const char* kChannel = "rapport_changes";

/** Creates the log (if missing) and puts the trigger on every table of the schema that
 *  has a primary key (again on each call, so tables added by a newer schema are covered).
 *  Runs in one transaction; false with *error on failure, nothing changed. */
bool install(QSqlDatabase db, QString* error);

/** What a publish that replaces the project runs before it commits: every copy read before
 *  it is then behind the log's horizon and reads the workspace again. */
QStringList replacedStatements();

/** Deletes the entries older than keepDays (the owner's job; *removed counts them) and moves
 *  the horizon past them: a copy that had not read them reads the workspace again. */
bool prune(QSqlDatabase db, int keepDays, qint64* removed, QString* error);

/** The position before which a copy cannot catch up from the log (0: none); −1 with *error. */
qint64 horizon(QSqlDatabase db, QString* error);

} // namespace WorkspaceChangeLog

} // namespace rapport::workspace
