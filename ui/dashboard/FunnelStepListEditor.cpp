// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/FunnelStepListEditor.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

FunnelStepListEditor::FunnelStepListEditor(QWidget* parent)
    : QWidget(parent), m_rowsLayout(new QVBoxLayout),
      m_addButton(new QPushButton(tr("Add step"), this))
{
    m_addButton->setObjectName(QStringLiteral("addStepButton"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    auto* add = new QHBoxLayout;
    add->addWidget(m_addButton);
    add->addStretch(1);
    layout->addLayout(add);
    connect(m_addButton, &QPushButton::clicked, this, &FunnelStepListEditor::addStep);
}

void FunnelStepListEditor::setChoices(const FunnelStepChoices& choices)
{
    m_choices = choices;
    for (const Row& row : m_rows)
        row.editor->setChoices(choices);
}

void FunnelStepListEditor::setSteps(const QList<model::FunnelStepDefinition>& steps)
{
    m_steps = steps;
    rebuild();
}

QList<model::FunnelStepDefinition> FunnelStepListEditor::steps() const
{
    return m_steps;
}

FunnelStepEditor* FunnelStepListEditor::editor(int step) const
{
    return step >= 0 && step < m_rows.size() ? m_rows[step].editor : nullptr;
}

QPushButton* FunnelStepListEditor::rowButton(int step, const QString& which) const
{
    if (step < 0 || step >= m_rows.size())
        return nullptr;
    return m_rows[step].widget->findChild<QPushButton*>(which);
}

void FunnelStepListEditor::addStep()
{
    if (m_steps.size() >= model::FunnelDefinition::kMaxSteps)
        return;
    model::FunnelStepDefinition step;
    if (!m_steps.isEmpty())
        step.types = m_steps.last().types;
    m_steps.append(step);
    rebuild();
    emit changed();
}

void FunnelStepListEditor::removeStep(int step)
{
    if (m_steps.size() <= 1 || step < 0 || step >= m_steps.size())
        return;
    m_steps.removeAt(step);
    rebuild();
    emit changed();
}

void FunnelStepListEditor::moveStep(int step, int by)
{
    const int to = step + by;
    if (step < 0 || step >= m_steps.size() || to < 0 || to >= m_steps.size())
        return;
    m_steps.move(step, to);
    rebuild();
    emit changed();
}

void FunnelStepListEditor::rebuild()
{
    for (const Row& row : m_rows) { // later: a row's own button may be what asked for this
        row.widget->hide();
        m_rowsLayout->removeWidget(row.widget);
        row.widget->deleteLater();
    }
    m_rows.clear();
    for (int s = 0; s < m_steps.size(); ++s) {
        auto* widget = new QWidget(this);
        auto* layout = new QHBoxLayout(widget);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(tr("%1.").arg(s + 1), widget));
        auto* editor = new FunnelStepEditor({}, widget);
        editor->setChoices(m_choices);
        editor->setStep(m_steps[s]);
        layout->addWidget(editor, 1);
        auto button = [&](const QString& name, const QString& icon, const QString& tip,
                          bool enabled) {
            auto* b = new QPushButton(QIcon::fromTheme(icon), QString(), widget);
            if (b->icon().isNull()) // no such icon in the theme, none of our own
                b->setText(name == u"up"     ? QStringLiteral("▲")
                           : name == u"down" ? QStringLiteral("▼")
                                             : QStringLiteral("✕"));
            b->setObjectName(name);
            b->setToolTip(tip);
            b->setEnabled(enabled);
            b->setFlat(true);
            layout->addWidget(b);
            return b;
        };
        connect(button(QStringLiteral("up"), QStringLiteral("go-up"), tr("Move up"), s > 0),
                &QPushButton::clicked, this, [this, s] { moveStep(s, -1); });
        connect(button(QStringLiteral("down"), QStringLiteral("go-down"), tr("Move down"),
                       s + 1 < m_steps.size()),
                &QPushButton::clicked, this, [this, s] { moveStep(s, 1); });
        connect(button(QStringLiteral("remove"), QStringLiteral("list-remove"), tr("Remove step"),
                       m_steps.size() > 1),
                &QPushButton::clicked, this, [this, s] { removeStep(s); });
        connect(editor, &FunnelStepEditor::changed, this, [this, s, editor] {
            m_steps[s] = editor->step();
            emit changed();
        });
        m_rowsLayout->addWidget(widget);
        m_rows.append({widget, editor});
    }
    m_addButton->setEnabled(m_steps.size() < model::FunnelDefinition::kMaxSteps);
}

} // namespace rapport::ui
