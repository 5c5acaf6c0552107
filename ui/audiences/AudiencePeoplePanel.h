// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace rapport::ui {

class AudiencePeopleModel;

/**
 * The people in an audience as a sortable, filterable table. For a static list it also adds
 * and removes people (the area does the edit: addRequested / removeRequested).
 */
class AudiencePeoplePanel : public QWidget
{
    Q_OBJECT

public:
    explicit AudiencePeoplePanel(QWidget* parent = nullptr);

    /** Shows the people of keys; editable offers adding and removing them. */
    void setPeople(const QSqlDatabase& db, const QList<qint64>& keys, bool editable);
    void clear();
    /** people.key of the selected rows. */
    QList<qint64> selectedKeys() const;
    /** Copies the selected rows (all columns, with a header line) as TSV. */
    void copySelection() const;

    QTableView* tableView() const { return m_tableView; }
    AudiencePeopleModel* model() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QAction* addAction() const { return m_addAction; }
    QAction* removeAction() const { return m_removeAction; }
    QLabel* limitLabel() const { return m_limitLabel; }

signals:
    void addRequested();
    void removeRequested(const QList<qint64>& keys);

private:
    void updateActions();

    AudiencePeopleModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_tableView;
    QLineEdit* m_filterEdit;
    QToolButton* m_addButton;
    QToolButton* m_removeButton;
    QAction* m_addAction;
    QAction* m_removeAction;
    QLabel* m_limitLabel;
    bool m_editable = false;
};

} // namespace rapport::ui
