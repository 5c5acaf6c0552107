// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sources/SourceConfig.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapport::ui {

/**
 * Asks what a new data source reads: GitHub (repositories, an optional Enterprise API root)
 * or Discourse (the forum's address, an API user), a name, and a token that goes to the
 * system keychain (optional: public data can be read without one, with lower rate limits).
 */
class NewSourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewSourceDialog(QWidget* parent = nullptr);

    /** The source as filled in (a fresh id is the caller's to give). */
    sources::SourceConfig source() const;
    QString token() const;

    QComboBox* kindComboBox() const { return m_kind; }
    QLineEdit* nameLineEdit() const { return m_name; }
    QPlainTextEdit* repositoriesEdit() const { return m_repositories; }
    QLineEdit* addressLineEdit() const { return m_address; }
    QLineEdit* tokenLineEdit() const { return m_token; }

private:
    void updateForm();
    void validate();

    QComboBox* m_kind;
    QLineEdit* m_name;
    QPlainTextEdit* m_repositories;
    QLabel* m_repositoriesLabel;
    QLineEdit* m_address;
    QLabel* m_addressLabel;
    QLineEdit* m_apiUser;
    QLabel* m_apiUserLabel;
    QLineEdit* m_token;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace rapport::ui
