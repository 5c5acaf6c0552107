// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// rapport-workspace-bench: a project in a team workspace (issue 10). Publishes a project file
// to a PostgreSQL server once, then loads the engine from the server and from the file
// (the baseline, same run) N times each, and pulls the workspace back into a file.
//   rapport-workspace-bench --file PROJECT [--runs 3] [--threads N] [--keep-database]
// The server: the one tests/support/run-with-postgres.sh started (RAPPORT_TEST_PG_*), else
// the bench re-runs itself under that script (a private server on loopback). The file is
// only read.

#include "BenchReport.h"

#include "core/engine/ParallelFor.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/ProjectFile.h"
#include "core/workspace/PgEngineLoader.h"
#include "core/workspace/Transfer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

#include <unistd.h>

using namespace rapport;
using namespace rapport::bench;

namespace {

struct Options
{
    QString file;
    int runs = 3;
    int threads = 0;
    bool keepDatabase = false;
};

void printLoad(const char* what, const storage::EngineLoadReport& r)
{
    std::printf("  %-8s total %8.0f ms: people %6.0f, activities %6.0f, names %4.0f, build %6.0f, responses %5.0f "
                "(%lld people, %lld activities, %lld responses)\n",
                what, r.totalMs, r.peopleMs, r.activitiesMs, r.namesMs, r.buildMs, r.responsesMs,
                (long long)r.people, (long long)r.activities, (long long)r.responses);
}

/** Wall time per phase of a transfer (per table, then indexing, verifying, analysing). */
struct Phases
{
    QString current;
    double since = 0;
    std::vector<std::pair<QString, double>> done;
    workspace::TransferProgress callback()
    {
        return [this](std::int64_t, std::int64_t, const QString& what) {
            if (what == current)
                return;
            const double now = nowMs();
            if (!current.isEmpty())
                done.emplace_back(current, now - since);
            current = what;
            since = now;
        };
    }
    void print(double totalMs)
    {
        callback()(0, 0, QStringLiteral("(end)"));
        double listed = 0;
        for (const auto& [what, ms] : done) {
            listed += ms;
            if (ms >= 100)
                std::printf("    %-22s %8.0f ms\n", qPrintable(what), ms);
        }
        std::printf("    %-22s %8.0f ms\n", "(other: connect, schema)", totalMs - listed);
    }
};

int runUnderPostgres(int argc, char** argv)
{
    // No server in the environment: start one of our own for this run.
    const QByteArray script = RAPPORT_SOURCE_DIR "/tests/support/run-with-postgres.sh";
    std::vector<char*> args;
    args.push_back(const_cast<char*>("/bin/sh"));
    args.push_back(const_cast<char*>(script.constData()));
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    if (qEnvironmentVariableIsEmpty("RAPPORT_PG_OPTIONS")) // a bench wants the data in memory
        qputenv("RAPPORT_PG_OPTIONS", "-c shared_buffers=1GB -c max_wal_size=8GB -c checkpoint_timeout=30min");
    std::fflush(stdout);
    ::execv("/bin/sh", args.data());
    std::perror("rapport-workspace-bench: cannot run run-with-postgres.sh");
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("RAPPORT_TEST_PG_PORT"))
        return runUnderPostgres(argc, argv);
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--file"))
            o.file = next, ++i;
        else if (a == QLatin1String("--runs"))
            o.runs = std::max(0, next.toInt()), ++i;
        else if (a == QLatin1String("--threads"))
            o.threads = std::max(0, next.toInt()), ++i;
        else if (a == QLatin1String("--keep-database"))
            o.keepDatabase = true;
        else
            o.file.clear(), i = int(args.size());
    }
    if (o.file.isEmpty()) {
        std::fprintf(stderr, "usage: rapport-workspace-bench --file PROJECT [--runs 3] [--threads N] [--keep-database]\n");
        return 2;
    }

    workspace::WorkspaceAddress address;
    address.host = qEnvironmentVariable("RAPPORT_TEST_PG_HOST");
    address.port = qEnvironmentVariableIntValue("RAPPORT_TEST_PG_PORT");
    address.user = qEnvironmentVariable("RAPPORT_TEST_PG_USER");
    address.database = QStringLiteral("rapport_bench_%1").arg(::getpid());
    address.tls = workspace::TlsMode::Disable;
    const QString password = qEnvironmentVariable("RAPPORT_TEST_PG_PASSWORD");
    const auto admin = [&](const QString& sql) {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            db.setHostName(address.host);
            db.setPort(address.port);
            db.setUserName(address.user);
            db.setPassword(password);
            db.setDatabaseName(QStringLiteral("postgres"));
            ok = db.open() && QSqlQuery(db).exec(sql);
            if (!ok)
                std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(db.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        return ok;
    };
    if (!admin(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(address.database)))
        return 1;

    std::printf("rapport-workspace-bench: load at start %s; %d hardware threads\n", machineLoad().c_str(),
                engine::ParallelFor(o.threads).threads());
    std::printf("file %s (%.0f MB), workspace %s\n", qPrintable(o.file), double(QFileInfo(o.file).size()) / 1e6,
                qPrintable(address.toUrl()));
    int rc = 0;
    const auto stop = [&](const QString& why) {
        std::fprintf(stderr, "rapport-workspace-bench: %s\n", qPrintable(why));
        rc = 1;
    };

    // --- publish, once ---------------------------------------------------------------------
    workspace::TransferReport published;
    Phases publishPhases;
    workspace::PublishOptions publishOptions;
    publishOptions.progress = publishPhases.callback();
    const workspace::WorkspaceResult p = workspace::Transfer::publishFile(o.file, address, password, publishOptions, &published);
    if (!p) {
        stop(p.message);
    } else {
        std::printf("\npublish: %.0f ms, %.1f MB sent, content %s\n", published.milliseconds,
                    double(published.bytes) / 1e6, qPrintable(published.content.hex()));
        for (const workspace::TableContent& t : published.content.tables)
            if (t.rows > 0)
                std::printf("  %-22s %10lld rows\n", qPrintable(t.table), (long long)t.rows);
        std::printf("  phases:\n");
        publishPhases.print(published.milliseconds);
    }

    // --- the engine from the server and from the file, alternating ------------------------
    Timing fromServer, fromFile;
    std::size_t people[2] = {0, 0}, activities[2] = {0, 0};
    for (int run = 0; rc == 0 && run < o.runs; ++run) {
        std::printf("\nrun %d\n", run + 1);
        {
            const double wall = nowMs(), cpu = processCpuMs();
            QString error;
            const auto data = workspace::PgEngineLoader(address, password, o.threads).load(&error);
            fromServer.wallMs.push_back(nowMs() - wall);
            fromServer.cpuMs.push_back(processCpuMs() - cpu);
            if (!data) {
                stop(error);
                break;
            }
            people[0] = data->store.personCount();
            activities[0] = data->store.activityCount();
            std::printf("  server   %.0f ms wall\n", fromServer.wallMs.back());
            printLoad("server", data->report);
        }
        {
            // What opening a file for the dashboard does: no page check, then every row.
            const double wall = nowMs(), cpu = processCpuMs();
            storage::ProjectEnvironment env;
            storage::FileResult opened;
            auto project = storage::ProjectFile::open(o.file, env, storage::OpenMode::ReadOnly,
                                                      storage::RecoveryChoice::Discard, &opened, storage::PageCheck::Deferred);
            if (!project) {
                stop(opened.message);
                break;
            }
            QString error;
            const auto data = storage::EngineLoader(project->database(), o.threads).load(&error);
            fromFile.wallMs.push_back(nowMs() - wall);
            fromFile.cpuMs.push_back(processCpuMs() - cpu);
            if (!data) {
                stop(error);
                break;
            }
            people[1] = data->store.personCount();
            activities[1] = data->store.activityCount();
            std::printf("  file     %.0f ms wall\n", fromFile.wallMs.back());
            printLoad("file", data->report);
        }
        if (people[0] != people[1] || activities[0] != activities[1])
            stop(QStringLiteral("the two engines differ: %1/%2 people, %3/%4 activities")
                     .arg(people[0]).arg(people[1]).arg(activities[0]).arg(activities[1]));
    }
    if (!fromServer.empty() && !fromFile.empty() && rc == 0) {
        std::printf("\nengine load, median of %d (min–max), wall / CPU of this process:\n", int(fromServer.wallMs.size()));
        std::printf("  from the server  %7.0f ms (%.0f–%.0f)  CPU %.0f ms   target 5000 ms: %s\n", fromServer.median(),
                    fromServer.min(), fromServer.max(), fromServer.cpuMedian(),
                    fromServer.median() <= 5000 ? "met" : "MISSED");
        std::printf("  from the file    %7.0f ms (%.0f–%.0f)  CPU %.0f ms\n", fromFile.median(), fromFile.min(),
                    fromFile.max(), fromFile.cpuMedian());
        std::printf("  server / file    %7.2f×\n", fromServer.median() / fromFile.median());
    }

    // --- pull, once ---------------------------------------------------------------------
    if (rc == 0) {
        QTemporaryDir temp;
        workspace::TransferReport pulled;
        const QString target = temp.filePath(QStringLiteral("pulled.rapport"));
        Phases pullPhases;
        const workspace::WorkspaceResult r =
            workspace::Transfer::pullToFile(address, password, target, &pulled, pullPhases.callback());
        if (!r)
            stop(r.message);
        else {
            std::printf("\npull: %.0f ms, %.1f MB received, %.0f MB file, content %s (%s)\n", pulled.milliseconds,
                        double(pulled.bytes) / 1e6, double(QFileInfo(target).size()) / 1e6,
                        qPrintable(pulled.content.hex()),
                        pulled.content.total == published.content.total ? "equal to the published file's" : "DIFFERENT");
            pullPhases.print(pulled.milliseconds);
        }
    }
    std::printf("load at end %s\n", machineLoad().c_str());
    if (!o.keepDatabase)
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(address.database));
    return rc;
}
