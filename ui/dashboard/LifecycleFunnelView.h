// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FunnelDefinition.h"
#include "ui/ProjectSession.h" // SessionEngine.h needs it complete (QPointer<ProjectSession>)
#include "ui/SessionEngine.h"
#include "ui/dashboard/DashboardView.h"

#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace rapport::engine {
class LevelCache;
}

namespace rapport::ui {

class FunnelFigures;
class FunnelFiguresPanel;
class LifecycleStepsDialog;
class ProjectSession;
struct DashboardContext;

/**
 * The lifecycle funnel: in audience → reached → activated → satisfied → advocate.
 *
 * "In audience" is everyone the dashboard counts (its audience filter); the other steps are a
 * funnel (engine::Funnel) whose step definitions the project keeps (FunnelRepository:
 * FunnelDefinition::defaultLifecycle() until edited through "Edit steps…", an undoable
 * change). Conversion is measured from the audience: overall = n_k / n_audience, step =
 * n_k / n_(k−1); the median time to convert is counted from the reached step. The headline
 * leads with the people activated, satisfied and advocating; reach is the context. A
 * breakdown (audience, country, role, company, source, level, campaign) draws the largest
 * groups side by side. Clicking any bar or step lists its people (drillDown).
 */
class LifecycleFunnelView : public DashboardView
{
    Q_OBJECT

public:
    explicit LifecycleFunnelView(ProjectSession* session = nullptr, QWidget* parent = nullptr);
    ~LifecycleFunnelView() override;

    /** The project whose lifecycle definition is used and edited (nullptr: the defaults,
     *  not stored). */
    void setSession(ProjectSession* session) override;
    const model::FunnelDefinition& definition() const { return m_definition; }

    QString title() const override;
    void recompute(const DashboardContext& context) override;
    std::vector<engine::Provenance> provenance() const override;
    QWidget* imageWidget() override;
    QList<QStringList> table() const override;

    /** Opens the step editor (non-modal; applied when accepted). */
    LifecycleStepsDialog* editSteps();
    const FunnelFigures& figures() const { return *m_figures; }

    QComboBox* breakdownComboBox() const { return m_breakdownComboBox; }
    QPushButton* editButton() const { return m_editButton; }
    FunnelFiguresPanel* panel() const { return m_panel; }
    QLabel* activatedLabel() const { return m_activatedLabel; }
    QLabel* satisfiedLabel() const { return m_satisfiedLabel; }
    QLabel* advocatesLabel() const { return m_advocatesLabel; }
    QLabel* reachLabel() const { return m_reachLabel; }

private:
    void readDefinition();
    void apply(const model::FunnelDefinition& definition);
    void showHeadline();

    QPointer<ProjectSession> m_session;
    model::FunnelDefinition m_definition;
    std::unique_ptr<FunnelFigures> m_figures;
    std::unique_ptr<engine::LevelCache> m_levels;
    SessionEngine::Data m_data; ///< of the last recompute: the step editor's choices
    QString m_error;
    QLabel* m_activatedLabel;
    QLabel* m_satisfiedLabel;
    QLabel* m_advocatesLabel;
    QLabel* m_reachLabel;
    QComboBox* m_breakdownComboBox;
    QPushButton* m_editButton;
    FunnelFiguresPanel* m_panel;
    QPointer<LifecycleStepsDialog> m_dialog;
};

} // namespace rapport::ui
