// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectFile.h"
#include "core/workspace/WorkspaceAddress.h"
#include "ui/workspace/WorkspaceLink.h"

#include <QObject>
#include <QPointer>

class QAction;
class QSettings;
class QWidget;

namespace rapport::secrets {
class SecretStore;
}

namespace rapport::ui {

class ProjectController;
class ProjectPrompts;

/**
 * File → Open Workspace…: asks where the workspace is (WorkspaceConnectDialog), takes the
 * password from the dialog or the system keychain, reads the whole workspace into a local
 * copy in the cache folder (one bulk transfer, behind a progress bar with Cancel), opens
 * that copy as the project and links it to the server (WorkspaceLink), read-only for a
 * viewer. The last address is remembered; a password typed in is kept in the keychain
 * when the user asked for it, and only once the server accepted it.
 */
class WorkspaceController : public QObject
{
    Q_OBJECT

public:
    /** cacheDir: where the local copies of workspaces live. */
    WorkspaceController(ProjectController& projects, ProjectPrompts& prompts, secrets::SecretStore& keychain,
                        QSettings& settings, storage::ProjectEnvironment environment, QString cacheDir,
                        QWidget* window);

    QAction* openAction() const { return m_openAction; }
    /** How conflicts are put to the user (a question box by default; tests script it). */
    void setConflictResolver(WorkspaceLink::ConflictResolver resolver) { m_resolver = std::move(resolver); }
    /** The link of the open workspace, or null when a file (or nothing) is open. */
    WorkspaceLink* link() const;

public slots:
    /** Asks for the address and opens the workspace; false if cancelled or it failed. */
    bool openWorkspace();
    /** Opens the workspace at address. An empty password is looked up in the keychain;
     *  remember: keep a typed password there once the server accepted it. */
    bool openAddress(const workspace::WorkspaceAddress& address, const QString& password, bool remember);

signals:
    void statusMessage(const QString& message);

private:
    WorkspaceLink::Choice askConflict(const workspace::SyncConflict& conflict);
    QString cachePath(const workspace::WorkspaceAddress& address) const;

    ProjectController& m_projects;
    ProjectPrompts& m_prompts;
    secrets::SecretStore& m_keychain;
    QSettings& m_settings;
    storage::ProjectEnvironment m_environment;
    QString m_cacheDir;
    QWidget* m_window;
    QAction* m_openAction;
    WorkspaceLink::ConflictResolver m_resolver;
};

} // namespace rapport::ui
