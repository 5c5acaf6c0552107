// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/WorkspaceController.h"

#include "core/secrets/SecretStore.h"
#include "core/workspace/Transfer.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceSync.h"
#include "ui/BackgroundTask.h"
#include "ui/Icons.h"
#include "ui/ProjectController.h"
#include "ui/ProjectPrompts.h"
#include "ui/ProjectSession.h"
#include "ui/workspace/WorkspaceConnectDialog.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace rapport::ui {

using workspace::Workspace;
using workspace::WorkspaceAddress;
using workspace::WorkspaceResult;

namespace {

constexpr const char* kLastAddressKey = "workspace/lastAddress";

/** Whether the connected user may change the project (an editor or the owner): the
 *  server's grants decide, this only spares a viewer edits that would be refused. */
bool mayEdit(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT has_table_privilege(current_user, 'people', 'UPDATE')")) && q.next()
           && q.value(0).toBool();
}

} // namespace

WorkspaceController::WorkspaceController(ProjectController& projects, ProjectPrompts& prompts,
                                         secrets::SecretStore& keychain, QSettings& settings,
                                         storage::ProjectEnvironment environment, QString cacheDir, QWidget* window)
    : QObject(window), m_projects(projects), m_prompts(prompts), m_keychain(keychain), m_settings(settings),
      m_environment(std::move(environment)), m_cacheDir(std::move(cacheDir)), m_window(window)
{
    m_openAction = new QAction(themedIcon(QStringLiteral("network-server")), tr("Open &Workspace…"), this);
    m_openAction->setObjectName(QStringLiteral("openWorkspaceAction"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_openAction->setToolTip(tr("Open a team workspace on a PostgreSQL server, which several people edit at once"));
    connect(m_openAction, &QAction::triggered, this, &WorkspaceController::openWorkspace);
    m_resolver = [this](const workspace::SyncConflict& conflict) { return askConflict(conflict); };
}

WorkspaceLink* WorkspaceController::link() const
{
    ProjectSession* session = m_projects.session();
    return session ? dynamic_cast<WorkspaceLink*>(session->publisher()) : nullptr;
}

QString WorkspaceController::cachePath(const WorkspaceAddress& address) const
{
    const QByteArray id = QCryptographicHash::hash(address.toUrl().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_cacheDir).filePath(QStringLiteral("%1-%2.rapport").arg(address.database, QString::fromLatin1(id.left(16))));
}

bool WorkspaceController::openWorkspace()
{
    WorkspaceConnectDialog dialog(m_window);
    WorkspaceAddress last;
    if (WorkspaceAddress::fromUrl(m_settings.value(QLatin1String(kLastAddressKey)).toString(), &last, nullptr))
        dialog.setAddress(last);
    dialog.passwordLineEdit()->setPlaceholderText(tr("Leave empty to use the one in the keychain"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return openAddress(dialog.address(), dialog.password(), dialog.rememberPassword());
}

bool WorkspaceController::openAddress(const WorkspaceAddress& address, const QString& typedPassword, bool remember)
{
    if (!m_projects.closeProject())
        return false;
    QString password = typedPassword;
    if (password.isEmpty()) {
        const secrets::SecretResult kept = m_keychain.read(address.secretKey());
        if (kept)
            password = kept.value;
        // Not kept (or no keychain): try without one; the server says if it needs one.
    }
    QDir().mkpath(m_cacheDir);
    const QString path = cachePath(address);
    const storage::ProjectEnvironment environment = m_environment;
    QString error;
    bool viewOnly = false;
    qint64 people = 0;
    std::unique_ptr<storage::ProjectFile> file;
    const bool finished = TaskProgressDialog::run(
        m_window, tr("Open Workspace"), tr("Reading the workspace %1…").arg(address.toUrl()),
        [&](const BackgroundTask::Progress& progress) {
            const QString name = QStringLiteral("workspace-open-") + QUuid::createUuid().toString(QUuid::Id128);
            workspace::SyncPoint point;
            {
                QSqlDatabase db;
                WorkspaceResult r = Workspace::open(address, password, name, &db);
                if (r)
                    r = Workspace::check(db, address);
                if (r && !workspace::WorkspaceSync::currentPoint(db, &point, &error))
                    r = WorkspaceResult::failure(error);
                viewOnly = r && !mayEdit(db);
                db.close();
                if (!r)
                    error = r.message;
            }
            QSqlDatabase::removeDatabase(name);
            if (!error.isEmpty())
                return;
            std::atomic_bool cancel{false};
            workspace::TransferReport report;
            const WorkspaceResult pulled = workspace::Transfer::pullToFile(
                address, password, path, &report,
                [&](std::int64_t done, std::int64_t total, const QString&) {
                    if (!progress(total > 0 ? 0.95 * double(done) / double(total) : -1.0))
                        cancel = true;
                },
                &cancel);
            if (!pulled) {
                error = cancel ? QString() : pulled.message;
                return;
            }
            for (const workspace::TableContent& table : report.content.tables)
                if (table.table == QLatin1String("people"))
                    people = table.rows;
            storage::FileResult opened;
            auto made = storage::ProjectFile::open(path, environment, storage::OpenMode::ReadWrite,
                                                   storage::RecoveryChoice::Discard, &opened,
                                                   storage::PageCheck::Deferred);
            if (!made) {
                error = opened.message;
                return;
            }
            // Everything the server committed after `point` is read in once the copy is open.
            if (!workspace::WorkspaceSync::storePoint(made->database(), point, &error))
                return;
            made->markUnchangedSinceSave();
            made->detachConnection();
            file = std::move(made);
        });
    if (!finished || !file) {
        if (!error.isEmpty())
            m_prompts.showError(tr("Could Not Open Workspace"), error);
        return false;
    }
    if (const storage::FileResult attached = file->attachConnection(); !attached) {
        m_prompts.showError(tr("Could Not Open Workspace"), attached.message);
        return false;
    }

    // The connection the window works with: opened here, on the thread that uses it.
    const QString connection = QStringLiteral("workspace-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase server;
    const WorkspaceResult connected = Workspace::open(address, password, connection, &server);
    if (!connected) {
        server = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        m_prompts.showError(tr("Could Not Open Workspace"), connected.message);
        return false;
    }
    auto session = std::make_unique<ProjectSession>(std::move(file));
    auto link = std::make_unique<WorkspaceLink>(*session, server, connection, address, m_resolver);
    server = QSqlDatabase();
    QString problem;
    if (!link->startListening(&problem) || !link->catchUp(&problem)) {
        m_prompts.showError(tr("Could Not Open Workspace"), problem);
        return false;
    }
    WorkspaceLink* raw = link.get();
    connect(raw, &WorkspaceLink::remoteChangesRead, this, [this](int rows) {
        emit statusMessage(tr("%n change(s) by others read from the workspace", nullptr, rows));
    });
    connect(raw, &WorkspaceLink::remoteChangesFailed, this, [this](const QString& message) {
        emit statusMessage(tr("Could not read others' changes: %1").arg(message));
    });
    // Read again whole, once the link that said so is out of the way (it goes with the session).
    connect(raw, &WorkspaceLink::copyOutdated, this,
            [this, address, password](const QString& message) {
                emit statusMessage(message);
                QTimer::singleShot(0, this, [this, address, password] { openAddress(address, password, false); });
            }, Qt::QueuedConnection);
    session->setPublisher(std::move(link), tr("%1 on %2").arg(address.database, address.host), viewOnly);
    if (!m_projects.adoptSession(std::move(session)))
        return false;

    m_settings.setValue(QLatin1String(kLastAddressKey), address.toUrl());
    if (remember && !typedPassword.isEmpty()) {
        const secrets::SecretResult kept = m_keychain.write(address.secretKey(), typedPassword);
        if (!kept)
            m_prompts.showError(tr("Password Not Kept"), kept.message);
    }
    emit statusMessage(viewOnly ? tr("Opened the workspace %1 to read (%2 people); you may not change it")
                                      .arg(address.toUrl(), QLocale().toString(people))
                                : tr("Opened the workspace %1 (%2 people)")
                                      .arg(address.toUrl(), QLocale().toString(people)));
    return true;
}

WorkspaceLink::Choice WorkspaceController::askConflict(const workspace::SyncConflict& conflict)
{
    QMessageBox box(QMessageBox::Warning, tr("Someone Else Changed This"), conflict.message,
                    QMessageBox::NoButton, m_window);
    QString detail;
    if (!conflict.changedBy.isEmpty())
        detail = tr("Last changed by %1 on %2.")
                     .arg(conflict.changedBy, QLocale().toString(conflict.changedAt.toLocalTime(), QLocale::ShortFormat));
    box.setInformativeText((detail.isEmpty() ? QString() : detail + QLatin1Char('\n'))
                           + tr("Keep Mine puts your change over theirs. Take Theirs drops your change and shows "
                                "their version."));
    QPushButton* mine = box.addButton(tr("&Keep Mine"), QMessageBox::AcceptRole);
    QPushButton* theirs = box.addButton(tr("&Take Theirs"), QMessageBox::RejectRole);
    box.setDefaultButton(theirs);
    box.setEscapeButton(theirs);
    box.exec();
    return box.clickedButton() == mine ? WorkspaceLink::Choice::KeepMine : WorkspaceLink::Choice::TakeTheirs;
}

} // namespace rapport::ui
