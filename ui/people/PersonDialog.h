// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Person.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rapport::ui {

/**
 * Adds or edits one person: name, identities (any number, of any kind), company, role,
 * country, time zone, tags, join date, source, internal, marketing consent and notes.
 * OK checks the record (model::validate plus the caller's checks, such as an identity that
 * belongs to someone else) and says what is wrong next to the buttons instead of closing.
 */
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    /** Extra checks; returns the problems, or none. */
    using Validator = std::function<QStringList(const model::Person&)>;
    struct Suggestions
    {
        QStringList companies;
        QStringList roles;
        QStringList countries;
        QStringList tags;
    };

    explicit PersonDialog(const model::Person& person, const Suggestions& suggestions = {},
                          Validator validator = {}, QWidget* parent = nullptr);
    ~PersonDialog() override;

    /** The person as edited (meta as given). */
    model::Person person() const;
    /** The problems shown by the last OK, one per line; empty if none. */
    QString problems() const;

    QLineEdit* nameLineEdit() const { return m_name; }
    QLineEdit* companyLineEdit() const { return m_company; }
    QLineEdit* roleLineEdit() const { return m_role; }
    QLineEdit* countryLineEdit() const { return m_country; }
    QLineEdit* tagsLineEdit() const { return m_tags; }
    QPushButton* addIdentityButton() const { return m_addIdentity; }
    /** The value field of identity row i (rows added by addIdentityButton). */
    QLineEdit* identityLineEdit(int row) const;
    QComboBox* identityKindComboBox(int row) const;
    int identityRowCount() const { return int(m_identityRows.size()); }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

    void accept() override;

private:
    struct IdentityRow
    {
        QComboBox* kind;
        QLineEdit* value;
        QPushButton* remove;
    };
    void addIdentityRow(const model::Identity& identity);
    void removeIdentityRow(QPushButton* button);

    model::Person m_original;
    Validator m_validator;
    QLineEdit* m_name;
    QGridLayout* m_identityGrid;
    std::vector<IdentityRow> m_identityRows;
    QPushButton* m_addIdentity;
    QLineEdit* m_company;
    QLineEdit* m_role;
    QLineEdit* m_country;
    QComboBox* m_timezone;
    QLineEdit* m_tags;
    QCheckBox* m_hasJoined;
    QDateEdit* m_joined;
    QLineEdit* m_source;
    QCheckBox* m_internal;
    QCheckBox* m_consent;
    QDateEdit* m_consentDate;
    QPlainTextEdit* m_notes;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace rapport::ui
