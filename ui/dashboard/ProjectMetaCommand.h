// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectRepositoryTypes.h"

#include <QPointer>
#include <QStringList>
#include <QUndoCommand>

#include <functional>
#include <optional>
#include <vector>

namespace rapport::ui {

class ProjectSession;

/**
 * One user action on the project's meta values (saving, renaming or deleting a funnel,
 * changing the lifecycle funnel's steps), undoable: the rows it touches as they were before
 * and after, written back by undo() and redo().
 *
 * The action runs once, before the step is pushed, so a refusal (a duplicate name, a
 * read-only project) reaches the user and leaves no step behind.
 */
class ProjectMetaCommand : public QUndoCommand
{
public:
    /** Runs action in a transaction of session's project, recording the rows named before and
     *  after; on success pushes an undo step called text. false with *error otherwise. */
    static bool run(ProjectSession& session, const QString& text, const QStringList& rows,
                    const std::function<storage::StoreResult()>& action, QString* error = nullptr);

    void undo() override;
    void redo() override;

private:
    using Values = std::vector<std::optional<QString>>;
    ProjectMetaCommand(ProjectSession& session, const QString& text, QStringList rows,
                       Values before, Values after);
    void write(const Values& values);

    QPointer<ProjectSession> m_session;
    QStringList m_rows;
    Values m_before, m_after;
    bool m_done = true; ///< the first redo() (from push) finds the action already done
};

} // namespace rapport::ui
