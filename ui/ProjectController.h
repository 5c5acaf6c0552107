// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectFile.h"

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace rapport::ui {

class ProjectPrompts;
class ProjectSession;
class RecentFiles;

/**
 * The file area: creating, opening, saving and closing projects, with their actions.
 * Holds at most one ProjectSession; asks the user through ProjectPrompts.
 */
class ProjectController : public QObject
{
    Q_OBJECT

public:
    ProjectController(storage::ProjectEnvironment environment, RecentFiles& recentFiles,
                      ProjectPrompts& prompts, QObject* parent = nullptr);
    ~ProjectController() override;

    ProjectSession* session() const { return m_session.get(); }
    /** The clock records are stamped with (the environment's, or the system's). */
    const model::Clock& clock() const;

    QAction* newAction() const { return m_newAction; }
    QAction* newDemoAction() const { return m_newDemoAction; }
    QAction* openAction() const { return m_openAction; }
    QAction* saveAction() const { return m_saveAction; }
    QAction* saveAsAction() const { return m_saveAsAction; }
    QAction* closeAction() const { return m_closeAction; }
    /** "Open Recent": the recent files, kept up to date. */
    QMenu* recentMenu() const { return m_recentMenu.get(); }

    /** Closes the open project (asking about unsaved changes) and continues with session,
     *  a project opened elsewhere (a team workspace). False if the user kept the old one. */
    bool adoptSession(std::unique_ptr<ProjectSession> session);

public slots:
    /** Each returns false if it failed or the user cancelled. */
    bool newProject();
    /** Asks for a size and a path, and fills a new project with a demo community. */
    bool newDemoProject();
    bool openProject();
    bool openPath(const QString& path);
    bool save();
    bool saveAs();
    /** Closes the project, asking first if it has unsaved changes. */
    bool closeProject();
    /** Closes the project without asking (the system is stopping the application): the
     *  lock is released and unsaved work kept for recovery at the next open. */
    void closeForShutdown();

signals:
    /** A project was opened or created (session) or closed (nullptr). */
    void sessionChanged(rapport::ui::ProjectSession* session);
    /** A short confirmation for the status bar. */
    void statusMessage(const QString& message);

private:
    /** ProjectFile::open on a worker thread, behind a progress dialog: checking every page
     *  and copying a large file take seconds. Null with *cancelled or *result otherwise. */
    std::unique_ptr<storage::ProjectFile> openOffThread(const QString& path, storage::OpenMode mode,
                                                        storage::RecoveryChoice recovery,
                                                        bool checkPages, storage::FileResult* result,
                                                        bool* cancelled);
    QWidget* dialogParent() const;
    bool confirmUnsaved();
    bool saveCopyAfterConflict();
    void setSession(std::unique_ptr<ProjectSession> session);
    void updateActions();
    void rebuildRecentMenu();
    QString dialogFolder() const;

    storage::ProjectEnvironment m_environment;
    RecentFiles& m_recentFiles;
    ProjectPrompts& m_prompts;
    std::unique_ptr<ProjectSession> m_session;
    model::SystemClock m_systemClock;

    QAction* m_newAction;
    QAction* m_newDemoAction;
    QAction* m_openAction;
    QAction* m_saveAction;
    QAction* m_saveAsAction;
    QAction* m_closeAction;
    QAction* m_clearRecentAction;
    std::unique_ptr<QMenu> m_recentMenu;
};

} // namespace rapport::ui
