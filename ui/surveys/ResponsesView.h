// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"

#include <QWidget>

class QAction;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace rapport::ui {

class ResponseTableModel;
class SurveyController;

/** The responses of one survey: answers per question as columns, edited in place; Del
 *  deletes the selected responses. */
class ResponsesView : public QWidget
{
    Q_OBJECT

public:
    explicit ResponsesView(SurveyController* controller, QWidget* parent = nullptr);

    void setSurvey(const model::Uuid& survey);
    void reload();
    void updateActions();

    QTableView* tableView() const { return m_view; }
    ResponseTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QAction* removeAction() const { return m_removeAction; }
    QAction* copyAction() const { return m_copyAction; }

private:
    void removeSelected();

    SurveyController* m_controller;
    ResponseTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QStackedWidget* m_stack;
    QWidget* m_emptyPage;
    QAction* m_removeAction;
    QAction* m_copyAction;
};

/** A centred title and hint, for a view with nothing to show yet. */
QWidget* emptyStatePage(const QString& title, const QString& hint);

} // namespace rapport::ui
