// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/secrets/KeychainSecretStore.h"

#include "ui/Area.h"
#include "ui/Icons.h"
#include "ui/people/PeopleView.h"
#include "ui/ProjectController.h"
#include "ui/ProjectPrompts.h"
#include "ui/ProjectSession.h"
#include "ui/RecentFiles.h"
#include "ui/SessionEngine.h"
#include "ui/WelcomePanel.h"
#include "ui/audiences/AudiencesArea.h"
#include "ui/campaigns/CampaignsArea.h"
#include "ui/channels/ChannelsArea.h"
#include "ui/content/ContentArea.h"
#include "ui/export/ReportExportController.h"
#include "ui/import/ImportController.h"
#include "ui/sources/SourcesController.h"
#include "ui/workspace/WorkspaceController.h"
#include "ui/surveys/SurveysArea.h"
#include "ui/dashboard/DashboardArea.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

// Resources live in this static library; register them for whoever links it.
static void initResources()
{
    Q_INIT_RESOURCE(rapport);
}

namespace rapport::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kAreaKey = QStringLiteral("window/area");
} // namespace

MainWindow::MainWindow(storage::ProjectEnvironment environment, QSettings& settings,
                       ProjectPrompts* prompts, QWidget* parent)
    : QMainWindow(parent), m_settings(settings)
{
    initResources();
    if (!prompts) {
        m_ownPrompts = std::make_unique<DialogProjectPrompts>(this);
        prompts = m_ownPrompts.get();
    }
    m_recentFiles = new RecentFiles(m_settings, this);
    const QString workspaceCache = QDir::cleanPath(environment.recoveryDir + QStringLiteral("/../workspaces"));
    const storage::ProjectEnvironment workspaceEnvironment = environment;
    m_controller = new ProjectController(std::move(environment), *m_recentFiles, *prompts, this);
    m_keychain = std::make_unique<secrets::KeychainSecretStore>();
    m_workspaceController = new WorkspaceController(*m_controller, *prompts, *m_keychain, m_settings,
                                                    workspaceEnvironment, workspaceCache, this);
    m_importController = new ImportController(*m_controller, *prompts, this);
    m_sourcesController = new SourcesController(*m_controller, *prompts, this);
    m_undoGroup = new QUndoGroup(this);
    m_engine = new SessionEngine(this);
    m_reportExportController = new ReportExportController(*m_controller, m_engine, this);

    // The project page: a banner while read-only, above the people.
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    auto* lockIcon = new QLabel;
    lockIcon->setPixmap(themedIcon(QStringLiteral("lock")).pixmap(QSize(16, 16)));
    m_bannerLabel = new QLabel;
    m_bannerLabel->setObjectName(QStringLiteral("readOnlyBannerLabel"));
    m_bannerLabel->setForegroundRole(QPalette::ToolTipText);
    m_bannerLabel->setWordWrap(true);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(lockIcon);
    bannerLayout->addWidget(m_bannerLabel, 1);
    m_banner->hide();

    // The workspace: the areas in a sidebar, the current one beside it.
    m_areaList = new QListWidget;
    m_areaList->setObjectName(QStringLiteral("areaList"));
    m_areaList->setFrameShape(QFrame::NoFrame);
    m_areaList->setIconSize(QSize(24, 24));
    m_areaList->setSpacing(2);
    m_areaList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_areaList->setBackgroundRole(QPalette::Window);
    m_areaStack = new QStackedWidget;
    m_areaStack->setObjectName(QStringLiteral("areaStack"));
    m_dashboard = new DashboardArea(m_engine);
    addArea(m_dashboard);
    m_peopleView = new PeopleView;
    addArea(m_peopleView);
    auto* audiences = new AudiencesArea(m_engine);
    addArea(audiences);
    // "Show in People": the audience's people, selected in the People area.
    connect(audiences, &AudiencesArea::showPeopleRequested, this,
            [this](const QString&, const QList<qint64>& keys) {
                showArea(int(m_areas.indexOf(m_peopleView)));
                m_peopleView->selectKeys(keys);
            });
    addArea(new CampaignsArea);
    addArea(new ContentArea);
    addArea(new SurveysArea);
    addArea(new ChannelsArea);
    connect(m_areaList, &QListWidget::currentRowChanged, m_areaStack,
            &QStackedWidget::setCurrentIndex);
    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    splitter->addWidget(m_areaList);
    splitter->addWidget(m_areaStack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    int sidebarWidth = 0;
    for (int i = 0; i < m_areaList->count(); ++i)
        sidebarWidth = std::max(sidebarWidth, fontMetrics().horizontalAdvance(
                                                  m_areaList->item(i)->text()));
    // Wide enough for the longest title beside its icon, however wide the areas want to be.
    m_areaList->setMinimumWidth(sidebarWidth + 24 + 40);
    splitter->setSizes({sidebarWidth + 24 + 40, 900});

    m_projectPage = new QWidget;
    auto* pageLayout = new QVBoxLayout(m_projectPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_banner);
    pageLayout->addWidget(splitter, 1);

    m_welcomePanel =
        new WelcomePanel(m_controller->newAction(), m_controller->openAction(), *m_recentFiles);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_welcomePanel);
    m_stack->addWidget(m_projectPage);
    setCentralWidget(m_stack);

    m_stateLabel = new QLabel;
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("peopleCountLabel"));
    for (QLabel* label : {m_stateLabel, m_countLabel})
        label->setContentsMargins(8, 0, 8, 0);
    m_countSeparator = new QFrame;
    m_countSeparator->setFrameShape(QFrame::VLine);
    m_countSeparator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_countSeparator);
    statusBar()->addPermanentWidget(m_countLabel);

    createMenus();

    connect(m_controller, &ProjectController::sessionChanged, this, &MainWindow::showSession);
    connect(m_controller, &ProjectController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_workspaceController, &WorkspaceController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_importController, &ImportController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_reportExportController, &ReportExportController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_welcomePanel, &WelcomePanel::recentFileChosen, m_controller,
            &ProjectController::openPath);
    connect(m_peopleView, &PeopleView::peopleCountChanged, this, &MainWindow::showPeopleCount);
    // A drill-down lists its people in the People area.
    connect(m_dashboard, &DashboardArea::showPeople, this,
            [this](const QString& title, const QList<qint64>& keys) {
                m_peopleView->showOnly(title, keys);
                showArea(int(m_areas.indexOf(m_peopleView)));
            });

    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/rapport.svg")));
    resize(1100, 700);
    restoreGeometry(m_settings.value(kGeometryKey).toByteArray());
    restoreState(m_settings.value(kStateKey).toByteArray());
    showSession(nullptr);
    showArea(m_settings.value(kAreaKey, 0).toInt());
}

MainWindow::~MainWindow()
{
    // The controller closes its project while the views still exist.
    delete m_controller;
}

void MainWindow::addArea(Area* area)
{
    m_areas.append(area);
    auto* item = new QListWidgetItem(area->areaIcon(), area->areaTitle(), m_areaList);
    item->setToolTip(area->areaTitle());
    m_areaStack->addWidget(area);
    connect(area, &Area::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
}

void MainWindow::showArea(int index)
{
    if (index < 0 || index >= m_areas.size())
        index = 0;
    m_areaList->setCurrentRow(index);
}

Area* MainWindow::currentArea() const
{
    return m_areas.value(m_areaStack->currentIndex());
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_controller->newAction());
    fileMenu->addAction(m_controller->newDemoAction());
    fileMenu->addAction(m_controller->openAction());
    fileMenu->addMenu(m_controller->recentMenu());
    fileMenu->addAction(m_workspaceController->openAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_importController->importAction());
    fileMenu->addAction(m_sourcesController->sourcesAction());
    fileMenu->addAction(m_reportExportController->exportAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_controller->saveAction());
    fileMenu->addAction(m_controller->saveAsAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_controller->closeAction());
    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(themedIcon(QStringLiteral("application-exit")), tr("&Quit"),
                                       this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setIcon(themedIcon(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setIcon(themedIcon(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_areas.size(); ++i) {
        QAction* action = viewMenu->addAction(m_areas[i]->areaIcon(), m_areas[i]->areaTitle(),
                                              this, [this, i] { showArea(i); });
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Rapport"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);

    QToolBar* toolBar = addToolBar(tr("Project"));
    toolBar->setObjectName(QStringLiteral("projectToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_controller->newAction());
    toolBar->addAction(m_controller->openAction());
    toolBar->addAction(m_controller->saveAction());
    toolBar->addAction(m_importController->importAction());
}

void MainWindow::showSession(ProjectSession* session)
{
    m_engine->setSession(session);
    for (Area* area : std::as_const(m_areas))
        area->setSession(session);
    if (session) {
        m_undoGroup->addStack(session->undoStack());
        m_undoGroup->setActiveStack(session->undoStack());
        connect(session, &ProjectSession::modifiedChanged, this, &MainWindow::updateTitle);
        connect(session, &ProjectSession::modifiedChanged, this, &MainWindow::updateState);
        connect(session, &ProjectSession::pathChanged, this, &MainWindow::updateTitle);
        m_stack->setCurrentWidget(m_projectPage);
        m_peopleView->tableView()->setFocus();
    } else {
        m_undoGroup->setActiveStack(nullptr);
        m_stack->setCurrentWidget(m_welcomePanel);
    }

    const bool readOnly = session && session->isReadOnly();
    if (readOnly && session->isWorkspace()) {
        m_bannerLabel->setText(tr("Read-only: you may view this workspace and build dashboards and reports, "
                                  "but not change it."));
    } else if (readOnly) {
        m_bannerLabel->setText(session->heldBy()
                                   ? tr("Read-only: held by %1. Changes cannot be saved.")
                                         .arg(ProjectTexts::holder(*session->heldBy()))
                                   : tr("Read-only: changes cannot be saved."));
    }
    m_banner->setVisible(readOnly);
    m_countLabel->setVisible(session != nullptr);
    m_countSeparator->setVisible(session != nullptr);
    updateTitle();
    updateState();
}

void MainWindow::updateTitle()
{
    const ProjectSession* session = m_controller->session();
    if (!session) {
        setWindowTitle(tr("Rapport"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(session->isReadOnly() ? tr("%1 (read-only) — Rapport").arg(session->fileName())
                                         : tr("%1[*] — Rapport").arg(session->fileName()));
    setWindowModified(session->isModified());
    setWindowFilePath(session->isWorkspace() ? QString() : session->path());
}

void MainWindow::updateState()
{
    const ProjectSession* session = m_controller->session();
    if (!session)
        m_stateLabel->setText(tr("No project open"));
    else if (session->isReadOnly())
        m_stateLabel->setText(tr("Read-only"));
    else if (session->isWorkspace())
        m_stateLabel->setText(tr("Shared: every change goes to the server"));
    else
        m_stateLabel->setText(session->isModified() ? tr("Modified") : tr("Saved"));
}

void MainWindow::showPeopleCount(qint64 count)
{
    m_countLabel->setText(tr("%Ln people", nullptr, int(count)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rapport"),
                       tr("<h3>Rapport %1</h3><p>Community and developer-relations analytics "
                          "for the desktop.</p><p>Licensed under the GNU GPL, version 3 or "
                          "later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::openAtStart(const QString& path)
{
    if (!path.isEmpty()) {
        m_controller->openPath(path);
        return;
    }
    const QString last = m_recentFiles->last();
    if (!last.isEmpty() && QFileInfo::exists(last))
        m_controller->openPath(last);
}

void MainWindow::openFromAnotherLaunch(const QStringList& paths)
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    if (paths.isEmpty())
        return;
    m_requestedPath = paths.first(); // one project per window: the newest request wins
    openRequestedPath();
}

void MainWindow::openRequestedPath()
{
    if (m_requestedPath.isEmpty())
        return;
    // A dialog, or long work waiting in a nested event loop (opening, importing), is
    // answered first; the request waits its turn rather than cut in.
    if (QApplication::activeModalWidget() || QThread::currentThread()->loopLevel() > 1) {
        QTimer::singleShot(200, this, &MainWindow::openRequestedPath);
        return;
    }
    m_controller->openPath(std::exchange(m_requestedPath, QString()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_controller->closeProject()) {
        event->ignore();
        return;
    }
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState());
    m_settings.setValue(kAreaKey, m_areaStack->currentIndex());
    event->accept();
}

QString MainWindow::droppedProject(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".rapport"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedProject(event->mimeData()).isEmpty() ||
        !ImportController::importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    // A project is opened; an export (CSV, TSV, XLSX, JSON) is imported into the open one.
    const QString path = droppedProject(event->mimeData());
    const QString export_ =
        path.isEmpty() ? ImportController::importableFile(event->mimeData()) : QString();
    if (path.isEmpty() && export_.isEmpty())
        return;
    event->acceptProposedAction();
    // Dialogs must not run inside the drop handler of the dragging application.
    QMetaObject::invokeMethod(
        m_controller,
        [this, path, export_] {
            if (!path.isEmpty())
                m_controller->openPath(path);
            else
                m_importController->importFile(export_);
        },
        Qt::QueuedConnection);
}

} // namespace rapport::ui
