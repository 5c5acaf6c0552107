// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "ui/Area.h"

#include <QPointer>

#include <memory>
#include <vector>

class QAction;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace rapport::ui {

class DuplicatesDialog;
class PeopleController;
class PeopleFilterBar;
class PeoplePrompts;
class PeopleSearch;
class PeopleTableModel;
class PersonDetailPanel;
class ProjectSession;

/**
 * The people area: the project's people as a sortable table (smooth with a million people),
 * searched as you type and filtered by country, role, company, tag and engagement level,
 * with the selected person's details beside it. Edits (add, edit, delete, tags, bulk edits,
 * merges) go through PeopleController, one undo step each.
 */
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
    /** Who answers the area's questions (default: dialogs); must outlive the view. */
    void setPrompts(PeoplePrompts& prompts);
    /** The clock that stamps edits and dates engagement levels (default: the system's). */
    void setClock(const model::Clock& clock);

    QTableView* tableView() const { return m_tableView; }
    PeopleTableModel* model() const { return m_model; }
    PeopleFilterBar* filterBar() const { return m_filterBar; }
    PersonDetailPanel* detailPanel() const { return m_detailPanel; }
    PeopleController* controller() const { return m_controller; }
    PeopleSearch* search() const { return m_search; }
    QToolBar* toolBar() const { return m_toolBar; }
    QAction* copyAction() const { return m_copyAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* duplicatesAction() const { return m_duplicatesAction; }
    /** The duplicates dialog, once opened. */
    DuplicatesDialog* duplicatesDialog() const;
    /** Everyone in the project (filters aside). */
    qint64 peopleCount() const;
    /** Milliseconds the last search or filter took to apply, −1 before any. */
    qint64 lastFilterMs() const { return m_lastFilterMs; }

    /** The selected people's keys, in table order. */
    QList<qint64> selectedKeys() const;
    qint64 currentKey() const;
    /** Selects these people (those shown), the first one current. */
    void selectKeys(const QList<qint64>& keys);
    /** Copies the selected rows as tab-separated text (with a header line). */
    void copySelection();
    /** Opens the duplicates dialog and looks for duplicates. */
    void showDuplicates();

signals:
    void peopleCountChanged(qint64 count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void reload();
    void applyQuery();
    void onContentChanged();
    void onPeopleChanged(const QList<qint64>& keys, const QList<int>& columns);
    void showCount();
    void updateStatus();
    void showDetails();
    void showContextMenu(const QPoint& position);
    void rememberSelection();
    void restoreSelection();
    void selectionChanged();

    std::unique_ptr<PeoplePrompts> m_ownPrompts;
    model::SystemClock m_systemClock;
    const model::Clock* m_clock = &m_systemClock;
    QPointer<ProjectSession> m_session;
    PeopleTableModel* m_model;
    PeopleSearch* m_search;
    PeopleController* m_controller;
    QToolBar* m_toolBar;
    PeopleFilterBar* m_filterBar;
    QTableView* m_tableView;
    PersonDetailPanel* m_detailPanel;
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    QWidget* m_emptyPage;
    QTimer* m_detailTimer;
    QAction* m_copyAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_duplicatesAction = nullptr;
    QPointer<DuplicatesDialog> m_duplicatesDialog;

    // Edits of this area announce the people they touched before contentChanged.
    QList<qint64> m_pendingKeys;
    QList<int> m_pendingColumns;
    bool m_pending = false;
    bool m_pendingAnything = false;
    /** The table is out of date (the project changed while the area was hidden). */
    bool m_stale = false;
    /** The search index is out of date (rebuilt when the area is shown). */
    bool m_indexStale = false;
    bool m_updating = false;
    qint64 m_lastFilterMs = -1;

    // The selection across a model reset.
    std::vector<qint64> m_keptSelection;
    qint64 m_keptCurrent = 0;
    qint64 m_keptTop = 0;
};

} // namespace rapport::ui
