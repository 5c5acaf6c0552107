// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvImporter.h"

#include "core/io/ImportContext.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectRepository.h"

#include <QFileInfo>

namespace rapport::io {

namespace {

QStringList identityColumns()
{
    QStringList names;
    for (const model::IdentityKind kind : importIdentityKinds())
        names << model::identityKindName(kind);
    return names;
}

} // namespace

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::People: return QStringLiteral("people");
    case ImportKind::Activities: return QStringLiteral("activities");
    case ImportKind::Responses: return QStringLiteral("responses");
    }
    return {};
}

bool importKindFromName(QStringView name, ImportKind* kind)
{
    for (const ImportKind k : {ImportKind::People, ImportKind::Activities, ImportKind::Responses}) {
        if (name.compare(importKindName(k), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QStringList canonicalColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::People:
        return QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("first_name"),
                           QStringLiteral("last_name"), QStringLiteral("company"), QStringLiteral("role"),
                           QStringLiteral("country"), QStringLiteral("tags")}
            + identityColumns()
            + QStringList{QStringLiteral("source"), QStringLiteral("internal"), QStringLiteral("joined"),
                          QStringLiteral("timezone"), QStringLiteral("marketing_consent"),
                          QStringLiteral("consent_date"), QStringLiteral("notes")};
    case ImportKind::Activities:
        return QStringList{QStringLiteral("person_id")} + identityColumns()
            + QStringList{QStringLiteral("type"), QStringLiteral("timestamp"), QStringLiteral("campaign"),
                          QStringLiteral("channel"), QStringLiteral("content"), QStringLiteral("value")};
    case ImportKind::Responses:
        return QStringList{QStringLiteral("person_id")} + identityColumns()
            + QStringList{QStringLiteral("submitted_at"), QStringLiteral("survey")};
    }
    return {};
}

CsvImporter::CsvImporter(storage::ProjectFile& project, const model::Clock& clock)
    : m_project(project), m_clock(clock)
{
}

bool CsvImporter::importFile(ImportKind kind, const QString& path, const ImportOptions& options,
                             ImportReport* report, InputError* error)
{
    *report = {};
    *error = {};
    const QString fileName = QFileInfo(path).fileName();
    report->file = fileName;
    report->dryRun = options.dryRun;
    if (m_project.isReadOnly()) {
        *error = InputError{fileName, 0, tr("the project is open read-only")};
        return false;
    }
    CsvReader reader(options.csv);
    CsvRecord header;
    if (!reader.open(path) || !reader.next(&header)) {
        *error = reader.error();
        return false;
    }
    report->format = importKindName(kind);
    report->encoding = textEncodingName(reader.encoding());
    report->delimiter = reader.delimiter();

    storage::Transaction transaction = m_project.transaction();
    if (!transaction.isActive()) {
        *error = InputError{fileName, 0, tr("the project cannot be changed (no transaction)")};
        return false;
    }
    const ImportPageCache pageCache(m_project.database());
    const storage::ChangeRecorder recorder(m_project.database()); // for undo
    storage::ProjectRepository repo(m_project.database(), m_clock);
    ImportContext context(repo, m_clock, *report, fileName);
    if (!options.mapping.resolve(header, canonicalColumns(kind), fileName, &context.columns, error))
        return false;

    ProgressSource source(
        reader, options.progress,
        [&reader] { return reader.size() > 0 ? double(reader.bytesRead()) / double(reader.size()) : 0.0; },
        fileName);
    bool ok = false;
    switch (kind) {
    case ImportKind::People: ok = importPeople(context, source); break;
    case ImportKind::Activities: ok = importActivities(context, source); break;
    case ImportKind::Responses: ok = importResponses(context, source); break;
    }
    context.finishPeople();
    ok = ok && source.check(1.0); // the last moment to cancel
    // A file that cannot be read further (an unterminated quote) names its line.
    if (!ok && context.error.isNull() && source.hasError())
        context.error = source.error();
    if (!ok) {
        *error = context.error.isNull() ? InputError{fileName, 0, tr("the import failed")} : context.error;
        transaction.rollback();
        return false;
    }
    if (options.dryRun) {
        transaction.rollback();
        return true;
    }
    return commitImport(m_project.database(), transaction, recorder, *report, m_clock, error);
}

} // namespace rapport::io
