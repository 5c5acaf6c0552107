// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/NpsResult.h"
#include "core/engine/Provenance.h"
#include "core/model/FunnelDefinition.h"
#include "ui/report/ReportOptions.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace rapport::report {

/** A headline figure for the period beside the previous period of the same length. */
struct Kpi
{
    enum class Id { ActivePeople, Attended, Contributors, Nps, Csat, Advocates, ContentReach };
    enum class Significance { NotApplicable, Significant, WithinMargin };
    Kpi() = default;
    explicit Kpi(Id kpi) : id(kpi) {}
    Id id = Id::ActivePeople;
    std::optional<double> value;
    std::optional<double> previous;
    std::optional<double> margin;         ///< NPS: 95 % margin of error of value
    std::optional<double> previousMargin; ///< and of previous
    std::uint64_t sample = 0;             ///< NPS/CSAT: responses behind value
    Significance significance = Significance::NotApplicable;
};

struct GoalRow
{
    QString metric;   ///< as stored: an activity type, "nps", "csat", "advocates", "reach"
    QString campaign; ///< campaign name; empty for a project goal
    double target = 0;
    QDate start;
    QDate end;
    std::optional<double> value;
    std::optional<double> fraction;
};

struct FunnelStepRow
{
    /** The step as the project defines it: named with model::funnelStepName when drawn,
     *  its activity types, and its campaigns and channels (keys; names below). */
    model::FunnelStepDefinition step;
    QStringList campaignNames; ///< the step's campaigns by name (none: any campaign)
    QStringList channelNames;  ///< the step's channels by name (none: any channel)
    std::uint64_t persons = 0;
    double overallRate = 0; ///< ÷ people in the audience
    double stepRate = 0;    ///< ÷ previous step
    std::optional<std::int64_t> medianSeconds;
};

struct NpsPoint
{
    QString label; ///< "2026-03"
    QDate month;
    engine::NpsFigures figures;
};

struct CampaignRow
{
    QString name;
    QString kind;
    QDate starts;
    QDate ends;
    std::uint64_t reached = 0;
    std::uint64_t registered = 0;
    std::uint64_t attended = 0;
    std::optional<double> nps;
    std::uint64_t npsResponses = 0;
    qint64 budgetMinor = 0;
    QString currency;
    std::optional<double> costPerAttendee; ///< minor units
};

struct ReachRow
{
    QString label; ///< series name, author name, or "Author 3" without personal data
    std::uint64_t pieces = 0;
    std::int64_t views = 0;
    std::int64_t onwardClicks = 0;
};

struct CohortRow
{
    QString label;
    QDate month;
    std::uint64_t size = 0;
    std::vector<std::uint64_t> retained;
};

/** How one figure was computed, for the methodology page. */
struct MethodEntry
{
    const char* title = nullptr;      ///< QT_TRANSLATE_NOOP("Report", …)
    const char* definition = nullptr; ///< QT_TRANSLATE_NOOP("Report", …)
    engine::Provenance provenance;    ///< the engine's own account (parameters, filters)
    /** The definition is written from ReportData::lifecycle when drawn (definition: null). */
    bool lifecycleFunnel = false;
};

/** The data a report was computed from, so two readers can tell whether they saw the same. */
struct ReportSnapshot
{
    QDateTime takenAt;   ///< when the figures were computed (UTC)
    QDateTime fileTime;  ///< the project file's last modification (UTC)
    QString contentHash; ///< BLAKE2b-256 (hex) of the people, activities, responses and content read
    std::uint64_t people = 0;
    std::uint64_t activities = 0;
    std::uint64_t responses = 0;
};

/** Everything an executive report shows, computed once (ReportBuilder) and drawn (ReportDocument). */
struct ReportData
{
    QString projectName;
    ReportOptions options;
    QDate previousFrom;
    QDate previousTo;
    QString audienceName;            ///< empty: everyone
    std::uint64_t audiencePeople = 0; ///< people counted (after the audience filter)
    ReportSnapshot snapshot;

    std::vector<Kpi> kpis;
    QList<GoalRow> goals;

    /** The project's lifecycle funnel (FunnelRepository::lifecycle(), as the dashboard's). */
    model::FunnelDefinition lifecycle;
    std::vector<FunnelStepRow> funnel; ///< the steps after "in audience"

    engine::NpsFigures npsPeriod;
    std::vector<NpsPoint> npsTrend; ///< the 12 months ending with the period's month

    std::array<std::uint64_t, 4> levelsAtStart{};
    std::array<std::uint64_t, 4> levelsAtEnd{};
    std::uint64_t promoted = 0;
    std::uint64_t demoted = 0;
    std::array<std::array<std::uint64_t, 4>, 4> transitions{};

    QList<CampaignRow> campaigns; ///< campaigns overlapping the period, best outcome first
    int campaignsInPeriod = 0;

    QList<ReachRow> authors; ///< most views in the period first
    QList<ReachRow> series;
    std::int64_t contentViews = 0; ///< views gained by all pieces in the period
    std::int64_t contentOnwardClicks = 0;
    std::uint64_t contentPieces = 0;
    std::uint64_t authorCount = 0;

    QList<CohortRow> cohorts; ///< monthly cohorts, the last 12 up to the period's end
    int retentionPeriods = 6;

    std::vector<MethodEntry> methods;

    /** Wall-clock milliseconds of each group of queries, for the benchmark. */
    std::vector<std::pair<const char*, double>> queryMs;
};

} // namespace rapport::report
