// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportWizard.h"

#include "ui/BackgroundTask.h"
#include "ui/import/ImportCheckPage.h"
#include "ui/import/ImportFilePage.h"
#include "ui/import/ImportOptionsPage.h"
#include "ui/import/ImportRunPage.h"

#include <QAbstractButton>

namespace rapport::ui {

ImportWizard::ImportWizard(ProjectSession& session, const model::Clock& clock,
                           std::function<void(const QString&)> reportError, QWidget* parent)
    : QWizard(parent), m_session(session), m_clock(clock), m_reportError(std::move(reportError))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_filePage = new ImportFilePage(*this);
    m_optionsPage = new ImportOptionsPage(*this);
    m_checkPage = new ImportCheckPage(*this);
    m_runPage = new ImportRunPage(*this);
    setPage(FilePage, m_filePage);
    setPage(OptionsPage, m_optionsPage);
    setPage(CheckPage, m_checkPage);
    setPage(RunPage, m_runPage);
    setStartId(FilePage);
    resize(860, 620);

    // Once the import has ended there is nothing left to cancel: only Finish.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        button(QWizard::CancelButton)->setVisible(id != RunPage || !m_runPage->isComplete());
    });
    connect(m_runPage, &QWizardPage::completeChanged, this, [this] {
        if (currentId() == RunPage)
            button(QWizard::CancelButton)->setVisible(!m_runPage->isComplete());
    });
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString& path, const QString& preset)
{
    m_source = ImportSource::read(path, preset);
    emit sourceChanged();
}

io::FileImportOptions ImportWizard::options() const
{
    io::FileImportOptions options;
    options.preset = m_source.preset();
    options.mapping = m_optionsPage->mapping();
    options.translate = m_optionsPage->translateOptions();
    return options;
}

BackgroundTask* ImportWizard::runningTask() const
{
    for (BackgroundTask* task : {m_checkPage->task(), m_runPage->task()})
        if (task->isRunning())
            return task;
    return nullptr;
}

void ImportWizard::reject()
{
    if (BackgroundTask* task = runningTask()) {
        // Stop first; the wizard closes when the work has (see taskEnded).
        m_closeWhenStopped = true;
        button(QWizard::CancelButton)->setEnabled(false);
        task->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::taskEnded(bool keepOpen)
{
    if (!m_closeWhenStopped)
        return;
    m_closeWhenStopped = false;
    button(QWizard::CancelButton)->setEnabled(true);
    if (!keepOpen)
        QWizard::reject();
}

} // namespace rapport::ui
