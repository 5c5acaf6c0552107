// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/surveys/SurveysArea.h"

#include "ui/ProjectSession.h"
#include "ui/surveys/CommentTableModel.h"
#include "ui/surveys/CommentsView.h"
#include "ui/surveys/QuestionDesigner.h"
#include "ui/surveys/ResponseTableModel.h"
#include "ui/surveys/ResponsesView.h"
#include "ui/surveys/SurveyController.h"
#include "ui/surveys/SurveyListModel.h"
#include "ui/surveys/TableSupport.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rapport::ui {

SurveysArea::SurveysArea(QWidget* parent)
    : Area(parent), m_controller(new SurveyController(this)),
      m_surveyModel(new SurveyListModel(m_controller, this)),
      m_surveyProxy(new QSortFilterProxyModel(this)), m_surveyView(new QTableView),
      m_tabs(new QTabWidget), m_designer(new QuestionDesigner(m_controller)),
      m_responses(new ResponsesView(m_controller)), m_comments(new CommentsView(m_controller)),
      m_messageBar(new MessageBar), m_stack(new QStackedWidget)
{
    setObjectName(QStringLiteral("surveysArea"));
    m_surveyProxy->setSourceModel(m_surveyModel);
    m_surveyProxy->setSortRole(SortRole);
    m_surveyView->setObjectName(QStringLiteral("surveyTableView"));
    m_surveyView->setModel(m_surveyProxy);
    setUpTable(m_surveyView);
    m_surveyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_surveyView->setItemDelegateForColumn(SurveyListModel::Campaign, new ChoicesRoleDelegate(m_surveyView));
    m_surveyView->setSortingEnabled(true);
    m_surveyView->horizontalHeader()->setSortIndicator(SurveyListModel::Name, Qt::AscendingOrder);
    QHeaderView* header = m_surveyView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SurveyListModel::Name, QHeaderView::Stretch);
    fitColumn(m_surveyView, SurveyListModel::Campaign, QStringLiteral("Developer Days Spring Meetup"));
    fitColumn(m_surveyView, SurveyListModel::Kind, tr("Questionnaire"));
    fitColumn(m_surveyView, SurveyListModel::Responses, QStringLiteral("100,000"));
    fitColumn(m_surveyView, SurveyListModel::Nps, QStringLiteral("+100"));
    fitColumn(m_surveyView, SurveyListModel::Csat, QStringLiteral("100%"));

    m_newAction = new QAction(actionIcon(QStringLiteral("document-new")), tr("&New Survey"), this);
    m_newAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newAction->setToolTip(tr("Design a new survey (Ins)"));
    connect(m_newAction, &QAction::triggered, this, [this] {
        const model::Uuid id = m_controller->createSurvey();
        if (!id.isNull()) {
            selectSurvey(id);
            m_surveyView->setFocus();
        }
    });
    m_removeAction = new QAction(actionIcon(QStringLiteral("edit-delete")), tr("&Delete Survey"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setToolTip(tr("Delete the selected surveys with their responses (Del)"));
    connect(m_removeAction, &QAction::triggered, this, &SurveysArea::removeSelected);
    m_copyAction = new QAction(actionIcon(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { copySelectedRows(m_surveyView); });
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_surveyView->addActions({m_newAction, m_removeAction, separator, m_copyAction});

    auto* toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_removeAction);

    m_tabs->setObjectName(QStringLiteral("surveyTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_designer, tr("Questions"));
    m_tabs->addTab(m_responses, tr("Responses"));
    m_tabs->addTab(m_comments, tr("Comments"));

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_surveyView);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 2);
    splitter->setCollapsible(1, false);

    m_emptyPage = new QWidget;
    {
        QWidget* text = emptyStatePage(
            tr("No surveys in this project yet."),
            tr("Design one with New Survey (Ins): NPS, CSAT, ratings, choices and free text. "
               "Responses come in with rapport-cli import … --as responses, or from Google "
               "Forms, Typeform, SurveyMonkey and Microsoft Forms exports."));
        auto* button = new QPushButton(m_newAction->icon(), tr("New Survey"));
        button->setObjectName(QStringLiteral("emptyNewSurveyButton"));
        connect(button, &QPushButton::clicked, m_newAction, &QAction::trigger);
        connect(m_newAction, &QAction::enabledChanged, button, &QWidget::setEnabled);
        m_emptyPage->addAction(m_newAction); // Ins while the list is hidden
        m_emptyPage->setFocusProxy(button);
        auto* layout = new QVBoxLayout(m_emptyPage);
        layout->addWidget(text);
        layout->addWidget(button, 0, Qt::AlignHCenter);
        layout->addStretch();
    }
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_emptyPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(toolBar);
    layout->addWidget(m_stack, 1);

    connect(m_surveyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SurveysArea::showCurrent);
    connect(m_surveyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SurveysArea::updateActions);
    connect(m_controller, &SurveyController::failed, this, [this](const QString& message) {
        m_messageBar->showError(message);
        emit statusMessage(message);
    });
    connect(m_controller, &SurveyController::succeeded, this, [this](const QString& text) {
        m_messageBar->clear();
        emit statusMessage(text);
    });
    for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(m_responses->model()),
                                      static_cast<QAbstractItemModel*>(m_comments->model())})
        connect(model, &QAbstractItemModel::modelReset, this, &SurveysArea::updateTabTitles);
    setSession(nullptr);
}

SurveysArea::~SurveysArea() = default;

QString SurveysArea::areaTitle() const
{
    return tr("Surveys");
}

QIcon SurveysArea::areaIcon() const
{
    return QIcon(QStringLiteral(":/icons/area-surveys.svg"));
}

void SurveysArea::setSession(ProjectSession* session)
{
    m_controller->setSession(session);
    m_messageBar->clear();
    m_current = {};
    if (session)
        connect(session, &ProjectSession::contentChanged, this, &SurveysArea::reload,
                Qt::UniqueConnection);
    reload();
}

void SurveysArea::reload()
{
    const model::Uuid current = m_current;
    QList<model::Uuid> selected;
    for (const QModelIndex& index : m_surveyView->selectionModel()->selectedRows())
        selected << m_surveyModel->surveyId(m_surveyProxy->mapToSource(index).row());
    m_surveyModel->reload();
    m_stack->setCurrentWidget(m_surveyModel->rowCount() > 0 ? m_stack->widget(0) : m_emptyPage);
    if (m_surveyModel->rowOf(current) >= 0) {
        {
            QSignalBlocker block(m_surveyView->selectionModel());
            const QModelIndex index = m_surveyProxy->mapFromSource(
                m_surveyModel->index(m_surveyModel->rowOf(current), SurveyListModel::Name));
            m_surveyView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            for (const model::Uuid& id : std::as_const(selected))
                if (const int row = m_surveyModel->rowOf(id); row >= 0)
                    m_surveyView->selectionModel()->select(
                        m_surveyProxy->mapFromSource(m_surveyModel->index(row, 0)),
                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        m_designer->reload();
        m_responses->reload();
        m_comments->reload();
        updateActions();
    } else if (m_surveyProxy->rowCount() > 0) {
        m_current = {};
        m_surveyView->selectRow(0);
        showCurrent();
    } else {
        showCurrent();
    }
    m_designer->updateActions();
    m_responses->updateActions();
    m_comments->updateActions();
}

void SurveysArea::showCurrent()
{
    const QModelIndex index = m_surveyProxy->mapToSource(m_surveyView->currentIndex());
    const model::Uuid id = m_surveyModel->surveyId(index.row());
    if (id == m_current && !id.isNull())
        return;
    m_current = id;
    m_designer->setSurvey(id);
    m_responses->setSurvey(id);
    m_comments->setSurvey(id);
    m_tabs->setEnabled(!id.isNull());
    updateActions();
}

void SurveysArea::selectSurvey(const model::Uuid& id)
{
    const int row = m_surveyModel->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index =
        m_surveyProxy->mapFromSource(m_surveyModel->index(row, SurveyListModel::Name));
    m_surveyView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_surveyView->scrollTo(index);
}

void SurveysArea::updateActions()
{
    const bool editable = m_controller->canEdit();
    m_newAction->setEnabled(editable);
    m_removeAction->setEnabled(editable && m_surveyView->selectionModel()->hasSelection());
}

void SurveysArea::updateTabTitles()
{
    const int responses = m_responses->model()->rowCount();
    const int comments = m_comments->model()->rowCount();
    m_tabs->setTabText(1, responses ? tr("Responses (%L1)").arg(responses) : tr("Responses"));
    m_tabs->setTabText(2, comments ? tr("Comments (%L1)").arg(comments) : tr("Comments"));
}

void SurveysArea::removeSelected()
{
    QList<model::Uuid> ids;
    for (const QModelIndex& index : m_surveyView->selectionModel()->selectedRows())
        ids << m_surveyModel->surveyId(m_surveyProxy->mapToSource(index).row());
    const int row = m_surveyView->currentIndex().row();
    if (m_controller->removeSurveys(ids) && m_surveyProxy->rowCount() > 0)
        m_surveyView->selectRow(std::min(row, m_surveyProxy->rowCount() - 1));
}

} // namespace rapport::ui
