// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// rapport-report-bench: how long the executive PDF report takes on a project (issue 7: under
// 5 s on the large demo, `rapport-cli new large.rapport --demo large`). Prints each phase —
// loading the engine, content, figures, content hash, drawing, writing — for English and
// Chinese, offscreen — and each report against a baseline measured in the same run: loading
// the same project into the engine and nothing else (what every figure of the report needs
// first). A measurement, not a test.
#include "core/model/Clock.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/ProjectFile.h"
#include "ui/report/ReportExport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace rapport;

namespace {

/** CPU seconds of the whole process (all threads): the machine may be shared. */
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: rapport-report-bench PROJECT.rapport [OUT_DIR]\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QString outDir = args.size() > 2 ? args[2] : temporary.path();
    const model::SystemClock clock;
    storage::ProjectEnvironment env;
    env.recoveryDir = temporary.filePath(QStringLiteral("recovery"));
    env.clock = &clock;
    storage::FileResult opened;
    auto project = storage::ProjectFile::open(args[1], env, storage::OpenMode::ReadOnly, storage::RecoveryChoice::Ask,
                                              &opened, storage::PageCheck::Deferred);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    // The baseline: the engine alone, loaded the way the report loads it.
    double baselineMs = 0;
    {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const std::optional<storage::EngineData> data = storage::EngineLoader(project->database()).load(&error);
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        baselineMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("baseline: the engine alone loads %zu people and %zu activities in %.0f ms\n\n",
                    data->store.personCount(), data->store.activityCount(), baselineMs);
    }
    constexpr double kTargetMs = 5000; // issue 7, on the large demo
    std::printf("%-6s %8s %8s %8s %8s %8s %8s %9s %6s %8s\n", "lang", "load", "content", "figures", "hash", "draw",
                "write", "total ms", "pages", "KB");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        report::ReportSource source;
        source.db = project->database();
        source.projectPath = args[1];
        source.now = clock.now();
        report::ReportOptions options = report::ReportOptions::lastDays(clock.now().date());
        options.language = language;
        report::ReportTimings t;
        QString error;
        const double cpuBefore = cpuSeconds();
        const QString out = QDir(outDir).filePath(QStringLiteral("report-%1.pdf").arg(language));
        if (!report::ReportExport::writeReport(source, options, out, {}, &error, &t)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const double cpu = cpuSeconds() - cpuBefore;
        std::printf("%-6s %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f %9.0f %6d %8lld\n", qPrintable(language), t.loadMs,
                    t.contentMs, t.computeMs, t.hashMs, t.renderMs, t.writeMs, t.totalMs, t.pages, t.bytes / 1024);
        std::printf("       figures by query (ms):");
        for (const auto& [name, ms] : t.queryMs)
            std::printf(" %s %.0f;", name, ms);
        std::printf("\n       process CPU %.1f s (all threads) for %.1f s wall\n", cpu, t.totalMs / 1000.0);
        std::printf("       %.2f× the engine load alone; %.0f %% of the %.0f s target\n", t.totalMs / baselineMs,
                    100.0 * t.totalMs / kTargetMs, kTargetMs / 1000);
    }
    return 0;
}
