// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Survey.h"

#include <QWidget>

class QAction;
class QMenu;
class QTableView;
class QToolButton;

namespace rapport::ui {

class QuestionListModel;
class SurveyController;

/**
 * The survey designer: the questions of one survey, edited in place (text, type, options
 * or scale, required), added by type (Ins), removed (Del), reordered by dragging or with
 * Alt+Up / Alt+Down.
 */
class QuestionDesigner : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionDesigner(SurveyController* controller, QWidget* parent = nullptr);

    void setSurvey(const model::Uuid& survey);
    /** Re-reads the questions, keeping the current one. */
    void reload();
    void updateActions();

    QTableView* tableView() const { return m_view; }
    QuestionListModel* model() const { return m_model; }
    /** "Add a question" of kind. */
    QAction* addQuestionAction(model::QuestionKind kind) const;
    QAction* removeAction() const { return m_removeAction; }
    QAction* moveUpAction() const { return m_moveUpAction; }
    QAction* moveDownAction() const { return m_moveDownAction; }
    QAction* copyAction() const { return m_copyAction; }

private:
    void addQuestion(model::QuestionKind kind);
    void removeSelected();
    void move(int by);
    void select(const model::Uuid& question);
    int currentRow() const;

    SurveyController* m_controller;
    QuestionListModel* m_model;
    QTableView* m_view;
    QMenu* m_addMenu;
    QToolButton* m_addButton;
    QList<std::pair<model::QuestionKind, QAction*>> m_addActions;
    QAction* m_insertAction;
    QAction* m_removeAction;
    QAction* m_moveUpAction;
    QAction* m_moveDownAction;
    QAction* m_copyAction;
};

} // namespace rapport::ui
