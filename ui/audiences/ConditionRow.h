// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Audience.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace rapport::ui {

/** What the condition editors offer to choose from (taken from the loaded project). */
struct ConditionChoices
{
    QHash<QString, QStringList> attributeValues; // field (country, role, …, tag) → values
    QStringList activityTypes;
    QList<std::pair<model::Uuid, QString>> campaigns; // id, name
};

/**
 * One condition of an audience rule as a row of widgets, e.g.
 * [Activity ▾] [attended ▾] [at least ▾] [2] times in the last [90 days] of [any campaign ▾] [×].
 * The widgets shown follow the condition's kind.
 */
class ConditionRow : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionRow(QWidget* parent = nullptr);

    void setChoices(const ConditionChoices& choices);
    void setCondition(const model::AudienceCondition& condition);
    model::AudienceCondition condition() const { return m_condition; }
    void setEditable(bool editable);

    /** A condition of kind as a new row starts: one that reads sensibly and is valid or
     *  needs only a value. */
    static model::AudienceCondition defaultCondition(model::AudienceCondition::Kind kind);
    /** A name for kind in the kind menu. */
    static QString kindText(model::AudienceCondition::Kind kind);

    QComboBox* kindCombo() const { return m_kindCombo; }
    QComboBox* fieldCombo() const { return m_fieldCombo; }
    QComboBox* opCombo() const { return m_opCombo; }
    QLineEdit* valueEdit() const { return m_valueEdit; }
    QComboBox* choiceCombo() const { return m_choiceCombo; }
    QComboBox* typeCombo() const { return m_typeCombo; }
    QSpinBox* countSpin() const { return m_countSpin; }
    QSpinBox* daysSpin() const { return m_daysSpin; }
    QComboBox* campaignCombo() const { return m_campaignCombo; }
    QToolButton* removeButton() const { return m_removeButton; }

signals:
    /** The condition changed; finished is false while a value is being typed. aspect names
     *  what changed ("value", "count", …) so that edits of one field can merge. */
    void edited(bool finished, const QString& aspect);
    void removeRequested();

private:
    void showCondition();
    void fillOps();
    void fillChoices();
    void fillValueCompletions();
    void update(const QString& aspect, bool finished = true);

    model::AudienceCondition m_condition;
    ConditionChoices m_choices;
    bool m_showing = false;
    QComboBox* m_kindCombo;
    QComboBox* m_fieldCombo;
    QComboBox* m_opCombo;
    QLineEdit* m_valueEdit;
    QComboBox* m_choiceCombo; // internal yes/no, levels, NPS categories
    QComboBox* m_typeCombo;
    QSpinBox* m_countSpin;
    QLabel* m_timesLabel;
    QSpinBox* m_daysSpin;
    QLabel* m_ofLabel;
    QComboBox* m_campaignCombo;
    QToolButton* m_removeButton;
};

} // namespace rapport::ui
