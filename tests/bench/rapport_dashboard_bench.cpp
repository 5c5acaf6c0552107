// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// rapport-dashboard-bench: issue 6's figure — a dashboard filter change reaches repainted
// views within 150 ms on the large demo. Offscreen, on a project opened read-only:
//   rapport-dashboard-bench --file PROJECT [--changes 20] [--filter audience|dates|campaign|mixed]
//                           [--views shown|all] [--threads N] [--screenshot FILE.png [--dark]]
// Per change: the time from setting the filter until every visible view has recomputed
// from the engine and repainted (with --views all: until every tab has been shown in turn,
// recomputed and repainted). Layout and paint events are processed and each view is
// repainted synchronously (QWidget::repaint), so the time is what the user waits for.

#include "BenchReport.h"

#include "core/storage/AudienceRepository.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/ProjectFile.h"
#include "ui/ProjectSession.h"
#include "ui/SessionEngine.h"
#include "ui/dashboard/DashboardArea.h"
#include "ui/dashboard/DashboardExport.h"
#include "ui/dashboard/DashboardFilterBar.h"
#include "ui/dashboard/DashboardView.h"

#include <QApplication>
#include <QPalette>
#include <QComboBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <map>

using namespace rapport;
using namespace rapport::bench;

namespace {

struct Options
{
    QString file;
    int changes = 20;
    QString filter = QStringLiteral("audience");
    bool allViews = false;
    int threads = 0;
    QString screenshot;
    bool dark = false;
};

int usage()
{
    std::fprintf(stderr,
                 "usage: rapport-dashboard-bench --file PROJECT [--changes 20] "
                 "[--filter audience|dates|campaign|mixed] [--views shown|all] [--threads N] "
                 "[--screenshot FILE.png]\n");
    return 2;
}

/** Waits for the area's first figures (or a failed load); false on failure. */
bool waitForData(ui::DashboardArea& area, QString* error)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&area, &ui::DashboardArea::recomputed, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(area.engine(), &ui::SessionEngine::loadFailed, &loop,
                     [&](const QString& message) {
                         *error = message;
                         loop.quit();
                     });
    if (!area.context())
        loop.exec();
    return ok || area.context();
}

/** The filter states a run cycles through. */
QList<ui::DashboardFilters> filterCycle(const Options& o, const ui::DashboardArea& area,
                                        const QSqlDatabase& db, const QDate& today)
{
    QList<ui::DashboardFilters> cycle;
    const ui::DashboardContext* context = area.context();
    QStringList audiences;
    // Only the audiences the engine can compute (each resolved once here).
    for (const QString& name : area.filterBar()->audiences())
        if (storage::EngineLoader(db).audienceFilter(name, context->store(), nullptr,
                                                     &context->data->responses))
            audiences << name;
    const QList<QDate> starts = {today.addDays(-29), today.addDays(-89), QDate(today.year(), 1, 1),
                                 QDate()};
    QStringList campaigns;
    const QComboBox* combo = area.filterBar()->campaignCombo();
    for (int i = 1; i < combo->count() && campaigns.size() < 12; ++i)
        campaigns << combo->itemText(i);

    auto add = [&](auto&& change) {
        ui::DashboardFilters f;
        change(f);
        if (!cycle.contains(f))
            cycle << f;
    };
    if (o.filter == QLatin1String("audience") || o.filter == QLatin1String("mixed")) {
        add([](ui::DashboardFilters&) {});
        for (const QString& name : audiences)
            add([&](ui::DashboardFilters& f) { f.audience = name; });
    }
    if (o.filter == QLatin1String("dates") || o.filter == QLatin1String("mixed"))
        for (const QDate& from : starts)
            add([&](ui::DashboardFilters& f) { f.from = from; });
    if (o.filter == QLatin1String("campaign") || o.filter == QLatin1String("mixed")) {
        add([](ui::DashboardFilters&) {});
        for (const QString& name : campaigns)
            add([&](ui::DashboardFilters& f) { f.campaign = name; });
    }
    return cycle;
}

QString describe(const ui::DashboardFilters& f)
{
    QStringList parts;
    if (f.from.isValid())
        parts << QStringLiteral("from %1").arg(f.from.toString(Qt::ISODate));
    if (!f.audience.isEmpty())
        parts << QStringLiteral("audience %1").arg(f.audience);
    if (!f.campaign.isEmpty())
        parts << QStringLiteral("campaign %1").arg(f.campaign);
    return parts.isEmpty() ? QStringLiteral("everyone, all time")
                           : parts.join(QStringLiteral(", "));
}

/** Lets posted layout and update requests run, then paints view now. */
void repaintNow(QWidget* view)
{
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    view->repaint();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--file"))
            o.file = next, ++i;
        else if (a == QLatin1String("--changes"))
            o.changes = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--filter"))
            o.filter = next, ++i;
        else if (a == QLatin1String("--views"))
            o.allViews = next == QLatin1String("all"), ++i;
        else if (a == QLatin1String("--threads"))
            o.threads = next.toInt(), ++i;
        else if (a == QLatin1String("--screenshot"))
            o.screenshot = next, ++i;
        else if (a == QLatin1String("--dark"))
            o.dark = true;
        else
            return usage();
    }
    const QStringList filters = {QStringLiteral("audience"), QStringLiteral("dates"),
                                 QStringLiteral("campaign"), QStringLiteral("mixed")};
    if (o.file.isEmpty() || !filters.contains(o.filter))
        return usage();

    std::printf("rapport-dashboard-bench: load at start %s\n", machineLoad().c_str());
    // Read-only: no lock, no working copy; the file is not changed.
    QTemporaryDir temp;
    storage::ProjectEnvironment env;
    env.recoveryDir = temp.path() + QStringLiteral("/recovery");
    env.userName = QStringLiteral("bench");
    env.hostName = QStringLiteral("bench");
    storage::FileResult result;
    auto file = storage::ProjectFile::open(o.file, env, storage::OpenMode::ReadOnly,
                                           storage::RecoveryChoice::Discard, &result,
                                           storage::PageCheck::Deferred);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(result.message));
        return 1;
    }
    const QDate today = file->clock().now().date();
    ui::ProjectSession session(std::move(file));

    if (o.dark) {
        // A dark palette, as a dark desktop theme gives: to look at the charts in it.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(dark);
    }
    ui::DashboardArea area;
    area.engine()->setThreads(o.threads);
    area.resize(1280, 800);
    area.setSession(&session);
    const double loadStart = nowMs();
    area.show();
    QString error;
    if (!waitForData(area, &error)) {
        std::fprintf(stderr, "load: %s\n", qPrintable(error));
        return 1;
    }
    const double loadMs = nowMs() - loadStart;
    const engine::Store& store = area.context()->store();
    QList<ui::DashboardView*> views = area.views();
    QStringList titles;
    for (ui::DashboardView* view : views)
        titles << view->title();
    std::printf("%s: %zu people, %zu activities; shown -> first figures %.0f ms; views: %s\n",
                qPrintable(QFileInfo(o.file).fileName()), store.personCount(),
                store.activityCount(), loadMs, qPrintable(titles.join(QStringLiteral(", "))));

    const QList<ui::DashboardFilters> cycle =
        filterCycle(o, area, session.file().database(), today);
    if (cycle.size() < 2) {
        std::fprintf(stderr,
                     "--filter %s: the project offers fewer than two states to switch between\n",
                     qPrintable(o.filter));
        return 1;
    }

    // Per change: wall time to every visible view recomputed and repainted.
    Timing total, first, again;        // all changes; a state's first use; a state seen before
    std::map<QString, Timing> perView; // recompute + paint of each view as it is shown
    double recomputeMs = 0;
    QObject::connect(&area, &ui::DashboardArea::recomputed, &area,
                     [&](ui::DashboardView*, double ms) { recomputeMs += ms; });
    QSet<int> seen;
    auto change = [&](int state, bool timed) {
        const ui::DashboardFilters& f = cycle[state];
        recomputeMs = 0;
        const double cpu0 = processCpuMs(), t0 = nowMs();
        area.filterBar()->setFilters(f); // the shown view recomputes here
        const double set = nowMs() - t0;
        if (!o.allViews) {
            repaintNow(area.currentView());
        } else {
            for (int i = 0; i < views.size(); ++i) {
                const double v0 = nowMs();
                area.tabWidget()->setCurrentIndex(i); // a stale view recomputes when shown
                repaintNow(views[i]);
                if (timed)
                    perView[views[i]->title()].wallMs.push_back(nowMs() - v0);
            }
        }
        const double wall = nowMs() - t0, cpu = processCpuMs() - cpu0;
        const bool firstUse = !seen.contains(state);
        seen.insert(state);
        if (!timed)
            return;
        for (Timing* t : {&total, firstUse ? &first : &again}) {
            t->wallMs.push_back(wall);
            t->cpuMs.push_back(cpu);
        }
        std::printf("  %-40s %s %7.1f ms (filters + recompute %.1f, of which views %.1f; "
                    "paint %.1f; cpu %.1f)\n",
                    qPrintable(describe(f)), firstUse ? "first" : "again", wall, set, recomputeMs,
                    wall - set, cpu);
        std::fflush(stdout);
    };
    // Warm-up: the code and memory of every query; "everyone, all time" is what the area
    // showed first.
    seen.insert(0);
    change(1 % int(cycle.size()), false);
    std::printf("%d filter changes (--filter %s), %s; \"first\" = the first use of that filter "
                "(an audience is resolved on the snapshot then):\n",
                o.changes, qPrintable(o.filter),
                o.allViews ? "every tab shown in turn" : "the shown tab");
    for (int i = 0; i < o.changes; ++i)
        change((i + 2) % int(cycle.size()), true);

    auto line = [](const char* what, const Timing& t) {
        if (!t.empty())
            std::printf(
                "   %-12s median %7.1f ms, min %7.1f, max %7.1f, cpu median %6.1f ms (%zu)\n", what,
                t.median(), t.min(), t.max(), t.cpuMedian(), t.wallMs.size());
    };
    std::printf("\n== filter change -> %s recomputed and repainted; target 150 ms: %s ==\n",
                o.allViews ? "every view" : "the visible view",
                total.median() <= 150 ? "met (median)" : "NOT met (median)");
    line("all changes", total);
    line("first use", first);
    line("again", again);
    for (const auto& [title, t] : perView)
        std::printf("   %-24s median %6.1f ms, max %6.1f\n", qPrintable(title), t.median(),
                    t.max());
    std::printf("load (1/5/15 min) at end: %s\n", machineLoad().c_str());

    if (!o.screenshot.isEmpty()) {
        if (!ui::DashboardExport::image(&area, 1).save(o.screenshot)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(o.screenshot));
            return 1;
        }
        std::printf("screenshot: %s\n", qPrintable(o.screenshot));
    }
    return 0;
}
