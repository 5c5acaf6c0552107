// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// rapport-bench: the engine's figures of issue 3 on the demo community, beside the same
// queries through SQLite on the same data.
//   rapport-bench [--scale S|L|N] [--file PROJECT] [--runs 7] [--sqlite-runs N]
//                 [--sqlite-limit 60] [--no-sqlite] [--json OUT] [--keep]

#include "BenchReport.h"
#include "SqliteBaseline.h"

#include "core/engine/CalendarPeriod.h"
#include "core/engine/Engagement.h"
#include "core/engine/LevelCache.h"
#include "core/engine/Funnel.h"
#include "core/engine/FunnelCache.h"
#include "core/engine/GroupBy.h"
#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Retention.h"
#include "core/io/DemoCommunity.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/SqliteFileCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

using namespace rapport;
using namespace rapport::bench;
using engine::ParallelFor;

namespace {

/** The demo is generated as of a fixed day, so every run of a scale has the same data. */
class BenchClock final : public model::Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC); }
};

struct Options
{
    QString scale = QStringLiteral("S");
    QString file;
    QString generateOnly; // internal: the child process that writes the demo project
    QString json;
    int runs = 7;
    int sqliteRuns = -1; // default: 3 up to 200,000 people, else 1
    double sqliteLimit = 60;
    bool sqlite = true;
    bool keep = false;
};

qint64 peopleOfScale(const QString& scale)
{
    if (scale.compare(QLatin1String("S"), Qt::CaseInsensitive) == 0)
        return 100'000;
    if (scale.compare(QLatin1String("L"), Qt::CaseInsensitive) == 0)
        return 1'000'000;
    if (scale.compare(QLatin1String("XL"), Qt::CaseInsensitive) == 0)
        return 10'000'000;
    return scale.toLongLong();
}

storage::ProjectEnvironment environment(const QString& folder, const model::Clock& clock)
{
    storage::ProjectEnvironment env;
    env.recoveryDir = folder + QStringLiteral("/recovery");
    env.userName = QStringLiteral("bench");
    env.hostName = QStringLiteral("bench");
    env.clock = &clock;
    QDir().mkpath(env.recoveryDir);
    return env;
}

/** The child process: generates the demo project at path (so its memory is not ours). */
int generate(const QString& path, qint64 people)
{
    BenchClock clock;
    const storage::ProjectEnvironment env = environment(QFileInfo(path).absolutePath(), clock);
    storage::FileResult result;
    auto project = storage::ProjectFile::create(path, env, &result);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(result.message));
        return 1;
    }
    io::DemoOptions options;
    QString error;
    io::DemoOptions::fromSize(QString::number(people), &options, &error);
    io::DemoReport report;
    bool ok;
    {
        storage::Transaction transaction = project->transaction();
        ok = io::DemoCommunity(project->database(), clock).generate(options, &report, &error)
            && transaction.commit(&error);
    }
    const double t = nowMs();
    if (ok) {
        const storage::FileResult saved = project->save();
        ok = bool(saved);
        error = saved.message;
    }
    if (!ok) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("generated %lld people, %lld activities, %lld survey responses in %.1f s (+ save %.1f s)\n",
                (long long)report.people, (long long)report.activities, (long long)report.responses, report.seconds,
                (nowMs() - t) / 1000);
    return 0;
}

std::string fmt(const char* format, double a, double b = 0, double c = 0)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, format, a, b, c);
    return buf;
}

std::string joinCounts(const std::vector<std::uint64_t>& v)
{
    std::string s;
    for (auto n : v) {
        if (!s.empty())
            s += '/';
        s += std::to_string(n);
    }
    return s;
}

std::vector<std::uint64_t> stepCounts(const std::vector<engine::FunnelStep>& steps)
{
    std::vector<std::uint64_t> v;
    for (const auto& s : steps)
        v.push_back(s.persons);
    return v;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--scale"))
            o.scale = next, ++i;
        else if (a == QLatin1String("--file"))
            o.file = next, ++i;
        else if (a == QLatin1String("--generate"))
            o.generateOnly = next, ++i;
        else if (a == QLatin1String("--json"))
            o.json = next, ++i;
        else if (a == QLatin1String("--runs"))
            o.runs = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--sqlite-runs"))
            o.sqliteRuns = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--sqlite-limit"))
            o.sqliteLimit = next.toDouble(), ++i;
        else if (a == QLatin1String("--no-sqlite"))
            o.sqlite = false;
        else if (a == QLatin1String("--keep"))
            o.keep = true;
        else {
            std::fprintf(stderr, "usage: rapport-bench [--scale S|L|XL|N] [--file PROJECT] [--runs 7] "
                                 "[--sqlite-runs N] [--sqlite-limit 60] [--no-sqlite] [--json OUT] [--keep]\n");
            return 2;
        }
    }
    const qint64 people = peopleOfScale(o.scale);
    if (!o.generateOnly.isEmpty())
        return generate(o.generateOnly, people);
    if (people <= 0 && o.file.isEmpty()) {
        std::fprintf(stderr, "--scale: S, L, XL or a number of people\n");
        return 2;
    }

    const std::string loadAtStart = machineLoad();
    std::printf("rapport-bench: load at start %s; %d hardware threads\n", loadAtStart.c_str(),
                ParallelFor(0).threads());
    QTemporaryDir temp;
    temp.setAutoRemove(!o.keep);
    BenchClock clock;
    const storage::ProjectEnvironment env = environment(temp.path(), clock);
    QString path = o.file;
    if (path.isEmpty()) {
        path = temp.path() + QStringLiteral("/bench.rapport");
        std::printf("generating the demo community (%lld people) into %s ...\n", (long long)people, qPrintable(path));
        std::fflush(stdout);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(app.applicationFilePath(), {QStringLiteral("--generate"), path, QStringLiteral("--scale"),
                                                QString::number(people)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            std::fprintf(stderr, "generating the demo project failed\n");
            return 1;
        }
    }
    std::printf("project file: %s (%.0f MB)\n", qPrintable(path), double(QFileInfo(path).size()) / 1e6);

    // --- project file → ready to query (median of 3) ------------------------------------------
    std::optional<storage::EngineData> data;
    Timing loadTiming = measure(3, 0, [&] {
        data.reset();
        storage::FileResult result;
        // As rapport-cli's analytics commands open it: the loader reads every page it needs.
        auto project = storage::ProjectFile::open(path, env, storage::OpenMode::ReadOnly,
                                                  storage::RecoveryChoice::Discard, &result,
                                                  storage::PageCheck::Deferred);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(result.message));
            std::exit(1);
        }
        QString error;
        data = storage::EngineLoader(project->database()).load(&error);
        if (!data) {
            std::fprintf(stderr, "load: %s\n", qPrintable(error));
            std::exit(1);
        }
        return true;
    });
    engine::Store& store = data->store;
    const engine::SurveyResponses& responses = data->responses;
    const storage::EngineLoadReport& lr = data->report;
    std::printf("%zu people, %zu activities, %zu survey responses\n", store.personCount(), store.activityCount(),
                responses.size());
    std::printf("file -> ready: median %.0f ms (min %.0f, max %.0f) of 3; last: people %.0f, activities %.0f, "
                "build %.0f, names %.0f, responses %.0f ms\n",
                loadTiming.median(), loadTiming.min(), loadTiming.max(), lr.peopleMs, lr.activitiesMs, lr.buildMs,
                lr.namesMs, lr.responsesMs);

    // --- another editor's edit arriving (team workspace) ---------------------------------------
    // A new person with ten activities and a campaign renamed, written in a transaction that
    // is rolled back afterwards (the file is left as it was). The engine is brought up to date
    // as SessionEngine does it: a copy of the snapshot, then only the changed rows read.
    {
        const QString connection = storage::uniqueConnectionName("bench-update");
        QString error;
        if (!storage::openSqliteConnection(connection, path, false, &error)) {
            std::fprintf(stderr, "update: %s\n", qPrintable(error));
            return 1;
        }
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            QSqlQuery q(db);
            q.exec(QStringLiteral("BEGIN"));
            storage::EngineChanges changes;
            storage::PeopleRepository people(db, clock);
            model::Person newcomer;
            newcomer.displayName = QStringLiteral("Bench newcomer");
            newcomer.country = QStringLiteral("GE");
            storage::ActivityStore activities(db);
            qint64 lastChange = 0;
            if (q.exec(QStringLiteral("SELECT coalesce(max(key), 0) FROM activity_changes")) && q.next())
                lastChange = q.value(0).toLongLong();
            bool written = bool(people.create(newcomer));
            const storage::RowKey key = people.keyOf(newcomer.meta.id);
            storage::ActivityColumns rows;
            for (int i = 0; i < 10; ++i)
                rows.push_back({key, activities.typeKey(QStringLiteral("attended")), 1750000000 + i * 86400, 0, 0, 0, 1});
            written = written && bool(activities.append(rows));
            written = written && q.exec(QStringLiteral("UPDATE campaigns SET name = name || ' (renamed)' "
                                                       "WHERE key = (SELECT min(key) FROM campaigns) RETURNING key"))
                      && q.next();
            changes.add(QStringLiteral("people"), {{QStringLiteral("key"), key}}, false);
            if (written)
                changes.add(QStringLiteral("campaigns"), {{QStringLiteral("key"), q.value(0)}}, false);
            if (q.exec(QStringLiteral("SELECT key FROM activity_changes WHERE key > %1").arg(lastChange)))
                while (q.next())
                    changes.add(QStringLiteral("activity_changes"), {{QStringLiteral("key"), q.value(0)}}, false);
            if (!written || changes.activityChanges.size() != 10) {
                std::fprintf(stderr, "update: the edit could not be written\n");
                return 1;
            }
            double copyMs = 0, rowsMs = 0;
            std::size_t activitiesAfter = 0;
            const Timing updateTiming = measure(3, 0, [&] {
                QElapsedTimer timer;
                timer.start();
                storage::EngineData copy = *data;
                copyMs = double(timer.nsecsElapsed()) / 1e6;
                timer.restart();
                if (!storage::EngineLoader(db).update(copy, changes, &error)) {
                    std::fprintf(stderr, "update: %s\n", qPrintable(error));
                    std::exit(1);
                }
                rowsMs = double(timer.nsecsElapsed()) / 1e6;
                activitiesAfter = copy.store.activityCount();
                return true;
            });
            q.exec(QStringLiteral("ROLLBACK"));
            std::printf("another editor's edit (1 person, 10 activities, a rename) -> up to date: median %.0f ms "
                        "(last: copy %.0f ms, rows %.1f ms); %.3f of the load's median; %zu activities after\n",
                        updateTiming.median(), copyMs, rowsMs, updateTiming.median() / loadTiming.median(),
                        activitiesAfter);
        }
        storage::closeSqliteConnection(connection);
    }

    // The latest activity time: "as of" for the levels.
    std::int64_t maxAt = std::numeric_limits<std::int64_t>::min();
    std::map<std::int32_t, QString> typeNames;
    {
        storage::FileResult result;
        auto project = storage::ProjectFile::open(path, env, storage::OpenMode::ReadOnly,
                                                  storage::RecoveryChoice::Discard, &result);
        storage::ActivityStore activities(project->database());
        activities.forEachSegment([&](const storage::ActivitySpans& s) {
            for (std::int64_t t : s.at)
                maxAt = std::max(maxAt, t);
            return true;
        });
        const auto types = activities.types();
        for (auto it = types.begin(); it != types.end(); ++it)
            typeNames[it.key()] = it.value();
    }
    auto typeKey = [&](const char* name) -> std::int32_t {
        for (const auto& [key, n] : typeNames)
            if (n == QLatin1String(name))
                return key;
        std::fprintf(stderr, "the project has no activity type %s\n", name);
        std::exit(1);
    };

    // --- the queries ----------------------------------------------------------------------------
    const ParallelFor parallel(0);
    engine::FunnelQuery funnel;
    std::vector<std::int32_t> funnelTypes;
    for (const char* name : {"invited", "registered", "attended", "responded"}) {
        funnelTypes.push_back(typeKey(name));
        engine::ActivityFilter f;
        f.type = funnelTypes.back();
        funnel.steps.push_back(f);
    }
    funnel.window = 30 * 86400;
    engine::FunnelQuery funnelByCountry = funnel;
    funnelByCountry.breakdown = {engine::FunnelBreakdown::Kind::Attribute, "country"};
    engine::GroupByQuery groupBy;
    groupBy.dimensions = {{engine::GroupByDimension::Kind::ActivityType, {}},
                          {engine::GroupByDimension::Kind::Attribute, "country"}};
    engine::RetentionQuery retention;
    retention.start.type = typeKey("registered");
    retention.period = engine::CalendarPeriod::Kind::Month;
    retention.periods = 12;
    engine::NpsQuery nps;
    engine::EngagementQuery levels;
    levels.asOf = maxAt;

    engine::FunnelResult funnelResult, funnelCountryResult;
    engine::GroupByResult groupResult;
    engine::RetentionResult retentionResult;
    engine::NpsResult npsResult;
    engine::EngagementResult levelsResult;
    std::vector<BenchRow> rows;
    auto engineRow = [&](const char* name, double target, auto&& f) {
        BenchRow r;
        r.query = name;
        r.targetMs = target;
        r.sqliteLimitS = o.sqliteLimit;
        r.engine = measure(o.runs, 1, [&] {
            f();
            return true;
        });
        rows.push_back(r);
        std::printf("  %-34s %8.2f ms\n", name, r.engine.median());
        std::fflush(stdout);
    };
    std::printf("engine, %d threads, median of %d runs after one warm-up:\n", parallel.threads(), o.runs);
    engineRow("funnel 4 steps, 30 d", 25, [&] { funnelResult = engine::Funnel::compute(store, funnel, parallel); });
    engineRow("funnel 4 steps by country", 40,
              [&] { funnelCountryResult = engine::Funnel::compute(store, funnelByCountry, parallel); });
    engineRow("group-by type x country, distinct", 15,
              [&] { groupResult = engine::GroupBy::compute(store, groupBy, parallel); });
    engineRow("retention monthly, 12 periods", 25,
              [&] { retentionResult = engine::Retention::compute(store, retention, parallel); });
    engineRow("NPS", 25, [&] { npsResult = engine::Nps::compute(store, responses, nps, parallel); });
    engineRow("levels (decayed score)", 25,
              [&] { levelsResult = engine::Engagement::compute(store, levels, parallel); });
    // The dashboard draws the funnel and its breakdown from one query: a breakdown result's
    // steps are the whole funnel's (FunnelResult.h; checked below on this data).
    engineRow("whole dashboard (all above)", 100, [&] {
        engine::Funnel::compute(store, funnelByCountry, parallel);
        engine::GroupBy::compute(store, groupBy, parallel);
        engine::Retention::compute(store, retention, parallel);
        engine::Nps::compute(store, responses, nps, parallel);
        engine::Engagement::compute(store, levels, parallel);
    });
    {
        // What a dashboard does on a filter change: every view recomputed for the people
        // passing the new filter (everyone but one country, another each time, so the work
        // stays that of the whole community); the levels are rescored only
        // where activities changed (LevelCache: none here), and recounted for the filter.
        engine::LevelCache levelCache;
        engine::Engagement::compute(store, levels, parallel, levelCache);
        const engine::Dictionary& countries = store.attributeValues(engine::Store::kCountry);
        std::uint32_t nextCountry = 1;
        engineRow("dashboard on a filter change", 100, [&] {
            engine::PersonFilter filter;
            filter.attributes.push_back({"country", {countries.text(nextCountry)}, true});
            nextCountry = nextCountry % std::uint32_t(countries.size() - 1) + 1;
            auto with = [&](auto query) {
                query.people = filter;
                return query;
            };
            engine::Funnel::compute(store, with(funnelByCountry), parallel);
            engine::GroupBy::compute(store, with(groupBy), parallel);
            engine::Retention::compute(store, with(retention), parallel);
            engine::Nps::compute(store, responses, with(nps), parallel);
            engine::Engagement::compute(store, with(levels), parallel, levelCache);
        });
    }
    if (funnelCountryResult.steps != funnelResult.steps) {
        std::fprintf(stderr, "the breakdown funnel's steps differ from the plain funnel's\n");
        return 1;
    }
    const std::size_t loadedPeople = store.personCount(), loadedActivities = store.activityCount();
    // Last: it edits the store.
    {
        engine::FunnelCache cache;
        engine::Funnel::compute(store, funnel, parallel, cache);
        std::uint64_t seed = 12345;
        auto next = [&] { return seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; };
        BenchRow r;
        r.query = "1 added activity -> funnel (cache)";
        r.targetMs = 5;
        std::size_t recomputed = 0;
        r.engine = measure(o.runs, 0, [&] {
            const auto row = std::uint32_t((next() >> 33) % store.rowCount());
            store.addActivity({store.key(row), funnelTypes[1], maxAt - 86400, 0, 0, 0, 0});
            engine::Funnel::compute(store, funnel, parallel, cache);
            recomputed += cache.lastRecomputedBlocks();
            return true;
        });
        r.agreement = fmt("%.1f blocks recomputed/run", double(recomputed) / double(o.runs));
        rows.push_back(r);
        std::printf("  %-34s %8.2f ms\n", r.query.c_str(), r.engine.median());
    }
    const double peakEngine = peakRssBytes();
    const double storeBytes = double(store.memoryBytes());
    const double responseBytes = double(responses.memoryBytes());

    // --- the SQLite baseline ----------------------------------------------------------------------
    bool mathFunctions = false;
    double sqliteLoadMs = 0;
    if (o.sqlite) {
        const int sqliteRuns = o.sqliteRuns > 0 ? o.sqliteRuns : (store.personCount() <= 200'000 ? 3 : 1);
        SqliteBaseline sqlite((temp.path() + QStringLiteral("/baseline.sqlite")).toStdString(), o.sqliteLimit);
        mathFunctions = sqlite.hasMathFunctions();
        std::printf("SQLite %s baseline: loading ...\n", SqliteBaseline::version());
        std::fflush(stdout);
        const double t0 = nowMs();
        bool ok = sqlite.beginLoad();
        // People and responses as the engine holds them; activities straight from the project's
        // segments (the store's own input), so both sides query the same data.
        const engine::Dictionary& countries = store.attributeValues(engine::Store::kCountry);
        for (std::uint32_t row = 0; ok && row < store.rowCount(); ++row)
            if (store.isCounted(row))
                sqlite.addPerson(store.key(row), countries.text(store.attributeCode(engine::Store::kCountry, row)));
        for (std::size_t i = 0; ok && i < responses.size(); ++i) {
            const engine::SurveyResponseRecord rr = responses.response(i);
            sqlite.addResponse(rr.person, rr.at, rr.survey, rr.nps.value_or(-1), rr.csat.value_or(0));
        }
        const auto weights = engine::EngagementQuery::defaultWeights();
        for (const auto& [key, name] : typeNames) {
            auto w = weights.find(name.toStdString());
            sqlite.addWeight(key, w == weights.end() ? levels.otherWeight : w->second);
        }
        {
            storage::FileResult result;
            auto project = storage::ProjectFile::open(path, env, storage::OpenMode::ReadOnly,
                                                      storage::RecoveryChoice::Discard, &result);
            storage::ActivityStore(project->database()).forEachSegment([&](const storage::ActivitySpans& s) {
                for (std::size_t i = 0; i < s.size(); ++i)
                    sqlite.addActivity(s.person[i], s.type[i], s.at[i], s.campaign[i], s.channel[i], s.content[i],
                                       s.value[i]);
                return true;
            });
        }
        const double insertMs = nowMs() - t0;
        ok = ok && sqlite.finishLoad();
        sqliteLoadMs = nowMs() - t0;
        if (!ok) {
            std::fprintf(stderr, "SQLite: %s\n", sqlite.error().c_str());
            return 1;
        }
        std::printf("SQLite loaded in %.1f s (inserts %.1f s, indexes + ANALYZE %.1f s); %d run(s) per query, "
                    "limit %.0f s\n",
                    sqliteLoadMs / 1000, insertMs / 1000, (sqliteLoadMs - insertMs) / 1000, sqliteRuns,
                    o.sqliteLimit);

        auto sqliteRow = [&](std::size_t index, auto&& f) {
            BenchRow& r = rows[index];
            bool timedOut = false, failed = false;
            r.sqlite = measure(sqliteRuns, 0, [&] {
                const bool done = f();
                if (!done) {
                    timedOut = sqlite.timedOut();
                    failed = !timedOut;
                    if (failed)
                        std::fprintf(stderr, "SQLite %s: %s\n", r.query.c_str(), sqlite.error().c_str());
                }
                return done;
            });
            r.sqlite.timedOut = timedOut;
            r.sqlite.failed = failed;
            std::printf("  %-34s %s\n", r.query.c_str(),
                        r.sqlite.timedOut ? "time limit" : fmt("%.0f ms", r.sqlite.median()).c_str());
            std::fflush(stdout);
            return !r.sqlite.timedOut && !r.sqlite.failed;
        };
        auto verdict = [](bool same, const std::string& detail) {
            return (same ? "OK " : "MISMATCH ") + detail;
        };

        FunnelCounts fc;
        if (sqliteRow(0, [&] { return sqlite.funnel(funnelTypes, funnel.window, false, &fc); })) {
            const auto mine = stepCounts(funnelResult.steps);
            rows[0].agreement = verdict(mine == fc.total, "steps " + joinCounts(mine) +
                                                              (mine == fc.total ? std::string() : std::string(" vs ").append(joinCounts(fc.total))));
        }
        if (sqliteRow(1, [&] { return sqlite.funnel(funnelTypes, funnel.window, true, &fc); })) {
            std::size_t differ = 0;
            for (const auto& g : funnelCountryResult.groups)
                differ += fc.groups.count(g.label) == 0 || fc.groups[g.label] != stepCounts(g.steps);
            differ += fc.groups.size() != funnelCountryResult.groups.size();
            rows[1].agreement = verdict(differ == 0, std::to_string(funnelCountryResult.groups.size()) + " countries" +
                                                         (differ ? ", " + std::to_string(differ) + " differ" : ""));
        }
        GroupCounts gc;
        if (sqliteRow(2, [&] { return sqlite.groupByTypeCountry(&gc); })) {
            std::size_t differ = gc.size() != groupResult.rows.size();
            for (const auto& row : groupResult.rows) {
                auto it = gc.find({row.keys[0], row.labels[1]});
                differ += it == gc.end() || it->second != std::make_pair(row.persons, row.activities);
            }
            rows[2].agreement = verdict(differ == 0, std::to_string(groupResult.rows.size()) + " groups" +
                                                         (differ ? ", " + std::to_string(differ) + " differ" : ""));
        }
        RetentionCounts rc;
        if (sqliteRow(3, [&] { return sqlite.retentionMonthly(*retention.start.type, retention.periods, &rc); })) {
            std::size_t differ = 0, cohorts = 0;
            for (const auto& c : retentionResult.cohorts) {
                if (c.size == 0)
                    continue;
                ++cohorts;
                auto it = rc.find(engine::CalendarPeriod::index(engine::CalendarPeriod::Kind::Month, c.start));
                differ += it == rc.end() || it->second.first != c.size || it->second.second != c.retained;
            }
            differ += rc.size() != cohorts;
            rows[3].agreement = verdict(differ == 0, std::to_string(cohorts) + " cohorts" +
                                                         (differ ? ", " + std::to_string(differ) + " differ" : ""));
        }
        NpsCounts nc;
        if (sqliteRow(4, [&] { return sqlite.nps(&nc); })) {
            const auto& t = npsResult.total;
            const bool same =
                nc.promoters == t.promoters && nc.passives == t.passives && nc.detractors == t.detractors;
            rows[4].agreement = verdict(same, fmt("NPS %.1f ± %.1f", t.nps.value_or(0), t.moe95.value_or(0)) +
                                                  fmt(" (%.0f/%.0f/%.0f)", double(t.promoters), double(t.passives),
                                                      double(t.detractors)));
        }
        std::array<std::uint64_t, 4> lc{};
        if (sqliteRow(5, [&] { return sqlite.levels(levels.asOf, levels.halfLife, levels.thresholds, &lc); })) {
            std::uint64_t moved = 0;
            for (std::size_t i = 0; i < 4; ++i)
                moved += lc[i] > levelsResult.levels[i] ? lc[i] - levelsResult.levels[i] : 0;
            const std::string counts = joinCounts({levelsResult.levels.begin(), levelsResult.levels.end()});
            if (!mathFunctions)
                rows[5].agreement = "n/a: SQLite lacks pow(), undecayed sum only";
            else if (moved == 0)
                rows[5].agreement = "OK " + counts;
            else // a score a hair from a threshold may land on either side (EngagementQuery.h)
                rows[5].agreement = (moved <= 2 ? "OK~ " : "MISMATCH ") + counts + ", " + std::to_string(moved) +
                                    " at a threshold";
        }
        // The dashboard through SQLite: the sum of its queries' medians (not run again).
        Timing sum;
        double total = 0;
        bool complete = true;
        for (std::size_t i = 0; i < 6; ++i) {
            complete = complete && !rows[i].sqlite.empty() && !rows[i].sqlite.timedOut && !rows[i].sqlite.failed;
            total += rows[i].sqlite.median();
        }
        if (complete) {
            sum.wallMs = {total};
            rows[6].sqlite = sum;
            rows[6].sqliteNote = "(SQLite: sum of the rows above)";
        }
    }
    const std::string loadAtEnd = machineLoad();

    // --- report ---------------------------------------------------------------------------------
    const double activities = double(store.activityCount()), persons = double(store.rowCount());
    std::printf("\n== rapport-bench, %zu people / %zu activities, %d threads; engine: median/min/max wall ms "
                "of %d runs, cpu = median process CPU ms (all threads) ==\n",
                loadedPeople, loadedActivities, parallel.threads(), o.runs);
    printTable(stdout, rows);
    std::printf("%-34s %9.0f %9.0f %9.0f %4d %9s %8s | SQLite load %.1f s\n", "project file -> ready",
                loadTiming.median(), loadTiming.min(), loadTiming.max(), 3, "", "<=2000", sqliteLoadMs / 1000);
    std::printf("memory: Store::memoryBytes %.1f MB = %.2f B per activity, or %.1f B per person; as 12 B/activity + "
                "%.1f B/person (target: 12 + 64); activity columns alone %.2f B/activity; survey responses %.1f MB\n",
                storeBytes / 1e6, storeBytes / activities, storeBytes / persons,
                (storeBytes - 12.0 * activities) / persons, double(store.activityBytes()) / activities,
                responseBytes / 1e6);
    for (const auto& [part, bytes] : store.memoryParts())
        std::printf("  %-32s %8.1f MB  %6.2f B per %s\n", part.c_str(), double(bytes) / 1e6,
                    double(bytes) / double(part == "activities" ? loadedActivities : loadedPeople),
                    part == "activities" ? "activity" : "person");
    std::printf("peak RSS (ru_maxrss): %.0f MB after loading and the engine queries; %.0f MB at the end (with "
                "SQLite's page cache)\n",
                peakEngine / 1e6, peakRssBytes() / 1e6);
    std::printf("SQLite math functions: %s\n", mathFunctions ? "yes (levels with pow() decay)" : "no");
    std::printf("load (1/5/15 min): start %s, end %s\n", loadAtStart.c_str(), loadAtEnd.c_str());

    if (!o.json.isEmpty()) {
        std::ostringstream j;
        j << "{\"people\":" << loadedPeople << ",\"activities\":" << loadedActivities
          << ",\"threads\":" << parallel.threads() << ",\"file_to_ready\":" << timingJson(loadTiming)
          << ",\"store_bytes\":" << storeBytes << ",\"activity_bytes\":" << store.activityBytes()
          << ",\"peak_rss_engine_bytes\":" << peakEngine << ",\"peak_rss_bytes\":" << peakRssBytes()
          << ",\"sqlite_load_ms\":" << sqliteLoadMs << ",\"load_start\":" << jsonString(loadAtStart)
          << ",\"load_end\":" << jsonString(loadAtEnd) << ",\"queries\":[";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const BenchRow& r = rows[i];
            j << (i ? "," : "") << "{\"query\":" << jsonString(r.query) << ",\"engine\":" << timingJson(r.engine)
              << ",\"target_ms\":" << r.targetMs;
            if (!r.sqlite.empty() || r.sqlite.timedOut)
                j << ",\"sqlite\":" << timingJson(r.sqlite) << ",\"sqlite_limit_s\":" << r.sqliteLimitS;
            j << ",\"agreement\":" << jsonString(r.agreement) << "}";
        }
        j << "]}\n";
        std::ofstream(o.json.toStdString()) << j.str();
    }
    return 0;
}
