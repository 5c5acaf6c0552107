// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/people/PersonDialog.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace rapport::ui {

/**
 * The questions the People area asks: the person dialog, a value for a bulk edit, the
 * confirmation before deleting. DialogPeoplePrompts shows dialogs; tests script answers.
 */
class PeoplePrompts
{
public:
    virtual ~PeoplePrompts() = default;

    /** Lets the user edit *person (new when its id is null); false if cancelled. */
    virtual bool editPerson(QWidget* parent, model::Person* person,
                            const PersonDialog::Suggestions& suggestions,
                            const PersonDialog::Validator& validator) = 0;
    /** Asks for one value (a tag, a company …), offering suggestions; false if cancelled. */
    virtual bool askText(QWidget* parent, const QString& title, const QString& label,
                         const QStringList& suggestions, QString* value) = 0;
    /** Asks before deleting `what` ("Ana López" or "12 people"). */
    virtual bool confirmDelete(QWidget* parent, const QString& what, qint64 count) = 0;
    virtual void showError(QWidget* parent, const QString& message) = 0;
};

/** The prompts as dialogs over the window. */
class DialogPeoplePrompts final : public PeoplePrompts
{
    Q_DECLARE_TR_FUNCTIONS(DialogPeoplePrompts)

public:
    bool editPerson(QWidget* parent, model::Person* person,
                    const PersonDialog::Suggestions& suggestions,
                    const PersonDialog::Validator& validator) override;
    bool askText(QWidget* parent, const QString& title, const QString& label,
                 const QStringList& suggestions, QString* value) override;
    bool confirmDelete(QWidget* parent, const QString& what, qint64 count) override;
    void showError(QWidget* parent, const QString& message) override;
};

} // namespace rapport::ui
