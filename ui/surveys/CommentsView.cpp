// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/surveys/CommentsView.h"

#include "ui/surveys/CommentTableModel.h"
#include "ui/surveys/ResponsesView.h"
#include "ui/surveys/SurveyController.h"
#include "ui/surveys/TableSupport.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

CommentsView::CommentsView(SurveyController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_model(new CommentTableModel(controller, this)),
      m_filter(new CommentFilterModel(this)), m_view(new QTableView),
      m_tagFilter(new QComboBox), m_questionFilter(new QComboBox), m_search(new QLineEdit),
      m_stack(new QStackedWidget)
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("commentTableView"));
    m_view->setModel(m_filter);
    setUpTable(m_view);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(CommentTableModel::Submitted, Qt::AscendingOrder);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CommentTableModel::Comment, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    header->resizeSection(CommentTableModel::Question, 24 * ch);
    header->resizeSection(CommentTableModel::Respondent, 18 * ch);
    fitColumn(m_view, CommentTableModel::Submitted, sampleDateTime());
    header->resizeSection(CommentTableModel::Tags, 22 * ch);

    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_questionFilter->setObjectName(QStringLiteral("questionFilter"));
    m_questionFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_questionFilter->setMaximumWidth(fontMetrics().averageCharWidth() * 50);
    m_search->setObjectName(QStringLiteral("commentSearch"));
    m_search->setPlaceholderText(tr("Search comments (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto* filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(6, 4, 6, 4);
    auto* tagLabel = new QLabel(tr("&Tag:"));
    tagLabel->setBuddy(m_tagFilter);
    auto* questionLabel = new QLabel(tr("&Question:"));
    questionLabel->setBuddy(m_questionFilter);
    filterBar->addWidget(tagLabel);
    filterBar->addWidget(m_tagFilter);
    filterBar->addSpacing(12);
    filterBar->addWidget(questionLabel);
    filterBar->addWidget(m_questionFilter);
    filterBar->addStretch();
    filterBar->addWidget(m_search, 1);

    m_addTagAction = new QAction(tr("Add &Tag…"), this);
    m_addTagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_addTagAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addTagAction, &QAction::triggered, this, &CommentsView::askTag);
    m_copyAction = new QAction(actionIcon(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { copySelectedRows(m_view); });
    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addActions({m_addTagAction, m_copyAction, m_findAction});

    m_emptyPage = emptyStatePage(tr("No comments to read yet."),
                                 tr("The answers to this survey's free-text questions show "
                                    "here, to tag and group."));
    auto* tablePage = new QWidget;
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addLayout(filterBar);
    tableLayout->addWidget(m_view, 1);
    m_stack->addWidget(tablePage);
    m_stack->addWidget(m_emptyPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tagFilter->currentData().toString()); });
    connect(m_questionFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setQuestion(model::Uuid::fromString(m_questionFilter->currentData().toString()));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &CommentFilterModel::setText);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CommentsView::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommentsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        rebuildFilters();
        m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
        updateActions();
    });
    m_stack->setCurrentWidget(m_emptyPage);
    rebuildFilters();
}

void CommentsView::setSurvey(const model::Uuid& survey)
{
    m_model->setSurvey(survey);
}

void CommentsView::reload()
{
    QList<storage::AnswerKey> selected;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        selected << m_model->answerKey(m_filter->mapToSource(index).row());
    m_model->reload();
    for (const storage::AnswerKey& key : std::as_const(selected)) {
        const int row = m_model->rowOf(key);
        if (row >= 0)
            m_view->selectionModel()->select(m_filter->mapFromSource(m_model->index(row, 0)),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void CommentsView::rebuildFilters()
{
    // Keep what was chosen while it still exists.
    const QString tag = m_tagFilter->currentData().toString();
    const QString question = m_questionFilter->currentData().toString();
    {
        QSignalBlocker block(m_tagFilter);
        m_tagFilter->clear();
        m_tagFilter->addItem(tr("All comments"), QString());
        m_tagFilter->addItem(tr("Untagged"), CommentFilterModel::untagged());
        for (const auto& [name, count] : m_model->tagCounts())
            m_tagFilter->addItem(tr("%1 (%L2)").arg(name).arg(count), name);
        int at = m_tagFilter->findData(tag);
        if (at < 0) {
            for (int i = 2; i < m_tagFilter->count() && at < 0; ++i)
                if (m_tagFilter->itemData(i).toString().compare(tag, Qt::CaseInsensitive) == 0)
                    at = i;
        }
        m_tagFilter->setCurrentIndex(std::max(at, 0));
    }
    {
        QSignalBlocker block(m_questionFilter);
        m_questionFilter->clear();
        m_questionFilter->addItem(tr("All free-text questions"), QString());
        for (const auto& [id, text] : m_model->textQuestions())
            m_questionFilter->addItem(text, id.toString());
        m_questionFilter->setCurrentIndex(std::max(m_questionFilter->findData(question), 0));
        m_questionFilter->setEnabled(m_questionFilter->count() > 2);
    }
    m_filter->setTag(m_tagFilter->currentData().toString());
    m_filter->setQuestion(model::Uuid::fromString(m_questionFilter->currentData().toString()));
}

void CommentsView::updateActions()
{
    m_addTagAction->setEnabled(m_controller->canEdit() && m_view->selectionModel()->hasSelection());
}

void CommentsView::tagSelected(const QString& tag, bool remove)
{
    const QString clean = tag.simplified();
    if (clean.isEmpty())
        return;
    QList<std::pair<storage::AnswerKey, QStringList>> changes;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const int row = m_filter->mapToSource(index).row();
        QStringList tags = m_model->tags(row);
        if (remove)
            tags.removeIf([&](const QString& t) { return t.compare(clean, Qt::CaseInsensitive) == 0; });
        else if (!tags.contains(clean, Qt::CaseInsensitive))
            tags << clean;
        changes.append({m_model->answerKey(row), tags});
    }
    if (changes.isEmpty())
        return;
    const int n = int(changes.size());
    m_controller->setTags(changes, remove ? tr("Remove tag “%1” from %n comment(s)", nullptr, n).arg(clean)
                                          : tr("Tag %n comment(s) “%1”", nullptr, n).arg(clean));
}

void CommentsView::askTag()
{
    if (!m_view->selectionModel()->hasSelection())
        return;
    QStringList known;
    for (const auto& [name, count] : m_model->tagCounts())
        known << name;
    bool ok = false;
    const QString tag = QInputDialog::getItem(this, tr("Add Tag"), tr("Tag for the selected comments:"),
                                              known, -1, true, &ok);
    if (ok)
        tagSelected(tag);
}

void CommentsView::showMenu(const QPoint& at)
{
    QMenu menu(this);
    menu.addAction(m_addTagAction);
    QStringList present;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        for (const QString& tag : m_model->tags(m_filter->mapToSource(index).row()))
            if (!present.contains(tag, Qt::CaseInsensitive))
                present << tag;
    present.sort(Qt::CaseInsensitive);
    QMenu* removeMenu = menu.addMenu(tr("&Remove Tag"));
    removeMenu->setEnabled(m_controller->canEdit() && !present.isEmpty());
    for (const QString& tag : std::as_const(present))
        removeMenu->addAction(tag, this, [this, tag] { tagSelected(tag, true); });
    const QModelIndex index = m_view->indexAt(at);
    const QStringList here = m_model->tags(m_filter->mapToSource(index).row());
    if (!here.isEmpty()) {
        QMenu* showMenu = menu.addMenu(tr("&Show Only"));
        for (const QString& tag : here)
            showMenu->addAction(tag, this, [this, tag] {
                const int i = m_tagFilter->findData(tag);
                if (i >= 0)
                    m_tagFilter->setCurrentIndex(i);
            });
    }
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

} // namespace rapport::ui
