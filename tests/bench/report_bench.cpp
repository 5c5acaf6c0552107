// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// rapport-report-bench: how long the executive PDF report takes on a project (issue 7: under
// 5 s on the large demo, `rapport-cli new large.rapport --demo large`). Prints each phase —
// loading the engine, content, figures, content hash, drawing, writing — for English and
// Chinese, offscreen. A measurement, not a test.
#include "core/model/Clock.h"
#include "core/storage/ProjectFile.h"
#include "ui/report/ReportExport.h"

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace rapport;

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
        const QString out = QDir(outDir).filePath(QStringLiteral("report-%1.pdf").arg(language));
        if (!report::ReportExport::writeReport(source, options, out, {}, &error, &t)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%-6s %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f %9.0f %6d %8lld\n", qPrintable(language), t.loadMs,
                    t.contentMs, t.computeMs, t.hashMs, t.renderMs, t.writeMs, t.totalMs, t.pages, t.bytes / 1024);
    }
    return 0;
}
