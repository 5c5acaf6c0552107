// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace rapport::ui {

class ContentController;
class ValueTableModel;

/**
 * The series: each with its name, description and pieces in order of publication, with
 * their reach. Insert starts a series, F2 renames it, Delete deletes it (its pieces stay,
 * outside any series), Ctrl+C copies the selected rows. Pieces join a series in their
 * editor.
 */
class SeriesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SeriesPage(ContentController& controller, QWidget* parent = nullptr);

    void reload();
    void updateActions();

    QTableView* seriesView() const { return m_seriesView; }
    QTableView* piecesView() const { return m_piecesView; }
    ValueTableModel* seriesModel() const { return m_series; }
    ValueTableModel* piecesModel() const { return m_pieces; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* descriptionEdit() const { return m_description; }
    QAction* newAction() const { return m_newAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    model::Uuid currentSeries() const;
    void showSeries(const model::Uuid& id);

    void newSeries();
    void deleteSeries();

signals:
    void statusMessage(const QString& message);
    /** A piece of the series was double-clicked. */
    void pieceActivated(const model::Uuid& piece);

private:
    void showCurrent();
    void commitName();
    void commitDescription();

    ContentController& m_controller;
    ValueTableModel* m_series;
    ValueTableModel* m_pieces;
    QTableView* m_seriesView;
    QTableView* m_piecesView;
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    QWidget* m_details;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QLabel* m_summary;
    QAction* m_newAction;
    QAction* m_deleteAction;
    QAction* m_renameAction;
    QAction* m_copyAction;
    QString m_shownName;
    QString m_shownDescription;
    bool m_reloading = false;
};

} // namespace rapport::ui
