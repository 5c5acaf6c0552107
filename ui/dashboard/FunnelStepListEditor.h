// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FunnelDefinition.h"
#include "ui/dashboard/FunnelStepEditor.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace rapport::ui {

/**
 * Any number of ordered funnel steps (1 to 16): one FunnelStepEditor per step, each with
 * buttons to move it up or down or remove it, and "Add step".
 */
class FunnelStepListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelStepListEditor(QWidget* parent = nullptr);

    void setChoices(const FunnelStepChoices& choices);
    void setSteps(const QList<model::FunnelStepDefinition>& steps);
    QList<model::FunnelStepDefinition> steps() const;

    int count() const { return int(m_rows.size()); }
    FunnelStepEditor* editor(int step) const;
    QPushButton* addButton() const { return m_addButton; }
    /** The row's buttons: "up", "down", "remove". */
    QPushButton* rowButton(int step, const QString& which) const;

    void addStep();
    void removeStep(int step);
    void moveStep(int step, int by);

signals:
    void changed();

private:
    struct Row
    {
        QWidget* widget;
        FunnelStepEditor* editor;
    };
    void rebuild();

    FunnelStepChoices m_choices;
    QList<model::FunnelStepDefinition> m_steps;
    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_addButton;
};

} // namespace rapport::ui
