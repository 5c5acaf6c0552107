// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/RecordedEdit.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace rapport::ui {

class ProjectSession;

/**
 * Any edit of the content area as one undo step: the edit runs once, through the
 * repositories, and is recorded as the rows it changed (storage::RecordedEdit); undo and
 * redo put those rows back exactly, keys and dependent rows included. One command class
 * serves every field of pieces, series, distributions, snapshots and rewards.
 */
class ContentEditCommand : public QUndoCommand
{
public:
    using Edit = std::function<storage::StoreResult()>;
    using ErrorSink = std::function<void(const QString&)>;

    /** Runs edit on session's project; nullptr (and *result says why) if it failed, in
     *  which case nothing changed. Push the command returned: its first redo does nothing. */
    static std::unique_ptr<ContentEditCommand> run(ProjectSession& session, const QString& text,
                                                   const Edit& edit, ErrorSink onError,
                                                   storage::StoreResult* result);

    void undo() override;
    void redo() override;

private:
    ContentEditCommand(ProjectSession& session, const QString& text, ErrorSink onError);

    ProjectSession& m_session;
    storage::RecordedEdit m_edit;
    ErrorSink m_onError;
    bool m_applied = true;
};

} // namespace rapport::ui
