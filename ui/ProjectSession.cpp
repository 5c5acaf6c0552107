// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProjectSession.h"

#include "ui/ChangePublisher.h"

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

// The undo stack's commands may refer to the file and the publisher: delete them first.
ProjectSession::~ProjectSession()
{
    m_undoStack->blockSignals(true);
    m_undoStack->clear();
    m_publisher.reset();
}

void ProjectSession::releasePublisher()
{
    m_publisher.reset();
}

void ProjectSession::setPublisher(std::unique_ptr<ChangePublisher> publisher, const QString& displayName,
                                  bool viewOnly)
{
    m_publisher = std::move(publisher);
    m_displayName = displayName;
    m_viewOnly = viewOnly;
    m_changedOutsideStack = false;
    refreshModified();
}

void ProjectSession::takeRemoteChanges()
{
    if (m_file->hasUnsavedChanges() && isWorkspace())
        m_file->markUnchangedSinceSave(); // the server has it: nothing to save
    emit contentChanged();
}

void ProjectSession::takeRemoteChanges(const storage::EngineChanges& rows)
{
    if (m_file->hasUnsavedChanges() && isWorkspace())
        m_file->markUnchangedSinceSave();
    emit rowsChangedElsewhere(rows);
    emit contentChanged();
}

QString ProjectSession::path() const
{
    return m_file->path();
}

QString ProjectSession::fileName() const
{
    if (isWorkspace())
        return m_displayName;
    return QFileInfo(m_file->path()).fileName();
}

bool ProjectSession::isReadOnly() const
{
    return m_file->isReadOnly() || m_viewOnly;
}

void ProjectSession::updateModified()
{
    m_changedOutsideStack = m_changedOutsideStack || m_file->hasUnsavedChanges();
    refreshModified();
}

void ProjectSession::refreshModified()
{
    // A workspace's changes are on the server as soon as they are made: nothing to save.
    const bool modified = !isWorkspace() && (!m_undoStack->isClean() || m_file->hasUnsavedChanges());
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
