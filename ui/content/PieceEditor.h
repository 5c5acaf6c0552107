// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Content.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace rapport::ui {

class ContentController;
class DistributionsEditor;

/**
 * The editor of one piece: title, kind, publication date, series, authors (people), links
 * to other pieces, and its distributions with their metric snapshots. Every change is
 * stored at once as one undo step.
 */
class PieceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PieceEditor(ContentController& controller, QWidget* parent = nullptr);

    /** Shows piece id (null: none). */
    void setPiece(const model::Uuid& id);
    model::Uuid pieceId() const { return m_piece.meta.id; }
    /** Reads the piece again (after the project changed). */
    void reload();
    /** Puts the cursor in the title, selected (F2). */
    void editTitle();

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindCombo() const { return m_kind; }
    QCheckBox* publishedCheck() const { return m_publishedCheck; }
    QDateEdit* publishedEdit() const { return m_published; }
    QComboBox* seriesCombo() const { return m_series; }
    /** The address of the piece's first distribution, as a link. */
    QLabel* addressLabel() const { return m_address; }
    QListWidget* authorsList() const { return m_authors; }
    QPushButton* addAuthorButton() const { return m_addAuthor; }
    QPushButton* removeAuthorButton() const { return m_removeAuthor; }
    QTableWidget* linksTable() const { return m_links; }
    QComboBox* linkTargetCombo() const { return m_linkTarget; }
    QComboBox* linkKindCombo() const { return m_linkKind; }
    QPushButton* addLinkButton() const { return m_addLink; }
    QPushButton* removeLinkButton() const { return m_removeLink; }
    DistributionsEditor* distributions() const { return m_distributions; }

    void addAuthor();
    void removeAuthor();
    void addLink();
    void removeLink();

private:
    QWidget* makeForm();
    void fill();
    void fillCombos();
    void updateEnabled();
    void commitTitle();
    void commitKind();
    void commitPublished();
    void commitSeries();

    ContentController& m_controller;
    model::Content m_piece;
    bool m_filling = false;

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QCheckBox* m_publishedCheck;
    QDateEdit* m_published;
    QComboBox* m_series;
    QLabel* m_address;
    QListWidget* m_authors;
    QPushButton* m_addAuthor;
    QPushButton* m_removeAuthor;
    QTableWidget* m_links;
    QComboBox* m_linkTarget;
    QComboBox* m_linkKind;
    QPushButton* m_addLink;
    QPushButton* m_removeLink;
    DistributionsEditor* m_distributions;
};

} // namespace rapport::ui
