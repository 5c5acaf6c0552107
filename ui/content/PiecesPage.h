// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;

namespace rapport::ui {

class ContentController;
class ContentFilterModel;
class ContentTableModel;
class PieceEditor;

/**
 * The pieces: a filterable, sortable list (title, kind, series, authors, published, reach)
 * beside the editor of the current piece. Insert adds, Ctrl+D duplicates, Delete deletes,
 * F2 edits the title, Ctrl+F finds, Ctrl+C copies the selected rows as TSV.
 */
class PiecesPage : public QWidget
{
    Q_OBJECT

public:
    explicit PiecesPage(ContentController& controller, QWidget* parent = nullptr);

    /** Reads the pieces again, keeping the current one. */
    void reload();
    void updateActions();

    QTableView* tableView() const { return m_view; }
    ContentTableModel* model() const { return m_model; }
    ContentFilterModel* filterModel() const { return m_filter; }
    PieceEditor* editor() const { return m_editor; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* seriesFilterCombo() const { return m_seriesFilter; }
    QComboBox* authorFilterCombo() const { return m_authorFilter; }
    QAction* newAction() const { return m_newAction; }
    QAction* duplicateAction() const { return m_duplicateAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* copyAction() const { return m_copyAction; }
    QList<model::Uuid> selectedPieces() const;
    model::Uuid currentPiece() const;
    /** Makes id the current piece (clearing filters that hide it). */
    void showPiece(const model::Uuid& id);

    void newPiece();
    void duplicatePiece();
    void deletePieces();
    int copyRows();

signals:
    void statusMessage(const QString& message);

private:
    void fillFilters();
    void applyFilters();
    void currentChanged();
    void showEmptyState();
    void showContextMenu(const QPoint& pos);

    ContentController& m_controller;
    ContentTableModel* m_model;
    ContentFilterModel* m_filter;
    QTableView* m_view;
    PieceEditor* m_editor;
    QLineEdit* m_search;
    QComboBox* m_seriesFilter;
    QComboBox* m_authorFilter;
    QStackedWidget* m_listStack;
    QLabel* m_emptyLabel;
    QAction* m_newAction;
    QAction* m_duplicateAction;
    QAction* m_deleteAction;
    QAction* m_copyAction;
    QAction* m_findAction;
    QAction* m_renameAction;
    bool m_reloading = false;
};

} // namespace rapport::ui
