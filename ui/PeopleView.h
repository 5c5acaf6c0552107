// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Area.h"

class QLabel;
class QStackedWidget;
class QTableView;

namespace rapport::ui {

class PeopleTableModel;
class ProjectSession;

/** The people area: the project's people as a sortable table. */
class PeopleView : public Area
{
    Q_OBJECT

public:
    explicit PeopleView(QWidget* parent = nullptr);
    ~PeopleView() override;

    /** Shows the people of session (nullptr shows nothing). */
    void setSession(ProjectSession* session) override;
    QString areaTitle() const override;
    QIcon areaIcon() const override;

    QTableView* tableView() const { return m_tableView; }
    PeopleTableModel* model() const { return m_model; }
    qint64 peopleCount() const;

signals:
    void peopleCountChanged(qint64 count);

private:
    void reload();
    void showCount();

    PeopleTableModel* m_model;
    QTableView* m_tableView;
    QStackedWidget* m_stack;
    QWidget* m_emptyPage;
};

} // namespace rapport::ui
