// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/surveys/ResponsesView.h"

#include "ui/surveys/ResponseTableModel.h"
#include "ui/surveys/SurveyController.h"
#include "ui/surveys/TableSupport.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

QWidget* emptyStatePage(const QString& title, const QString& hint)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* titleLabel = new QLabel(title);
    titleLabel->setObjectName(QStringLiteral("emptyTitle"));
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    titleLabel->setFont(font);
    auto* hintLabel = new QLabel(hint);
    hintLabel->setObjectName(QStringLiteral("emptyHint"));
    hintLabel->setWordWrap(true);
    hintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hintLabel->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {titleLabel, hintLabel})
        label->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(titleLabel);
    layout->addWidget(hintLabel);
    layout->addStretch();
    return page;
}

ResponsesView::ResponsesView(SurveyController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_model(new ResponseTableModel(controller, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView), m_stack(new QStackedWidget)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("responseTableView"));
    m_view->setModel(m_proxy);
    setUpTable(m_view);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(ResponseTableModel::Submitted, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 18);
    // The question columns come and go with the survey: size the fixed ones on each reset.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumn(m_view, ResponseTableModel::Respondent, QStringLiteral("Margaret Hamilton-Smith"));
        fitColumn(m_view, ResponseTableModel::Submitted, sampleDateTime());
    });

    m_removeAction = new QAction(actionIcon(QStringLiteral("edit-delete")), tr("&Delete Response"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &ResponsesView::removeSelected);
    m_copyAction = new QAction(actionIcon(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { copySelectedRows(m_view); });
    m_view->addActions({m_removeAction, m_copyAction});

    m_emptyPage = emptyStatePage(
        tr("No responses to this survey yet."),
        tr("Import them on the command line, from a CSV file or a Google Forms, Typeform, "
           "SurveyMonkey or Microsoft Forms export:\n"
           "rapport-cli import PROJECT.rapport responses.csv --as responses"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResponsesView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_stack->setCurrentWidget(m_model->rowCount() > 0 ? m_view : m_emptyPage);
        updateActions();
    });
    m_stack->setCurrentWidget(m_emptyPage);
}

void ResponsesView::setSurvey(const model::Uuid& survey)
{
    m_model->setSurvey(survey);
}

void ResponsesView::reload()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const model::Uuid id = m_model->responseId(current.row());
    m_model->reload();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(
            m_model->index(row, std::min(current.column(), m_model->columnCount() - 1))));
}

void ResponsesView::updateActions()
{
    m_removeAction->setEnabled(m_controller->canEdit() && m_view->selectionModel()->hasSelection());
}

void ResponsesView::removeSelected()
{
    QList<model::Uuid> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->responseId(m_proxy->mapToSource(index).row());
    m_controller->removeResponses(ids);
}

} // namespace rapport::ui
