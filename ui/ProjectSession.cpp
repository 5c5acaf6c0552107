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
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &ProjectSession::updateModified);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        updateModified();
        emit contentChanged();
    });
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
    const bool modified = !m_undoStack->isClean() || m_file->hasUnsavedChanges();
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ProjectSession::markSaved()
{
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
