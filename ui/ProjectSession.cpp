// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProjectSession.h"

#include <QFileInfo>

namespace rapport::ui {

ProjectSession::ProjectSession(std::unique_ptr<storage::ProjectFile> file,
                               std::optional<storage::LockInfo> heldBy, QObject* parent)
    : QObject(parent), m_file(std::move(file)), m_heldBy(std::move(heldBy)),
      m_undoStack(new QUndoStack(this))
{
    Q_ASSERT(m_file);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        // Back at the saved state by undo/redo alone: every change since the save was an
        // exact inverse of another (the commands restore rows as they were), so the project
        // is the saved one again.
        if (clean && !m_changedOutsideStack && m_file->hasUnsavedChanges())
            m_file->markUnchangedSinceSave();
        refreshModified();
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        refreshModified();
        emit contentChanged();
    });
    m_changedOutsideStack = m_file->hasUnsavedChanges(); // recovered work
    m_modified = m_file->hasUnsavedChanges();
}

// The undo stack's commands may refer to the file: delete them first.
ProjectSession::~ProjectSession()
{
    m_undoStack->blockSignals(true);
    m_undoStack->clear();
}

QString ProjectSession::path() const
{
    return m_file->path();
}

QString ProjectSession::fileName() const
{
    return QFileInfo(m_file->path()).fileName();
}

bool ProjectSession::isReadOnly() const
{
    return m_file->isReadOnly();
}

void ProjectSession::updateModified()
{
    m_changedOutsideStack = m_changedOutsideStack || m_file->hasUnsavedChanges();
    refreshModified();
}

void ProjectSession::refreshModified()
{
    const bool modified = !m_undoStack->isClean() || m_file->hasUnsavedChanges();
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ProjectSession::markSaved()
{
    m_changedOutsideStack = false;
    m_undoStack->setClean();
    updateModified();
}

storage::FileResult ProjectSession::save()
{
    storage::FileResult result = m_file->save();
    if (result)
        markSaved();
    return result;
}

storage::FileResult ProjectSession::saveAs(const QString& path)
{
    storage::FileResult result = m_file->saveAs(path);
    if (result) {
        markSaved();
        emit pathChanged(m_file->path());
    }
    return result;
}

storage::FileResult ProjectSession::saveCopy(const QString& path) const
{
    return m_file->saveCopy(path);
}

} // namespace rapport::ui
