// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The analytics commands of rapport-cli (issue 3): funnel, retention, nps, levels.
#include "core/io/CliCommands.h"

#include "core/engine/Engagement.h"
#include "core/engine/Funnel.h"
#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Retention.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/SurveyRepository.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <chrono>
#include <stdexcept>

namespace rapport::io {

namespace {

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.trimmed();
}

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonValue optionalNumber(const std::optional<std::int64_t>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject provenanceJson(const engine::Provenance& p)
{
    QJsonObject parameters;
    for (const auto& [name, value] : p.parameters)
        parameters.insert(fromStd(name), fromStd(value));
    QJsonArray filters;
    for (const std::string& f : p.filters)
        filters.append(fromStd(f));
    return {{QStringLiteral("definition"), fromStd(p.definition)},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("filters"), filters},
            {QStringLiteral("snapshot_id"), QString::number(p.snapshotId)}};
}

QJsonArray funnelStepsJson(const std::vector<engine::FunnelStep>& steps, const QStringList& names)
{
    QJsonArray array;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const engine::FunnelStep& s = steps[i];
        array.append(QJsonObject{{QStringLiteral("step"), names.value(qsizetype(i))},
                                 {QStringLiteral("persons"), double(s.persons)},
                                 {QStringLiteral("overall_rate"), s.overallRate},
                                 {QStringLiteral("step_rate"), s.stepRate},
                                 {QStringLiteral("median_seconds"), optionalNumber(s.medianSeconds)},
                                 {QStringLiteral("p90_seconds"), optionalNumber(s.p90Seconds)}});
    }
    return array;
}

QJsonObject npsFiguresJson(const engine::NpsFigures& f)
{
    return {{QStringLiteral("responses"), double(f.responses)},
            {QStringLiteral("promoters"), double(f.promoters)},
            {QStringLiteral("passives"), double(f.passives)},
            {QStringLiteral("detractors"), double(f.detractors)},
            {QStringLiteral("nps"), optionalNumber(f.nps)},
            {QStringLiteral("moe95"), optionalNumber(f.moe95)},
            {QStringLiteral("csat_responses"), double(f.csatResponses)},
            {QStringLiteral("csat"), optionalNumber(f.csat)}};
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed() / 1000) / 1000.0; // to the microsecond
}

QJsonObject loadJson(const storage::EngineLoadReport& r)
{
    return {{QStringLiteral("people_ms"), r.peopleMs},       {QStringLiteral("activities_ms"), r.activitiesMs},
            {QStringLiteral("names_ms"), r.namesMs},         {QStringLiteral("build_ms"), r.buildMs},
            {QStringLiteral("responses_ms"), r.responsesMs}, {QStringLiteral("total_ms"), r.totalMs}};
}

CommandResult jsonResult(const QJsonObject& object, bool json)
{
    return CommandResult::ok(QString::fromUtf8(
        QJsonDocument(object).toJson(json ? QJsonDocument::Compact : QJsonDocument::Indented)).trimmed());
}

/** Seconds since the epoch at the start of an ISO date (UTC). */
std::optional<std::int64_t> dayStart(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

std::optional<std::int32_t> typeKey(const engine::Store& store, const QString& name)
{
    const auto key = store.types().keyNamed(name.trimmed().toStdString());
    if (!key)
        return std::nullopt;
    return std::int32_t(*key);
}

} // namespace

std::unique_ptr<storage::EngineData> CliCommands::loadEngine(const QString& path,
                                                             std::unique_ptr<storage::ProjectFile>* project,
                                                             CommandResult* failure)
{
    // The loader reads every person and segment and fails on damage, so the up-front
    // page-by-page check would only read the whole file twice.
    *project = open(path, storage::OpenMode::ReadOnly, failure, storage::PageCheck::Deferred);
    if (!*project)
        return nullptr;
    QString error;
    auto data = storage::EngineLoader((*project)->database()).load(&error);
    if (!data) {
        *failure = CommandResult::fail(oneLine(tr("%1: %2").arg(QFileInfo(path).fileName(), error)));
        return nullptr;
    }
    return std::make_unique<storage::EngineData>(std::move(*data));
}

CommandResult CliCommands::funnel(const QString& path, const FunnelArguments& a, bool json)
{
    engine::FunnelQuery query;
    static const QRegularExpression windowPattern(QStringLiteral("^(\\d{1,6})([dhw])$"));
    if (!a.window.isEmpty()) {
        const QRegularExpressionMatch m = windowPattern.match(a.window.trimmed());
        if (!m.hasMatch())
            return CommandResult::fail(tr("--window must look like 30d, 12h or 2w, not “%1”").arg(a.window), 2);
        const std::int64_t unit = m.captured(2) == u"h" ? 3600 : m.captured(2) == u"d" ? 86400 : 7 * 86400;
        query.window = m.captured(1).toLongLong() * unit;
    }
    if (a.mode.isEmpty() || a.mode == u"ordered")
        query.mode = engine::FunnelMode::Ordered;
    else if (a.mode == u"strict")
        query.mode = engine::FunnelMode::Strict;
    else if (a.mode == u"unordered")
        query.mode = engine::FunnelMode::Unordered;
    else
        return CommandResult::fail(tr("--mode must be ordered, strict or unordered, not “%1”").arg(a.mode), 2);
    if (!a.from.isEmpty()) {
        const auto from = dayStart(a.from);
        if (!from)
            return CommandResult::fail(tr("--from: “%1” is not a date (YYYY-MM-DD)").arg(a.from), 2);
        query.dateRange.from = *from;
    }
    if (!a.to.isEmpty()) {
        const auto to = dayStart(a.to);
        if (!to)
            return CommandResult::fail(tr("--to: “%1” is not a date (YYYY-MM-DD)").arg(a.to), 2);
        query.dateRange.to = *to + 86400; // the whole day
    }
    if (query.dateRange.from >= query.dateRange.to)
        return CommandResult::fail(tr("--from must not be after --to"), 2);
    const QStringList stepNames = a.steps.split(u',', Qt::SkipEmptyParts);
    if (stepNames.isEmpty())
        return CommandResult::fail(tr("--steps needs at least one activity type"), 2);
    if (stepNames.size() > engine::FunnelQuery::kMaxSteps)
        return CommandResult::fail(tr("--steps: at most %1 steps").arg(engine::FunnelQuery::kMaxSteps), 2);

    std::unique_ptr<storage::ProjectFile> project;
    CommandResult failure;
    auto data = loadEngine(path, &project, &failure);
    if (!data)
        return failure;
    const engine::Store& store = data->store;
    QStringList names;
    for (const QString& name : stepNames) {
        const auto type = typeKey(store, name);
        if (!type)
            return CommandResult::fail(tr("--steps: unknown activity type “%1”").arg(name.trimmed()), 2);
        engine::ActivityFilter step;
        step.type = *type;
        query.steps.push_back(step);
        names << name.trimmed();
    }
    if (a.breakdown == u"campaign") {
        query.breakdown.kind = engine::FunnelBreakdown::Kind::Campaign;
    } else if (!a.breakdown.isEmpty()) {
        if (!store.findAttribute(a.breakdown.toStdString()))
            return CommandResult::fail(tr("--breakdown: unknown person attribute “%1”").arg(a.breakdown), 2);
        query.breakdown.kind = engine::FunnelBreakdown::Kind::Attribute;
        query.breakdown.attribute = a.breakdown.toStdString();
    }
    if (!a.audience.isEmpty()) {
        QString error;
        auto filter = storage::EngineLoader(project->database())
                          .audienceFilter(a.audience, store, &error, &data->responses,
                                          m_env.clock->now().toSecsSinceEpoch());
        if (!filter)
            return CommandResult::fail(oneLine(error), 2);
        query.people = std::move(*filter);
    }

    const engine::ParallelFor parallel;
    QElapsedTimer timer;
    timer.start();
    const engine::FunnelResult result = engine::Funnel::compute(store, query, parallel);
    const double elapsed = elapsedMs(timer);

    QJsonArray groups;
    for (const engine::FunnelGroup& g : result.groups) {
        QJsonObject group{{QStringLiteral("value"), fromStd(g.label)},
                          {QStringLiteral("steps"), funnelStepsJson(g.steps, names)}};
        if (query.breakdown.kind == engine::FunnelBreakdown::Kind::Campaign)
            group.insert(QStringLiteral("key"), double(g.key));
        groups.append(group);
    }
    return jsonResult({{QStringLiteral("steps"), funnelStepsJson(result.steps, names)},
                       {QStringLiteral("groups"), groups},
                       {QStringLiteral("elapsed_ms"), elapsed},
                       {QStringLiteral("load"), loadJson(data->report)},
                       {QStringLiteral("provenance"), provenanceJson(result.provenance)}},
                      json);
}

CommandResult CliCommands::retention(const QString& path, const RetentionArguments& a, bool json)
{
    engine::RetentionQuery query;
    if (a.period.isEmpty() || a.period == u"month")
        query.period = engine::CalendarPeriod::Kind::Month;
    else if (a.period == u"week")
        query.period = engine::CalendarPeriod::Kind::Week;
    else
        return CommandResult::fail(tr("--period must be week or month, not “%1”").arg(a.period), 2);
    if (!a.periods.isEmpty()) {
        bool ok = false;
        query.periods = a.periods.toInt(&ok);
        if (!ok || query.periods < 1 || query.periods > engine::RetentionQuery::kMaxPeriods)
            return CommandResult::fail(
                tr("--periods must be a number from 1 to %1, not “%2”").arg(engine::RetentionQuery::kMaxPeriods).arg(a.periods),
                2);
    }
    if (a.start.isEmpty() || a.returning.isEmpty())
        return CommandResult::fail(tr("retention needs --start TYPE and --return TYPE|any"), 2);

    std::unique_ptr<storage::ProjectFile> project;
    CommandResult failure;
    auto data = loadEngine(path, &project, &failure);
    if (!data)
        return failure;
    const engine::Store& store = data->store;
    const auto start = typeKey(store, a.start);
    if (!start)
        return CommandResult::fail(tr("--start: unknown activity type “%1”").arg(a.start), 2);
    query.start.type = *start;
    if (a.returning != u"any") {
        const auto returning = typeKey(store, a.returning);
        if (!returning)
            return CommandResult::fail(tr("--return: unknown activity type “%1”").arg(a.returning), 2);
        query.returning.type = *returning;
    }

    const engine::ParallelFor parallel;
    QElapsedTimer timer;
    timer.start();
    const engine::RetentionResult result = engine::Retention::compute(store, query, parallel);
    const double elapsed = elapsedMs(timer);

    QJsonArray cohorts;
    for (const engine::RetentionCohort& c : result.cohorts) {
        QJsonArray retained;
        for (std::uint64_t n : c.retained)
            retained.append(double(n));
        cohorts.append(QJsonObject{{QStringLiteral("cohort"), fromStd(c.label)},
                                   {QStringLiteral("size"), double(c.size)},
                                   {QStringLiteral("retained"), retained}});
    }
    return jsonResult({{QStringLiteral("cohorts"), cohorts},
                       {QStringLiteral("elapsed_ms"), elapsed},
                       {QStringLiteral("load"), loadJson(data->report)},
                       {QStringLiteral("provenance"), provenanceJson(result.provenance)}},
                      json);
}

CommandResult CliCommands::nps(const QString& path, const QString& survey, const QString& breakdown, bool json)
{
    std::unique_ptr<storage::ProjectFile> project;
    CommandResult failure;
    auto data = loadEngine(path, &project, &failure);
    if (!data)
        return failure;
    engine::NpsQuery query;
    if (!survey.isEmpty()) {
        storage::SurveyRepository surveys(project->database(), *m_env.clock);
        const model::Uuid id = surveys.findByName(survey);
        if (id.isNull())
            return CommandResult::fail(tr("--survey: no survey called “%1”").arg(survey), 2);
        query.surveys = {surveys.keyOf(id)};
    }
    using Kind = engine::NpsBreakdown::Kind;
    if (breakdown == u"campaign")
        query.breakdown.kind = Kind::Campaign;
    else if (breakdown == u"survey")
        query.breakdown.kind = Kind::Survey;
    else if (breakdown == u"week" || breakdown == u"month") {
        query.breakdown.kind = Kind::Period;
        query.breakdown.period = breakdown == u"week" ? engine::CalendarPeriod::Kind::Week
                                                      : engine::CalendarPeriod::Kind::Month;
    } else if (!breakdown.isEmpty()) {
        if (!data->store.findAttribute(breakdown.toStdString()))
            return CommandResult::fail(tr("--breakdown: unknown person attribute “%1”").arg(breakdown), 2);
        query.breakdown.kind = Kind::Attribute;
        query.breakdown.attribute = breakdown.toStdString();
    }

    const engine::ParallelFor parallel;
    QElapsedTimer timer;
    timer.start();
    const engine::NpsResult result = engine::Nps::compute(data->store, data->responses, query, parallel);
    const double elapsed = elapsedMs(timer);

    QJsonObject object = npsFiguresJson(result.total);
    QJsonArray groups;
    for (const engine::NpsGroup& g : result.groups) {
        QJsonObject group = npsFiguresJson(g.figures);
        group.insert(QStringLiteral("value"), fromStd(g.label));
        if (g.anonymous)
            group.insert(QStringLiteral("anonymous"), true);
        if (query.breakdown.kind != Kind::Attribute)
            group.insert(QStringLiteral("key"), double(g.key));
        groups.append(group);
    }
    object.insert(QStringLiteral("groups"), groups);
    object.insert(QStringLiteral("elapsed_ms"), elapsed);
    object.insert(QStringLiteral("load"), loadJson(data->report));
    object.insert(QStringLiteral("provenance"), provenanceJson(result.provenance));
    return jsonResult(object, json);
}

CommandResult CliCommands::levels(const QString& path, bool json)
{
    std::unique_ptr<storage::ProjectFile> project;
    CommandResult failure;
    auto data = loadEngine(path, &project, &failure);
    if (!data)
        return failure;
    engine::EngagementQuery query;
    query.asOf = m_env.clock->now().toSecsSinceEpoch();

    const engine::ParallelFor parallel;
    QElapsedTimer timer;
    timer.start();
    const engine::EngagementResult result = engine::Engagement::compute(data->store, query, parallel);
    const double elapsed = elapsedMs(timer);

    QJsonObject levels, thresholds, weights;
    for (int i = 0; i < 4; ++i)
        levels.insert(QString::fromLatin1(engine::EngagementQuery::levelName(engine::EngagementLevel(i))),
                      double(result.levels[std::size_t(i)]));
    for (int i = 0; i < 3; ++i)
        thresholds.insert(QString::fromLatin1(engine::EngagementQuery::levelName(engine::EngagementLevel(i + 1))),
                          query.thresholds[std::size_t(i)]);
    for (const auto& [type, weight] : query.weights)
        weights.insert(fromStd(type), weight);
    return jsonResult({{QStringLiteral("levels"), levels},
                       {QStringLiteral("thresholds"), thresholds},
                       {QStringLiteral("weights"), weights},
                       {QStringLiteral("other_weight"), query.otherWeight},
                       {QStringLiteral("half_life_days"), double(query.halfLife) / 86400.0},
                       {QStringLiteral("as_of"), double(query.asOf)},
                       {QStringLiteral("elapsed_ms"), elapsed},
                       {QStringLiteral("load"), loadJson(data->report)},
                       {QStringLiteral("provenance"), provenanceJson(result.provenance)}},
                      json);
}

} // namespace rapport::io
