// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/KeychainSecretStore.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace rapport::ui {

class ProjectController;
class ProjectPrompts;
class ProjectSession;
class SourcesDialog;

/** File › Data Sources…: opens the sources dialog over the open project. */
class SourcesController : public QObject
{
    Q_OBJECT

public:
    SourcesController(ProjectController& projects, ProjectPrompts& prompts, QWidget* window);

    QAction* sourcesAction() const { return m_action; }
    SourcesDialog* dialog() const;

public slots:
    SourcesDialog* showSources();

private:
    void setSession(ProjectSession* session);

    ProjectController& m_projects;
    ProjectPrompts& m_prompts;
    QWidget* m_window;
    QAction* m_action;
    ProjectSession* m_session = nullptr;
    QPointer<SourcesDialog> m_dialog;
    secrets::KeychainSecretStore m_keychain;
};

} // namespace rapport::ui
