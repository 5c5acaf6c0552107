// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/DuplicateFinder.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace rapport::ui {

class BackgroundReader;
class DetailTableModel;
class PeopleController;

/**
 * Suggested duplicates (model::DuplicateFinder), found on a worker thread, one pair a row:
 * why, what they share, the record kept and the one merged into it. Merge merges the chosen
 * pair as one undo step (the older record is kept unless the pair was swapped).
 */
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    struct Suggestion
    {
        model::DuplicatePair pair;
        QString evidence;
        QString firstName;
        QString secondName;
    };

    DuplicatesDialog(PeopleController& controller, QWidget* parent = nullptr);
    ~DuplicatesDialog() override;

    /** Looks for duplicates in the project file at databasePath (in the background). */
    void scan(const QString& databasePath, bool readOnly);
    bool isScanning() const;
    const std::vector<Suggestion>& suggestions() const { return m_suggestions; }

    QTableView* tableView() const { return m_table; }
    QPushButton* mergeButton() const { return m_merge; }
    QPushButton* swapButton() const { return m_swap; }
    QLabel* statusLabel() const { return m_status; }

signals:
    /** The user asked to see the pair in the table. */
    void showPeople(qint64 first, qint64 second);

private:
    void showSuggestions();
    void updateButtons();
    int currentRow() const;
    void mergeCurrent();
    void swapCurrent();

    PeopleController& m_controller;
    BackgroundReader* m_reader;
    DetailTableModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_merge;
    QPushButton* m_swap;
    QPushButton* m_rescan;
    std::vector<Suggestion> m_suggestions;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace rapport::ui
