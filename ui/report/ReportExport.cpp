// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportExport.h"

#include "core/engine/ContentLoop.h"
#include "core/engine/ParallelFor.h"
#include "core/storage/ContentLoopReader.h"
#include "core/storage/EngineLoader.h"
#include "ui/report/AuthorStatement.h"
#include "ui/report/PdfInfo.h"
#include "ui/report/ReportBuilder.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportHash.h"
#include "ui/report/ReportLanguage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace rapport::report {

namespace {

constexpr int kResolution = 1200; // device units per inch; geometry is given in points

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::report::ReportExport", text);
}

double elapsed(QElapsedTimer& timer)
{
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

/** A PDF writer into buffer with the report's paper, no margins (the pages draw their own). */
std::unique_ptr<QPdfWriter> pdfWriter(QBuffer* buffer, PaperSize paper, const QString& title)
{
    auto writer = std::make_unique<QPdfWriter>(buffer);
    writer->setResolution(kResolution);
    writer->setPageLayout(QPageLayout(QPageSize(paper == PaperSize::LetterLandscape ? QPageSize::Letter : QPageSize::A4),
                                      QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("Rapport"));
    return writer;
}

/** Checks early that outPath can be written, so a long computation does not end in "cannot write". */
bool checkTarget(const QString& outPath, QString* error)
{
    const QFileInfo info(outPath);
    if (outPath.isEmpty() || info.isDir()) {
        *error = tr("%1: not a file name for the PDF").arg(outPath);
        return false;
    }
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir() || !dir.isWritable()) {
        *error = tr("%1: the folder does not exist or cannot be written").arg(QFileInfo(outPath).absoluteFilePath());
        return false;
    }
    return true;
}

bool savePdf(QByteArray pdf, const PdfInfo& info, const QString& outPath, QString* error)
{
    if (!addPdfInfo(&pdf, info, error))
        return false;
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        *error = tr("%1: %2").arg(QFileInfo(outPath).absoluteFilePath(), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

struct Loaded
{
    std::shared_ptr<const storage::EngineData> data;
    std::unique_ptr<engine::ContentLoop> content;
};

bool load(const ReportSource& source, const ReportExport::Progress& progress, double share, Loaded* loaded,
          QString* error, ReportTimings* timings)
{
    QElapsedTimer timer;
    timer.start();
    loaded->data = source.data;
    if (!loaded->data) {
        storage::EngineLoader loader(source.db);
        loader.setProgress([&](double done) { return !progress || progress(done * share); });
        std::optional<storage::EngineData> data = loader.load(error);
        if (!data)
            return false;
        loaded->data = std::make_shared<const storage::EngineData>(std::move(*data));
    }
    timings->loadMs = elapsed(timer);
    QString contentError;
    engine::ContentLoopData content = storage::readContentLoopData(source.db, &contentError);
    if (!contentError.isEmpty()) {
        *error = contentError;
        return false;
    }
    loaded->content = std::make_unique<engine::ContentLoop>(std::move(content));
    timings->contentMs = elapsed(timer);
    return true;
}

} // namespace

bool ReportExport::writeReport(const ReportSource& source, const ReportOptions& options, const QString& outPath,
                               const Progress& progress, QString* error, ReportTimings* timings)
{
    QString ignored;
    if (!error)
        error = &ignored;
    ReportTimings localTimings;
    if (!timings)
        timings = &localTimings;
    QElapsedTimer total, timer;
    total.start();
    if (!checkTarget(outPath, error))
        return false;
    if (options.sections.isEmpty()) {
        *error = tr("no section to print");
        return false;
    }
    const ReportLanguage language(options.language);
    const std::optional<QString> family = language.resolveFont(error);
    if (!family)
        return false;
    auto cancelled = [&](double share) {
        if (!progress || progress(share))
            return false;
        *error = tr("cancelled");
        return true;
    };

    const double loadShare = source.data ? 0.0 : 0.6;
    Loaded loaded;
    if (!load(source, progress, loadShare, &loaded, error, timings))
        return false;
    if (cancelled(loadShare))
        return false;
    timer.start();
    const engine::ParallelFor parallel;
    ReportBuilder builder(source.db, *loaded.data, *loaded.content, parallel);
    std::optional<ReportData> data =
        builder.build(options, QFileInfo(source.projectPath).completeBaseName(), source.now, error);
    if (!data)
        return false;
    timings->computeMs = elapsed(timer);
    timings->queryMs = data->queryMs;
    data->snapshot.takenAt = source.now.toUTC();
    data->snapshot.fileTime = QFileInfo(source.projectPath).lastModified().toUTC();
    data->snapshot.contentHash = reportContentHash(*loaded.data, loaded.content->data(), parallel);
    data->snapshot.people = loaded.data->store.personCount();
    data->snapshot.activities = loaded.data->store.activityCount();
    data->snapshot.responses = loaded.data->responses.size();
    timings->hashMs = elapsed(timer);
    if (cancelled(loadShare + (1 - loadShare) * 0.3))
        return false;

    const ReportDocument document(*data, language, *family);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        std::unique_ptr<QPdfWriter> writer = pdfWriter(&buffer, options.paper, document.title());
        const double base = loadShare + (1 - loadShare) * 0.3;
        if (!document.render(*writer, [&](double share) { return !progress || progress(base + (0.95 - base) * share); },
                             error))
            return false;
    }
    timings->renderMs = elapsed(timer);
    timings->pages = document.pageCount();
    PdfInfo info;
    info.title = document.title();
    info.subject = document.subject();
    info.author = tr("Rapport");
    info.keywords = QStringLiteral("rapport-data-") + data->snapshot.contentHash.left(16);
    info.creator = QStringLiteral("Rapport");
    info.created = source.now;
    if (!savePdf(buffer.data(), info, outPath, error))
        return false;
    timings->writeMs = elapsed(timer);
    timings->bytes = QFileInfo(outPath).size();
    timings->totalMs = double(total.nsecsElapsed()) / 1e6;
    if (progress)
        progress(1.0);
    return true;
}

bool ReportExport::writeAuthorStatement(const ReportSource& source, const ReportOptions& options,
                                        const QString& outPath, const Progress& progress, QString* error,
                                        ReportTimings* timings)
{
    QString ignored;
    if (!error)
        error = &ignored;
    ReportTimings localTimings;
    if (!timings)
        timings = &localTimings;
    QElapsedTimer total;
    total.start();
    if (!checkTarget(outPath, error))
        return false;
    const ReportLanguage language(options.language);
    const std::optional<QString> family = language.resolveFont(error);
    if (!family)
        return false;
    std::optional<AuthorStatementData> data = AuthorStatementData::read(source.db, options.author, error);
    if (!data)
        return false;
    data->projectName = QFileInfo(source.projectPath).completeBaseName();
    data->takenAt = source.now.toUTC();
    if (progress && !progress(0.3)) {
        *error = tr("cancelled");
        return false;
    }
    const AuthorStatement statement(*data, language, *family);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        std::unique_ptr<QPdfWriter> writer = pdfWriter(&buffer, options.paper, statement.title());
        if (!statement.render(*writer, error))
            return false;
    }
    timings->pages = statement.pageCount();
    PdfInfo info;
    info.title = statement.title();
    info.subject = statement.subject();
    info.author = tr("Rapport");
    info.creator = QStringLiteral("Rapport");
    info.created = source.now;
    if (!savePdf(buffer.data(), info, outPath, error))
        return false;
    timings->bytes = QFileInfo(outPath).size();
    timings->totalMs = double(total.nsecsElapsed()) / 1e6;
    if (progress)
        progress(1.0);
    return true;
}

} // namespace rapport::report
