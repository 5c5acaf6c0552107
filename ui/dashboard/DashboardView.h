// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Provenance.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace rapport::ui {

struct DashboardContext;

/**
 * One view of the dashboard (lifecycle funnel, funnel builder, retention, satisfaction,
 * fans, content loop, goals). The dashboard area shows the views, owns the global filters,
 * and calls recompute() on every visible view whenever the filters or the data change; a
 * view recomputes from the engine on the UI thread (queries take milliseconds) and
 * repaints, without a spinner.
 *
 * A view offers what the area's actions need: its figures' provenance ("explain"), the
 * widget to export as PNG/SVG, its table for TSV/CSV, and drill-downs: clicking a bar, a
 * cell or a point emits drillDown() with exactly the people counted there.
 */
class ProjectSession;

class DashboardView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /** The tab title, translated. */
    virtual QString title() const = 0;
    /** Recomputes every figure from context and updates the widgets. */
    virtual void recompute(const DashboardContext& context) = 0;
    /** How each figure shown was computed (engine provenance: definition, parameters,
     *  filters, snapshot), in the order shown. */
    virtual std::vector<engine::Provenance> provenance() const = 0;
    /** The widget exported as an image (a chart view, or the whole view). */
    virtual QWidget* imageWidget() { return this; }
    /** The figures as a table, header row first, for Ctrl+C (TSV) and CSV export. */
    virtual QList<QStringList> table() const = 0;
    /** The open project (nullptr on close), for views that read or store more than the
     *  engine's figures: saved funnels, comments, names. */
    virtual void setSession(ProjectSession* /*session*/) {}

signals:
    /** The people behind a bar, cell or point: title says what they are
     *  (e.g. "Attended · Germany"), keys are people.key values, ascending. */
    void drillDown(const QString& title, const QList<qint64>& personKeys);
    /** A parameter of the view changed (e.g. the builder's steps): recompute me. */
    void parametersChanged();
};

} // namespace rapport::ui
