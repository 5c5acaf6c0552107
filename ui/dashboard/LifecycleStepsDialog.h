// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FunnelDefinition.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QSpinBox;

namespace rapport::ui {

class FunnelStepEditor;
struct FunnelStepChoices;

/**
 * Edits what defines each lifecycle step (reached, activated, satisfied, advocate: the
 * activity types, and optionally a campaign and a channel), the window within which a person
 * goes from reached to a later step, and the mode. "Restore defaults" puts back
 * FunnelDefinition::defaultLifecycle().
 */
class LifecycleStepsDialog : public QDialog
{
    Q_OBJECT

public:
    LifecycleStepsDialog(const model::FunnelDefinition& definition,
                         const FunnelStepChoices& choices, QWidget* parent = nullptr);

    model::FunnelDefinition definition() const;
    /** The lifecycle's step names, translated: Reached, Activated, Satisfied, Advocate. */
    static QStringList stepNames();

    FunnelStepEditor* stepEditor(int step) const { return m_editors.value(step); }
    QSpinBox* windowSpinBox() const { return m_windowSpinBox; }
    QComboBox* modeComboBox() const { return m_modeComboBox; }
    QDialogButtonBox* buttonBox() const { return m_buttonBox; }

private:
    void load(const model::FunnelDefinition& definition);

    model::FunnelDefinition m_definition;
    QList<FunnelStepEditor*> m_editors;
    QSpinBox* m_windowSpinBox;
    QComboBox* m_modeComboBox;
    QDialogButtonBox* m_buttonBox;
};

} // namespace rapport::ui
