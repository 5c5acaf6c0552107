// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectRepositoryTypes.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace rapport::storage {

class ProjectFile;

/**
 * One edit of a project as the rows it changed, both ways, so that it can be undone and
 * redone exactly: keys, row versions and every dependent row (a deleted piece's authors,
 * the rewards that pointed at it) come back as they were. Recorded with SQLite's session
 * extension, like an import's undo (see ChangeRecorder).
 *
 * Undo and redo expect the project to be in the state the edit left (or found) it, as a
 * linear undo stack guarantees; if the rows changed in between, they refuse and change
 * nothing. Two edits made one after the other can be joined into one (append()), so that
 * typing in a field is undone at once.
 */
class RecordedEdit
{
    Q_DECLARE_TR_FUNCTIONS(RecordedEdit)

public:
    /** Runs edit in one transaction of file and records what it changes. On failure (the
     *  edit's or the recording's) nothing is changed and the returned result says why. */
    static StoreResult record(ProjectFile& file, const std::function<StoreResult()>& edit,
                              RecordedEdit* recorded);

    /** Puts the rows back as they were before the edit. */
    bool undo(ProjectFile& file, QString* error) const;
    /** Makes the edit again after undo(). */
    bool redo(ProjectFile& file, QString* error) const;
    /** Joins next, an edit recorded right after this one, into this: undo then takes both
     *  back and redo makes both. False with *error (and this unchanged) if the records
     *  cannot be joined. */
    bool append(const RecordedEdit& next, QString* error);
    /** The edit changed no row (or joined edits cancelled out). */
    bool isEmpty() const;

    /** The changeset that makes the edit (what redo applies), e.g. to send it to a team
     *  workspace (workspace/WorkspaceSync). */
    const QByteArray& forwardChanges() const { return m_forward; }
    /** The changeset that takes the edit back (what undo applies). */
    const QByteArray& inverseChanges() const { return m_inverse; }

private:
    static bool apply(ProjectFile& file, const QByteArray& changes, QString* error);

    QByteArray m_forward;
    QByteArray m_inverse;
};

} // namespace rapport::storage
