// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ReportExportController.h"

#include "core/model/Audience.h"
#include "core/storage/AudienceRepository.h"
#include "ui/BackgroundTask.h"
#include "ui/ProjectController.h"
#include "ui/ProjectSession.h"
#include "ui/SessionEngine.h"
#include "ui/export/ExportReportDialog.h"
#include "ui/report/ReportExport.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace rapport::ui {

ReportExportController::ReportExportController(ProjectController& projects, SessionEngine* engine, QWidget* window)
    : QObject(window), m_projects(projects), m_engine(engine), m_window(window)
{
    m_exportAction = new QAction(tr("Export &Report…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportAction->setStatusTip(tr("Write the executive PDF report of this project"));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, &ReportExportController::exportReport);
    connect(&m_projects, &ProjectController::sessionChanged, this, [this](ProjectSession* session) {
        m_exportAction->setEnabled(session != nullptr);
        m_lastOptions.reset();
    });
}

void ReportExportController::exportReport()
{
    ProjectSession* session = m_projects.session();
    if (!session)
        return;
    const QDate today = session->file().clock().now().toUTC().date();
    QStringList audiences;
    for (const auto& [id, name] : storage::AudienceRepository(session->file().database(), session->file().clock()).names())
        audiences << name;
    ExportReportDialog dialog(today, audiences, m_window);
    if (m_lastOptions)
        dialog.setOptions(*m_lastOptions);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const report::ReportOptions options = dialog.options();
    m_lastOptions = options;
    const QFileInfo project(session->file().path());
    const QString suggested =
        QFileInfo(project.absolutePath(), tr("%1 report %2.pdf").arg(project.completeBaseName(),
                                                                      options.to.toString(Qt::ISODate)))
            .absoluteFilePath();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (exportTo(options, path, &error))
        emit statusMessage(tr("Report written to %1").arg(QFileInfo(path).fileName()));
    else if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export Report"), tr("The report could not be written: %1").arg(error));
}

bool ReportExportController::exportTo(const report::ReportOptions& options, const QString& path, QString* error)
{
    ProjectSession* session = m_projects.session();
    if (!session) {
        *error = tr("no project is open");
        return false;
    }
    storage::ProjectFile& file = session->file();
    const SessionEngine::Data data = m_engine && m_engine->isCurrent() ? m_engine->data() : nullptr;
    const QString projectPath = file.path();
    const QDateTime now = file.clock().now();
    bool ok = false;
    QString message;
    const bool finished = TaskProgressDialog::run(
        m_window, tr("Export Report"), tr("Writing the report…"), [&](const BackgroundTask::Progress& progress) {
            storage::FileResult opened;
            std::unique_ptr<storage::ProjectFile> connection = file.openSecondConnection(&opened);
            if (!connection) {
                message = opened.message;
                return;
            }
            report::ReportSource source;
            source.db = connection->database();
            source.projectPath = projectPath;
            source.data = data;
            source.now = now;
            ok = report::ReportExport::writeReport(source, options, path, progress, &message);
            source.db = {};
        });
    if (!finished) {
        error->clear(); // cancelled by the user: nothing to say, nothing written
        return false;
    }
    *error = message;
    return ok;
}

} // namespace rapport::ui
