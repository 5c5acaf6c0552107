// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CliCommands.h"

#include "core/io/CsvExporter.h"
#include "core/io/CsvImporter.h"
#include "core/io/FileImporter.h"
#include "core/storage/ImportLog.h"
#include "core/io/DemoCommunity.h"
#include "core/storage/ProjectSummary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>
#include <QJsonDocument>
#include <QLocale>

namespace rapport::io {

namespace {

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.trimmed();
}

QString kindNames()
{
    return QStringLiteral("people, activities, responses");
}

} // namespace

CliCommands::CliCommands(storage::ProjectEnvironment env) : m_env(std::move(env))
{
    if (!m_env.clock)
        m_env.clock = &m_systemClock;
}

std::unique_ptr<storage::ProjectFile> CliCommands::open(const QString& path, storage::OpenMode mode,
                                                        CommandResult* failure,
                                                        storage::PageCheck pageCheck)
{
    storage::FileResult result;
    auto project =
        storage::ProjectFile::open(path, m_env, mode, storage::RecoveryChoice::Ask, &result, pageCheck);
    if (project)
        return project;
    QString message = result.message;
    if (result.error == storage::FileError::RecoveryAvailable)
        message += u' ' + tr("Open it in Rapport to recover or discard that work first.");
    if (message.isEmpty())
        message = tr("%1: cannot be opened").arg(QFileInfo(path).fileName());
    *failure = CommandResult::fail(oneLine(message));
    return nullptr;
}

CommandResult CliCommands::createProject(const QString& path, const QString& demo)
{
    DemoOptions options;
    QString error;
    if (!demo.isEmpty() && !DemoOptions::fromSize(demo, &options, &error))
        return CommandResult::fail(oneLine(tr("--demo %1: %2").arg(demo, error)), 2);
    storage::FileResult result;
    auto project = storage::ProjectFile::create(path, m_env, &result);
    if (!project)
        return CommandResult::fail(oneLine(result.message));
    const QString name = QFileInfo(path).fileName();
    if (demo.isEmpty())
        return CommandResult::ok(tr("Created %1 (empty).").arg(name));

    QElapsedTimer timer;
    timer.start();
    DemoReport report;
    bool ok = false;
    {
        storage::Transaction transaction = project->transaction();
        DemoCommunity community(project->database(), *m_env.clock);
        ok = community.generate(options, &report, &error) && transaction.commit(&error);
    }
    if (ok) {
        const storage::FileResult saved = project->save();
        ok = bool(saved);
        error = saved.message;
    }
    if (!ok) {
        project.reset();
        QFile::remove(path); // we created it a moment ago; leave nothing half-made behind
        return CommandResult::fail(oneLine(tr("%1: the demo community could not be made: %2").arg(name, error)));
    }
    const QLocale locale;
    return CommandResult::ok(tr("Created %1: %2 people, %3 activities, %4 campaigns, %5 surveys in %6 s.")
                                 .arg(name, locale.toString(report.people), locale.toString(report.activities),
                                      locale.toString(report.campaigns), locale.toString(report.surveys),
                                      locale.toString(timer.elapsed() / 1000.0, 'f', 1)));
}

CommandResult CliCommands::info(const QString& path, bool json)
{
    CommandResult failure;
    auto project = open(path, storage::OpenMode::ReadOnly, &failure);
    if (!project)
        return failure;
    storage::ProjectSummary summary;
    QString error;
    if (!storage::ProjectSummary::compute(project->database(), &summary, &error))
        return CommandResult::fail(oneLine(tr("%1: %2").arg(QFileInfo(path).fileName(), error)));
    const QJsonObject object = summary.toJson();
    if (json)
        return CommandResult::ok(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));

    const QLocale locale;
    const QList<std::pair<QString, qint64>> rows = {
        {tr("Schema version"), summary.schemaVersion}, {tr("People"), summary.people},
        {tr("Identities"), summary.identities},         {tr("Activities"), summary.activities},
        {tr("Campaigns"), summary.campaigns},           {tr("Audiences"), summary.audiences},
        {tr("Content"), summary.content},               {tr("Surveys"), summary.surveys},
        {tr("Responses"), summary.responses},           {tr("Rewards"), summary.rewards},
        {tr("Channels"), summary.channels},
    };
    qsizetype labelWidth = 0, numberWidth = 0;
    for (const auto& [label, value] : rows) {
        labelWidth = qMax(labelWidth, label.size());
        numberWidth = qMax(numberWidth, locale.toString(value).size());
    }
    QStringList lines{QFileInfo(path).fileName()};
    for (const auto& [label, value] : rows)
        lines << QStringLiteral("  %1  %2").arg(label, -int(labelWidth)).arg(locale.toString(value), int(numberWidth));
    return CommandResult::ok(lines.join(u'\n'));
}

CommandResult CliCommands::importFile(const QString& path, const QString& source, const ImportArguments& arguments,
                                      bool json)
{
    FileImportOptions options;
    options.dryRun = arguments.dryRun;
    options.preset = arguments.preset.isEmpty() ? QStringLiteral("auto") : arguments.preset;
    if (!arguments.kind.isEmpty()) {
        ImportKind kind;
        if (!importKindFromName(arguments.kind, &kind))
            return CommandResult::fail(tr("--as must be one of %1, not “%2”").arg(kindNames(), arguments.kind), 2);
        options.preset = importKindName(kind);
    }
    if (!arguments.mappingPath.isEmpty()) {
        ImportKind kind;
        if (!importKindFromName(options.preset, &kind))
            return CommandResult::fail(tr("--mapping is for the canonical CSVs: say which with --as"), 2);
        InputError error;
        if (!ColumnMapping::load(arguments.mappingPath, canonicalColumns(kind), &options.mapping, &error))
            return CommandResult::fail(oneLine(error.toString()));
    }
    options.translate.campaign = arguments.campaign;
    options.translate.survey = arguments.survey;
    if (!arguments.dateOrder.isEmpty()) {
        const QString order = arguments.dateOrder.toLower();
        if (order == u"mdy")
            options.translate.dateOrder = DateOrder::MonthDayYear;
        else if (order == u"dmy")
            options.translate.dateOrder = DateOrder::DayMonthYear;
        else if (order == u"ymd")
            options.translate.dateOrder = DateOrder::YearMonthDay;
        else
            return CommandResult::fail(tr("--date-order must be mdy, dmy or ymd, not “%1”").arg(arguments.dateOrder), 2);
    }
    if (!arguments.timeZone.isEmpty()) {
        options.translate.timeZone = QTimeZone(arguments.timeZone.toUtf8());
        if (!options.translate.timeZone.isValid())
            return CommandResult::fail(
                tr("--timezone must be a zone such as Europe/Berlin or America/New_York, not “%1”")
                    .arg(arguments.timeZone),
                2);
    }
    if (!QFileInfo(source).isFile())
        return CommandResult::fail(tr("%1: no such file").arg(QFileInfo(source).fileName()));
    CommandResult failure;
    auto project = open(path, storage::OpenMode::ReadWrite, &failure);
    if (!project)
        return failure;
    FileImporter importer(*project, *m_env.clock);
    ImportReport report;
    InputError error;
    if (!importer.importFile(source, options, &report, &error))
        return CommandResult::fail(oneLine(error.toString()));
    if (!arguments.dryRun && project->hasUnsavedChanges()) {
        const storage::FileResult saved = project->save();
        if (!saved)
            return CommandResult::fail(oneLine(saved.message));
    }
    if (json)
        return CommandResult::ok(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
    return CommandResult::ok(report.toText());
}

CommandResult CliCommands::imports(const QString& path, bool json)
{
    CommandResult failure;
    auto project = open(path, storage::OpenMode::ReadOnly, &failure);
    if (!project)
        return failure;
    const QList<storage::ImportLogEntry> entries = storage::ImportLog(project->database()).list();
    if (json) {
        QJsonArray list;
        for (const storage::ImportLogEntry& e : entries)
            list.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                    {QStringLiteral("file"), e.file},
                                    {QStringLiteral("format"), e.format},
                                    {QStringLiteral("report"), e.summary},
                                    {QStringLiteral("undo_bytes"), e.undoBytes}});
        return CommandResult::ok(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("imports"), list}})
                                                       .toJson(QJsonDocument::Compact)));
    }
    if (entries.isEmpty())
        return CommandResult::ok(tr("No imports."));
    QStringList lines;
    for (const storage::ImportLogEntry& e : entries)
        lines.append(tr("%1  %2 (%3): %4 people created, %5 activities created, %6 responses created")
                         .arg(e.at.toString(Qt::ISODate), e.file, e.format)
                         .arg(e.summary.value(QStringLiteral("people_created")).toInteger())
                         .arg(e.summary.value(QStringLiteral("activities_created")).toInteger())
                         .arg(e.summary.value(QStringLiteral("responses_created")).toInteger()));
    return CommandResult::ok(lines.join(u'\n'));
}

CommandResult CliCommands::undoImport(const QString& path)
{
    CommandResult failure;
    auto project = open(path, storage::OpenMode::ReadWrite, &failure);
    if (!project)
        return failure;
    storage::ImportLogEntry undone;
    QString error;
    if (!storage::ImportLog(project->database()).undoLatest(&undone, &error))
        return CommandResult::fail(oneLine(error));
    const storage::FileResult saved = project->save();
    if (!saved)
        return CommandResult::fail(oneLine(saved.message));
    return CommandResult::ok(tr("Undid the import of %1 (%2) made at %3.")
                                 .arg(undone.file, undone.format, undone.at.toString(Qt::ISODate)));
}

QString CliCommands::presetList()
{
    QList<std::pair<QString, QString>> presets{
        {QStringLiteral("auto"), tr("recognise the file from its header (the default)")},
        {QStringLiteral("people"), tr("the canonical people CSV")},
        {QStringLiteral("activities"), tr("the canonical activities CSV")},
        {QStringLiteral("responses"), tr("the canonical survey responses CSV")}};
    for (const ImportFormat* format : importFormats())
        presets.append({format->name(), format->title()});
    QStringList lines;
    for (const auto& [name, title] : presets)
        lines.append(QStringLiteral("%1  %2").arg(name, -20).arg(title));
    return lines.join(u'\n');
}

CommandResult CliCommands::exportFile(const QString& path, const QString& what, const QString& outPath)
{
    ImportKind kind;
    if (!importKindFromName(what, &kind))
        return CommandResult::fail(tr("--what must be one of %1, not “%2”").arg(kindNames(), what), 2);
    if (outPath.isEmpty())
        return CommandResult::fail(tr("export needs --out OUT.csv"), 2);
    CommandResult failure;
    auto project = open(path, storage::OpenMode::ReadOnly, &failure);
    if (!project)
        return failure;
    CsvExporter exporter(project->database(), *m_env.clock);
    qint64 rows = 0;
    QString error;
    if (!exporter.exportFile(kind, outPath, &rows, &error))
        return CommandResult::fail(oneLine(error));
    return CommandResult::ok(tr("Wrote %1 %2 to %3.")
                                 .arg(QLocale().toString(rows), importKindName(kind), QFileInfo(outPath).fileName()));
}

} // namespace rapport::io
