// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProjectController.h"

#include "core/io/DemoCommunity.h"
#include "ui/BackgroundTask.h"
#include "ui/Icons.h"
#include "ui/ProjectPrompts.h"
#include "ui/ProjectSession.h"
#include "ui/RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>

namespace rapport::ui {

ProjectController::ProjectController(storage::ProjectEnvironment environment,
                                     RecentFiles& recentFiles, ProjectPrompts& prompts,
                                     QObject* parent)
    : QObject(parent), m_environment(std::move(environment)), m_recentFiles(recentFiles),
      m_prompts(prompts)
{
    m_newAction =
        new QAction(themedIcon(QStringLiteral("document-new")), tr("&New Project…"), this);
    m_newAction->setIconText(tr("New Project"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create a new project file"));
    connect(m_newAction, &QAction::triggered, this, &ProjectController::newProject);

    m_newDemoAction = new QAction(tr("New &Demo Project…"), this);
    m_newDemoAction->setToolTip(tr("Create a project filled with a made-up developer community"));
    connect(m_newDemoAction, &QAction::triggered, this, &ProjectController::newDemoProject);

    m_openAction = new QAction(themedIcon(QStringLiteral("document-open")), tr("&Open…"), this);
    m_openAction->setIconText(tr("Open"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a project file"));
    connect(m_openAction, &QAction::triggered, this, &ProjectController::openProject);

    m_saveAction = new QAction(themedIcon(QStringLiteral("document-save")), tr("&Save"), this);
    m_saveAction->setIconText(tr("Save"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the project"));
    connect(m_saveAction, &QAction::triggered, this, &ProjectController::save);

    m_saveAsAction =
        new QAction(themedIcon(QStringLiteral("document-save-as")), tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &ProjectController::saveAs);

    m_closeAction = new QAction(themedIcon(QStringLiteral("document-close")), tr("&Close"), this);
    // Some platform themes bind Close to Ctrl+F4 only; Ctrl+W is what people press.
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!closeKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        closeKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeAction->setShortcuts(closeKeys);
    connect(m_closeAction, &QAction::triggered, this, &ProjectController::closeProject);

    m_recentMenu = std::make_unique<QMenu>(tr("Open &Recent"));
    m_recentMenu->setIcon(themedIcon(QStringLiteral("document-open-recent")));
    m_clearRecentAction = new QAction(tr("Clear List"), this);
    connect(m_clearRecentAction, &QAction::triggered, &m_recentFiles, &RecentFiles::clear);
    connect(&m_recentFiles, &RecentFiles::changed, this, &ProjectController::rebuildRecentMenu);

    rebuildRecentMenu();
    updateActions();
}

ProjectController::~ProjectController()
{
    // Views drop their connections to the project before its file closes.
    if (m_session) {
        emit sessionChanged(nullptr);
        m_session.reset();
    }
}

const model::Clock& ProjectController::clock() const
{
    return m_environment.clock ? *m_environment.clock : m_systemClock;
}

QWidget* ProjectController::dialogParent() const
{
    return qobject_cast<QWidget*>(parent());
}

QString ProjectController::dialogFolder() const
{
    if (m_session)
        return QFileInfo(m_session->path()).absolutePath();
    const QString last = m_recentFiles.last();
    if (!last.isEmpty() && QFileInfo(last).dir().exists())
        return QFileInfo(last).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool ProjectController::newProject()
{
    const QString path = ProjectTexts::withSuffix(m_prompts.newProjectPath(dialogFolder()));
    if (path.isEmpty() || !confirmUnsaved())
        return false;
    storage::FileResult result;
    std::unique_ptr<storage::ProjectFile> file =
        storage::ProjectFile::create(path, m_environment, &result);
    if (!file) {
        m_prompts.showError(tr("Could Not Create Project"), result.message);
        return false;
    }
    m_recentFiles.add(file->path());
    setSession(std::make_unique<ProjectSession>(std::move(file)));
    emit statusMessage(tr("Created %1").arg(m_session->fileName()));
    return true;
}

bool ProjectController::newDemoProject()
{
    const qint64 people = m_prompts.demoPeople();
    if (people <= 0)
        return false;
    const QString path = ProjectTexts::withSuffix(m_prompts.newProjectPath(dialogFolder()));
    if (path.isEmpty() || !confirmUnsaved())
        return false;

    std::unique_ptr<storage::ProjectFile> file;
    QString error;
    bool created = false;
    bool cancelled = false;
    const storage::ProjectEnvironment environment = m_environment;
    const model::Clock& demoClock = clock();
    TaskProgressDialog::run(
        dialogParent(), tr("New Demo Project"),
        tr("Making a developer community of %1 people…").arg(QLocale().toString(people)),
        [&](const BackgroundTask::Progress& progress) {
            storage::FileResult result;
            auto made = storage::ProjectFile::create(path, environment, &result);
            if (!made) {
                error = result.message;
                return;
            }
            created = true;
            io::DemoOptions options;
            options.people = people;
            options.progress = [&](double share) {
                cancelled = cancelled || !progress(0.9 * share); // saving is the last tenth
                return !cancelled;
            };
            {
                storage::Transaction transaction = made->transaction();
                io::DemoCommunity community(made->database(), demoClock);
                if (!community.generate(options, nullptr, &error) || !transaction.commit(&error))
                    return; // the file closes on this thread, the one that opened it
            }
            if (!progress(0.9)) {
                cancelled = true;
                return;
            }
            result = made->save();
            if (!result) {
                error = result.message;
                return;
            }
            made->detachConnection();
            file = std::move(made);
        });
    storage::FileResult attached;
    if (file)
        attached = file->attachConnection();
    if (!file || !attached) {
        file.reset();
        if (created)
            QFile::remove(path); // made a moment ago: leave nothing half-made behind
        if (!cancelled)
            m_prompts.showError(tr("Could Not Create Demo Project"),
                                attached ? error : attached.message);
        return false;
    }
    m_recentFiles.add(file->path());
    setSession(std::make_unique<ProjectSession>(std::move(file)));
    emit statusMessage(tr("Created %1 with a demo community of %Ln people", nullptr, int(people))
                           .arg(m_session->fileName()));
    return true;
}

std::unique_ptr<storage::ProjectFile>
ProjectController::openOffThread(const QString& path, storage::OpenMode mode,
                                 storage::RecoveryChoice recovery, bool checkPages,
                                 storage::FileResult* result, bool* cancelled)
{
    std::unique_ptr<storage::ProjectFile> file;
    storage::FileResult outcome;
    bool stopped = false;
    const storage::ProjectEnvironment environment = m_environment;
    TaskProgressDialog::run(
        dialogParent(), tr("Opening Project"),
        tr("Opening %1…").arg(QFileInfo(path).fileName()),
        [&](const BackgroundTask::Progress& progress) {
            // Checking every page is the slow part of a large file; then it may stop.
            if (checkPages) {
                outcome = storage::ProjectFile::inspect(path);
                if (!outcome)
                    return;
            }
            if (!progress(-1)) {
                stopped = true;
                return;
            }
            auto opened = storage::ProjectFile::open(path, environment, mode, recovery, &outcome,
                                                     storage::PageCheck::Deferred);
            if (!opened)
                return;
            if (!progress(-1)) {
                stopped = true;
                return; // closes on this thread, which opened it, and releases the lock
            }
            opened->detachConnection();
            file = std::move(opened);
        });
    if (file) {
        outcome = file->attachConnection();
        if (!outcome)
            file.reset();
    }
    *result = outcome;
    *cancelled = stopped;
    return file;
}

bool ProjectController::openProject()
{
    const QString path = m_prompts.openProjectPath(dialogFolder());
    return !path.isEmpty() && openPath(path);
}

bool ProjectController::openPath(const QString& path)
{
    if (m_session && QFileInfo(m_session->path()) == QFileInfo(path))
        return true;
    if (!confirmUnsaved())
        return false;

    auto mode = storage::OpenMode::ReadWrite;
    auto recovery = storage::RecoveryChoice::Ask;
    std::optional<storage::LockInfo> heldBy;
    for (bool checkPages = true;; checkPages = false) {
        storage::FileResult result;
        bool cancelled = false;
        std::unique_ptr<storage::ProjectFile> file =
            openOffThread(path, mode, recovery, checkPages, &result, &cancelled);
        if (cancelled)
            return false;
        if (file) {
            m_recentFiles.add(file->path());
            setSession(std::make_unique<ProjectSession>(std::move(file), heldBy));
            emit statusMessage(recovery == storage::RecoveryChoice::Recover
                                   ? tr("Recovered unsaved work in %1").arg(m_session->fileName())
                                   : tr("Opened %1").arg(m_session->fileName()));
            return true;
        }
        if (result.error == storage::FileError::Locked && result.lockInfo &&
            mode == storage::OpenMode::ReadWrite) {
            if (m_prompts.askOpenLocked(path, *result.lockInfo) !=
                ProjectPrompts::LockedAnswer::OpenReadOnly)
                return false;
            mode = storage::OpenMode::ReadOnly;
            heldBy = result.lockInfo;
            continue;
        }
        if (result.error == storage::FileError::RecoveryAvailable && result.recoveryInfo &&
            recovery == storage::RecoveryChoice::Ask) {
            switch (m_prompts.askRecover(path, *result.recoveryInfo)) {
            case ProjectPrompts::RecoveryAnswer::Recover:
                recovery = storage::RecoveryChoice::Recover;
                continue;
            case ProjectPrompts::RecoveryAnswer::Discard:
                recovery = storage::RecoveryChoice::Discard;
                continue;
            case ProjectPrompts::RecoveryAnswer::Cancel:
                return false;
            }
        }
        if (result.error == storage::FileError::NotFound)
            m_recentFiles.remove(path);
        m_prompts.showError(tr("Could Not Open Project"),
                            result.message.isEmpty()
                                ? tr("%1 could not be opened.").arg(QFileInfo(path).fileName())
                                : result.message);
        return false;
    }
}

bool ProjectController::save()
{
    if (!m_session || m_session->isReadOnly() || m_session->isWorkspace())
        return false;
    const storage::FileResult result = m_session->save();
    if (result) {
        emit statusMessage(tr("Saved %1").arg(m_session->fileName()));
        return true;
    }
    if (result.error == storage::FileError::ChangedOnDisk)
        return saveCopyAfterConflict();
    m_prompts.showError(tr("Could Not Save Project"), result.message);
    return false;
}

bool ProjectController::saveCopyAfterConflict()
{
    if (m_prompts.askChangedOnDisk(m_session->path()) !=
        ProjectPrompts::ChangedOnDiskAnswer::SaveCopy)
        return false;
    const QFileInfo original(m_session->path());
    const QString suggestion = original.dir().filePath(
        tr("%1 (my copy).rapport", "file name of a copy").arg(original.completeBaseName()));
    const QString path = ProjectTexts::withSuffix(m_prompts.saveProjectPath(suggestion));
    if (path.isEmpty())
        return false;
    const storage::FileResult result = m_session->saveCopy(path);
    if (!result) {
        m_prompts.showError(tr("Could Not Save a Copy"), result.message);
        return false;
    }
    emit statusMessage(tr("Saved a copy as %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool ProjectController::saveAs()
{
    if (!m_session)
        return false;
    const QString path = ProjectTexts::withSuffix(m_prompts.saveProjectPath(m_session->path()));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path) == QFileInfo(m_session->path()))
        return save();
    const storage::FileResult result = m_session->saveAs(path);
    if (!result) {
        m_prompts.showError(tr("Could Not Save Project"), result.message);
        return false;
    }
    m_recentFiles.add(m_session->path());
    updateActions();
    emit statusMessage(tr("Saved %1").arg(m_session->fileName()));
    return true;
}

bool ProjectController::confirmUnsaved()
{
    if (!m_session || !m_session->isModified() || m_session->isReadOnly())
        return true;
    switch (m_prompts.askSaveChanges(m_session->fileName())) {
    case ProjectPrompts::UnsavedAnswer::Save:
        return save();
    case ProjectPrompts::UnsavedAnswer::Discard:
        return true;
    case ProjectPrompts::UnsavedAnswer::Cancel:
        return false;
    }
    return false;
}

bool ProjectController::closeProject()
{
    if (!m_session)
        return true;
    if (!confirmUnsaved())
        return false;
    setSession(nullptr);
    return true;
}

bool ProjectController::adoptSession(std::unique_ptr<ProjectSession> session)
{
    if (!confirmUnsaved())
        return false;
    setSession(std::move(session));
    return true;
}

void ProjectController::closeForShutdown()
{
    if (!m_session)
        return;
    std::unique_ptr<ProjectSession> session = std::move(m_session);
    emit sessionChanged(nullptr);
    session->releasePublisher(); // a workspace's link holds the working copy's connection
    session->file().closeKeepingUnsavedWork();
    session.reset();
    updateActions();
}

void ProjectController::setSession(std::unique_ptr<ProjectSession> session)
{
    // Views switch to the new project before the old file closes.
    std::unique_ptr<ProjectSession> old = std::move(m_session);
    m_session = std::move(session);
    if (m_session)
        connect(m_session.get(), &ProjectSession::modifiedChanged, this,
                &ProjectController::updateActions);
    updateActions();
    emit sessionChanged(m_session.get());
    old.reset();
}

void ProjectController::updateActions()
{
    const bool open = m_session != nullptr;
    const bool writable = open && !m_session->isReadOnly();
    // A workspace's edits are on the server already; its local copy is no file to save.
    const bool file = open && !m_session->isWorkspace();
    m_saveAction->setEnabled(writable && file);
    m_saveAsAction->setEnabled(writable && file);
    m_closeAction->setEnabled(open);
}

void ProjectController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recentFiles.paths();
    int number = 0;
    for (const QString& path : paths) {
        ++number;
        const QString label =
            number < 10 ? QStringLiteral("&%1  %2").arg(number).arg(QFileInfo(path).fileName())
                        : QFileInfo(path).fileName();
        QAction* action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (!paths.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(m_clearRecentAction);
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

} // namespace rapport::ui
