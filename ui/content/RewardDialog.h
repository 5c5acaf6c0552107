// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Reward.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace rapport::ui {

class PersonSearchWidget;

/** Edits one reward: who received it, what and how much, when, why, and for which piece
 *  or campaign. OK is refused with the reason while the reward is not valid. */
class RewardDialog : public QDialog
{
    Q_OBJECT

public:
    RewardDialog(QSqlDatabase db, const model::Reward& reward, const QString& personName,
                 QWidget* parent = nullptr);

    /** The reward as edited (meta as given). */
    model::Reward reward() const;

    PersonSearchWidget* personSearch() const { return m_person; }
    QComboBox* kindCombo() const { return m_kind; }
    QDoubleSpinBox* valueSpin() const { return m_value; }
    QLineEdit* currencyEdit() const { return m_currency; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QComboBox* pieceCombo() const { return m_piece; }
    QComboBox* campaignCombo() const { return m_campaign; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    void updateFields();

    model::Reward m_reward;
    PersonSearchWidget* m_person;
    QComboBox* m_kind;
    QDoubleSpinBox* m_value;
    QLineEdit* m_currency;
    QDateEdit* m_date;
    QLineEdit* m_reason;
    QComboBox* m_piece;
    QComboBox* m_campaign;
    QLabel* m_error;
};

} // namespace rapport::ui
