// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/surveys/QuestionDesigner.h"

#include "ui/surveys/QuestionListModel.h"
#include "ui/surveys/SurveyController.h"
#include "ui/surveys/TableSupport.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

using model::QuestionKind;

namespace {

/** Options: one per line in a text box; a rating's scale: 5 or 7 points. */
class OptionsDelegate : public ChoicesRoleDelegate
{
public:
    using ChoicesRoleDelegate::ChoicesRoleDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (!index.data(ChoicesRole).toStringList().isEmpty())
            return ChoicesRoleDelegate::createEditor(parent, option, index);
        auto* editor = new QPlainTextEdit(parent);
        editor->setObjectName(QStringLiteral("optionsEditor"));
        editor->setPlaceholderText(QuestionListModel::tr("One option per line"));
        editor->setTabChangesFocus(true);
        return editor;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            text->setPlainText(index.data(Qt::EditRole).toString());
        else
            ChoicesRoleDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            setDataLater(model, index, text->toPlainText());
        else
            ChoicesRoleDelegate::setModelData(editor, model, index);
    }
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override
    {
        if (qobject_cast<QPlainTextEdit*>(editor)) {
            QRect rect = option.rect;
            rect.setHeight(std::max(rect.height(), editor->fontMetrics().height() * 6));
            editor->setGeometry(rect);
        } else {
            ChoicesRoleDelegate::updateEditorGeometry(editor, option, index);
        }
    }
};

} // namespace

QuestionDesigner::QuestionDesigner(SurveyController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_model(new QuestionListModel(controller, this)),
      m_view(new QTableView), m_addMenu(new QMenu(this)), m_addButton(new QToolButton)
{
    m_view->setObjectName(QStringLiteral("questionTableView"));
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setItemDelegateForColumn(QuestionListModel::Kind, new ChoicesRoleDelegate(m_view));
    m_view->setItemDelegateForColumn(QuestionListModel::Options, new OptionsDelegate(m_view));
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QuestionListModel::Text, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    fitColumn(m_view, QuestionListModel::Number, QStringLiteral("99"));
    fitColumn(m_view, QuestionListModel::Kind, SurveyController::kindTitle(QuestionKind::MultiChoice));
    header->resizeSection(QuestionListModel::Options, 28 * ch);
    fitColumn(m_view, QuestionListModel::Required, QString());
    fitColumn(m_view, QuestionListModel::Answers, QStringLiteral("100,000"));

    m_addMenu->setTitle(tr("Add question"));
    for (QuestionKind kind : {QuestionKind::Nps, QuestionKind::Csat, QuestionKind::Likert,
                              QuestionKind::SingleChoice, QuestionKind::MultiChoice,
                              QuestionKind::Text}) {
        QAction* action = m_addMenu->addAction(SurveyController::kindTitle(kind), this,
                                               [this, kind] { addQuestion(kind); });
        m_addActions.append({kind, action});
    }
    m_insertAction = new QAction(actionIcon(QStringLiteral("list-add")), tr("&Add Question…"), this);
    m_insertAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_insertAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_insertAction->setToolTip(tr("Add a question after the current one (Ins)"));
    connect(m_insertAction, &QAction::triggered, this, [this] {
        const QRect cell = m_view->visualRect(m_view->currentIndex());
        m_addMenu->exec(m_view->viewport()->mapToGlobal(cell.isValid() ? cell.bottomLeft()
                                                                         : QPoint(0, 0)));
    });
    m_addButton->setMenu(m_addMenu);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setIcon(m_insertAction->icon());
    m_addButton->setText(tr("Add Question"));
    m_addButton->setToolTip(m_insertAction->toolTip());
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_removeAction = new QAction(actionIcon(QStringLiteral("list-remove")), tr("&Remove Question"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &QuestionDesigner::removeSelected);
    m_moveUpAction = new QAction(actionIcon(QStringLiteral("go-up")), tr("Move &Up"), this);
    m_moveUpAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveUpAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { move(-1); });
    m_moveDownAction = new QAction(actionIcon(QStringLiteral("go-down")), tr("Move &Down"), this);
    m_moveDownAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_moveDownAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_moveDownAction, &QAction::triggered, this, [this] { move(1); });
    m_copyAction = new QAction(actionIcon(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { copySelectedRows(m_view); });

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    auto* separator2 = new QAction(this);
    separator2->setSeparator(true);
    // The context menu offers the kinds as a submenu; Ins pops them up at the current row.
    addAction(m_insertAction);
    m_view->addActions({m_addMenu->menuAction(), m_removeAction, separator, m_moveUpAction,
                        m_moveDownAction, separator2, m_copyAction});

    auto* toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addWidget(m_addButton);
    toolBar->addAction(m_removeAction);
    toolBar->addSeparator();
    toolBar->addAction(m_moveUpAction);
    toolBar->addAction(m_moveDownAction);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QuestionDesigner::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuestionDesigner::updateActions);
    updateActions();
}

QAction* QuestionDesigner::addQuestionAction(QuestionKind kind) const
{
    for (const auto& [k, action] : m_addActions)
        if (k == kind)
            return action;
    return nullptr;
}

void QuestionDesigner::setSurvey(const model::Uuid& survey)
{
    m_model->setSurvey(survey);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, QuestionListModel::Text));
}

void QuestionDesigner::reload()
{
    const model::Question* current = m_model->question(currentRow());
    const model::Uuid id = current ? current->id : model::Uuid();
    const int column = std::max(m_view->currentIndex().column(), int(QuestionListModel::Text));
    m_model->reload();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, column));
}

void QuestionDesigner::updateActions()
{
    const bool editable = m_controller->canEdit() && !m_model->surveyId().isNull();
    const int row = currentRow();
    m_addButton->setEnabled(editable);
    m_addMenu->setEnabled(editable);
    for (const auto& [kind, action] : m_addActions)
        action->setEnabled(editable);
    m_insertAction->setEnabled(editable);
    m_removeAction->setEnabled(editable && row >= 0 && m_model->rowCount() > 1);
    m_moveUpAction->setEnabled(editable && row > 0);
    m_moveDownAction->setEnabled(editable && row >= 0 && row + 1 < m_model->rowCount());
}

int QuestionDesigner::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void QuestionDesigner::select(const model::Uuid& question)
{
    const int row = m_model->rowOf(question);
    if (row < 0)
        return;
    const int column = std::max(m_view->currentIndex().column(), int(QuestionListModel::Text));
    m_view->setCurrentIndex(m_model->index(row, column));
    m_view->selectionModel()->select(m_model->index(row, 0),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void QuestionDesigner::addQuestion(QuestionKind kind)
{
    const int row = currentRow();
    const model::Uuid id =
        m_controller->addQuestion(m_model->surveyId(), kind, row >= 0 ? row + 1 : -1);
    if (!id.isNull()) {
        select(id);
        m_view->setFocus();
    }
}

void QuestionDesigner::removeSelected()
{
    QList<model::Uuid> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        if (const model::Question* q = m_model->question(index.row()))
            ids << q->id;
    if (ids.isEmpty())
        if (const model::Question* q = m_model->question(currentRow()))
            ids << q->id;
    const int row = currentRow();
    if (m_controller->removeQuestions(m_model->surveyId(), ids) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(
            m_model->index(std::min(row, m_model->rowCount() - 1), QuestionListModel::Text));
}

void QuestionDesigner::move(int by)
{
    const int row = currentRow();
    const model::Question* q = m_model->question(row);
    if (!q)
        return;
    const model::Uuid id = q->id;
    if (m_controller->moveQuestion(m_model->surveyId(), row, row + by))
        select(id);
}

} // namespace rapport::ui
