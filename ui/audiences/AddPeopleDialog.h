// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace rapport::ui {

class AudiencePeopleModel;

/** Finds people by name, email, company or tag and picks some to add to a static list. */
class AddPeopleDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kShownLimit = 500;

    AddPeopleDialog(const QSqlDatabase& db, const QString& audienceName, QWidget* parent = nullptr);

    /** people.key of the chosen people. */
    QList<qint64> selectedKeys() const;

    QLineEdit* searchEdit() const { return m_searchEdit; }
    QTableView* tableView() const { return m_tableView; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    /** Runs the search now (it otherwise waits for typing to pause). */
    void search();

private:
    void updateButtons();

    QSqlDatabase m_db;
    AudiencePeopleModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_searchEdit;
    QTableView* m_tableView;
    QLabel* m_resultLabel;
    QDialogButtonBox* m_buttons;
    QTimer* m_searchTimer;
};

} // namespace rapport::ui
