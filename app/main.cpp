// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Clock.h"
#include "core/storage/ProjectFile.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"
#include "ui/SingleInstance.h"
#include "ui/TerminationWatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Settings: QSettings' native place (~/.config/rapportdesk/Rapport.conf, the registry,
    // ~/Library/Preferences/io.github.rapportdesk.Rapport.plist), never beside the program.
    QApplication::setOrganizationName(QStringLiteral("rapportdesk"));
    QApplication::setOrganizationDomain(QStringLiteral("rapportdesk.github.io"));
    QApplication::setApplicationName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(RAPPORT_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Community and developer-relations analytics for the desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QStringLiteral("User interface language: %1.")
            .arg(rapport::availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("LANG"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The project file to open (*.rapport)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    rapport::installTranslations(app, parser.value(langOption));

    // A second launch (a double-click on a project) hands its file to the running window.
    const QStringList files =
        rapport::ui::SingleInstance::absolutePaths(parser.positionalArguments(), QDir::currentPath());
    rapport::ui::SingleInstance instance(
        rapport::ui::SingleInstance::serverNameFor(QStringLiteral(RAPPORT_APP_ID)));
    if (instance.start(files) == rapport::ui::SingleInstance::Role::HandedOff)
        return 0;
    app.installEventFilter(&instance); // macOS: files opened from Finder

    QSettings settings;
    const rapport::model::SystemClock clock;
    rapport::storage::ProjectEnvironment environment;
    environment.recoveryDir =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
        QStringLiteral("/recovery");
    environment.userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    environment.hostName = QSysInfo::machineHostName();
    environment.clock = &clock;
    QDir().mkpath(environment.recoveryDir);

    rapport::ui::MainWindow window(environment, settings);
    // Asked to stop by the system (logout, shutdown, kill): no questions, the lock released
    // and unsaved work kept for the recovery prompt.
    rapport::ui::TerminationWatcher termination;
    QObject::connect(&termination, &rapport::ui::TerminationWatcher::terminationRequested,
                     &window, [&window] {
                         window.controller()->closeForShutdown();
                         QApplication::quit();
                     });
    QObject::connect(&instance, &rapport::ui::SingleInstance::openRequested, &window,
                     &rapport::ui::MainWindow::openFromAnotherLaunch);
    window.show();
    const QString file = files.isEmpty() ? QString() : files.first();
    QTimer::singleShot(0, &window, [&window, file] { window.openAtStart(file); });
    return app.exec();
}
