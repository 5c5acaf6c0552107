// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/NpsQuery.h"
#include "core/engine/NpsResult.h"
#include "ui/SessionEngine.h"
#include "ui/dashboard/DashboardContext.h"
#include "ui/dashboard/DashboardView.h"

#include <QPointer>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QSplitter;

namespace rapport::engine {
class ParallelFor;
}

namespace rapport::ui {

class ProjectSession;
class SatisfactionCharts;
class SatisfactionCommentPanel;

/**
 * The satisfaction view: NPS with its 95 % margin of error, the promoter / passive /
 * detractor split and CSAT (engine::Nps over the snapshot's survey responses), over time (per
 * month), per campaign or per audience (the "By" choice).
 *
 * Filters: the date range bounds when the responses were submitted, the audience filter keeps
 * the responses of its people (anonymous ones then drop out), the campaign filter keeps the
 * responses to that campaign's surveys. Responses have no channel, so the channel filter does
 * not apply (the view says so). Per audience, every audience of the project is a group,
 * resolved on the snapshot as the global audience filter is.
 *
 * Clicking a point, interval or bar segment opens the comment panel beside the charts: the
 * free-text answers of exactly the responses counted there (read from the project), and a
 * button listing their respondents in the People area (drillDown); anonymous responses are
 * counted, not listed. Double-clicking drills down at once. The headline figures open the
 * panel for all responses.
 */
class SatisfactionView : public DashboardView
{
    Q_OBJECT

public:
    enum class By
    {
        Time,
        Campaign,
        Audience
    };

    explicit SatisfactionView(QWidget* parent = nullptr);
    ~SatisfactionView() override;

    /** The project the comments and audiences are read from (nullptr: none). */
    void setSession(ProjectSession* session) override;

    QString title() const override;
    void recompute(const DashboardContext& context) override;
    std::vector<engine::Provenance> provenance() const override;
    QWidget* imageWidget() override;
    QList<QStringList> table() const override;

    By by() const { return m_by; }
    /** Shows the figures by `by` (emits parametersChanged()). */
    void setBy(By by);

    /** What was computed last, and the group labels as shown. */
    const engine::NpsQuery& query() const { return m_query; }
    const engine::NpsResult& result() const { return m_result; }
    const QStringList& groupLabels() const { return m_labels; }
    /** Audiences that could not be used per audience, with why. */
    const QStringList& refusedAudiences() const { return m_audiences.refused; }

    /** Opens the comment panel on the responses of result group `group` (−1: all) in segment. */
    void showResponses(int group, engine::NpsSegment segment);
    /** Emits drillDown with the respondents of result group `group` (−1: all) in segment. */
    void drillDownTo(int group, engine::NpsSegment segment);
    /** "Promoters · Mar 2025" */
    QString selectionTitle(int group, engine::NpsSegment segment) const;

    QComboBox* byComboBox() const { return m_byCombo; }
    QLabel* headlineLabel() const { return m_headline; }
    QLabel* noteLabel() const { return m_note; }
    QChartView* npsChartView() const { return m_npsView; }
    QChartView* splitChartView() const { return m_splitView; }
    QChartView* csatChartView() const { return m_csatView; }
    SatisfactionCharts* charts() const { return m_charts; }
    SatisfactionCommentPanel* commentPanel() const { return m_panel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /** The project's audiences resolved on a snapshot, kept until it or the project changes. */
    struct Audiences
    {
        const void* data = nullptr;
        std::vector<std::pair<std::string, engine::PersonFilter>> list;
        QStringList refused;
    };
    void resolveAudiences(const DashboardContext& context);
    void showCharts();
    void updateHeadline();
    void updateNote();
    const engine::ParallelFor& parallel();
    /** Which group a selection meant, to find it again after a recompute. */
    struct Selection
    {
        std::optional<engine::NpsGroup> group; // nullopt: all responses
        engine::NpsSegment segment = engine::NpsSegment::Answered;
    };
    int findGroup(const engine::NpsGroup& group) const;

    QPointer<ProjectSession> m_session;
    By m_by = By::Time;
    SessionEngine::Data m_data;
    const engine::ParallelFor* m_parallel = nullptr;
    std::unique_ptr<engine::ParallelFor> m_ownParallel;
    DashboardFilters m_filters;
    engine::NpsQuery m_query;
    engine::NpsResult m_result;
    QStringList m_labels;
    Audiences m_audiences;
    std::optional<Selection> m_selection;

    QComboBox* m_byCombo;
    QLabel* m_headline;
    QLabel* m_note;
    QWidget* m_chartsWidget;
    QChartView* m_npsView;
    QChartView* m_splitView;
    QChartView* m_csatView;
    SatisfactionCharts* m_charts;
    SatisfactionCommentPanel* m_panel;
    QSplitter* m_splitter;
};

} // namespace rapport::ui
