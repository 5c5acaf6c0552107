// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/storage/PeopleBulkEdit.h"
#include "ui/people/PersonDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace rapport::ui {

class PeoplePrompts;
class ProjectSession;

/**
 * The People area's edits and their actions: add, edit and delete people, tag and bulk-edit
 * the selection, merge two people. Every edit is one RecordedEditCommand on the session's
 * undo stack, so undo restores exactly what was there. Actions are disabled while nothing
 * fits them or the project is read-only.
 */
class PeopleController : public QObject
{
    Q_OBJECT

public:
    using Field = storage::PeopleBulkEdit::Field;

    PeopleController(PeoplePrompts& prompts, QWidget* dialogParent, QObject* parent = nullptr);
    ~PeopleController() override;

    void setSession(ProjectSession* session);
    void setPrompts(PeoplePrompts& prompts) { m_prompts = &prompts; }
    void setClock(const model::Clock& clock) { m_clock = &clock; }
    const model::Clock& clock() const { return *m_clock; }
    /** Where the selected people (row keys) and the current one come from. */
    void setSelection(std::function<QList<qint64>()> selected, std::function<qint64()> current);
    /** Where the dialogs' suggestions (companies, roles, countries, tags) come from. */
    void setSuggestions(std::function<PersonDialog::Suggestions()> suggestions);
    /** Enables the actions for a selection of that many people. */
    void updateActions();

    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* addTagAction() const { return m_addTag; }
    QAction* removeTagAction() const { return m_removeTag; }
    QAction* setCompanyAction() const { return m_setCompany; }
    QAction* setRoleAction() const { return m_setRole; }
    QAction* setCountryAction() const { return m_setCountry; }
    QAction* mergeAction() const { return m_merge; }
    QList<QAction*> actions() const;

    // The edits, each one undo step; false (and an error shown) if it failed.
    bool addPerson();
    bool editPerson(qint64 key);
    bool deletePeople(const QList<qint64>& keys);
    bool addTag(const QList<qint64>& keys, const QString& tag);
    bool removeTag(const QList<qint64>& keys, const QString& tag);
    bool setField(const QList<qint64>& keys, Field field, const QString& value);
    /** Merges absorbed into survivor (model::PersonMerge). */
    bool merge(qint64 survivor, qint64 absorbed);

signals:
    /** People whose rows changed (after an edit, undo or redo), before the session's
     *  contentChanged; `columns` lists the table columns that changed (empty: anything,
     *  people may have come or gone). */
    void peopleChanged(const QList<qint64>& keys, const QList<int>& columns);
    /** A person was added: the view selects them. */
    void personAdded(qint64 key);
    void statusMessage(const QString& message);

private:
    bool writable() const;
    /** Runs edit as one undo step named text; false if it failed. */
    bool push(const QString& text, const std::function<bool(QString*)>& edit,
              const QList<qint64>& affected, const QList<int>& columns);
    void askBulkText(Field field);
    void askTag(bool add);
    void fail(const QString& message);

    PeoplePrompts* m_prompts;
    QWidget* m_dialogParent;
    QPointer<ProjectSession> m_session;
    model::SystemClock m_systemClock;
    const model::Clock* m_clock = &m_systemClock;
    std::function<QList<qint64>()> m_selected;
    std::function<qint64()> m_current;
    std::function<PersonDialog::Suggestions()> m_suggestions;

    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_addTag;
    QAction* m_removeTag;
    QAction* m_setCompany;
    QAction* m_setRole;
    QAction* m_setCountry;
    QAction* m_merge;
};

} // namespace rapport::ui
