// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EngineLoader.h"
#include "core/storage/ProjectFile.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace rapport::ui {

class ChangePublisher;

/**
 * One open project: its file, its undo stack and whether it has unsaved work.
 *
 * The project is modified while the undo stack is away from its clean state or the file
 * holds committed but unsaved changes (recovered work, edits made outside the stack).
 */
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    /** heldBy names who holds the file when it was opened read-only because of a lock. */
    ProjectSession(std::unique_ptr<storage::ProjectFile> file,
                   std::optional<storage::LockInfo> heldBy = {}, QObject* parent = nullptr);
    ~ProjectSession() override;

    storage::ProjectFile& file() const { return *m_file; }
    QString path() const;
    /** The file name without folders, as shown in the title. */
    QString fileName() const;
    bool isReadOnly() const;
    const std::optional<storage::LockInfo>& heldBy() const { return m_heldBy; }
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isModified() const { return m_modified; }

    /**
     * Makes this the local copy of a team workspace: every change also goes to publisher
     * (the server), there is nothing to save, and the title shows displayName instead of
     * the cache file's name. viewOnly: the user may read but not change (a viewer).
     */
    void setPublisher(std::unique_ptr<ChangePublisher> publisher, const QString& displayName, bool viewOnly);
    /** The workspace's publisher, or null for a project file. */
    ChangePublisher* publisher() const { return m_publisher.get(); }
    bool isWorkspace() const { return m_publisher != nullptr; }
    /** Ends the link to the server (its connections to the working copy too), before the
     *  file is closed at shutdown; the session is not used afterwards. */
    void releasePublisher();
    /** Other people's changes were written into the working copy: views re-read. */
    void takeRemoteChanges();
    /** The same, naming the rows written, so the engine brings its figures up to date
     *  rather than loading the project again (rowsChangedElsewhere, then contentChanged). */
    void takeRemoteChanges(const storage::EngineChanges& rows);

    storage::FileResult save();
    storage::FileResult saveAs(const QString& path);
    storage::FileResult saveCopy(const QString& path) const;

    /** Re-reads the file's unsaved state; call after writing outside the undo stack. */
    void updateModified();

signals:
    void modifiedChanged(bool modified);
    void pathChanged(const QString& path);
    /** The project's content changed (an undo step ran); views re-read what they show. */
    void contentChanged();
    /** Emitted right before the contentChanged() of takeRemoteChanges(rows): which rows
     *  someone else changed (SessionEngine updates rather than reloads). */
    void rowsChangedElsewhere(const rapport::storage::EngineChanges& rows);

private:
    void markSaved();
    void refreshModified();

    std::unique_ptr<storage::ProjectFile> m_file;
    std::optional<storage::LockInfo> m_heldBy;
    std::unique_ptr<ChangePublisher> m_publisher;
    QString m_displayName;
    bool m_viewOnly = false;
    QUndoStack* m_undoStack;
    bool m_modified = false;
    /** The file changed other than through the undo stack since it was saved (recovered
     *  work, updateModified() calls): undoing back to clean does not make it the saved one. */
    bool m_changedOutsideStack = false;
};

} // namespace rapport::ui
