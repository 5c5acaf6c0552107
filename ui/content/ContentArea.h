// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Area.h"

class QFrame;
class QLabel;
class QTabWidget;

namespace rapport::ui {

class AuthorsPage;
class ContentController;
class PiecesPage;
class RewardsPage;
class SeriesPage;

/**
 * The content area: the production → distribution → incentive loop. Pieces (with their
 * authors, links, distributions and metric snapshots), series, rewards, and the author
 * view that shows an author the reach and rewards their work produced.
 */
class ContentArea : public Area
{
    Q_OBJECT

public:
    explicit ContentArea(QWidget* parent = nullptr);
    ~ContentArea() override;

    QString areaTitle() const override;
    QIcon areaIcon() const override;
    void setSession(ProjectSession* session) override;

    ContentController* controller() const { return m_controller; }
    QTabWidget* tabs() const { return m_tabs; }
    PiecesPage* piecesPage() const { return m_pieces; }
    SeriesPage* seriesPage() const { return m_series; }
    RewardsPage* rewardsPage() const { return m_rewards; }
    AuthorsPage* authorsPage() const { return m_authors; }
    /** The last refusal shown above the pages (hidden when there is none). */
    QLabel* messageLabel() const { return m_messageLabel; }

private:
    void projectChanged();
    void reloadPage(int index);
    void showMessage(const QString& message);

    ContentController* m_controller;
    QFrame* m_messageBar;
    QLabel* m_messageLabel;
    QTabWidget* m_tabs;
    PiecesPage* m_pieces;
    SeriesPage* m_series;
    RewardsPage* m_rewards;
    AuthorsPage* m_authors;
    QList<bool> m_stale;
};

} // namespace rapport::ui
