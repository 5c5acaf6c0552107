// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMimeData;
class QWidget;

namespace rapport::ui {

class ImportWizard;
class ProjectController;
class ProjectPrompts;
class ProjectSession;

/**
 * File › Import… (Ctrl+I) and files dropped on the window: opens the import wizard over the
 * open project. Importing needs a project open read-write.
 */
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(ProjectController& projects, ProjectPrompts& prompts, QWidget* window);

    QAction* importAction() const { return m_importAction; }
    /** The wizard now open, if any. */
    ImportWizard* wizard() const;

    /** The first local file among mime's that the wizard takes (by its suffix), or empty. */
    static QString importableFile(const QMimeData* mime);

public slots:
    /** Opens the wizard (window-modal), on path if given; nullptr if no project can take it. */
    ImportWizard* importFile(const QString& path = {});

signals:
    void statusMessage(const QString& message);

private:
    void setSession(ProjectSession* session);
    void updateAction();

    ProjectController& m_projects;
    ProjectPrompts& m_prompts;
    QWidget* m_window;
    QAction* m_importAction;
    ProjectSession* m_session = nullptr;
    QPointer<ImportWizard> m_wizard;
};

} // namespace rapport::ui
