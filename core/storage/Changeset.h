// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace rapport::storage {

/**
 * SQLite changesets (the session extension's record of changed rows, see ChangeRecorder):
 * what an edit did, exactly — every column of every row it inserted, deleted or updated,
 * keys and row versions included. Applying an edit's inverse puts the rows back as they
 * were; applying the edit again redoes it. This is what undo in the window is built on.
 */

/**
 * Applies changes to db (in the caller's transaction, if any). Every row must be as the
 * changeset expects it (an update's old values, a deleted row present, an inserted key
 * free); otherwise nothing is changed and false is returned with *error naming the
 * table. A row to delete that is already gone (taken by ON DELETE CASCADE) is skipped.
 * When conflictTable is given, it receives the table of such a row (empty when the
 * failure was another), for callers that word the message themselves.
 */
bool applyChangeset(const QSqlDatabase& db, const QByteArray& changes, QString* error,
                    QString* conflictTable = nullptr);
/** The changeset that undoes changes; empty with *error on failure. */
QByteArray invertChangeset(const QByteArray& changes, QString* error);
/** One changeset doing first, then second (an update of an inserted row becomes the insert
 *  of the final row, and so on); empty with *error on failure, or when they cancel out. */
QByteArray concatChangesets(const QByteArray& first, const QByteArray& second, QString* error);
/** Whether changes holds no change at all (also for an empty array). */
bool isEmptyChangeset(const QByteArray& changes);

/** The same as applyChangeset(), under the name the survey commands use. */
struct Changeset
{
    static bool apply(const QSqlDatabase& db, const QByteArray& changes, QString* error)
    {
        return applyChangeset(db, changes, error);
    }
};

} // namespace rapport::storage
