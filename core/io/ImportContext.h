// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ColumnMapping.h"
#include "core/io/CsvImporter.h"
#include "core/io/CsvReader.h"
#include "core/io/ImportReport.h"
#include "core/io/InputError.h"
#include "core/model/Person.h"
#include "core/storage/ImportLog.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <map>

namespace rapport::io {

/** Finds the people an import's lines speak of: by id, then email, then handles. */
class ImportPeopleIndex
{
public:
    explicit ImportPeopleIndex(storage::PeopleRepository& people) : m_people(people) {}

    /** The survivor key of the first identity known (emails first), or 0. */
    storage::RowKey match(const model::Uuid& id, const QList<model::Identity>& identities);
    storage::RowKey holder(const model::Identity& identity);
    void remember(storage::RowKey key, const QList<model::Identity>& identities);

private:
    QHash<QString, storage::RowKey>& index(model::IdentityKind kind);
    storage::PeopleRepository& m_people;
    std::map<model::IdentityKind, QHash<QString, storage::RowKey>> m_index;
};

/** What the three canonical imports share while one file is read. */
class ImportContext
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    ImportContext(storage::ProjectRepository& repo, const model::Clock& clock, ImportReport& report,
                  QString fileName)
        : repo(repo), clock(clock), report(report), fileName(std::move(fileName)), people(repo.people())
    {
    }

    storage::ProjectRepository& repo;
    const model::Clock& clock;
    ImportReport& report;
    QString fileName;
    ImportPeopleIndex people;
    HeaderColumns columns;
    InputError error;

    /** Records the error at a line; always returns false. */
    bool fail(qint64 line, const QString& reason);
    /** A cell of a canonical column, trimmed and with a protective formula quote removed. */
    QString cell(const CsvRecord& record, const QString& name) const;
    QString cellAt(const CsvRecord& record, int column) const;
    /** Checks the row has as many fields as the header (extra fields must be empty). */
    bool checkWidth(const CsvRecord& record);

    /** The identities on a line (email first), with `;`-separated repeats; the `id`/`person_id`
     *  column in *id. False (error set) on a malformed id. */
    bool identitiesOf(const CsvRecord& record, const QString& idColumn, QList<model::Identity>* identities,
                      model::Uuid* id);
    /** The person a line of an activities or responses file speaks of: matched, else created
     *  from the line's identities. *key = 0 with true when the line names nobody. */
    bool personFor(const CsvRecord& record, storage::RowKey* key);

    /** Counts a person the file speaks of: existing people once each, created ones not as matched. */
    void noteMatched(storage::RowKey key);
    void noteCreated(storage::RowKey key);
    bool createdHere(storage::RowKey key) const { return m_createdPeople.contains(key); }
    /** Continues the counts of an earlier pass over the same file (a platform export read
     *  as people, then activities, then responses): each person counts once. */
    void continueFrom(const ImportContext& earlier)
    {
        m_matchedPeople = earlier.m_matchedPeople;
        m_createdPeople = earlier.m_createdPeople;
    }

    /** Campaign and channel keys by name, created when missing. */
    bool campaignKey(const QString& name, qint64 line, storage::RowKey* key);
    bool channelKey(const QString& name, qint64 line, storage::RowKey* key);
    bool contentKey(const QString& title, qint64 line, storage::RowKey* key);
    /** Creates a person (through a bulk insert: an import may create hundreds of thousands). */
    storage::StoreResult createPerson(model::Person& person);
    /** Finishes the bulk insert's statements; call before the transaction ends. */
    void finishPeople();

    /** Gives the campaigns created by this import the date range of their activities. */
    bool finishCampaigns();
    void noteCampaignDate(storage::RowKey campaign, const QDate& date);

private:
    std::unique_ptr<storage::PeopleRepository::BulkInsert> m_bulkPeople;
    bool m_bulkTried = false;
    QSet<storage::RowKey> m_matchedPeople, m_createdPeople;
    QHash<QString, storage::RowKey> m_campaigns, m_channels, m_content; // folded name → key
    struct CreatedCampaign
    {
        model::Uuid id;
        QDate first, last;
    };
    QHash<storage::RowKey, CreatedCampaign> m_createdCampaigns;
};

/**
 * Reads through another source and tells an import's progress callback how far it got,
 * every few hundred records; when the callback cancels, the source ends with an error
 * ("the import was cancelled") that the import reports like any other.
 */
class ProgressSource : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    ProgressSource(RecordSource& source, ImportProgress progress, std::function<double()> share,
                   QString fileName)
        : m_source(source), m_progress(std::move(progress)), m_share(std::move(share)),
          m_fileName(std::move(fileName))
    {
    }
    bool next(CsvRecord* record) override;
    bool hasError() const override { return !m_error.isNull() || m_source.hasError(); }
    const InputError& error() const override { return m_error.isNull() ? m_source.error() : m_error; }
    /** Reports share; false (and the error set) when the import is to stop. */
    bool check(double share);

private:
    static constexpr int kRecordsBetweenReports = 256;
    RecordSource& m_source;
    ImportProgress m_progress;
    std::function<double()> m_share;
    QString m_fileName;
    InputError m_error;
    qint64 m_records = 0;
};

/** The identity kinds, email first, as canonical column names. */
const QList<model::IdentityKind>& importIdentityKinds();

/**
 * A 64 MB SQLite page cache (instead of the connection's 2 MB) for as long as an import
 * runs: it inserts people into their indexes at random places, and with the small cache it
 * spent much of its time re-reading index pages from the file. Loading a project reads its
 * segments once, in order, and gains nothing from it, so the cache is put back after.
 */
class ImportPageCache
{
public:
    explicit ImportPageCache(QSqlDatabase db);
    ~ImportPageCache();
    ImportPageCache(const ImportPageCache&) = delete;
    ImportPageCache& operator=(const ImportPageCache&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
};

/**
 * Ends a successful import: records it in the project's import log with the changeset that
 * undoes it (storage::ImportLog), then commits. On failure the transaction is rolled back
 * and *error names the file.
 */
bool commitImport(const QSqlDatabase& db, storage::Transaction& transaction, const storage::ChangeRecorder& recorder,
                  const ImportReport& report, const model::Clock& clock, InputError* error);

bool importPeople(ImportContext& context, RecordSource& reader);
bool importActivities(ImportContext& context, RecordSource& reader);
bool importResponses(ImportContext& context, RecordSource& reader);

} // namespace rapport::io
