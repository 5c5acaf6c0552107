// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Audience.h"

#include <QList>
#include <QUndoCommand>

namespace rapport::storage {
class ProjectFile;
}

namespace rapport::ui {

/**
 * Stores a static audience of the given people (people.key values) as one undo step: redo
 * creates it (with the same id each time), undo removes it. If redo fails (the name is
 * taken, a person no longer exists), the command makes itself obsolete, so pushing it leaves
 * the undo stack as it was, and error() says why.
 */
class SaveAudienceCommand : public QUndoCommand
{
public:
    SaveAudienceCommand(storage::ProjectFile& file, const QString& name, const QString& description,
                        const QList<qint64>& personKeys);

    void redo() override;
    void undo() override;

    /** Where the next redo writes its error (empty on success), once: QUndoStack::push()
     *  deletes a command that fails, so the pusher learns why through this. */
    void reportTo(QString* error) { m_report = error; }
    QString error() const { return m_error; }
    const model::Audience& audience() const { return m_audience; }

private:
    storage::ProjectFile& m_file;
    model::Audience m_audience;
    QString m_error;
    QString* m_report = nullptr;
};

} // namespace rapport::ui
