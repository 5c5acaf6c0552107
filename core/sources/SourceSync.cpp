// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sources/SourceSync.h"

#include "core/io/ImportContext.h"
#include "core/sources/Harvest.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectRepository.h"

namespace rapport::sources {

namespace {

/** The rows of a harvested table, as records for the canonical importers. */
class TableSource : public io::RecordSource
{
public:
    explicit TableSource(const io::CanonicalTable& table) : m_table(table) {}
    bool next(io::CsvRecord* record) override
    {
        if (m_next >= m_table.rows().size())
            return false;
        const io::PlatformRow& row = m_table.rows()[m_next++];
        record->assign(row.cells, row.line);
        return true;
    }
    bool hasError() const override { return false; }
    const io::InputError& error() const override { return m_error; }
    double share() const
    {
        return m_table.rows().isEmpty() ? 1.0 : double(m_next) / double(m_table.rows().size());
    }

private:
    const io::CanonicalTable& m_table;
    qsizetype m_next = 0;
    io::InputError m_error;
};

constexpr double kFetchShare = 0.9; // of the progress bar; writing takes the rest

} // namespace

SourceSync::SourceSync(storage::ProjectFile& project, const model::Clock& clock, secrets::SecretStore& secrets)
    : m_project(project), m_clock(clock), m_secrets(secrets)
{
}

QString SourceSync::logFormat(SourceKind kind)
{
    return sourceKindName(kind) + QStringLiteral("-sync");
}

SyncOutcome SourceSync::sync(const SourceConfig& source, const SyncOptions& options)
{
    SyncOutcome outcome;
    const auto fail = [&](const QString& reason) {
        outcome.error = tr("%1: %2").arg(source.name, reason);
        return outcome;
    };
    bool cancelled = false;
    double lastShare = 0;
    const auto keepGoing = [&](double share) {
        lastShare = qMax(lastShare, share);
        cancelled = cancelled || (options.progress && !options.progress(lastShare));
        return !cancelled;
    };
    if (m_project.isReadOnly())
        return fail(tr("the project is open read-only"));
    QString reason;
    if (!source.validate(&reason))
        return fail(reason);

    ApiClient api(source.baseUrl, options.api, [&] { return keepGoing(lastShare); });
    if (options.status)
        api.setStatusCallback(options.status);
    if (source.kind == SourceKind::GitHub) {
        api.setHeader("X-GitHub-Api-Version", "2022-11-28");
    }
    if (source.hasToken) {
        const secrets::SecretResult token = m_secrets.read(source.secretKey());
        if (token.status == secrets::SecretStatus::NotFound || (token && token.value.isEmpty()))
            return fail(tr("its token is not in the system keychain (any more); store it again"));
        if (!token)
            return fail(token.message);
        const QByteArray value = token.value.trimmed().toUtf8();
        const bool set = source.kind == SourceKind::GitHub
                             ? api.setSecretHeader("Authorization", "Bearer " + value, &reason)
                             : api.setSecretHeader("Api-Key", value, &reason);
        if (!set)
            return fail(reason);
        if (source.kind == SourceKind::Discourse)
            api.setHeader("Api-Username", (source.apiUser.isEmpty() ? QStringLiteral("system") : source.apiUser).toUtf8());
    }

    // 1. Everything new, from the network; the project is not touched.
    Harvest harvest(api, source, SourceList(m_project.database()).state(source.id),
                    [&](double share) { return keepGoing(share * kFetchShare); });
    const bool harvested = source.kind == SourceKind::GitHub ? harvestGitHub(harvest) : harvestDiscourse(harvest);
    outcome.requests = api.requestCount();
    outcome.notModified = api.notModifiedCount();
    if (cancelled || api.wasCancelled()) {
        outcome.cancelled = true;
        return fail(tr("the sync was cancelled; the project is unchanged"));
    }
    if (!harvested)
        return fail(tr("%1; the project is unchanged").arg(harvest.error));

    // 2. Written in one transaction, recorded for undo as one step.
    io::ImportReport& report = outcome.report;
    report.file = source.name;
    report.format = logFormat(source.kind);
    report.encoding = QStringLiteral("json");
    storage::Transaction transaction = m_project.transaction();
    if (!transaction.isActive())
        return fail(tr("the project cannot be changed (no transaction)"));
    const storage::ChangeRecorder recorder(m_project.database());
    storage::ProjectRepository repo(m_project.database(), m_clock);
    std::unique_ptr<io::ImportContext> previous;
    const QList<const io::CanonicalTable*> parts{&harvest.translation.people, &harvest.translation.activities};
    for (qsizetype index = 0; index < parts.size(); ++index) {
        const io::CanonicalTable& part = *parts[index];
        auto context = std::make_unique<io::ImportContext>(repo, m_clock, report, source.name);
        if (previous)
            context->continueFrom(*previous);
        io::CsvRecord header;
        header.assign(part.header(), 0);
        io::InputError error;
        if (!io::ColumnMapping().resolve(header, part.header(), source.name, &context->columns, &error))
            return fail(error.reason);
        TableSource rows(part);
        io::ProgressSource records(
            rows,
            [&](double share) { return keepGoing(kFetchShare + (1 - kFetchShare) * share); },
            [&rows, index, &parts] { return (double(index) + rows.share()) / double(parts.size()); }, source.name);
        const bool ok = index == 0 ? io::importPeople(*context, records) : io::importActivities(*context, records);
        context->finishPeople();
        if (!ok || records.hasError()) {
            transaction.rollback();
            if (cancelled) {
                outcome.cancelled = true;
                return fail(tr("the sync was cancelled; the project is unchanged"));
            }
            const io::InputError& e = !context->error.isNull() ? context->error : records.error();
            return fail(tr("%1 (item %2); the project is unchanged").arg(e.reason).arg(e.line));
        }
        previous = std::move(context);
    }
    report.rows = harvest.items;
    QList<io::SkippedRow> skipped = harvest.translation.skipped;
    skipped += report.skipped;
    report.skippedTotal += harvest.translation.skipped.size();
    report.skipped = skipped.mid(0, io::ImportReport::kMaxListedSkips);
    // The cursors move with the data: undoing the sync puts them back too.
    if (!SourceList(m_project.database()).setState(source.id, harvest.next, &reason)) {
        transaction.rollback();
        return fail(tr("its sync state could not be stored: %1").arg(reason));
    }
    if (!keepGoing(1.0)) {
        transaction.rollback();
        outcome.cancelled = true;
        return fail(tr("the sync was cancelled; the project is unchanged"));
    }
    io::InputError error;
    if (!io::commitImport(m_project.database(), transaction, recorder, report, m_clock, &error))
        return fail(error.reason);
    outcome.ok = true;
    return outcome;
}

} // namespace rapport::sources
