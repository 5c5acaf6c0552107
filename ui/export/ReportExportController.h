// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/ReportOptions.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace rapport::ui {

class ProjectController;
class SessionEngine;

/**
 * File → Export Report…: asks for the options (ExportReportDialog) and a file name, then
 * writes the PDF on a worker thread behind a progress dialog with Cancel — with the
 * session's engine data when it is loaded, through a connection of the worker's own. The
 * last options are kept for the next export of the session.
 */
class ReportExportController : public QObject
{
    Q_OBJECT

public:
    ReportExportController(ProjectController& projects, SessionEngine* engine, QWidget* window);

    QAction* exportAction() const { return m_exportAction; }

    /** Writes the report with options to path on a worker, behind a progress dialog; false
     *  with *error (or cancelled). For the action and for tests. */
    bool exportTo(const report::ReportOptions& options, const QString& path, QString* error);

signals:
    void statusMessage(const QString& message);

private:
    void exportReport();

    ProjectController& m_projects;
    SessionEngine* m_engine;
    QWidget* m_window;
    QAction* m_exportAction;
    std::optional<report::ReportOptions> m_lastOptions;
};

} // namespace rapport::ui
