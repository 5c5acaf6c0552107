// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/FileImporter.h"

#include "core/io/ImportContext.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectRepository.h"

#include <QFileInfo>

namespace rapport::io {

namespace {

/** The rows of a translated table, as records for the canonical importers. */
class TableSource : public RecordSource
{
public:
    explicit TableSource(const CanonicalTable& table) : m_table(table) {}
    bool next(CsvRecord* record) override
    {
        if (m_next >= m_table.rows().size())
            return false;
        const PlatformRow& row = m_table.rows()[m_next++];
        record->assign(row.cells, row.line);
        return true;
    }
    bool hasError() const override { return false; }
    const InputError& error() const override { return m_error; }
    double share() const
    {
        return m_table.rows().isEmpty() ? 1.0 : double(m_next) / double(m_table.rows().size());
    }

private:
    const CanonicalTable& m_table;
    qsizetype m_next = 0;
    InputError m_error;
};

bool isTableFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix != u"xlsx" && suffix != u"json";
}

} // namespace

std::optional<ImportKind> canonicalKindOf(const QStringList& header)
{
    QSet<QString> names;
    for (const QString& h : header)
        names.insert(h.trimmed().toLower());
    if (names.contains(QStringLiteral("type")) && names.contains(QStringLiteral("timestamp")))
        return ImportKind::Activities;
    if (names.contains(QStringLiteral("submitted_at")))
        return ImportKind::Responses;
    if (names.contains(QStringLiteral("id")) || names.contains(QStringLiteral("email")))
        return ImportKind::People;
    for (const model::IdentityKind kind : importIdentityKinds())
        if (names.contains(model::identityKindName(kind)))
            return ImportKind::People;
    return std::nullopt;
}

FileImporter::FileImporter(storage::ProjectFile& project, const model::Clock& clock)
    : m_project(project), m_clock(clock)
{
}

QString FileImporter::recognise(const QString& path, const CsvOptions& csv, InputError* error)
{
    PlatformTable table;
    if (isTableFile(path)) {
        // The header alone decides; the file may be a canonical CSV of millions of rows.
        CsvReader reader(csv);
        CsvRecord header;
        if (!reader.open(path) || !reader.next(&header)) {
            *error = reader.error();
            return {};
        }
        table.fileName = QFileInfo(path).fileName();
        for (int i = 0; i < header.size(); ++i)
            table.header.append(header.field(i).trimmed().toString());
        // SurveyMonkey's second header row: let formats see it as the first data row.
        CsvRecord second;
        if (reader.next(&second)) {
            PlatformRow row;
            row.line = second.line();
            for (int i = 0; i < second.size(); ++i)
                row.cells.append(second.string(i));
            table.rows.append(row);
        }
    } else if (!PlatformTableReader::read(path, csv, &table, error)) {
        return {};
    }
    if (const ImportFormat* format = detectImportFormat(table))
        return format->name();
    if (table.kind == PlatformTable::Kind::Table)
        if (const auto kind = canonicalKindOf(table.header))
            return importKindName(*kind);
    *error = InputError{
        QFileInfo(path).fileName(), table.headerLine,
        tr("not a format Rapport recognises (its header matches none of the platforms it knows, "
           "nor the canonical people, activities or responses CSV); name one with --preset, or map "
           "the columns of a canonical CSV with --as and --mapping")};
    return {};
}

bool FileImporter::importFile(const QString& path, const FileImportOptions& options,
                              ImportReport* report, InputError* error)
{
    *report = {};
    *error = {};
    const QString fileName = QFileInfo(path).fileName();
    if (m_project.isReadOnly()) {
        *error = InputError{fileName, 0, tr("the project is open read-only")};
        return false;
    }
    QString preset = options.preset.isEmpty() ? QStringLiteral("auto") : options.preset;
    if (preset.compare(u"auto", Qt::CaseInsensitive) == 0) {
        preset = recognise(path, options.csv, error);
        if (preset.isEmpty())
            return false;
    }
    ImportKind kind;
    if (importKindFromName(preset, &kind)) {
        CsvImporter importer(m_project, m_clock);
        ImportOptions canonical;
        canonical.mapping = options.mapping;
        canonical.dryRun = options.dryRun;
        canonical.csv = options.csv;
        canonical.progress = options.progress;
        return importer.importFile(kind, path, canonical, report, error); // sets the format
    }
    const ImportFormat* format = findImportFormat(preset);
    if (!format) {
        QStringList names{QStringLiteral("auto"), QStringLiteral("people"),
                          QStringLiteral("activities"), QStringLiteral("responses")};
        for (const ImportFormat* f : importFormats())
            names.append(f->name());
        *error = InputError{
            fileName, 0, tr("no preset “%1”; the presets are %2").arg(preset, names.join(u", "))};
        return false;
    }
    PlatformTable table;
    if (!PlatformTableReader::read(path, options.csv, &table, error))
        return false;
    if (!format->matches(table)) {
        *error = InputError{fileName, table.headerLine,
                            tr("this is not a %1 (its header lacks the columns that format has)")
                                .arg(format->title())};
        return false;
    }
    // A text row with fewer fields than the header was cut short (a row with more, empty
    // ones is fine: trailing separators). Spreadsheet rows simply omit empty trailing cells.
    // Like the canonical importer, only columns up to the last named one are required.
    if (table.kind == PlatformTable::Kind::Table && table.encoding != u"xlsx") {
        qsizetype width = table.header.size();
        while (width > 0 && table.header[width - 1].isEmpty())
            --width;
        for (const PlatformRow& row : std::as_const(table.rows)) {
            if (row.cells.size() < width) {
                *error = InputError{fileName, row.line,
                                    tr("%n fields, but the header has %1 (a truncated row?)",
                                       nullptr, int(row.cells.size()))
                                        .arg(width)};
                return false;
            }
        }
    }
    Translation translation;
    if (!format->translate(table, options.translate, &translation, error))
        return false;
    report->file = fileName;
    report->format = format->name();
    report->encoding = table.encoding;
    report->delimiter = table.delimiter;
    report->dryRun = options.dryRun;
    return importTranslation(table, translation, options, report, error);
}

bool FileImporter::importTranslation(const PlatformTable& table, const Translation& translation,
                                     const FileImportOptions& options, ImportReport* report,
                                     InputError* error)
{
    storage::Transaction transaction = m_project.transaction();
    if (!transaction.isActive()) {
        *error =
            InputError{table.fileName, 0, tr("the project cannot be changed (no transaction)")};
        return false;
    }
    const ImportPageCache pageCache(m_project.database());
    const storage::ChangeRecorder recorder(m_project.database()); // for undo
    storage::ProjectRepository repo(m_project.database(), m_clock);
    // The survey is named after the platform file, not after a canonical table.
    const QString surveyName =
        options.translate.survey.isEmpty() ? table.baseName : options.translate.survey;
    std::unique_ptr<ImportContext> previous;
    QList<const CanonicalTable*> parts;
    for (const CanonicalTable* part :
         {&translation.people, &translation.activities, &translation.responses})
        if (!part->isEmpty())
            parts.append(part);
    for (qsizetype index = 0; index < parts.size(); ++index) {
        const CanonicalTable* part = parts[index];
        auto context = std::make_unique<ImportContext>(repo, m_clock, *report,
                                                       part->kind() == ImportKind::Responses
                                                           ? surveyName + QStringLiteral(".csv")
                                                           : table.fileName);
        if (previous)
            context->continueFrom(*previous);
        CsvRecord header;
        header.assign(part->header(), table.headerLine);
        if (!ColumnMapping().resolve(header, part->header(), table.fileName, &context->columns,
                                     error))
            return false;
        TableSource rows(*part);
        ProgressSource source(
            rows, options.progress,
            [&rows, index, &parts] { return (double(index) + rows.share()) / double(parts.size()); },
            table.fileName);
        bool ok = false;
        switch (part->kind()) {
        case ImportKind::People:
            ok = importPeople(*context, source);
            break;
        case ImportKind::Activities:
            ok = importActivities(*context, source);
            break;
        case ImportKind::Responses:
            ok = importResponses(*context, source);
            break;
        }
        context->finishPeople();
        // The last part is the last moment to cancel.
        ok = ok && source.check(double(index + 1) / double(parts.size()));
        if (!ok && context->error.isNull() && source.hasError())
            context->error = source.error();
        if (!ok) {
            *error = context->error.isNull()
                         ? InputError{table.fileName, 0, tr("the import failed")}
                         : context->error;
            error->file = table.fileName;
            transaction.rollback();
            return false;
        }
        previous = std::move(context);
    }
    // Rows: those of the platform file, not the sum of the passes over it.
    report->rows =
        (table.kind == PlatformTable::Kind::Json ? table.items.size() : table.rows.size()) -
        translation.extraHeaderRows;
    QList<SkippedRow> skipped = translation.skipped;
    skipped += report->skipped;
    std::sort(skipped.begin(), skipped.end(),
              [](const SkippedRow& a, const SkippedRow& b) { return a.line < b.line; });
    report->skippedTotal += translation.skipped.size();
    report->skipped = skipped.mid(0, ImportReport::kMaxListedSkips);
    if (options.dryRun) {
        transaction.rollback();
        return true;
    }
    return commitImport(m_project.database(), transaction, recorder, *report, m_clock, error);
}

} // namespace rapport::io
