// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/LifecycleStepsDialog.h"

#include "ui/dashboard/FunnelStepEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::ui {

QStringList LifecycleStepsDialog::stepNames()
{
    QStringList names;
    for (const model::FunnelStepDefinition& step : model::FunnelDefinition::defaultLifecycle().steps)
        names.append(model::funnelStepName(step));
    return names;
}

LifecycleStepsDialog::LifecycleStepsDialog(const model::FunnelDefinition& definition,
                                           const FunnelStepChoices& choices, QWidget* parent)
    : QDialog(parent), m_definition(definition), m_windowSpinBox(new QSpinBox(this)),
      m_modeComboBox(new QComboBox(this)),
      m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                           QDialogButtonBox::RestoreDefaults,
                                       this))
{
    setWindowTitle(tr("Lifecycle steps"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A person counts for a step with an activity of any of its types "
                                "(and of its campaign or channel, when one is chosen), in order, "
                                "within the window after being reached."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QStringList names = stepNames();
    for (qsizetype s = 0; s < std::max<qsizetype>(names.size(), definition.steps.size()); ++s) {
        // A step the user named (a definition stored by another tool) keeps its name.
        const QString label = definition.steps.value(s).label;
        const QString title = !label.isEmpty() ? model::funnelStepName(definition.steps[s])
                                               : names.value(s, tr("Step %1").arg(s + 1));
        auto* editor = new FunnelStepEditor(title, this);
        editor->setChoices(choices);
        m_editors.append(editor);
        layout->addWidget(editor);
    }
    auto* form = new QFormLayout;
    m_windowSpinBox->setRange(0, 3650);
    m_windowSpinBox->setSuffix(tr(" days"));
    form->addRow(tr("Window:"), m_windowSpinBox);
    m_modeComboBox->addItem(tr("Ordered"), int(model::FunnelDefinition::Mode::Ordered));
    m_modeComboBox->addItem(tr("Strict (nothing in between)"),
                            int(model::FunnelDefinition::Mode::Strict));
    m_modeComboBox->addItem(tr("Any order"), int(model::FunnelDefinition::Mode::Unordered));
    form->addRow(tr("Order:"), m_modeComboBox);
    layout->addLayout(form);
    layout->addWidget(m_buttonBox);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { load(model::FunnelDefinition::defaultLifecycle()); });
    load(definition);
}

void LifecycleStepsDialog::load(const model::FunnelDefinition& definition)
{
    m_definition = definition;
    for (qsizetype s = 0; s < m_editors.size(); ++s)
        m_editors[s]->setStep(definition.steps.value(s));
    m_windowSpinBox->setValue(int(definition.windowSeconds / 86400));
    m_modeComboBox->setCurrentIndex(m_modeComboBox->findData(int(definition.mode)));
}

model::FunnelDefinition LifecycleStepsDialog::definition() const
{
    model::FunnelDefinition d = m_definition;
    const model::FunnelDefinition defaults = model::FunnelDefinition::defaultLifecycle();
    d.steps.clear();
    for (qsizetype s = 0; s < m_editors.size(); ++s) {
        model::FunnelStepDefinition step = m_editors[s]->step();
        // The step's identity ("reached", not shown) or the name the user gave it.
        step.label = m_definition.steps.value(s).label;
        if (step.label.isEmpty())
            step.label = defaults.steps.value(s).label;
        d.steps.append(step);
    }
    // A window in whole days: keep the stored seconds unless the days were changed.
    if (m_windowSpinBox->value() != int(m_definition.windowSeconds / 86400))
        d.windowSeconds = qint64(m_windowSpinBox->value()) * 86400;
    d.mode = model::FunnelDefinition::Mode(m_modeComboBox->currentData().toInt());
    return d;
}

} // namespace rapport::ui
