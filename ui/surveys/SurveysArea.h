// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"
#include "ui/Area.h"

class QAction;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace rapport::ui {

class CommentsView;
class MessageBar;
class QuestionDesigner;
class ResponsesView;
class SurveyController;
class SurveyListModel;

/**
 * The Surveys area: the project's surveys (name, campaign, kind, responses, NPS, CSAT)
 * above the selected one's questions (the designer), responses and free-text comments.
 * Every edit is one undo step.
 */
class SurveysArea : public Area
{
    Q_OBJECT

public:
    explicit SurveysArea(QWidget* parent = nullptr);
    ~SurveysArea() override;

    QString areaTitle() const override;
    QIcon areaIcon() const override;
    void setSession(ProjectSession* session) override;

    SurveyController* controller() const { return m_controller; }
    QTableView* surveyTableView() const { return m_surveyView; }
    SurveyListModel* surveyModel() const { return m_surveyModel; }
    QTabWidget* tabs() const { return m_tabs; }
    QuestionDesigner* designer() const { return m_designer; }
    ResponsesView* responsesView() const { return m_responses; }
    CommentsView* commentsView() const { return m_comments; }
    MessageBar* messageBar() const { return m_messageBar; }
    QAction* newSurveyAction() const { return m_newAction; }
    QAction* removeSurveyAction() const { return m_removeAction; }

    /** The survey whose questions, responses and comments show (null: none). */
    model::Uuid currentSurvey() const { return m_current; }
    void selectSurvey(const model::Uuid& id);

private:
    void reload();
    void showCurrent();
    void updateActions();
    void updateTabTitles();
    void removeSelected();

    SurveyController* m_controller;
    SurveyListModel* m_surveyModel;
    QSortFilterProxyModel* m_surveyProxy;
    QTableView* m_surveyView;
    QTabWidget* m_tabs;
    QuestionDesigner* m_designer;
    ResponsesView* m_responses;
    CommentsView* m_comments;
    MessageBar* m_messageBar;
    QStackedWidget* m_stack;
    QWidget* m_emptyPage;
    QAction* m_newAction;
    QAction* m_removeAction;
    QAction* m_copyAction;
    model::Uuid m_current;
};

} // namespace rapport::ui
