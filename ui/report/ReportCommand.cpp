// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportCommand.h"

#include "ui/report/ReportExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace rapport::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::report::ReportCommand", text);
}

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text.trimmed();
}

} // namespace

io::CommandResult reportCommand(const QString& path, const ReportArguments& arguments,
                                const storage::ProjectEnvironment& environment)
{
    if (arguments.pdf.isEmpty())
        return io::CommandResult::fail(tr("report: --pdf OUT.pdf is required"), 2);
    const QDateTime now = environment.clock ? environment.clock->now() : QDateTime::currentDateTimeUtc();
    ReportOptions options = ReportOptions::lastDays(now.toUTC().date());
    if (!arguments.to.isEmpty()) {
        options.to = QDate::fromString(arguments.to, Qt::ISODate);
        if (!options.to.isValid())
            return io::CommandResult::fail(tr("--to %1: not a date (YYYY-MM-DD)").arg(arguments.to), 2);
        options.from = options.to.addDays(-89);
    }
    if (!arguments.from.isEmpty()) {
        options.from = QDate::fromString(arguments.from, Qt::ISODate);
        if (!options.from.isValid())
            return io::CommandResult::fail(tr("--from %1: not a date (YYYY-MM-DD)").arg(arguments.from), 2);
    }
    if (options.from > options.to)
        return io::CommandResult::fail(
            tr("--from %1 is after --to %2")
                .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)),
            2);
    options.audience = arguments.audience;
    if (!arguments.language.isEmpty()) {
        if (arguments.language != u"en" && arguments.language != u"zh_CN")
            return io::CommandResult::fail(tr("--lang %1: use en or zh_CN").arg(arguments.language), 2);
        options.language = arguments.language;
    }
    if (!arguments.sections.isEmpty()) {
        QString error;
        if (!ReportOptions::parseSections(arguments.sections, &options.sections, &error))
            return io::CommandResult::fail(tr("--sections: %1").arg(error), 2);
    }
    if (arguments.paper.isEmpty() || arguments.paper.compare(u"a4", Qt::CaseInsensitive) == 0)
        options.paper = PaperSize::A4Landscape;
    else if (arguments.paper.compare(u"letter", Qt::CaseInsensitive) == 0)
        options.paper = PaperSize::LetterLandscape;
    else
        return io::CommandResult::fail(tr("--paper %1: use a4 or letter").arg(arguments.paper), 2);
    options.includePersonalData = arguments.includePersonalData;
    options.author = arguments.author.trimmed();

    storage::FileResult opened;
    auto project = storage::ProjectFile::open(path, environment, storage::OpenMode::ReadOnly,
                                              storage::RecoveryChoice::Ask, &opened, storage::PageCheck::Deferred);
    if (!project)
        return io::CommandResult::fail(
            oneLine(opened.message.isEmpty() ? tr("%1: cannot be opened").arg(QFileInfo(path).fileName())
                                             : opened.message));
    ReportSource source;
    source.db = project->database();
    source.projectPath = path;
    source.now = now;
    QString error;
    ReportTimings timings;
    const bool ok = options.author.isEmpty()
                        ? ReportExport::writeReport(source, options, arguments.pdf, {}, &error, &timings)
                        : ReportExport::writeAuthorStatement(source, options, arguments.pdf, {}, &error, &timings);
    source.db = {};
    project.reset();
    if (!ok)
        return io::CommandResult::fail(oneLine(QFileInfo(path).fileName() + QStringLiteral(": ") + error));
    const QLocale c = QLocale::c();
    return io::CommandResult::ok(tr("Wrote %1: %2 pages, %3 KB in %4 s.")
                                     .arg(arguments.pdf)
                                     .arg(timings.pages)
                                     .arg((timings.bytes + 1023) / 1024)
                                     .arg(c.toString(timings.totalMs / 1000.0, 'f', 2)));
}

} // namespace rapport::report
