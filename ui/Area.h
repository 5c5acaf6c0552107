// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

namespace rapport::ui {

class ProjectSession;

/**
 * One area of the workspace (People, Audiences, Campaigns, Content, Surveys, Channels &
 * goals): a page of the main window's sidebar. Each area owns its controller and views
 * and shows the open project's data; MainWindow hands it the session (nullptr when the
 * project closes) and lists it in the sidebar with its title and icon.
 *
 * An area edits only through the session's undo stack (one QUndoCommand per user action),
 * and re-reads what it shows on ProjectSession::contentChanged.
 */
class Area : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /** The sidebar entry, translated. */
    virtual QString areaTitle() const = 0;
    virtual QIcon areaIcon() const = 0;
    /** Shows session's project (nullptr: none open; the area clears itself). */
    virtual void setSession(ProjectSession* session) = 0;

signals:
    /** A short confirmation or error for the status bar. */
    void statusMessage(const QString& message);
};

} // namespace rapport::ui
