// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/import/ImportJob.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;

namespace rapport::ui {

class ImportReportView;
class ImportWizard;

/**
 * The wizard's third step: a dry run of the whole file on a worker thread, showing what the
 * import would create, match and skip (each skipped row with its line and reason), or the
 * error that stops it. Nothing is changed; the next step imports.
 */
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard& wizard);
    ~ImportCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    BackgroundTask* task() const { return m_task; }
    /** Whether the dry run has ended and found the file importable. */
    bool isChecked() const { return m_checked; }
    QProgressBar* progressBar() const { return m_progressBar; }
    QLabel* statusLabel() const { return m_statusLabel; }
    ImportReportView* reportView() const { return m_reportView; }

private:
    void finish();

    ImportWizard& m_wizard;
    BackgroundTask* m_task;
    QLabel* m_statusLabel;
    QProgressBar* m_progressBar;
    ImportReportView* m_reportView;
    bool m_checked = false;
    std::shared_ptr<ImportOutcome> m_outcome;
};

} // namespace rapport::ui
