// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportRunPage.h"

#include "core/storage/ImportLog.h"
#include "ui/ChangePublisher.h"
#include "ui/ProjectSession.h"
#include "ui/import/ImportCommand.h"
#include "ui/import/ImportReportView.h"
#include "ui/import/ImportWizard.h"

#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

qint64 newestImport(const QSqlDatabase& db)
{
    const QList<storage::ImportLogEntry> entries = storage::ImportLog(db).list();
    return entries.isEmpty() ? 0 : entries.back().key;
}

} // namespace

ImportRunPage::ImportRunPage(ImportWizard& wizard)
    : m_wizard(wizard), m_outcome(std::make_shared<ImportOutcome>())
{
    setTitle(tr("Importing"));
    m_task = new BackgroundTask(this);
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("runStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(QStringLiteral("runProgressBar"));
    m_progressBar->setRange(0, 1000);
    m_reportView = new ImportReportView;
    m_reportView->setObjectName(QStringLiteral("runReportView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_reportView, 1);

    connect(m_task, &BackgroundTask::progressChanged, this,
            [this](double share) { m_progressBar->setValue(int(share * 1000)); });
    connect(m_task, &BackgroundTask::finished, this, &ImportRunPage::finish);
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage()
{
    m_imported = false;
    m_ended = false;
    m_reportView->clear();
    m_progressBar->setValue(0);
    m_progressBar->show();
    setSubTitle(tr("Cancel stops the import and leaves the project as it was."));
    m_statusLabel->setText(tr("Importing %1…").arg(m_wizard.source().fileName()));
    if (ChangePublisher* publisher = m_wizard.session().publisher()) {
        // A team workspace: other people's latest changes first, so the import matches their
        // people and its new rows take the keys the server expects.
        QString error;
        if (!publisher->prepare(&error)) {
            m_ended = true;
            m_progressBar->hide();
            setTitle(tr("Import Failed"));
            m_statusLabel->setText(error);
            emit completeChanged();
            m_wizard.taskEnded();
            return;
        }
    }
    storage::ProjectFile& project = m_wizard.session().file();
    m_lastLogKey = newestImport(project.database());
    const model::Clock& clock = m_wizard.clock();
    const QString path = m_wizard.source().path();
    const io::FileImportOptions options = m_wizard.options();
    auto outcome = std::make_shared<ImportOutcome>();
    m_outcome = outcome;
    m_task->start(
        [&project, &clock, path, options, outcome](const BackgroundTask::Progress& progress) {
            *outcome = runImportJob(project, clock, path, options, progress);
        });
    emit completeChanged();
}

void ImportRunPage::finish()
{
    const ImportOutcome& outcome = *m_outcome;
    m_ended = true;
    m_progressBar->hide();
    if (outcome.cancelled) {
        setTitle(tr("Import Cancelled"));
        setSubTitle(QString());
        m_statusLabel->setText(tr("Nothing was imported; the project is unchanged."));
        emit completeChanged();
        m_wizard.taskEnded();
        return;
    }
    if (!outcome.ok) {
        setTitle(tr("Import Failed"));
        setSubTitle(QString());
        m_statusLabel->clear();
        m_reportView->showError(outcome.error);
        emit completeChanged();
        m_wizard.taskEnded();
        return;
    }
    m_imported = outcome.report.changesProject();
    if (m_imported && !pushUndoStep()) {
        // A team workspace did not take it: it was taken back, and the page says why.
        setTitle(tr("Import Not Sent"));
        setSubTitle(QString());
        emit completeChanged();
        m_wizard.taskEnded(/*keepOpen=*/true);
        return;
    }
    setTitle(tr("Imported"));
    setSubTitle(QString());
    m_reportView->showReport(outcome.report);
    emit completeChanged();
    // Even when Cancel came too late to stop it, the import stands: show what it did.
    m_wizard.taskEnded(/*keepOpen=*/true);
}

bool ImportRunPage::pushUndoStep()
{
    ProjectSession& session = m_wizard.session();
    session.file().markModified();
    const QList<storage::ImportLogEntry> entries =
        storage::ImportLog(session.file().database()).list();
    if (entries.isEmpty() || entries.back().key == m_lastLogKey) {
        // No undo record (a SQLite without the session extension): the import stands.
        m_statusLabel->setText(tr("This import cannot be undone."));
        session.updateModified();
        emit session.contentChanged();
        return true;
    }
    QString error;
    if (!ImportCommand::publishNew(session, entries.back(), &error)) {
        m_imported = false;
        m_statusLabel->setText(error);
        return false;
    }
    session.undoStack()->push(new ImportCommand(session, entries.back(), m_wizard.errorReporter()));
    m_statusLabel->setText(
        tr("To take the whole import back, use Edit › Undo (%1).")
            .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    return true;
}

bool ImportRunPage::isComplete() const
{
    return m_ended;
}

} // namespace rapport::ui
