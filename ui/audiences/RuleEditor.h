// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Audience.h"
#include "ui/audiences/ConditionRow.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace rapport::ui {

/**
 * An audience rule: "People who match [all ▾] of these conditions", one ConditionRow per
 * condition, a button to add one, and what is wrong with the rule, if anything.
 */
class RuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleEditor(QWidget* parent = nullptr);

    /** Shows rule; rows are rebuilt only if it differs from the rule shown. */
    void setRule(const model::AudienceRule& rule);
    model::AudienceRule rule() const { return m_rule; }
    void setChoices(const ConditionChoices& choices);
    void setEditable(bool editable);
    /** What keeps the rule shown from being saved, one line per problem; empty if nothing. */
    QString problems() const;

    void addCondition(model::AudienceCondition::Kind kind);

    QComboBox* matchCombo() const { return m_matchCombo; }
    QToolButton* addButton() const { return m_addButton; }
    QLabel* problemLabel() const { return m_problemLabel; }
    const QList<ConditionRow*>& rows() const { return m_rows; }

signals:
    /** The rule changed. finished is false while a value is being typed; undoText holds %1
     *  for the audience's name; edits with the same non-empty mergeKey may merge. */
    void edited(bool finished, const QString& undoText, const QString& mergeKey);
    /** Rows were added, removed or rebuilt. */
    void rowsChanged();

private:
    void rebuildRows();
    ConditionRow* makeRow(const model::AudienceCondition& condition);
    void rowEdited(ConditionRow* row, bool finished, const QString& aspect);
    void removeRow(ConditionRow* row);
    void showProblems();

    model::AudienceRule m_rule;
    ConditionChoices m_choices;
    bool m_editable = true;
    QComboBox* m_matchCombo;
    QVBoxLayout* m_rowsLayout;
    QList<ConditionRow*> m_rows;
    QToolButton* m_addButton;
    QLabel* m_emptyLabel;
    QLabel* m_problemLabel;
};

} // namespace rapport::ui
