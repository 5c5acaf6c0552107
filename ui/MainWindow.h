// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"
#include "core/storage/ProjectFile.h"

#include <QMainWindow>

#include <memory>

class QFrame;
class QListWidget;
class QLabel;
class QMimeData;
class QSettings;
class QStackedWidget;
class QUndoGroup;

namespace rapport::ui {

class Area;
class DashboardArea;
class ImportController;
class PeopleView;
class ProjectController;
class ProjectPrompts;
class ProjectSession;
class RecentFiles;
class ReportExportController;
class SessionEngine;
class SourcesController;
class WorkspaceController;
class WelcomePanel;

/**
 * The main window: assembles the file area (ProjectController), the areas (dashboard,
 * people, …) and the welcome panel, and shows the project's state in the title,
 * a read-only banner and the status bar.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** prompts answers the file questions; nullptr uses dialogs over this window. */
    MainWindow(storage::ProjectEnvironment environment, QSettings& settings,
               ProjectPrompts* prompts = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens path, or the last project if path is empty and it still exists. */
    void openAtStart(const QString& path);
    /**
     * Another launch (a double-click in the file manager) asked for paths: comes to the
     * front and opens the first, once no dialog or long work is under way. Empty: only
     * comes to the front.
     */
    void openFromAnotherLaunch(const QStringList& paths);

    ProjectController* controller() const { return m_controller; }
    ImportController* importController() const { return m_importController; }
    SourcesController* sourcesController() const { return m_sourcesController; }
    WorkspaceController* workspaceController() const { return m_workspaceController; }
    ReportExportController* reportExportController() const { return m_reportExportController; }
    PeopleView* peopleView() const { return m_peopleView; }
    /** The open project's engine data, for the areas that compute figures. */
    SessionEngine* sessionEngine() const { return m_engine; }
    /** The workspace areas in sidebar order (Dashboard first). */
    DashboardArea* dashboard() const { return m_dashboard; }
    const QList<Area*>& areas() const { return m_areas; }
    /** The sidebar listing the areas. */
    QListWidget* areaList() const { return m_areaList; }
    /** Shows the area at index (Ctrl+1… does the same). */
    void showArea(int index);
    Area* currentArea() const;
    WelcomePanel* welcomePanel() const { return m_welcomePanel; }
    QFrame* readOnlyBanner() const { return m_banner; }
    QLabel* readOnlyBannerLabel() const { return m_bannerLabel; }
    QLabel* stateLabel() const { return m_stateLabel; }
    QLabel* peopleCountLabel() const { return m_countLabel; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    /** Appends area to the sidebar and the area stack. */
    void addArea(Area* area);
    void showSession(ProjectSession* session);
    void updateTitle();
    void updateState();
    void showPeopleCount(qint64 count);
    void showAbout();
    static QString droppedProject(const QMimeData* mime);
    void openRequestedPath();

    QSettings& m_settings;
    std::unique_ptr<ProjectPrompts> m_ownPrompts;
    RecentFiles* m_recentFiles;
    ProjectController* m_controller;
    ImportController* m_importController;
    SourcesController* m_sourcesController;
    WorkspaceController* m_workspaceController;
    std::unique_ptr<secrets::SecretStore> m_keychain;
    ReportExportController* m_reportExportController = nullptr;
    QUndoGroup* m_undoGroup;
    SessionEngine* m_engine;
    DashboardArea* m_dashboard;
    PeopleView* m_peopleView;
    QList<Area*> m_areas;
    QListWidget* m_areaList;
    QStackedWidget* m_areaStack;
    WelcomePanel* m_welcomePanel;
    QStackedWidget* m_stack;
    QWidget* m_projectPage;
    QFrame* m_banner;
    QLabel* m_bannerLabel;
    QLabel* m_stateLabel;
    QFrame* m_countSeparator;
    QLabel* m_countLabel;
    QAction* m_quitAction = nullptr;
    QString m_requestedPath; // from another launch, opened when the window is free
};

} // namespace rapport::ui
