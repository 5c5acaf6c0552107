// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Area.h"

#include <QList>
#include <QPointer>

class QFrame;
class QLabel;
class QPushButton;
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

    /** Lists exactly the people with these keys (a drill-down), under a bar saying
     *  "Showing: title" with Save as audience… and Show all. */
    void showOnly(const QString& title, const QList<qint64>& keys);
    /** Lists everyone again. */
    void showAll();
    QFrame* onlyBar() const { return m_onlyBar; }
    QLabel* onlyLabel() const { return m_onlyLabel; }
    QPushButton* saveAudienceButton() const { return m_saveAudienceButton; }
    QPushButton* showAllButton() const { return m_showAllButton; }
    /** Stores the people shown by showOnly() as a static audience (one undo step); false
     *  with *error if it cannot be stored. */
    bool saveShownAsAudience(const QString& name, QString* error = nullptr);

signals:
    void peopleCountChanged(qint64 count);

private:
    void reload();
    void showCount();
    void askAudienceName();

    PeopleTableModel* m_model;
    QTableView* m_tableView;
    QStackedWidget* m_stack;
    QWidget* m_emptyPage;
    QPointer<ProjectSession> m_session;
    QFrame* m_onlyBar;
    QLabel* m_onlyLabel;
    QPushButton* m_saveAudienceButton;
    QPushButton* m_showAllButton;
    QString m_onlyTitle;
    QList<qint64> m_onlyKeys;
};

} // namespace rapport::ui
