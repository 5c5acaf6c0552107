// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectRepositoryTypes.h"

#include <QByteArray>
#include <QUndoCommand>

#include <functional>

namespace rapport::ui {

class ProjectSession;

/**
 * One user action on the project, kept on the undo stack as exactly what it changed in the
 * file: run() performs the edit through the repositories in one transaction while SQLite
 * records the rows it touches (storage::ChangeRecorder); undo applies the inverse record and
 * redo the record itself. Every column comes back as it was — keys that activities refer
 * to, row versions, the goals and references a deleted campaign took with it — so any edit
 * needs only this one command class.
 *
 * Commands with the same merge key (say "this campaign's budget") merge when pushed one
 * after the other: their records are joined, and undo takes both back at once.
 */
class RecordedEditCommand : public QUndoCommand
{
public:
    using Edit = std::function<storage::StoreResult()>;
    using ErrorSink = std::function<void(const QString&)>;

    /** reportError shows why a later undo or redo could not be applied. */
    RecordedEditCommand(ProjectSession& session, const QString& text, QString mergeKey = {},
                        ErrorSink reportError = {});

    /** Runs edit in a transaction and records it; call once, before pushing. On failure
     *  nothing is changed and *error says why. */
    bool run(const Edit& edit, QString* error);
    /** Whether the edit changed anything. */
    bool hasChanges() const;

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    bool apply(const QByteArray& changes);

    ProjectSession& m_session;
    QString m_mergeKey;
    ErrorSink m_reportError;
    QByteArray m_changes;
    QByteArray m_inverse;
    bool m_pending = false; // run() has done the edit: the first redo() (push) skips it
};

} // namespace rapport::ui
