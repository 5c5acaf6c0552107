// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiences/RuleEditor.h"

#include "core/model/Validation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

using Kind = model::AudienceCondition::Kind;

RuleEditor::RuleEditor(QWidget* parent)
    : QWidget(parent), m_matchCombo(new QComboBox), m_rowsLayout(new QVBoxLayout),
      m_addButton(new QToolButton), m_emptyLabel(new QLabel), m_problemLabel(new QLabel)
{
    m_matchCombo->setObjectName(QStringLiteral("matchCombo"));
    m_matchCombo->addItem(tr("all"), int(model::AudienceRule::Match::All));
    m_matchCombo->addItem(tr("any"), int(model::AudienceRule::Match::Any));
    auto* matchLayout = new QHBoxLayout;
    matchLayout->addWidget(new QLabel(tr("People who match")));
    matchLayout->addWidget(m_matchCombo);
    matchLayout->addWidget(new QLabel(tr("of these conditions:")));
    matchLayout->addStretch();

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel->setText(tr("No conditions yet: add one."));
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_rowsLayout->addWidget(m_emptyLabel);

    m_addButton->setObjectName(QStringLiteral("addConditionButton"));
    m_addButton->setText(tr("Add condition"));
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_addButton->setToolTip(
        tr("Add a condition on an attribute; the arrow offers the other kinds"));
    auto* addMenu = new QMenu(m_addButton);
    for (const Kind kind : {Kind::Attribute, Kind::Behaviour, Kind::Level, Kind::NpsCategory})
        addMenu->addAction(ConditionRow::kindText(kind), this,
                           [this, kind] { addCondition(kind); });
    m_addButton->setMenu(addMenu);
    connect(m_addButton, &QToolButton::clicked, this, [this] { addCondition(Kind::Attribute); });

    m_problemLabel->setObjectName(QStringLiteral("ruleProblemLabel"));
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1a));
    m_problemLabel->setPalette(warning);
    m_problemLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(matchLayout);
    layout->addLayout(m_rowsLayout);
    auto* addLayout = new QHBoxLayout;
    addLayout->addWidget(m_addButton);
    addLayout->addStretch();
    layout->addLayout(addLayout);
    layout->addWidget(m_problemLabel);

    connect(m_matchCombo, &QComboBox::activated, this, [this] {
        const auto match = model::AudienceRule::Match(m_matchCombo->currentData().toInt());
        if (match == m_rule.match)
            return;
        m_rule.match = match;
        showProblems();
        emit edited(true,
                    match == model::AudienceRule::Match::All ? tr("Match all conditions of “%1”")
                                                             : tr("Match any condition of “%1”"),
                    {});
    });
}

void RuleEditor::setRule(const model::AudienceRule& rule)
{
    if (rule == m_rule && m_rows.size() == rule.conditions.size())
        return;
    m_rule = rule;
    rebuildRows();
}

void RuleEditor::setChoices(const ConditionChoices& choices)
{
    m_choices = choices;
    for (ConditionRow* row : std::as_const(m_rows))
        row->setChoices(choices);
}

void RuleEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_matchCombo->setEnabled(editable);
    m_addButton->setEnabled(editable);
    for (ConditionRow* row : std::as_const(m_rows))
        row->setEditable(editable);
}

QString RuleEditor::problems() const
{
    model::Audience audience;
    audience.name = QStringLiteral("rule");
    audience.rule = m_rule;
    QStringList lines;
    for (const model::ValidationError& error : model::validate(audience))
        lines << error.message;
    return lines.join(u'\n');
}

void RuleEditor::addCondition(Kind kind)
{
    if (!m_editable)
        return;
    const model::AudienceCondition condition = ConditionRow::defaultCondition(kind);
    m_rule.conditions.append(condition);
    ConditionRow* row = makeRow(condition);
    showProblems();
    emit rowsChanged();
    // An attribute needs its value before the rule can be saved: start typing it.
    if (kind == Kind::Attribute)
        row->valueEdit()->setFocus();
    emit edited(true, tr("Add a condition to “%1”"), {});
}

ConditionRow* RuleEditor::makeRow(const model::AudienceCondition& condition)
{
    auto* row = new ConditionRow;
    row->setChoices(m_choices);
    row->setCondition(condition);
    row->setEditable(m_editable);
    connect(row, &ConditionRow::edited, this, [this, row](bool finished, const QString& aspect) {
        rowEdited(row, finished, aspect);
    });
    connect(row, &ConditionRow::removeRequested, this, [this, row] { removeRow(row); });
    m_rows.append(row);
    m_rowsLayout->addWidget(row);
    m_emptyLabel->hide();
    return row;
}

void RuleEditor::rebuildRows()
{
    // Later: this may run while a row's signal is being delivered.
    for (ConditionRow* row : std::as_const(m_rows)) {
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
    m_matchCombo->setCurrentIndex(m_matchCombo->findData(int(m_rule.match)));
    for (const model::AudienceCondition& condition : std::as_const(m_rule.conditions))
        makeRow(condition);
    m_emptyLabel->setVisible(m_rows.isEmpty());
    showProblems();
    emit rowsChanged();
}

void RuleEditor::rowEdited(ConditionRow* row, bool finished, const QString& aspect)
{
    const qsizetype index = m_rows.indexOf(row);
    if (index < 0)
        return;
    m_rule.conditions[index] = row->condition();
    showProblems();
    emit edited(finished, tr("Change a condition of “%1”"),
                aspect.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(index).arg(aspect));
}

void RuleEditor::removeRow(ConditionRow* row)
{
    const qsizetype index = m_rows.indexOf(row);
    if (index < 0 || !m_editable)
        return;
    m_rows.removeAt(index);
    m_rule.conditions.removeAt(index);
    row->deleteLater();
    row->hide();
    m_emptyLabel->setVisible(m_rows.isEmpty());
    showProblems();
    emit rowsChanged();
    emit edited(true, tr("Remove a condition from “%1”"), {});
}

void RuleEditor::showProblems()
{
    const QString text = problems();
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
}

} // namespace rapport::ui
