// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FunnelDefinition.h"
#include "core/model/Uuid.h"
#include "ui/ProjectSession.h" // SessionEngine.h needs it complete (QPointer<ProjectSession>)
#include "ui/SessionEngine.h"
#include "ui/dashboard/DashboardView.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;
class QSpinBox;

namespace rapport::engine {
class LevelCache;
}

namespace rapport::ui {

class FunnelFigures;
class FunnelFiguresPanel;
class FunnelStepListEditor;
struct DashboardContext;

/**
 * The funnel builder: any ordered steps (activity types, optionally a campaign and a
 * channel each), the conversion window, the mode (ordered, strict, any order), a date range
 * bounding step 1 (the dashboard's range unless the funnel has dates of its own) and a
 * breakdown, computed by engine::Funnel under the dashboard's filters. Funnels are saved in
 * the project (FunnelRepository) by name: save, save as, rename and delete are undoable.
 * Every change asks the dashboard to recompute (parametersChanged); clicking a bar or step
 * lists its people (drillDown).
 */
class FunnelBuilderView : public DashboardView
{
    Q_OBJECT

public:
    /** Asks for a name (title, current name); nullopt when cancelled. */
    using NamePrompt =
        std::function<std::optional<QString>(const QString& title, const QString& current)>;
    /** Asks whether to go ahead (the question); false when cancelled. */
    using Confirm = std::function<bool(const QString& question)>;

    explicit FunnelBuilderView(ProjectSession* session = nullptr, QWidget* parent = nullptr);
    ~FunnelBuilderView() override;

    /** The project whose saved funnels are listed and saved to (nullptr: none). */
    void setSession(ProjectSession* session) override;
    /** Replace the dialogs that ask for names and confirmations (tests, scripting). */
    void setPrompts(NamePrompt name, Confirm confirm);

    QString title() const override;
    void recompute(const DashboardContext& context) override;
    std::vector<engine::Provenance> provenance() const override;
    QWidget* imageWidget() override;
    QList<QStringList> table() const override;

    /** The funnel as edited now. */
    const model::FunnelDefinition& definition() const { return m_definition; }
    void setDefinition(const model::FunnelDefinition& definition);
    /** The saved funnel being edited (null: a new one). */
    const model::Uuid& savedId() const { return m_savedId; }
    /** Opens a saved funnel (its id), or starts a new one (a null id). */
    void openSaved(const model::Uuid& id);
    const FunnelFigures& figures() const { return *m_figures; }

    // Actions (the buttons' slots); false when refused or cancelled, with a message shown.
    bool save();
    bool saveAs();
    bool rename();
    bool remove();
    /** The last refusal shown (e.g. a duplicate name). */
    const QString& lastMessage() const { return m_lastMessage; }

    QComboBox* savedComboBox() const { return m_savedComboBox; }
    QPushButton* saveButton() const { return m_saveButton; }
    QPushButton* saveAsButton() const { return m_saveAsButton; }
    QPushButton* renameButton() const { return m_renameButton; }
    QPushButton* deleteButton() const { return m_deleteButton; }
    FunnelStepListEditor* stepsEditor() const { return m_stepsEditor; }
    QSpinBox* windowSpinBox() const { return m_windowSpinBox; }
    QComboBox* windowUnitComboBox() const { return m_windowUnitComboBox; }
    QComboBox* modeComboBox() const { return m_modeComboBox; }
    QCheckBox* ownDatesCheckBox() const { return m_ownDatesCheckBox; }
    QDateEdit* fromDateEdit() const { return m_fromDateEdit; }
    QDateEdit* toDateEdit() const { return m_toDateEdit; }
    QComboBox* breakdownComboBox() const { return m_breakdownComboBox; }
    FunnelFiguresPanel* panel() const { return m_panel; }

private:
    void readSaved();
    void showDefinition();
    void readWidgets();
    void updateButtons();
    bool store(const QString& undoText, const model::Uuid& id,
               const std::function<storage::StoreResult()>& action);
    void complain(const QString& message);

    QPointer<ProjectSession> m_session;
    model::FunnelDefinition m_definition;
    model::Uuid m_savedId;
    std::optional<model::FunnelDefinition> m_savedDefinition; ///< as stored, for "modified"
    SessionEngine::Data m_data;
    std::unique_ptr<FunnelFigures> m_figures;
    std::unique_ptr<engine::LevelCache> m_levels;
    QString m_error;
    QString m_lastMessage;
    NamePrompt m_askName;
    Confirm m_confirm;
    bool m_showing = false; ///< widgets are being filled: their signals change nothing

    QComboBox* m_savedComboBox;
    QPushButton* m_saveButton;
    QPushButton* m_saveAsButton;
    QPushButton* m_renameButton;
    QPushButton* m_deleteButton;
    FunnelStepListEditor* m_stepsEditor;
    QSpinBox* m_windowSpinBox;
    QComboBox* m_windowUnitComboBox;
    QComboBox* m_modeComboBox;
    QCheckBox* m_ownDatesCheckBox;
    QDateEdit* m_fromDateEdit;
    QDateEdit* m_toDateEdit;
    QComboBox* m_breakdownComboBox;
    FunnelFiguresPanel* m_panel;
};

} // namespace rapport::ui
