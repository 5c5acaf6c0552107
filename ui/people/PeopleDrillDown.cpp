// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PeopleView: listing exactly the people behind a dashboard figure (a drill-down).
#include "ui/ProjectSession.h"
#include "ui/SaveAudienceCommand.h"
#include "ui/people/PeopleFilterBar.h"
#include "ui/people/PeopleTableModel.h"
#include "ui/people/PeopleView.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>

namespace rapport::ui {

void PeopleView::createOnlyBar()
{
    m_onlyBar = new QFrame;
    m_onlyBar->setObjectName(QStringLiteral("showingBar"));
    m_onlyBar->setFrameShape(QFrame::StyledPanel);
    m_onlyBar->setAutoFillBackground(true);
    m_onlyBar->setBackgroundRole(QPalette::ToolTipBase);
    m_onlyLabel = new QLabel;
    m_onlyLabel->setObjectName(QStringLiteral("showingLabel"));
    m_onlyLabel->setForegroundRole(QPalette::ToolTipText);
    m_onlyLabel->setWordWrap(true);
    m_saveAudienceButton = new QPushButton(tr("Save as &Audience…"));
    m_saveAudienceButton->setObjectName(QStringLiteral("saveAudienceButton"));
    m_saveAudienceButton->setToolTip(tr("Keep exactly these people as a static audience"));
    m_showAllButton = new QPushButton(tr("Show &All"));
    m_showAllButton->setObjectName(QStringLiteral("showAllButton"));
    auto* layout = new QHBoxLayout(m_onlyBar);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_onlyLabel, 1);
    layout->addWidget(m_saveAudienceButton);
    layout->addWidget(m_showAllButton);
    m_onlyBar->hide();
    connect(m_showAllButton, &QPushButton::clicked, this, &PeopleView::showAll);
    connect(m_saveAudienceButton, &QPushButton::clicked, this, &PeopleView::askAudienceName);
}

void PeopleView::showOnly(const QString& title, const QList<qint64>& keys)
{
    m_onlyActive = true;
    m_onlyTitle = title;
    m_onlyKeys = keys;
    m_onlySet = QSet<qint64>(keys.begin(), keys.end());
    {
        const QSignalBlocker block(m_filterBar);
        m_filterBar->clear();
    }
    applyQuery();
}

void PeopleView::showAll()
{
    if (!m_onlyActive)
        return;
    m_onlyActive = false;
    m_onlyKeys.clear();
    m_onlySet.clear();
    applyQuery();
}

void PeopleView::updateOnlyBar()
{
    m_onlyBar->setVisible(m_onlyActive);
    if (!m_onlyActive)
        return;
    m_onlyLabel->setText(tr("Showing: %1 — %Ln people", nullptr, int(m_onlySet.size()))
                             .arg(m_onlyTitle));
    m_saveAudienceButton->setEnabled(m_session && !m_session->isReadOnly() && !m_onlyKeys.isEmpty());
}

bool PeopleView::saveShownAsAudience(const QString& name, QString* error)
{
    if (!m_session || !m_onlyActive || m_onlyKeys.isEmpty() || name.trimmed().isEmpty())
        return false;
    auto* command = new SaveAudienceCommand(m_session->file(), name.trimmed(), m_onlyTitle, m_onlyKeys);
    QString failure;
    command->reportTo(&failure);
    m_session->undoStack()->push(command); // runs redo(); a failed one is dropped
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    emit statusMessage(tr("Saved the audience “%1”.").arg(name.trimmed()));
    return true;
}

void PeopleView::askAudienceName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Audience"), tr("Audience name:"),
                                               QLineEdit::Normal, m_onlyTitle, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!saveShownAsAudience(name, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Save as Audience"), error);
}

} // namespace rapport::ui
