// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace rapport::ui {

/**
 * Where a project's recorded changes go besides its working copy: for a team workspace,
 * the server (ui/workspace/WorkspaceLink). A file project has none. RecordedEditCommand
 * asks it before an edit and hands it each edit, undo and redo as the rows it changed.
 */
class ChangePublisher
{
public:
    /** Import: a whole import or sync, or its undo or redo; on a conflict it is refused
     *  (and taken back) rather than put to the user record by record. */
    enum class Step { Edit, Undo, Redo, Import };
    struct Outcome
    {
        enum class Kind {
            Published, // the server holds the change
            Refused,   // not published; the local change must be taken back; message says why
            Replaced,  // the user took the other side's version: the local change was already
                       // taken back and their rows read in; nothing to report
        };
        Kind kind = Kind::Published;
        QString message;
        static Outcome published() { return {}; }
        static Outcome refused(QString message) { return {Kind::Refused, std::move(message)}; }
        static Outcome replaced() { return {Kind::Replaced, {}}; }
    };

    virtual ~ChangePublisher() = default;
    /** Before an edit is recorded: brings the working copy up to date with the other side,
     *  so new records get the keys the server expects. False with *error to stop the edit. */
    virtual bool prepare(QString* error) = 0;
    /** After the working copy took a change (changes: an SQLite session changeset). */
    virtual Outcome publish(const QByteArray& changes, Step step, const QString& what) = 0;
};

} // namespace rapport::ui
