// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportReportView.h"

#include "ui/import/SkippedRowsModel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

ImportReportView::ImportReportView(QWidget* parent) : QWidget(parent)
{
    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("reportSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("reportErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_skippedLabel = new QLabel;
    m_skippedModel = new SkippedRowsModel(this);
    m_skippedView = new QTableView;
    m_skippedView->setObjectName(QStringLiteral("skippedRowsView"));
    m_skippedView->setModel(m_skippedModel);
    m_skippedView->verticalHeader()->hide();
    m_skippedView->horizontalHeader()->setStretchLastSection(true);
    m_skippedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_skippedView->setWordWrap(false);
    m_skippedLabel->setBuddy(m_skippedView);
    // Ctrl+C: the selected skipped rows as tab-separated text, to fix them in the file.
    auto* copy = new QAction(tr("&Copy"), m_skippedView);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ImportReportView::copySkippedRows);
    m_skippedView->addAction(copy);
    m_skippedView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_skippedView->installEventFilter(this); // Ctrl+C where no shortcut reaches the view

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_skippedLabel);
    layout->addWidget(m_skippedView, 1);
    clear();
}

bool ImportReportView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_skippedView && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copySkippedRows();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ImportReportView::copySkippedRows()
{
    QStringList lines;
    const QModelIndexList rows = m_skippedView->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex& index : rows)
        numbers << index.row();
    std::sort(numbers.begin(), numbers.end());
    for (const int row : std::as_const(numbers))
        lines << QStringLiteral("%1\t%2").arg(
            m_skippedModel->index(row, SkippedRowsModel::Line).data(Qt::EditRole).toString(),
            m_skippedModel->index(row, SkippedRowsModel::Reason).data().toString());
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void ImportReportView::clear()
{
    m_summaryLabel->clear();
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_skippedModel->setRows({});
    m_skippedLabel->hide();
    m_skippedView->hide();
}

QString ImportReportView::errorText(const io::InputError& error)
{
    if (error.line > 0)
        return tr("%1, line %2: %3").arg(error.file, QLocale().toString(error.line), error.reason);
    return tr("%1: %2").arg(error.file, error.reason);
}

void ImportReportView::showError(const io::InputError& error)
{
    clear();
    m_errorLabel->setText(
        tr("<p><b>This file cannot be imported.</b></p><p>%1</p><p>Nothing was imported; the "
           "project is unchanged. Correct the file and try again.</p>")
            .arg(errorText(error).toHtmlEscaped()));
    m_errorLabel->show();
}

void ImportReportView::showReport(const io::ImportReport& r)
{
    clear();
    const QLocale locale;
    const auto n = [&](qint64 v) { return locale.toString(v); };
    QStringList items;
    // Dry run: what would happen; otherwise what did.
    if (r.dryRun) {
        items << tr("%1 new people; %2 already in the project, of whom %3 get new details")
                     .arg(n(r.peopleCreated), n(r.peopleMatched), n(r.peopleUpdated));
        if (r.activitiesCreated || r.activitiesExisting)
            items << tr("%1 new activities; %2 already there")
                         .arg(n(r.activitiesCreated), n(r.activitiesExisting));
        if (r.responsesCreated || r.responsesExisting)
            items << tr("%1 new survey responses; %2 already there")
                         .arg(n(r.responsesCreated), n(r.responsesExisting));
        if (r.campaignsCreated || r.channelsCreated || r.surveysCreated || r.questionsAdded)
            items << tr("New: %1 campaigns, %2 channels, %3 surveys, %4 questions")
                         .arg(n(r.campaignsCreated), n(r.channelsCreated), n(r.surveysCreated),
                              n(r.questionsAdded));
    } else {
        items << tr("%1 people created; %2 matched people already in the project, of whom %3 "
                    "got new details")
                     .arg(n(r.peopleCreated), n(r.peopleMatched), n(r.peopleUpdated));
        if (r.activitiesCreated || r.activitiesExisting)
            items << tr("%1 activities created; %2 were already there")
                         .arg(n(r.activitiesCreated), n(r.activitiesExisting));
        if (r.responsesCreated || r.responsesExisting)
            items << tr("%1 survey responses created; %2 were already there")
                         .arg(n(r.responsesCreated), n(r.responsesExisting));
        if (r.campaignsCreated || r.channelsCreated || r.surveysCreated || r.questionsAdded)
            items << tr("Created: %1 campaigns, %2 channels, %3 surveys, %4 questions")
                         .arg(n(r.campaignsCreated), n(r.channelsCreated), n(r.surveysCreated),
                              n(r.questionsAdded));
    }
    if (r.skippedTotal > 0)
        items << tr("%1 rows skipped (listed below)").arg(n(r.skippedTotal));
    QString html =
        QStringLiteral("<p>%1</p><ul>")
            .arg(r.dryRun ? tr("Reading all %1 rows of %2, the import would make:")
                                .arg(n(r.rows), r.file.toHtmlEscaped())
                          : tr("%1 rows of %2 were read:").arg(n(r.rows), r.file.toHtmlEscaped()));
    for (const QString& item : std::as_const(items))
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (!r.changesProject())
        html += QStringLiteral("<p>%1</p>")
                    .arg(r.dryRun
                             ? tr("Everything in this file is already in the project: importing it "
                                  "would change nothing.")
                             : tr("Everything in this file was already in the project: nothing "
                                  "changed."));
    m_summaryLabel->setText(html);
    if (r.skippedTotal > 0) {
        m_skippedModel->setRows(r.skipped);
        m_skippedLabel->setText(r.skippedTotal > r.skipped.size()
                                    ? tr("Skipped rows (the first %1 of %2):")
                                          .arg(n(r.skipped.size()), n(r.skippedTotal))
                                    : tr("Skipped rows:"));
        m_skippedLabel->show();
        m_skippedView->show();
        m_skippedView->resizeColumnToContents(SkippedRowsModel::Line);
    }
}

} // namespace rapport::ui
