// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/GoalsView.h"

#include "core/engine/Behaviour.h"
#include "core/engine/Engagement.h"
#include "core/engine/ParallelFor.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ContentLoopReader.h"
#include "ui/ProjectSession.h"
#include "ui/dashboard/DashboardContext.h"
#include "ui/dashboard/GoalBarsWidget.h"

#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rapport::ui {

namespace {

constexpr auto kAdvocates = "advocates";

std::int64_t dayStart(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

bool overlaps(const engine::DateRange& a, const engine::DateRange& b)
{
    return a.from < b.to && b.from < a.to;
}

bool isPeopleMetric(const std::string& metric)
{
    return metric != "nps" && metric != "csat" && metric != "reach";
}

/** The activity type a goal metric names, as engine::Goals resolves it. */
std::optional<std::int64_t> typeOf(const engine::Store& store, const std::string& metric)
{
    std::optional<std::int64_t> type = store.types().keyNamed(metric);
    for (std::uint32_t code = 0; !type && code < store.types().size(); ++code)
        if (store.types().name(store.types().key(code)) == metric)
            type = store.types().key(code);
    return type;
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

GoalsView::GoalsView(QWidget* parent)
    : DashboardView(parent), m_bars(new GoalBarsWidget), m_note(new QLabel)
{
    setObjectName(QStringLiteral("goalsView"));
    m_bars->setEmptyText(tr("No goals for these dates. Goals are set in Channels & goals or "
                            "with a campaign."));
    m_note->setObjectName(QStringLiteral("goalsNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setContentsMargins(12, 0, 12, 8);
    connect(m_bars, &GoalBarsWidget::rowActivated, this, &GoalsView::drill);

    auto* scroll = new QScrollArea;
    scroll->setWidget(m_bars);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_note);
}

GoalsView::~GoalsView() = default;

QString GoalsView::title() const
{
    return tr("Goals");
}

void GoalsView::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ProjectSession::contentChanged, this, &GoalsView::readGoals);
    readGoals();
}

void GoalsView::readGoals()
{
    m_goals.clear();
    if (m_session) {
        const QSqlDatabase db = m_session->file().database();
        const storage::CampaignRepository campaigns(db, m_session->file().clock());
        QHash<model::Uuid, std::pair<QString, qint64>> campaignOf;
        for (const model::Campaign& c : campaigns.list())
            campaignOf.insert(c.meta.id, {c.name, campaigns.keyOf(c.meta.id)});
        for (const model::Goal& goal : campaigns.goals()) {
            Stored stored{goal, {}, 0};
            if (!goal.campaign.isNull()) {
                const auto it = campaignOf.constFind(goal.campaign);
                stored.campaignName =
                    it != campaignOf.cend() ? it->first : tr("(deleted campaign)");
                stored.campaignKey = it != campaignOf.cend() ? it->second : -1;
            }
            m_goals.push_back(std::move(stored));
        }
        // Project-wide goals first, then by period.
        std::stable_sort(m_goals.begin(), m_goals.end(), [](const Stored& a, const Stored& b) {
            if (a.goal.campaign.isNull() != b.goal.campaign.isNull())
                return a.goal.campaign.isNull();
            return a.goal.periodStart < b.goal.periodStart;
        });
    }
    // Reach is counted from the content's metric snapshots, not from activities.
    m_content.reset();
    const bool countsReach = std::any_of(m_goals.begin(), m_goals.end(), [](const Stored& s) {
        return s.goal.metric == QLatin1String("reach");
    });
    if (m_session && countsReach)
        m_content.emplace(storage::readContentLoopData(m_session->file().database()));
    ++m_goalsVersion;
    emit parametersChanged();
}

engine::Goal GoalsView::engineGoal(const model::Goal& goal, qint64 campaignKey)
{
    engine::Goal g;
    g.metric = goal.metric.toStdString();
    g.target = goal.target;
    if (goal.periodStart.isValid())
        g.period.from = dayStart(goal.periodStart);
    if (goal.periodEnd.isValid())
        g.period.to = dayStart(goal.periodEnd.addDays(1));
    g.campaign = campaignKey;
    return g;
}

QString GoalsView::metricName(const QString& metric)
{
    if (metric == QLatin1String("nps"))
        return tr("NPS");
    if (metric == QLatin1String("csat"))
        return tr("CSAT");
    if (metric == QLatin1String("advocates"))
        return tr("Advocates");
    if (metric == QLatin1String("reach"))
        return tr("Reach");
    QString name = metric;
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

void GoalsView::computeAll(const DashboardContext& context)
{
    const engine::ParallelFor fallback(1);
    const engine::ParallelFor& parallel = context.parallel ? *context.parallel : fallback;
    const engine::Store& store = context.store();
    std::vector<engine::Goal> queries;
    for (const Stored& stored : m_goals)
        queries.push_back(engineGoal(stored.goal, stored.campaignKey));
    // Every goal in one pass over the activities.
    m_progress =
        engine::Goals::progressAll(queries, store, &context.data->responses,
                                     m_content ? &*m_content : nullptr, parallel);
    m_levels.clear();
    for (std::size_t i = 0; i < queries.size(); ++i) {
        if (queries[i].metric != kAdvocates)
            continue;
        // The snapshot is shared and read-only, so its level column is not written: score
        // the levels here (the cache rescores only blocks that changed) and count.
        if (m_levels.empty()) {
            engine::EngagementQuery levels;
            levels.asOf = context.asOf;
            engine::EngagementResult r =
                engine::Engagement::compute(store, levels, parallel, m_levelCache);
            m_levels = std::move(r.levelByRow);
            m_levelsProvenance = r.provenance;
        }
        std::uint64_t n = 0;
        store.countedPeople().forEach([&](std::size_t row) {
            n += m_levels[row] == std::uint8_t(engine::EngagementLevel::Advocate);
        });
        engine::GoalProgress& p = m_progress[i];
        p.value = double(n);
        p.fraction =
            queries[i].target != 0 ? std::optional(*p.value / queries[i].target) : std::nullopt;
        p.provenance = m_levelsProvenance;
        p.provenance.definition =
            "People at the Advocate engagement level as of the data's time. " +
            m_levelsProvenance.definition;
        p.provenance.parameters.emplace_back("goal", queries[i].metric + " ≥ " +
                                                         std::to_string(queries[i].target));
        p.provenance.parameters.emplace_back("goal period", queries[i].period.describe());
        p.provenance.snapshotId = store.snapshotId();
    }
    m_computedFor = {context.data.get(), m_goalsVersion, context.asOf};
}

void GoalsView::recompute(const DashboardContext& context)
{
    m_data = context.data;
    m_parallel = context.parallel;
    m_asOf = context.asOf;
    // The figures depend on the data and the goals only: a filter change just lists others.
    if (m_computedFor != Computed{context.data.get(), m_goalsVersion, context.asOf})
        computeAll(context);
    m_shown.clear();
    const std::optional<qint64> campaign =
        context.activities.campaigns.empty() ? std::nullopt
                                             : std::optional(context.activities.campaigns.front());
    for (std::size_t i = 0; i < m_goals.size(); ++i) {
        const Stored& stored = m_goals[i];
        Shown s{stored.goal, stored.campaignName, engineGoal(stored.goal, stored.campaignKey),
                m_progress[i], false};
        if (!overlaps(s.query.period, context.range) ||
            (campaign && stored.campaignKey != *campaign))
            continue;
        s.countsPeople = isPeopleMetric(s.query.metric);
        s.progress.provenance.filters.push_back(
            "listed: the goal's period overlaps the dashboard's dates " + context.range.describe());
        if (campaign)
            s.progress.provenance.filters.push_back("listed: a goal of the chosen campaign");
        m_shown.push_back(std::move(s));
    }

    QList<GoalBarsWidget::Row> rows;
    for (const Shown& s : m_shown) {
        GoalBarsWidget::Row row;
        row.label = tr("%1 ≥ %2").arg(
            metricName(s.goal.metric),
            number(s.goal.target, s.goal.metric == QLatin1String("csat") ? 2 : 0));
        row.detail = (s.campaignName.isEmpty() ? tr("Whole project") : s.campaignName) +
                     QStringLiteral(" · ") + periodText(s.goal);
        row.figure = figureText(s);
        row.fraction = s.progress.fraction;
        row.drillable = s.countsPeople && s.progress.value.value_or(0) > 0;
        rows << row;
    }
    m_bars->setRows(rows);

    QString note = tr("Goals count the whole community: the audience and channel filters do not "
                      "change them. Listed: goals whose period overlaps the dates chosen");
    note += campaign ? tr(", of the chosen campaign.") : tr(".");
    m_note->setText(note);
}

QString GoalsView::periodText(const model::Goal& goal) const
{
    const QLocale locale;
    const QString from = goal.periodStart.isValid()
                             ? locale.toString(goal.periodStart, QLocale::ShortFormat)
                             : tr("any time");
    const QString to = goal.periodEnd.isValid()
                           ? locale.toString(goal.periodEnd, QLocale::ShortFormat)
                           : tr("any time");
    return tr("%1 – %2").arg(from, to);
}

QString GoalsView::figureText(const Shown& s) const
{
    const engine::GoalProgress& p = s.progress;
    const QString percent = p.fraction ? tr(" · %1 %").arg(number(*p.fraction * 100)) : QString();
    if (!p.value) {
        if (s.goal.metric == QLatin1String("reach"))
            return tr("No content figures yet");
        return tr("No answers in the period yet");
    }
    if (s.goal.metric == QLatin1String("nps"))
        return tr("NPS %1 (target %2)").arg(number(*p.value, 1), number(p.target)) + percent;
    if (s.goal.metric == QLatin1String("csat"))
        return tr("%1 % satisfied (target %2 %)")
                   .arg(number(*p.value * 100, 1), number(p.target * 100)) +
               percent;
    if (s.goal.metric == QLatin1String("reach"))
        return tr("%1 of %2 views").arg(number(*p.value), number(p.target)) + percent;
    return tr("%1 of %2 people").arg(number(*p.value), number(p.target)) + percent;
}

QList<qint64> GoalsView::peopleOf(int row) const
{
    QList<qint64> keys;
    if (row < 0 || size_t(row) >= m_shown.size() || !m_data || !m_shown[size_t(row)].countsPeople)
        return keys;
    const Shown& s = m_shown[size_t(row)];
    const engine::Store& store = m_data->store;
    if (s.query.metric == kAdvocates) {
        store.countedPeople().forEach([&](std::size_t r) {
            if (r < m_levels.size() &&
                m_levels[r] == std::uint8_t(engine::EngagementLevel::Advocate))
                keys << store.key(std::uint32_t(r));
        });
    } else if (const std::optional<std::int64_t> type = typeOf(store, s.query.metric)) {
        engine::BehaviourQuery query;
        query.activities.type = std::int32_t(*type);
        if (s.query.campaign != 0)
            query.activities.campaigns = {s.query.campaign};
        query.from = s.query.period.from;
        // Behaviour's range is closed, the goal's half-open.
        query.to = s.query.period.to == std::numeric_limits<std::int64_t>::max()
                       ? s.query.period.to
                       : s.query.period.to - 1;
        const engine::ParallelFor fallback(1);
        engine::Behaviour::people(store, query, m_parallel ? *m_parallel : fallback)
            .forEach([&](std::size_t r) { keys << store.key(std::uint32_t(r)); });
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

void GoalsView::drill(int row)
{
    if (row < 0 || size_t(row) >= m_shown.size())
        return;
    const GoalBarsWidget::Row& bar = m_bars->rows().at(row);
    emit drillDown(tr("Goal %1 · %2").arg(bar.label, bar.detail), peopleOf(row));
}

std::vector<engine::Provenance> GoalsView::provenance() const
{
    std::vector<engine::Provenance> out;
    for (const Shown& s : m_shown)
        out.push_back(s.progress.provenance);
    return out;
}

QWidget* GoalsView::imageWidget()
{
    return m_bars;
}

QList<QStringList> GoalsView::table() const
{
    QList<QStringList> rows;
    rows << QStringList{tr("Goal"),  tr("Campaign"), tr("Period start"), tr("Period end"),
                        tr("Value"), tr("Target"),   tr("Progress (%)")};
    for (const Shown& s : m_shown) {
        const engine::GoalProgress& p = s.progress;
        rows << QStringList{metricName(s.goal.metric),
                            s.campaignName,
                            s.goal.periodStart.toString(Qt::ISODate),
                            s.goal.periodEnd.toString(Qt::ISODate),
                            p.value ? QString::number(*p.value) : QString(),
                            QString::number(p.target),
                            p.fraction ? QString::number(*p.fraction * 100, 'f', 1) : QString()};
    }
    return rows;
}

} // namespace rapport::ui
