// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PeoplePrompts.h"

#include <QComboBox>
#include <QCompleter>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace rapport::ui {

bool DialogPeoplePrompts::editPerson(QWidget* parent, model::Person* person,
                                     const PersonDialog::Suggestions& suggestions,
                                     const PersonDialog::Validator& validator)
{
    PersonDialog dialog(*person, suggestions, validator, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *person = dialog.person();
    return true;
}

bool DialogPeoplePrompts::askText(QWidget* parent, const QString& title, const QString& label,
                                  const QStringList& suggestions, QString* value)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextValue(*value);
    if (!suggestions.isEmpty()) {
        dialog.setComboBoxEditable(true);
        dialog.setComboBoxItems(suggestions);
        dialog.setTextValue(*value);
        // Type to find among many values.
        if (auto* combo = dialog.findChild<QComboBox*>()) {
            combo->completer()->setFilterMode(Qt::MatchContains);
            combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        }
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *value = dialog.textValue().trimmed();
    return true;
}

bool DialogPeoplePrompts::confirmDelete(QWidget* parent, const QString& what, qint64 count)
{
    QMessageBox box(QMessageBox::Question, count == 1 ? tr("Delete Person") : tr("Delete People"),
                    tr("Delete %1?").arg(what), QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Their identities, tags, rewards and activities go with them. "
                              "You can undo this."));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void DialogPeoplePrompts::showError(QWidget* parent, const QString& message)
{
    QMessageBox::warning(parent, tr("People"), message);
}

} // namespace rapport::ui
