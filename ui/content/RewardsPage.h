// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace rapport::ui {

class ContentController;
class ValueTableModel;

/**
 * The rewards given to people (authors above all): date, recipient, kind, value, reason,
 * piece and campaign. Insert adds, F2 or Enter edits, Delete deletes, Ctrl+F finds,
 * Ctrl+C copies the selected rows as TSV.
 */
class RewardsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RewardsPage(ContentController& controller, QWidget* parent = nullptr);

    void reload();
    void updateActions();

    QTableView* tableView() const { return m_view; }
    ValueTableModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    QAction* newAction() const { return m_newAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QList<model::Uuid> selectedRewards() const;

    /** Opens the dialog for a new reward, for person and piece if given. */
    void newReward(const model::Uuid& person = {}, const QString& personName = {},
                   const model::Uuid& piece = {});
    void editReward();
    void deleteRewards();

signals:
    void statusMessage(const QString& message);

private:
    ContentController& m_controller;
    ValueTableModel* m_model;
    QTableView* m_view;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    QLabel* m_totalLabel;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_deleteAction;
    QAction* m_copyAction;
    QAction* m_findAction;
};

} // namespace rapport::ui
