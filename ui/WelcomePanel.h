// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;

namespace rapport::ui {

class RecentFiles;

/** Shown while no project is open: create one, open one, or pick a recent one. */
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    WelcomePanel(QAction* newAction, QAction* openAction, RecentFiles& recentFiles,
                 QWidget* parent = nullptr);

    QTreeWidget* recentList() const { return m_recentList; }

signals:
    void recentFileChosen(const QString& path);

private:
    void updateRecent();

    RecentFiles& m_recentFiles;
    QLabel* m_recentLabel;
    QTreeWidget* m_recentList;
};

} // namespace rapport::ui
