// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Content.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rapport::ui {

class PersonSearchWidget;

/** Asks for what a new piece needs: a title, its kind and a first author. */
class NewPieceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPieceDialog(QSqlDatabase db, QWidget* parent = nullptr);

    /** Proposes person as the first author. */
    void setAuthor(const model::Uuid& person, const QString& name);
    /** The piece to create (title, kind, one author). */
    model::Content piece() const;

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindCombo() const { return m_kind; }
    PersonSearchWidget* authorSearch() const { return m_author; }

    void accept() override;

private:
    QLineEdit* m_title;
    QComboBox* m_kind;
    PersonSearchWidget* m_author;
    QLabel* m_error;
};

} // namespace rapport::ui
