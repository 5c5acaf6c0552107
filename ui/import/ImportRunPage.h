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
 * The wizard's last step: the import, on a worker thread with a progress bar (the wizard's
 * Cancel stops it and leaves the project unchanged), then a summary of what it did. A
 * finished import goes on the session's undo stack as one step (ImportCommand).
 */
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard& wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    BackgroundTask* task() const { return m_task; }
    /** The import ended and changed the project. */
    bool isImported() const { return m_imported; }
    const ImportOutcome& outcome() const { return *m_outcome; }
    QProgressBar* progressBar() const { return m_progressBar; }
    QLabel* statusLabel() const { return m_statusLabel; }
    ImportReportView* reportView() const { return m_reportView; }

private:
    void finish();
    /** False when a team workspace did not take the import (then taken back). */
    bool pushUndoStep();

    ImportWizard& m_wizard;
    BackgroundTask* m_task;
    QLabel* m_statusLabel;
    QProgressBar* m_progressBar;
    ImportReportView* m_reportView;
    std::shared_ptr<ImportOutcome> m_outcome;
    qint64 m_lastLogKey = 0;
    bool m_imported = false;
    bool m_ended = false;
};

} // namespace rapport::ui
