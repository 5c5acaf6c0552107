// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace rapport::ui {

class CommentFilterModel;
class CommentTableModel;
class SurveyController;

/**
 * The free-text answers of one survey, to read and group: tags per comment (edited in the
 * Tags column, or added to / removed from every selected comment at once), and filters by
 * tag, by question and by text (Ctrl+F).
 */
class CommentsView : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsView(SurveyController* controller, QWidget* parent = nullptr);

    void setSurvey(const model::Uuid& survey);
    void reload();
    void updateActions();

    QTableView* tableView() const { return m_view; }
    CommentTableModel* model() const { return m_model; }
    CommentFilterModel* filter() const { return m_filter; }
    /** "All comments", "Untagged", then each tag with its count. */
    QComboBox* tagFilter() const { return m_tagFilter; }
    QComboBox* questionFilter() const { return m_questionFilter; }
    QLineEdit* searchEdit() const { return m_search; }
    QAction* addTagAction() const { return m_addTagAction; }
    QAction* copyAction() const { return m_copyAction; }

    /** Adds tag to (or, remove = true, takes it from) every selected comment. */
    void tagSelected(const QString& tag, bool remove = false);

private:
    void rebuildFilters();
    void showMenu(const QPoint& at);
    void askTag();

    SurveyController* m_controller;
    CommentTableModel* m_model;
    CommentFilterModel* m_filter;
    QTableView* m_view;
    QComboBox* m_tagFilter;
    QComboBox* m_questionFilter;
    QLineEdit* m_search;
    QStackedWidget* m_stack;
    QWidget* m_emptyPage;
    QAction* m_addTagAction;
    QAction* m_copyAction;
    QAction* m_findAction;
};

} // namespace rapport::ui
