// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportController.h"

#include "ui/Icons.h"
#include "ui/ProjectController.h"
#include "ui/ProjectPrompts.h"
#include "ui/ProjectSession.h"
#include "ui/import/ImportRunPage.h"
#include "ui/import/ImportWizard.h"

#include <QAction>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace rapport::ui {

ImportController::ImportController(ProjectController& projects, ProjectPrompts& prompts,
                                   QWidget* window)
    : QObject(window), m_projects(projects), m_prompts(prompts), m_window(window)
{
    m_importAction =
        new QAction(themedIcon(QStringLiteral("document-import")), tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setIconText(tr("Import"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(
        tr("Import people, activities or survey responses from a platform's export or a CSV"));
    connect(m_importAction, &QAction::triggered, this, [this] { importFile(); });
    connect(&m_projects, &ProjectController::sessionChanged, this, &ImportController::setSession);
    setSession(m_projects.session());
}

ImportWizard* ImportController::wizard() const
{
    return m_wizard;
}

QString ImportController::importableFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    // Not .txt: notes dropped by mistake should not start an import.
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"),
                                      QStringLiteral("xlsx"), QStringLiteral("xls"),
                                      QStringLiteral("json")};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && suffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower()))
            return url.toLocalFile();
    }
    return {};
}

void ImportController::setSession(ProjectSession* session)
{
    // The wizard works on the session's file: it goes first, stopping any work it has on a
    // worker (rolled back) before the file closes.
    if (m_wizard && session != m_session)
        delete m_wizard.data();
    m_session = session;
    updateAction();
}

void ImportController::updateAction()
{
    m_importAction->setEnabled(m_session && !m_session->isReadOnly());
}

ImportWizard* ImportController::importFile(const QString& path)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return nullptr;
    }
    if (!m_session) {
        m_prompts.showError(tr("Import"),
                            tr("Open or create a project first: an import adds to a project."));
        return nullptr;
    }
    if (m_session->isReadOnly()) {
        m_prompts.showError(tr("Import"),
                            tr("%1 is open read-only: nothing can be imported into it.")
                                .arg(m_session->fileName()));
        return nullptr;
    }
    // Undo and redo run later, outside the wizard: their errors come back through the window.
    const QPointer<ImportController> self(this);
    auto reportError = [self](const QString& message) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self, [self, message] { self->m_prompts.showError(tr("Import"), message); },
            Qt::QueuedConnection);
    };
    auto* wizard = new ImportWizard(*m_session, m_projects.clock(), reportError, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    m_wizard = wizard;
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        if (wizard->runPage()->isImported())
            emit statusMessage(tr("Imported %1").arg(wizard->source().fileName()));
    });
    if (!path.isEmpty())
        wizard->setFile(path);
    wizard->show();
    return wizard;
}

} // namespace rapport::ui
