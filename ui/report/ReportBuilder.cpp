// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportBuilder.h"

#include "core/engine/ContentLoop.h"
#include "core/engine/Engagement.h"
#include "core/engine/Funnel.h"
#include "core/engine/Goals.h"
#include "core/engine/GroupBy.h"
#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Retention.h"
#include "core/model/Campaign.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/FunnelDefinitionQuery.h"
#include "core/storage/FunnelRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace rapport::report {

namespace {

/** A clock for the repositories, which only read here. */
class FixedClock final : public model::Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

std::int64_t dayStart(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

engine::DateRange days(const QDate& from, const QDate& to)
{
    return {dayStart(from), dayStart(to.addDays(1))};
}

QDate dateOf(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date();
}

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::report::ReportBuilder", text);
}

std::optional<std::int32_t> typeKey(const engine::Store& store, const char* name)
{
    const auto key = store.types().keyNamed(name);
    return key ? std::optional<std::int32_t>(std::int32_t(*key)) : std::optional<std::int32_t>(-1);
}

Kpi::Significance npsSignificance(const engine::NpsFigures& now, const engine::NpsFigures& before)
{
    if (!now.nps || !before.nps || !now.moe95 || !before.moe95)
        return Kpi::Significance::NotApplicable;
    // Two independent samples: the difference is significant at 95 % when it exceeds
    // 1.96 standard errors of the difference, √(se₁² + se₂²), with se = moe / 1.96.
    const double combined = std::sqrt(*now.moe95 * *now.moe95 + *before.moe95 * *before.moe95);
    return std::abs(*now.nps - *before.nps) > combined ? Kpi::Significance::Significant
                                                       : Kpi::Significance::WithinMargin;
}

} // namespace

ReportBuilder::ReportBuilder(QSqlDatabase db, const storage::EngineData& data, const engine::ContentLoop& content,
                             const engine::ParallelFor& parallel)
    : m_db(std::move(db)), m_data(data), m_content(content), m_parallel(parallel)
{
}

std::optional<ReportData> ReportBuilder::build(const ReportOptions& options, const QString& projectName,
                                               const QDateTime& now, QString* error) const
{
    const engine::Store& store = m_data.store;
    ReportData r;
    r.projectName = projectName;
    r.options = options;
    const qint64 length = options.from.daysTo(options.to) + 1;
    if (!options.from.isValid() || !options.to.isValid() || length < 1) {
        if (error)
            *error = tr("the period is empty: %1 is after %2")
                         .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate));
        return std::nullopt;
    }
    r.previousTo = options.from.addDays(-1);
    r.previousFrom = options.from.addDays(-length);
    const engine::DateRange period = days(options.from, options.to);
    const engine::DateRange previous = days(r.previousFrom, r.previousTo);

    engine::PersonFilter people;
    if (!options.audience.trimmed().isEmpty()) {
        QString audienceError;
        auto filter = storage::EngineLoader(m_db).audienceFilter(options.audience.trimmed(), store, &audienceError,
                                                                 &m_data.responses, period.to - 1);
        if (!filter) {
            if (error)
                *error = audienceError;
            return std::nullopt;
        }
        people = std::move(*filter);
        r.audienceName = options.audience.trimmed();
    }
    r.audiencePeople = people.isEmpty() ? store.personCount() : people.compile(store).count();

    QElapsedTimer timer;
    timer.start();
    auto phase = [&](const char* name) {
        r.queryMs.emplace_back(name, double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
    };
    try {
        // --- headline -------------------------------------------------------------------
        const auto attended = typeKey(store, "attended");
        const auto contributed = typeKey(store, "contributed");
        // One pass per period: people by activity type; the total counts each person once.
        engine::GroupByQuery byType;
        byType.people = people;
        byType.dimensions = {{engine::GroupByDimension::Kind::ActivityType, {}}};
        byType.dateRange = period;
        const engine::GroupByResult typesNow = engine::GroupBy::compute(store, byType, m_parallel);
        byType.dateRange = previous;
        const engine::GroupByResult typesBefore = engine::GroupBy::compute(store, byType, m_parallel);
        auto personsOf = [](const engine::GroupByResult& result, std::int32_t type) {
            for (const engine::GroupByRow& row : result.rows)
                if (row.keys[0] == type)
                    return double(row.persons);
            return 0.0;
        };
        const engine::Provenance& activeProvenance = typesNow.provenance;
        Kpi active{Kpi::Id::ActivePeople};
        active.value = double(typesNow.totalPersons);
        active.previous = double(typesBefore.totalPersons);
        Kpi attendedKpi{Kpi::Id::Attended};
        attendedKpi.value = personsOf(typesNow, *attended);
        attendedKpi.previous = personsOf(typesBefore, *attended);
        Kpi contributors{Kpi::Id::Contributors};
        contributors.value = personsOf(typesNow, *contributed);
        contributors.previous = personsOf(typesBefore, *contributed);
        phase("counts");
        r.methods.push_back({QT_TRANSLATE_NOOP("Report", "Active people, attended, contributors"),
                             QT_TRANSLATE_NOOP("Report",
                                               "Distinct people with at least one activity (of any type; of type "
                                               "“attended”; of type “contributed”) dated in the period. A merged "
                                               "person counts once, as the person they were merged into."),
                             activeProvenance});

        engine::NpsQuery npsQuery;
        npsQuery.dateRange = period;
        npsQuery.people = people;
        const engine::NpsResult npsNow = engine::Nps::compute(store, m_data.responses, npsQuery, m_parallel);
        npsQuery.dateRange = previous;
        const engine::NpsResult npsBefore = engine::Nps::compute(store, m_data.responses, npsQuery, m_parallel);
        r.npsPeriod = npsNow.total;
        Kpi nps{Kpi::Id::Nps};
        nps.value = npsNow.total.nps;
        nps.previous = npsBefore.total.nps;
        nps.margin = npsNow.total.moe95;
        nps.previousMargin = npsBefore.total.moe95;
        nps.sample = npsNow.total.responses;
        nps.significance = npsSignificance(npsNow.total, npsBefore.total);
        Kpi csat{Kpi::Id::Csat};
        csat.value = npsNow.total.csat;
        csat.previous = npsBefore.total.csat;
        csat.sample = npsNow.total.csatResponses;
        r.methods.push_back({QT_TRANSLATE_NOOP("Report", "NPS and CSAT"),
                             QT_TRANSLATE_NOOP("Report",
                                               "NPS = 100 × (promoters − detractors) ÷ answers to the 0–10 "
                                               "question, promoters 9–10, detractors 0–6; margin of error (95 %) "
                                               "= 1.96 × 100 × √((p + d − (p − d)²) ÷ n). A change is significant "
                                               "when it exceeds √(m₁² + m₂²) of the two margins. CSAT = share of "
                                               "4 and 5 answers on the 1–5 scale. Responses dated in the period."),
                             npsNow.provenance});

        phase("nps");
        engine::EngagementQuery levels;
        levels.people = people;
        const engine::LevelChanges changes =
            engine::Engagement::changes(store, levels, period.from - 1, period.to - 1, m_parallel);
        r.transitions = changes.transitions;
        r.promoted = changes.promoted;
        r.demoted = changes.demoted;
        for (int from = 0; from < 4; ++from)
            for (int to = 0; to < 4; ++to) {
                r.levelsAtStart[from] += changes.transitions[from][to];
                r.levelsAtEnd[to] += changes.transitions[from][to];
            }
        Kpi advocates{Kpi::Id::Advocates};
        advocates.value = double(r.levelsAtEnd[3]);
        advocates.previous = double(r.levelsAtStart[3]);
        r.methods.push_back(
            {QT_TRANSLATE_NOOP("Report", "Engagement levels"),
             QT_TRANSLATE_NOOP("Report",
                               "Score = Σ weight(type) × 0.5^(age ÷ 90 days) over a person's activities up to "
                               "the moment measured; Observer below 2, Participant from 2, Contributor from 15, "
                               "Advocate from 50. Weights: spoke 10, contributed 8, authored 8, referred 5, "
                               "attended 3, posted 2, shared 2, commented 1, registered 1, responded 1, starred "
                               "0.5. Measured at the end of the previous period and at the end of this one."),
             changes.provenance});

        phase("levels");
        Kpi reach{Kpi::Id::ContentReach};
        const engine::ContentReachResult reachNow = m_content.reach(engine::ContentLoop::ReachBy::Piece, period);
        const engine::ContentReachResult reachBefore =
            m_content.reach(engine::ContentLoop::ReachBy::Piece, previous);
        reach.value = double(reachNow.total.views);
        reach.previous = double(reachBefore.total.views);
        r.kpis = {active, attendedKpi, contributors, nps, csat, advocates, reach};

        phase("headline");
        // --- goals ----------------------------------------------------------------------
        const FixedClock clock(now);
        storage::CampaignRepository campaigns(m_db, clock);
        const QList<model::Campaign> campaignList = campaigns.list();
        QHash<model::Uuid, const model::Campaign*> campaignById;
        for (const model::Campaign& c : campaignList)
            campaignById.insert(c.meta.id, &c);
        QList<GoalRow> goalRows;
        QList<bool> projectWide;
        std::vector<engine::Goal> engineGoals;
        std::vector<qsizetype> engineRows; // goalRows index of each engine goal
        for (const model::Goal& goal : campaigns.goals()) {
            if (goal.periodEnd.isValid() && goal.periodEnd < options.from)
                continue;
            if (goal.periodStart.isValid() && goal.periodStart > options.to)
                continue;
            GoalRow row;
            row.metric = goal.metric;
            row.target = goal.target;
            row.start = goal.periodStart;
            row.end = goal.periodEnd;
            engine::Goal g;
            g.metric = goal.metric.toStdString();
            g.target = goal.target;
            if (goal.periodStart.isValid())
                g.period.from = dayStart(goal.periodStart);
            if (goal.periodEnd.isValid())
                g.period.to = dayStart(goal.periodEnd.addDays(1));
            if (!goal.campaign.isNull()) {
                const model::Campaign* c = campaignById.value(goal.campaign);
                row.campaign = c ? c->name : QString();
                g.campaign = c ? campaigns.keyOf(goal.campaign) : -1;
            }
            if (goal.metric == u"advocates") {
                // As of the period's end (the levels measured above): the store's level
                // column belongs to the session, and a report speaks of its period.
                row.value = double(r.levelsAtEnd[3]);
                if (goal.target != 0)
                    row.fraction = *row.value / goal.target;
            } else {
                engineGoals.push_back(g);
                engineRows.push_back(goalRows.size());
            }
            goalRows << row;
            projectWide << goal.campaign.isNull();
        }
        // Every activity-type goal in one pass over the activities.
        const std::vector<engine::GoalProgress> progress =
            engine::Goals::progressAll(engineGoals, store, &m_data.responses, &m_content, m_parallel);
        for (std::size_t i = 0; i < progress.size(); ++i) {
            goalRows[engineRows[i]].value = progress[i].value;
            goalRows[engineRows[i]].fraction = progress[i].fraction;
        }
        for (int pass = 0; pass < 2; ++pass) // the project's goals first, then the campaigns'
            for (qsizetype i = 0; i < goalRows.size(); ++i)
                if (projectWide[i] == (pass == 0))
                    r.goals << goalRows[i];
        r.methods.push_back({QT_TRANSLATE_NOOP("Report", "Goals"),
                             QT_TRANSLATE_NOOP("Report",
                                               "Each goal whose period overlaps the report's, measured over the "
                                               "goal's own period for the whole project (a campaign's goal: that "
                                               "campaign's activities and survey responses): an activity type "
                                               "counts distinct people; nps and csat as above; reach = views "
                                               "gained by all pieces; advocates = people at the Advocate level "
                                               "at the end of the report's period. Goals are not filtered by "
                                               "audience."),
                             {}});

        phase("goals");
        // --- lifecycle funnel -----------------------------------------------------------
        // The project's definition, as the dashboard computes it (the same conversion).
        r.lifecycle = storage::FunnelRepository(m_db, clock).lifecycle();
        r.lifecycle.breakdown.clear(); // the report shows the totals
        const engine::FunnelQuery funnel = storage::funnelDefinitionQuery(r.lifecycle, store, {people, period, {}});
        const engine::FunnelResult funnelResult = engine::Funnel::compute(store, funnel, m_parallel);
        QHash<qint64, QString> campaignNames;
        for (const model::Campaign& c : campaignList)
            campaignNames.insert(campaigns.keyOf(c.meta.id), c.name);
        QHash<qint64, QString> channelNames;
        QSqlQuery channelQuery(m_db);
        if (channelQuery.exec(QStringLiteral("SELECT key, name FROM channels")))
            while (channelQuery.next())
                channelNames.insert(channelQuery.value(0).toLongLong(), channelQuery.value(1).toString());
        for (qsizetype i = 0; i < r.lifecycle.steps.size(); ++i) {
            FunnelStepRow row;
            row.step = r.lifecycle.steps[i];
            for (qint64 key : row.step.campaigns)
                row.campaignNames << campaignNames.value(key, QString::number(key));
            for (qint64 key : row.step.channels)
                row.channelNames << channelNames.value(key, QString::number(key));
            if (std::size_t(i) < funnelResult.steps.size()) {
                const engine::FunnelStep& s = funnelResult.steps[std::size_t(i)];
                row.persons = s.persons;
                row.medianSeconds = s.medianSeconds;
            }
            row.overallRate = r.audiencePeople ? double(row.persons) / double(r.audiencePeople) : 0.0;
            const std::uint64_t before = i == 0 ? r.audiencePeople : r.funnel.back().persons;
            row.stepRate = before ? double(row.persons) / double(before) : 0.0;
            r.funnel.push_back(row);
        }
        // The definition is written from r.lifecycle when drawn.
        r.methods.push_back({QT_TRANSLATE_NOOP("Report", "Lifecycle funnel"), nullptr, funnelResult.provenance, true});

        phase("funnel");
        // --- satisfaction trend ---------------------------------------------------------
        const QDate lastMonth(options.to.year(), options.to.month(), 1);
        const QDate firstMonth = lastMonth.addMonths(-11);
        engine::NpsQuery trend;
        trend.dateRange = {dayStart(firstMonth), period.to};
        trend.people = people;
        trend.breakdown.kind = engine::NpsBreakdown::Kind::Period;
        trend.breakdown.period = engine::CalendarPeriod::Kind::Month;
        const engine::NpsResult trendResult = engine::Nps::compute(store, m_data.responses, trend, m_parallel);
        for (QDate month = firstMonth; month <= lastMonth; month = month.addMonths(1)) {
            NpsPoint point;
            point.month = month;
            point.label = month.toString(QStringLiteral("yyyy-MM"));
            for (const engine::NpsGroup& g : trendResult.groups)
                if (dateOf(g.key) == month)
                    point.figures = g.figures;
            r.npsTrend.push_back(point);
        }

        phase("nps trend");
        // --- campaigns ------------------------------------------------------------------
        engine::GroupByQuery byCampaign;
        byCampaign.people = people;
        byCampaign.dimensions = {{engine::GroupByDimension::Kind::Campaign, {}}};
        const engine::GroupByResult reached = engine::GroupBy::compute(store, byCampaign, m_parallel);
        byCampaign.dimensions.push_back({engine::GroupByDimension::Kind::ActivityType, {}});
        const engine::GroupByResult campaignTypes = engine::GroupBy::compute(store, byCampaign, m_parallel);
        engine::NpsQuery campaignNps;
        campaignNps.people = people;
        campaignNps.breakdown.kind = engine::NpsBreakdown::Kind::Campaign;
        const engine::NpsResult npsByCampaign =
            engine::Nps::compute(store, m_data.responses, campaignNps, m_parallel);
        const std::int64_t registeredKey = *typeKey(store, "registered");
        for (const model::Campaign& c : campaignList) {
            if (!c.starts.isValid() || c.starts > options.to || (c.ends.isValid() && c.ends < options.from))
                continue;
            if (c.status == model::CampaignStatus::Cancelled)
                continue;
            CampaignRow row;
            row.name = c.name;
            row.kind = model::campaignKindName(c.kind);
            row.starts = c.starts;
            row.ends = c.ends;
            const std::int64_t key = campaigns.keyOf(c.meta.id);
            for (const engine::GroupByRow& g : reached.rows)
                if (g.keys[0] == key)
                    row.reached = g.persons;
            for (const engine::GroupByRow& g : campaignTypes.rows) {
                if (g.keys[0] != key)
                    continue;
                if (g.keys[1] == registeredKey)
                    row.registered = g.persons;
                else if (attended && g.keys[1] == *attended)
                    row.attended = g.persons;
            }
            for (const engine::NpsGroup& g : npsByCampaign.groups)
                if (g.key == key) {
                    row.nps = g.figures.nps;
                    row.npsResponses = g.figures.responses;
                }
            row.budgetMinor = c.budget.minorUnits;
            row.currency = c.budget.currency;
            if (row.attended > 0 && c.budget.minorUnits > 0)
                row.costPerAttendee = double(c.budget.minorUnits) / double(row.attended);
            r.campaigns << row;
        }
        r.campaignsInPeriod = int(r.campaigns.size());
        std::stable_sort(r.campaigns.begin(), r.campaigns.end(), [](const CampaignRow& a, const CampaignRow& b) {
            return a.attended != b.attended ? a.attended > b.attended : a.reached > b.reached;
        });
        r.methods.push_back({QT_TRANSLATE_NOOP("Report", "Campaigns"),
                             QT_TRANSLATE_NOOP("Report",
                                               "Campaigns running in the period (not cancelled), over all their "
                                               "activities: reached = distinct people with any activity of the "
                                               "campaign, registered and attended = with a “registered” or "
                                               "“attended” activity of it; NPS of the responses to its surveys; "
                                               "cost per attendee = budget ÷ attended (as in the Campaigns "
                                               "area). Ranked by attendance."),
                             campaignTypes.provenance});

        phase("campaigns");
        // --- content --------------------------------------------------------------------
        const engine::ContentReachResult byAuthor = m_content.reach(engine::ContentLoop::ReachBy::Author, period);
        const engine::ContentReachResult bySeries = m_content.reach(engine::ContentLoop::ReachBy::Series, period);
        r.contentViews = byAuthor.total.views;
        r.contentOnwardClicks = byAuthor.total.onwardClicks;
        r.contentPieces = reachNow.rows.size();
        r.authorCount = byAuthor.rows.size();
        auto ranked = [](std::vector<engine::ContentReach> rows) {
            std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
                return a.metrics.views != b.metrics.views ? a.metrics.views > b.metrics.views : a.key < b.key;
            });
            return rows;
        };
        const auto authors = ranked(byAuthor.rows);
        QSqlQuery name(m_db);
        int rank = 0;
        for (const engine::ContentReach& a : authors) {
            if (rank == 10)
                break;
            ReachRow row;
            ++rank;
            if (options.includePersonalData) {
                name.prepare(QStringLiteral("SELECT display_name FROM people WHERE key = ?"));
                name.addBindValue(qint64(a.key));
                if (name.exec() && name.next())
                    row.label = name.value(0).toString();
            }
            if (row.label.isEmpty())
                row.label = QString::number(rank); // drawn as "Author N"
            row.pieces = a.pieces;
            row.views = a.metrics.views;
            row.onwardClicks = a.metrics.onwardClicks;
            r.authors << row;
        }
        QHash<qint64, QString> seriesNames;
        QSqlQuery seriesQuery(m_db);
        if (seriesQuery.exec(QStringLiteral("SELECT key, name FROM series")))
            while (seriesQuery.next())
                seriesNames.insert(seriesQuery.value(0).toLongLong(), seriesQuery.value(1).toString());
        for (const engine::ContentReach& s : ranked(bySeries.rows)) {
            if (r.series.size() == 10)
                break;
            r.series << ReachRow{seriesNames.value(s.key, QString::number(s.key)), s.pieces, s.metrics.views,
                                 s.metrics.onwardClicks};
        }
        r.methods.push_back({QT_TRANSLATE_NOOP("Report", "Content reach"),
                             QT_TRANSLATE_NOOP("Report",
                                               "Views gained in the period: per piece, the totals of its last "
                                               "metric snapshot before the period's end minus those before its "
                                               "start, summed over its distributions. An author's reach sums "
                                               "their pieces (a piece with two authors counts fully for each); a "
                                               "series' its pieces. Onward clicks are readers sent on to another "
                                               "piece. Content is not filtered by audience."),
                             byAuthor.provenance});

        phase("content");
        // --- retention ------------------------------------------------------------------
        engine::RetentionQuery retention;
        retention.period = engine::CalendarPeriod::Kind::Month;
        retention.periods = r.retentionPeriods;
        retention.dateRange.to = period.to;
        retention.people = people;
        const engine::RetentionResult cohorts = engine::Retention::compute(store, retention, m_parallel);
        const std::size_t first = cohorts.cohorts.size() > 12 ? cohorts.cohorts.size() - 12 : 0;
        for (std::size_t i = first; i < cohorts.cohorts.size(); ++i) {
            const engine::RetentionCohort& c = cohorts.cohorts[i];
            r.cohorts << CohortRow{QString::fromStdString(c.label), dateOf(c.start), c.size, c.retained};
        }
        r.methods.push_back({QT_TRANSLATE_NOOP("Report", "Cohort retention"),
                             QT_TRANSLATE_NOOP("Report",
                                               "A person's cohort is the calendar month (UTC) of their first "
                                               "activity up to the period's end; they are retained in month k "
                                               "when any activity falls in the cohort's month + k (month 0: "
                                               "another activity after the first). The last 12 cohorts."),
                             cohorts.provenance});
        phase("retention");
    } catch (const std::exception& e) {
        if (error)
            *error = tr("the report could not be computed: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return r;
}

} // namespace rapport::report
