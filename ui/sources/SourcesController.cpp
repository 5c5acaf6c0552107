// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sources/SourcesController.h"

#include "ui/Icons.h"
#include "ui/ProjectController.h"
#include "ui/ProjectPrompts.h"
#include "ui/ProjectSession.h"
#include "ui/sources/SourcesDialog.h"

#include <QAction>

namespace rapport::ui {

SourcesController::SourcesController(ProjectController& projects, ProjectPrompts& prompts, QWidget* window)
    : QObject(window), m_projects(projects), m_prompts(prompts), m_window(window)
{
    m_action = new QAction(themedIcon(QStringLiteral("view-refresh")), tr("Data &Sources…"), this);
    m_action->setObjectName(QStringLiteral("sourcesAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_action->setToolTip(tr("Sync people and activities from GitHub and Discourse"));
    connect(m_action, &QAction::triggered, this, &SourcesController::showSources);
    connect(&m_projects, &ProjectController::sessionChanged, this, &SourcesController::setSession);
    setSession(m_projects.session());
}

SourcesDialog* SourcesController::dialog() const
{
    return m_dialog;
}

void SourcesController::setSession(ProjectSession* session)
{
    if (m_dialog && session != m_session)
        delete m_dialog.data(); // it works on the session's file
    m_session = session;
    m_action->setEnabled(m_session != nullptr);
}

SourcesDialog* SourcesController::showSources()
{
    if (!m_session)
        return nullptr;
    if (!m_dialog) {
        const QPointer<SourcesController> self(this);
        auto reportError = [self](const QString& message) {
            if (self)
                QMetaObject::invokeMethod(
                    self, [self, message] { self->m_prompts.showError(tr("Data Sources"), message); },
                    Qt::QueuedConnection);
        };
        m_dialog = new SourcesDialog(*m_session, m_projects.clock(), m_keychain, reportError, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setWindowModality(Qt::WindowModal);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace rapport::ui
