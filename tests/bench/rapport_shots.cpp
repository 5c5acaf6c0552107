// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// rapport-shots: screenshots of the real window for looking at (not a test).
//   rapport-shots PROJECT OUTDIR [--lang zh_CN] [--size 1400x900]
// Opens PROJECT read-write in a MainWindow (settings in a temporary folder, so the user's
// are untouched), waits for the dashboard's first figures, then saves one PNG per dashboard
// view (dashboard-N-title.png) and one per workspace area (area-N-title.png). Run it on a
// display or under Xvfb (xvfb-run) to see what a user sees; offscreen works too.

#include "core/storage/ProjectFile.h"
#include "translations/Translations.h"
#include "ui/Area.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"
#include "ui/dashboard/DashboardArea.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

/** "rapport::ui::RetentionView" -> "retention" (file names the same in every language). */
QString slug(const char* className)
{
    QString name = QString::fromLatin1(className).section(QStringLiteral("::"), -1);
    for (const char* suffix : {"View", "Area"})
        if (name.endsWith(QLatin1String(suffix)) && name.size() > 4)
            name.chop(4);
    return name.toLower();
}

bool save(QWidget& window, const QString& path)
{
    settle(300);
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(QDir::toNativeSeparators(path)));
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStringList args = QApplication::arguments().mid(1);
    QString lang;
    QSize size(1400, 900);
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[++i];
        else if (args[i] == QLatin1String("--size") && i + 1 < args.size()) {
            const QStringList wh = args[++i].split(QLatin1Char('x'));
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        } else
            positional << args[i];
    }
    if (positional.size() != 2 || !size.isValid()) {
        std::fprintf(stderr, "usage: rapport-shots PROJECT OUTDIR [--lang zh_CN] [--size 1400x900]\n");
        return 2;
    }
    rapport::installTranslations(app, lang);
    QDir().mkpath(positional[1]);
    const QDir out(positional[1]);

    QTemporaryDir home;
    QSettings settings(home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    rapport::storage::ProjectEnvironment environment;
    environment.recoveryDir = home.filePath(QStringLiteral("recovery"));
    QDir().mkpath(environment.recoveryDir);
    rapport::ui::MainWindow window(environment, settings);
    window.resize(size);
    window.show();
    rapport::ui::DashboardArea* dashboard = window.dashboard();
    QEventLoop loop;
    QObject::connect(dashboard, &rapport::ui::DashboardArea::recomputed, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!window.controller()->openPath(positional[0])) {
        std::fprintf(stderr, "rapport-shots: %s cannot be opened\n", qPrintable(positional[0]));
        return 1;
    }
    window.showArea(0);
    loop.exec();

    bool ok = true;
    QTabWidget* tabs = dashboard->tabWidget();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QWidget* view = tabs->widget(i);
        ok &= save(window, out.filePath(QStringLiteral("dashboard-%1-%2.png")
                                            .arg(i + 1)
                                            .arg(slug(view->metaObject()->className()))));
    }
    tabs->setCurrentIndex(0);
    const QList<rapport::ui::Area*> areas = window.areas();
    for (int i = 1; i < areas.size(); ++i) {
        window.showArea(i);
        ok &= save(window, out.filePath(QStringLiteral("area-%1-%2.png")
                                            .arg(i + 1)
                                            .arg(slug(areas[i]->metaObject()->className()))));
    }
    window.controller()->closeProject();
    return ok ? 0 : 1;
}
