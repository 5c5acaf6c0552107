// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// rapport-cli: argument parsing only; the commands live in core/io/CliCommands.
#include "core/io/CliCommands.h"
#include "core/model/Clock.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/sources/SourceCommands.h"
#include "core/workspace/TransferCommands.h"
#include "core/workspace/WorkspaceAccessCommands.h"
#include "translations/Translations.h"
#include "ui/report/ReportCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QSysInfo>

#include <cstdio>
#include <cstring>
#include <memory>

#include <pwd.h>
#include <unistd.h>

namespace {

const char* const kCommands = QT_TRANSLATE_NOOP("rapport-cli",
    "Commands:\n"
    "  new FILE [--demo small|medium|large|PEOPLE]   create a project (optionally with a demo community)\n"
    "  info FILE [--json]                            what a project holds\n"
    "  import FILE SOURCE [--preset auto|NAME] [--as people|activities|responses] [--mapping MAP.json]\n"
    "         [--campaign NAME] [--survey NAME] [--date-order mdy|dmy|ymd] [--timezone ZONE]\n"
    "         [--dry-run] [--json]\n"
    "                                                import a platform export or a canonical CSV\n"
    "                                                (all or nothing; --preset list names the platforms)\n"
    "  imports FILE [--json]                         the imports made, newest last\n"
    "  undo-import FILE                              undo the newest import as one step\n"
    "  export FILE --what people|activities|responses --out OUT.csv\n"
    "                                                write a canonical CSV\n"
    "  funnel FILE --steps T1,T2[,...] [--window 30d] [--mode ordered|strict|unordered]\n"
    "         [--from DATE] [--to DATE] [--audience NAME] [--breakdown FIELD|campaign] [--json]\n"
    "                                                conversion through activity types\n"
    "  retention FILE --start TYPE --return TYPE|any [--period week|month] [--periods N] [--json]\n"
    "                                                cohort retention\n"
    "  nps FILE [--survey NAME] [--breakdown FIELD|campaign|survey|week|month] [--json]\n"
    "                                                NPS with its margin of error, and CSAT\n"
    "  levels FILE [--json]                          engagement levels as of now\n"
    "  source add FILE github NAME --repo OWNER/NAME [--repo ...] [--url API] [--token-stdin]\n"
    "  source add FILE discourse NAME --url https://FORUM [--api-user USER] [--token-stdin]\n"
    "  source list FILE [--json]\n"
    "  source sync FILE [NAME...] [--token-stdin] [--json]\n"
    "  source remove FILE NAME\n"
    "                                                live data sources; tokens live in the system keychain\n"
    "                                                (--token-stdin reads one from standard input to store it)\n"
    "  report FILE --pdf OUT.pdf [--from DATE] [--to DATE] [--audience NAME] [--lang en|zh_CN]\n"
    "         [--sections LIST] [--paper a4|letter] [--include-personal] [--author EMAIL]\n"
    "                                                the executive PDF report (default: the last 90 days),\n"
    "                                                or an author's statement\n"
    "  publish FILE URL [--replace] [--password-stdin]\n"
    "                                                copy a project into a team workspace\n"
    "                                                (URL: postgresql://USER@HOST:PORT/DATABASE)\n"
    "  pull URL FILE [--password-stdin]              copy a team workspace into a project file\n"
    "                                                (the password: --password-stdin, the keychain or PGPASSWORD)");

// Team workspaces: who may read or change one (its own string, so the list above keeps its
// translation).
const char* const kWorkspaceAccessCommands = QT_TRANSLATE_NOOP("rapport-cli",
    "  workspace grant URL USER viewer|editor [--password-stdin]\n"
    "  workspace revoke URL USER [--password-stdin]\n"
    "  workspace who URL [--password-stdin]\n"
    "  workspace prune URL [DAYS] [--password-stdin]\n"
    "                                                who may read (viewer) or change (editor) a team\n"
    "                                                workspace; prune drops change-log entries older than\n"
    "                                                DAYS (30); URL is postgresql://OWNER@HOST:PORT/DATABASE,\n"
    "                                                the owner's password comes from the system keychain");

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        if (const passwd* pw = getpwuid(getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
    return user;
}

int finish(const rapport::io::CommandResult& result)
{
    if (!result.output.isEmpty())
        std::fprintf(stdout, "%s\n", result.output.toLocal8Bit().constData());
    if (result.exitCode != 0)
        std::fprintf(stderr, "rapport-cli: %s\n", result.error.toLocal8Bit().constData());
    return result.exitCode;
}

int usage(const QString& message)
{
    return finish(rapport::io::CommandResult::fail(
        QCoreApplication::translate("rapport-cli", "%1 (see rapport-cli --help)").arg(message), 2));
}

/** publish FILE URL / pull URL FILE: a project between a file and a team workspace. */
int transferCommand(const QString& command, const QStringList& args, bool replace, bool passwordStdin)
{
    if (args.size() != 3)
        return usage(command == u"publish"
                         ? QCoreApplication::translate("rapport-cli", "usage: publish FILE URL [--replace] [--password-stdin]")
                         : QCoreApplication::translate("rapport-cli", "usage: pull URL FILE [--password-stdin]"));
    rapport::secrets::KeychainSecretStore keychain;
    rapport::workspace::TransferCommands transfer(keychain, [] {
        return rapport::sources::SourceCommands::readSecretFromStdin(
            QCoreApplication::translate("rapport-cli", "Password (not shown): "));
    });
    rapport::workspace::TransferArguments arguments;
    arguments.replace = replace;
    arguments.passwordFromStdin = passwordStdin;
    arguments.showProgress = isatty(STDERR_FILENO);
    const rapport::workspace::CommandOutcome outcome =
        command == u"publish" ? transfer.publish(args[1], args[2], arguments) : transfer.pull(args[1], args[2], arguments);
    return finish({outcome.exitCode, outcome.output, outcome.error});
}

/** `workspace grant|revoke|who URL ...` (arguments after "workspace"). */
int workspaceAccess(const QStringList& arguments, bool passwordFromStdin)
{
    rapport::secrets::KeychainSecretStore keychain;
    std::function<QString()> readPassword;
    if (passwordFromStdin)
        readPassword = &rapport::sources::SourceCommands::readTokenFromStdin;
    const auto r = rapport::workspace::WorkspaceAccessCommands(keychain, readPassword).run(arguments);
    if (r.exitCode == 2)
        return usage(r.error);
    return finish({r.exitCode, r.output, r.error});
}

} // namespace

/** Whether the command is `report`, which draws text and so needs a GUI application. */
bool drawsReport(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "report") == 0)
            return true;
    return false;
}

int main(int argc, char* argv[])
{
    // A report is drawn without any display: always on the offscreen platform.
    const bool report = drawsReport(argc, argv);
    if (report)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        report ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("rapportdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("rapportdesk.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    rapport::installTranslations(app, QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("rapport-cli", "Rapport on the command line.") + u'\n' +
        QCoreApplication::translate("rapport-cli", kCommands) + u'\n' +
        QCoreApplication::translate("rapport-cli", kWorkspaceAccessCommands));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("rapport-cli", "new: fill with a demo community of this size."),
        QStringLiteral("SIZE"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("rapport-cli", "info, import: print JSON."));
    const QCommandLineOption as(
        QStringLiteral("as"),
        QCoreApplication::translate("rapport-cli", "import: what the file holds."),
        QStringLiteral("KIND"));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        QCoreApplication::translate(
            "rapport-cli", "import: JSON object mapping canonical column names to the file's."),
        QStringLiteral("MAP.json"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("rapport-cli",
                                    "import: report what would change, change nothing."));
    const QCommandLineOption what(
        QStringLiteral("what"),
        QCoreApplication::translate("rapport-cli", "export: what to write."),
        QStringLiteral("KIND"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("rapport-cli", "export: the CSV file to write."),
        QStringLiteral("OUT.csv"));
    auto valueOption = [](const char* name, const char* help, const char* valueName) {
        return QCommandLineOption(QString::fromLatin1(name), QCoreApplication::translate("rapport-cli", help),
                                  QString::fromLatin1(valueName));
    };
    const QCommandLineOption steps = valueOption(
        "steps", QT_TRANSLATE_NOOP("rapport-cli", "funnel: the activity types of the steps, comma-separated."), "T1,T2");
    const QCommandLineOption window = valueOption(
        "window", QT_TRANSLATE_NOOP("rapport-cli", "funnel: conversion window (Nd, Nh or Nw; default 30d)."), "N");
    const QCommandLineOption mode = valueOption(
        "mode", QT_TRANSLATE_NOOP("rapport-cli", "funnel: ordered (default), strict or unordered."), "MODE");
    const QCommandLineOption from = valueOption(
        "from", QT_TRANSLATE_NOOP("rapport-cli", "funnel, report: first day a first step may happen on / of the report (UTC)."), "DATE");
    const QCommandLineOption to = valueOption(
        "to", QT_TRANSLATE_NOOP("rapport-cli", "funnel, report: last day a first step may happen on / of the report (UTC)."), "DATE");
    const QCommandLineOption audience = valueOption(
        "audience", QT_TRANSLATE_NOOP("rapport-cli", "funnel, report: only the people of this audience."), "NAME");
    const QCommandLineOption breakdown = valueOption(
        "breakdown", QT_TRANSLATE_NOOP("rapport-cli", "funnel, nps: split by a person attribute or as listed."),
        "FIELD");
    const QCommandLineOption start = valueOption(
        "start", QT_TRANSLATE_NOOP("rapport-cli", "retention: the activity type that starts a cohort."), "TYPE");
    const QCommandLineOption returning = valueOption(
        "return", QT_TRANSLATE_NOOP("rapport-cli", "retention: the activity type that counts as coming back, or any."),
        "TYPE");
    const QCommandLineOption period = valueOption(
        "period", QT_TRANSLATE_NOOP("rapport-cli", "retention: week or month (default)."), "PERIOD");
    const QCommandLineOption periods = valueOption(
        "periods", QT_TRANSLATE_NOOP("rapport-cli", "retention: number of periods (default 12)."), "N");
    const QCommandLineOption survey = valueOption(
        "survey", QT_TRANSLATE_NOOP("rapport-cli", "nps: only the responses to this survey; import: the survey "
                                                   "a survey export's responses belong to."), "NAME");
    const QCommandLineOption preset = valueOption(
        "preset", QT_TRANSLATE_NOOP("rapport-cli", "import: the file's format (auto, a platform, or list)."),
        "NAME");
    const QCommandLineOption campaign = valueOption(
        "campaign", QT_TRANSLATE_NOOP("rapport-cli", "import: the campaign an event export belongs to."), "NAME");
    const QCommandLineOption dateOrder = valueOption(
        "date-order", QT_TRANSLATE_NOOP("rapport-cli", "import: day/month order of numeric dates."), "mdy|dmy|ymd");
    const QCommandLineOption timeZone = valueOption(
        "timezone", QT_TRANSLATE_NOOP("rapport-cli", "import: the zone of times written without one (default UTC)."),
        "ZONE");
    const QCommandLineOption repo = valueOption(
        "repo", QT_TRANSLATE_NOOP("rapport-cli", "source add: a GitHub repository to sync (repeatable)."), "OWNER/NAME");
    const QCommandLineOption url = valueOption(
        "url", QT_TRANSLATE_NOOP("rapport-cli", "source add: the forum's address, or a GitHub Enterprise API root."), "URL");
    const QCommandLineOption apiUser = valueOption(
        "api-user", QT_TRANSLATE_NOOP("rapport-cli", "source add: the Discourse user an API key acts as."), "USER");
    const QCommandLineOption tokenStdin(
        QStringLiteral("token-stdin"),
        QCoreApplication::translate("rapport-cli", "source add, sync: read the token from standard input and keep it "
                                                   "in the system keychain."));
    const QCommandLineOption pdf = valueOption(
        "pdf", QT_TRANSLATE_NOOP("rapport-cli", "report: the PDF file to write."), "OUT.pdf");
    const QCommandLineOption lang = valueOption(
        "lang", QT_TRANSLATE_NOOP("rapport-cli", "report: the report's language, en or zh_CN."), "LANG");
    const QCommandLineOption sections = valueOption(
        "sections", QT_TRANSLATE_NOOP("rapport-cli", "report: the pages, comma-separated (headline, funnel, "
                                                     "satisfaction, engagement, campaigns, content, retention, "
                                                     "methodology) or all."), "LIST");
    const QCommandLineOption paper = valueOption(
        "paper", QT_TRANSLATE_NOOP("rapport-cli", "report: a4 (default) or letter, landscape."), "SIZE");
    const QCommandLineOption author = valueOption(
        "author", QT_TRANSLATE_NOOP("rapport-cli", "report: an author statement for the person with this email."),
        "EMAIL");
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        QCoreApplication::translate("rapport-cli", "publish: replace the project the workspace holds."));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("rapport-cli", "publish, pull, workspace: read the workspace password from "
                                                   "standard input and keep it in the system keychain."));
    const QCommandLineOption personal(
        QStringLiteral("include-personal"),
        QCoreApplication::translate("rapport-cli", "report: show names (left out by default)."));
    parser.addOptions({demo, json, as, mapping, dryRun, what, out, steps, window, mode, from, to, audience,
                       breakdown, start, returning, period, periods, survey, preset, campaign, dateOrder,
                       timeZone, repo, url, apiUser, tokenStdin, pdf, lang, sections, paper, author, personal,
                       replace, passwordStdin});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("rapport-cli", "new, info, import, export, funnel, retention, nps, levels, source, report, publish, pull or workspace."),
        QStringLiteral("COMMAND FILE [SOURCE]"));
    if (!parser.parse(app.arguments()))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s\n", parser.helpText().toLocal8Bit().constData());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fprintf(stdout, "rapport-cli %s\n", RAPPORT_VERSION);
        return 0;
    }

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(QCoreApplication::translate("rapport-cli", "no command given"));
    const QString command = args.first();
    const auto expectArgs = [&](int count) { return args.size() == count + 1; };

    const rapport::model::SystemClock clock;
    rapport::storage::ProjectEnvironment environment;
    environment.recoveryDir =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
    environment.userName = userName();
    environment.hostName = QSysInfo::machineHostName();
    environment.clock = &clock;
    rapport::io::CliCommands commands(environment);

    if (command == u"new") {
        if (!expectArgs(1))
            return usage(QCoreApplication::translate(
                "rapport-cli", "usage: new FILE [--demo small|medium|large|PEOPLE]"));
        return finish(commands.createProject(args[1], parser.value(demo)));
    }
    if (command == u"info") {
        if (!expectArgs(1))
            return usage(QCoreApplication::translate("rapport-cli", "usage: info FILE [--json]"));
        return finish(commands.info(args[1], parser.isSet(json)));
    }
    if (command == u"import") {
        if (parser.value(preset) == u"list")
            return finish(rapport::io::CommandResult::ok(rapport::io::CliCommands::presetList()));
        if (!expectArgs(2))
            return usage(QCoreApplication::translate(
                "rapport-cli",
                "usage: import FILE SOURCE [--preset auto|NAME] [--as people|activities|responses] "
                "[--mapping MAP.json] [--campaign NAME] [--survey NAME] [--date-order mdy|dmy|ymd] [--timezone ZONE] [--dry-run] "
                "[--json]"));
        rapport::io::ImportArguments a;
        a.preset = parser.value(preset);
        a.kind = parser.value(as);
        a.mappingPath = parser.value(mapping);
        a.campaign = parser.value(campaign);
        a.survey = parser.value(survey);
        a.dateOrder = parser.value(dateOrder);
        a.timeZone = parser.value(timeZone);
        a.dryRun = parser.isSet(dryRun);
        return finish(commands.importFile(args[1], args[2], a, parser.isSet(json)));
    }
    if (command == u"imports") {
        if (!expectArgs(1))
            return usage(QCoreApplication::translate("rapport-cli", "usage: imports FILE [--json]"));
        return finish(commands.imports(args[1], parser.isSet(json)));
    }
    if (command == u"undo-import") {
        if (!expectArgs(1))
            return usage(QCoreApplication::translate("rapport-cli", "usage: undo-import FILE"));
        return finish(commands.undoImport(args[1]));
    }
    if (command == u"export") {
        if (!expectArgs(1) || !parser.isSet(what) || !parser.isSet(out))
            return usage(QCoreApplication::translate(
                "rapport-cli",
                "usage: export FILE --what people|activities|responses --out OUT.csv"));
        return finish(commands.exportFile(args[1], parser.value(what), parser.value(out)));
    }
    if (command == u"funnel") {
        if (!expectArgs(1) || !parser.isSet(steps))
            return usage(QCoreApplication::translate(
                "rapport-cli",
                "usage: funnel FILE --steps T1,T2[,...] [--window 30d] [--mode ordered|strict|unordered] "
                "[--from DATE] [--to DATE] [--audience NAME] [--breakdown FIELD|campaign] [--json]"));
        rapport::io::FunnelArguments arguments;
        arguments.steps = parser.value(steps);
        arguments.window = parser.value(window);
        arguments.mode = parser.value(mode);
        arguments.from = parser.value(from);
        arguments.to = parser.value(to);
        arguments.audience = parser.value(audience);
        arguments.breakdown = parser.value(breakdown);
        return finish(commands.funnel(args[1], arguments, parser.isSet(json)));
    }
    if (command == u"retention") {
        if (!expectArgs(1) || !parser.isSet(start) || !parser.isSet(returning))
            return usage(QCoreApplication::translate(
                "rapport-cli",
                "usage: retention FILE --start TYPE --return TYPE|any [--period week|month] [--periods N] [--json]"));
        rapport::io::RetentionArguments arguments;
        arguments.start = parser.value(start);
        arguments.returning = parser.value(returning);
        arguments.period = parser.value(period);
        arguments.periods = parser.value(periods);
        return finish(commands.retention(args[1], arguments, parser.isSet(json)));
    }
    if (command == u"nps") {
        if (!expectArgs(1))
            return usage(QCoreApplication::translate(
                "rapport-cli", "usage: nps FILE [--survey NAME] [--breakdown FIELD|campaign|survey|week|month] [--json]"));
        return finish(commands.nps(args[1], parser.value(survey), parser.value(breakdown), parser.isSet(json)));
    }
    if (command == u"levels") {
        if (!expectArgs(1))
            return usage(QCoreApplication::translate("rapport-cli", "usage: levels FILE [--json]"));
        return finish(commands.levels(args[1], parser.isSet(json)));
    }
    if (command == u"source") {
        if (args.size() < 3)
            return usage(QCoreApplication::translate("rapport-cli", "usage: source add|list|sync|remove FILE ..."));
        rapport::sources::SourceArguments arguments;
        arguments.action = args[1];
        arguments.positional = args.mid(3);
        arguments.repositories = parser.values(repo);
        arguments.url = parser.value(url);
        arguments.apiUser = parser.value(apiUser);
        arguments.tokenFromStdin = parser.isSet(tokenStdin);
        arguments.json = parser.isSet(json);
        rapport::secrets::KeychainSecretStore keychain;
        rapport::sources::SourceCommands sources(environment, keychain);
        return finish(sources.run(args[2], arguments));
    }
    if (command == u"workspace")
        return workspaceAccess(args.mid(1), parser.isSet(passwordStdin));
    if (command == u"report") {
        if (!expectArgs(1) || !parser.isSet(pdf))
            return usage(QCoreApplication::translate(
                "rapport-cli",
                "usage: report FILE --pdf OUT.pdf [--from DATE] [--to DATE] [--audience NAME] [--lang en|zh_CN] "
                "[--sections LIST] [--paper a4|letter] [--include-personal] [--author EMAIL]"));
        rapport::report::ReportArguments arguments;
        arguments.pdf = parser.value(pdf);
        arguments.from = parser.value(from);
        arguments.to = parser.value(to);
        arguments.audience = parser.value(audience);
        arguments.language = parser.value(lang);
        arguments.sections = parser.value(sections);
        arguments.paper = parser.value(paper);
        arguments.author = parser.value(author);
        arguments.includePersonalData = parser.isSet(personal);
        return finish(rapport::report::reportCommand(args[1], arguments, environment));
    }
    if (command == u"publish" || command == u"pull")
        return transferCommand(command, args, parser.isSet(replace), parser.isSet(passwordStdin));
    return usage(QCoreApplication::translate("rapport-cli", "unknown command “%1”").arg(command));
}
