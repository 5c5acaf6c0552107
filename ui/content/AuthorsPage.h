// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace rapport::storage {
class AuthorReport;
}

namespace rapport::ui {

class ContentController;
class ValueTableModel;

/**
 * The content loop from an author's side, to show an author what their work produced:
 * pick an author, see their pieces, where those were distributed, their total reach, the
 * onward clicks and the pieces readers were sent on to, and the rewards they received.
 * The figures come from storage::AuthorReport.
 */
class AuthorsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuthorsPage(ContentController& controller, QWidget* parent = nullptr);
    ~AuthorsPage() override;

    void reload();

    QTableView* authorsView() const { return m_authorsView; }
    ValueTableModel* authorsModel() const { return m_authors; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* nameLabel() const { return m_name; }
    QLabel* piecesLabel() const { return m_piecesFigure; }
    QLabel* reachLabel() const { return m_reachFigure; }
    QLabel* onwardClicksLabel() const { return m_onwardFigure; }
    QLabel* rewardsLabel() const { return m_rewardsFigure; }
    ValueTableModel* piecesModel() const { return m_pieces; }
    ValueTableModel* channelsModel() const { return m_channels; }
    ValueTableModel* linksModel() const { return m_links; }
    ValueTableModel* rewardsModel() const { return m_rewards; }
    QTabWidget* detailTabs() const { return m_tabs; }
    QPushButton* addRewardButton() const { return m_addReward; }
    model::Uuid currentAuthor() const;
    void showAuthor(const model::Uuid& person);

signals:
    void addRewardRequested(const model::Uuid& person, const QString& name);
    void showPiecesRequested(const model::Uuid& person);
    void pieceActivated(const model::Uuid& piece);

private:
    void showCurrent();

    ContentController& m_controller;
    std::unique_ptr<storage::AuthorReport> m_report;
    ValueTableModel* m_authors;
    ValueTableModel* m_pieces;
    ValueTableModel* m_channels;
    ValueTableModel* m_links;
    ValueTableModel* m_rewards;
    QTableView* m_authorsView;
    QTableView* m_piecesView = nullptr;
    QLineEdit* m_search;
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    QWidget* m_details;
    QLabel* m_name;
    QLabel* m_piecesFigure;
    QLabel* m_reachFigure;
    QLabel* m_onwardFigure;
    QLabel* m_rewardsFigure;
    QLabel* m_otherFigures;
    QTabWidget* m_tabs;
    QPushButton* m_addReward;
    QPushButton* m_showPieces;
    bool m_reloading = false;
};

} // namespace rapport::ui
