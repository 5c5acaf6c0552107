// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ParallelFor.h"
#include "ui/Area.h"
#include "ui/dashboard/DashboardContext.h"
#include "ui/dashboard/DashboardView.h" // complete, for the recomputed() signal's meta type

#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QTabWidget;

namespace rapport::ui {

class DashboardFilterBar;
class ExplainDialog;
class GoalsView;
class ProjectSession;
class SessionEngine;

/**
 * The dashboard: the global filters over tabs of views (DashboardView), all computed from the
 * session's engine snapshot (SessionEngine) on the UI thread.
 *
 * Recomputing. When the data is ready, a filter changes or a view's parameters change, the
 * view shown recomputes at once (synchronously: the queries take milliseconds, so there is no
 * spinner) and the others are marked stale; a stale view recomputes when its tab is shown.
 * Nothing is computed while the area itself is hidden; it catches up when shown. The status
 * line says how old the data is, how many people the filters hold and how long the last
 * recompute took; while the project's data loads the first time, a progress bar shows.
 *
 * Actions (toolbar beside the tabs, context menu, shortcuts): Explain (F1) lists how the
 * view's figures were computed; Export image (PNG at twice the pixel density, or SVG);
 * Copy table (Ctrl+C, TSV); Export CSV (RFC 4180).
 *
 * Drill-down: a view's drillDown() comes out as showPeople(); MainWindow lists them in the
 * People area.
 *
 * Adding a view is one line in the constructor: addView(new SomeView).
 */
class DashboardArea : public Area
{
    Q_OBJECT

public:
    /** engine: the session's engine if the window has one (it then owns its session);
     *  nullptr: the area makes its own, which starts loading when the area is first shown. */
    explicit DashboardArea(SessionEngine* engine = nullptr, QWidget* parent = nullptr);
    ~DashboardArea() override;

    QString areaTitle() const override;
    QIcon areaIcon() const override;
    void setSession(ProjectSession* session) override;

    /** Adds view as the last tab (the area takes it). */
    void addView(DashboardView* view);
    QList<DashboardView*> views() const;
    DashboardView* currentView() const;
    /** Whether view must recompute before it shows current figures. */
    bool isStale(DashboardView* view) const;

    SessionEngine* engine() const { return m_engine; }
    DashboardFilterBar* filterBar() const { return m_filterBar; }
    QTabWidget* tabWidget() const { return m_tabs; }
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }
    GoalsView* goalsView() const { return m_goalsView; }
    /** What views compute from; null until the data is loaded. */
    const DashboardContext* context() const { return m_context ? &*m_context : nullptr; }
    /** Wall time of the last recompute of a view, milliseconds. */
    double lastRecomputeMs() const { return m_lastMs; }

    QAction* explainAction() const { return m_explainAction; }
    QAction* exportImageAction() const { return m_exportImageAction; }
    QAction* copyTableAction() const { return m_copyAction; }
    QAction* exportCsvAction() const { return m_exportCsvAction; }

    /** Shows how the current view's figures were computed (a dialog, not modal). */
    ExplainDialog* explain();
    /** The current view's table as TSV on the clipboard. */
    void copyTable();
    bool exportCsv(const QString& path, QString* error = nullptr);
    /** PNG, or SVG when path ends in .svg. */
    bool exportImage(const QString& path, QString* error = nullptr);

    /** Asks where to save: (dialog title, suggested file name, name filters) → path, empty
     *  for cancel. Default: QFileDialog::getSaveFileName. */
    using SavePathChooser =
        std::function<QString(const QString& title, const QString& name, const QString& filters)>;
    void setSavePathChooser(SavePathChooser chooser) { m_choosePath = std::move(chooser); }

signals:
    /** The people behind a bar, cell or point (keys ascending), to be listed. */
    void showPeople(const QString& title, const QList<qint64>& personKeys);
    /** A view recomputed, taking ms milliseconds. */
    void recomputed(DashboardView* view, double ms);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void dataReady();
    void filtersChanged();
    void readChoices();
    /** Resolves the filters on the current snapshot; false if there is nothing to show. */
    bool updateContext();
    void markAllStale();
    void recomputeCurrent();
    void updateStatus();
    void updateActions();
    void exportImageAsked();
    void exportCsvAsked();

    QPointer<ProjectSession> m_session;
    SessionEngine* m_engine;
    bool m_ownsEngine;
    engine::ParallelFor m_parallel;
    DashboardFilterBar* m_filterBar;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QProgressBar* m_progress;
    GoalsView* m_goalsView = nullptr;
    QAction* m_explainAction = nullptr;
    QAction* m_exportImageAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    SavePathChooser m_choosePath;

    std::optional<DashboardContext> m_context;
    QSet<DashboardView*> m_stale;
    std::int64_t m_asOf = 0; // when the snapshot shown was loaded
    QDateTime m_dataChanged;
    QString m_error; // why the figures are not current (load failed, audience refused)
    double m_lastMs = 0;
    std::uint64_t m_peopleShown = 0; // people the audience filter holds
    /** Audiences resolved on the snapshot m_audiencesData, by name; forgotten when the data
     *  or the project's content (an audience's members or rule) changes. */
    struct ResolvedAudience
    {
        engine::PersonFilter filter;
        std::uint64_t people = 0;
    };
    QHash<QString, ResolvedAudience> m_audiences;
    const void* m_audiencesData = nullptr;
};

} // namespace rapport::ui
