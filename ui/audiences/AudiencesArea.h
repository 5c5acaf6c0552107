// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Audience.h"
#include "ui/Area.h"

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace rapport::ui {

class AudienceController;
class AudienceCounter;
class AudienceEditor;
class AudienceListModel;
class SessionEngine;

/**
 * The audiences area: the project's audiences (rules and static lists) beside the one being
 * edited. Create, duplicate, rename and delete audiences; build a rule from conditions on
 * attributes, behaviour, engagement level and NPS answers, with its people counted live on
 * the engine; add people to and remove them from static lists. Every edit is one undo step.
 */
class AudiencesArea : public Area
{
    Q_OBJECT

public:
    /** engine counts the people of rules (nullptr: no counts). */
    explicit AudiencesArea(SessionEngine* engine, QWidget* parent = nullptr);
    ~AudiencesArea() override;

    QString areaTitle() const override;
    QIcon areaIcon() const override;
    void setSession(ProjectSession* session) override;

    /** Selects the audience (null id: none). */
    void selectAudience(const model::Uuid& id);
    model::Uuid currentAudience() const;

    AudienceController* controller() const { return m_controller; }
    AudienceListModel* listModel() const { return m_listModel; }
    QTableView* listView() const { return m_listView; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    AudienceEditor* editor() const { return m_editor; }
    QAction* newRuleAction() const { return m_newRuleAction; }
    QAction* newListAction() const { return m_newListAction; }
    QAction* duplicateAction() const { return m_duplicateAction; }
    QAction* renameAction() const { return m_renameAction; }
    QAction* deleteAction() const { return m_deleteAction; }

protected:
    void connectNotify(const QMetaMethod& signal) override;

signals:
    /** Show these people (an audience's, by people.key) in the People area. */
    void showPeopleRequested(const QString& title, const QList<qint64>& keys);

private:
    void createActions();
    void reload();
    void showCurrent();
    void countAll();
    void updateChoices();
    void updateActions();
    void createAudience(model::Audience::Kind kind);
    void duplicateCurrent();
    void deleteCurrent();
    void copySelection() const;
    void report(const QString& error);

    SessionEngine* m_engine;
    ProjectSession* m_session = nullptr;
    bool m_listed = false; // the session's audiences are listed (later ones are new)
    AudienceController* m_controller;
    AudienceCounter* m_listCounter;
    AudienceListModel* m_listModel;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_listView;
    QLineEdit* m_filterEdit;
    QToolButton* m_newButton;
    QStackedWidget* m_stack;
    QWidget* m_emptyPage;
    QWidget* m_nonePage;
    AudienceEditor* m_editor;
    QAction* m_newRuleAction = nullptr;
    QAction* m_newListAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_findAction = nullptr;
};

} // namespace rapport::ui
