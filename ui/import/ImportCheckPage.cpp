// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportCheckPage.h"

#include "ui/BackgroundTask.h"
#include "ui/ProjectSession.h"
#include "ui/import/ImportJob.h"
#include "ui/import/ImportReportView.h"
#include "ui/import/ImportWizard.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace rapport::ui {

ImportCheckPage::ImportCheckPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setTitle(tr("Check Before Importing"));
    setSubTitle(tr("The whole file is read as the import will read it; nothing is changed yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_task = new BackgroundTask(this);
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("checkStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(QStringLiteral("checkProgressBar"));
    m_progressBar->setRange(0, 1000);
    m_reportView = new ImportReportView;
    m_reportView->setObjectName(QStringLiteral("checkReportView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_reportView, 1);

    connect(m_task, &BackgroundTask::progressChanged, this,
            [this](double share) { m_progressBar->setValue(int(share * 1000)); });
    connect(m_task, &BackgroundTask::finished, this, &ImportCheckPage::finish);
}

ImportCheckPage::~ImportCheckPage() = default;

void ImportCheckPage::initializePage()
{
    m_checked = false;
    m_reportView->clear();
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_statusLabel->setText(tr("Reading %1…").arg(m_wizard.source().fileName()));
    // What the worker needs, copied: the pages stay free to change meanwhile.
    const storage::ProjectFile& project = m_wizard.session().file();
    const model::Clock& clock = m_wizard.clock();
    const QString path = m_wizard.source().path();
    io::FileImportOptions options = m_wizard.options();
    options.dryRun = true;
    auto outcome = std::make_shared<ImportOutcome>();
    m_outcome = outcome;
    m_task->start(
        [&project, &clock, path, options, outcome](const BackgroundTask::Progress& progress) {
            *outcome = runImportJob(project, clock, path, options, progress);
        });
    emit completeChanged();
}

void ImportCheckPage::cleanupPage()
{
    // Back: the dry run of a file that is no longer wanted stops.
    m_task->cancel();
    m_task->waitForFinished();
}

void ImportCheckPage::finish()
{
    const ImportOutcome& outcome = *m_outcome;
    m_progressBar->hide();
    if (outcome.cancelled) {
        m_statusLabel->setText(tr("Stopped."));
        m_wizard.taskEnded();
        return;
    }
    m_checked = outcome.ok;
    if (outcome.ok) {
        m_statusLabel->setText(
            outcome.report.changesProject()
                ? tr("The file can be imported. Import it to make these changes; "
                     "you can undo the whole import afterwards.")
                : tr("The file can be imported, but nothing would change."));
        m_reportView->showReport(outcome.report);
    } else {
        m_statusLabel->clear();
        m_reportView->showError(outcome.error);
    }
    emit completeChanged();
    m_wizard.taskEnded();
}

bool ImportCheckPage::isComplete() const
{
    return m_checked && !m_task->isRunning();
}

} // namespace rapport::ui
