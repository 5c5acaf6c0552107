// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/model/IdentityMerge.h"
#include "core/model/Person.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace rapport::storage {

/**
 * People with their identities and tags (tables people, identities, person_tags).
 *
 * Writes run inside a savepoint, so each call is atomic on its own and nests inside a
 * caller's storage::Transaction (which callers should use to group writes and to mark the
 * project modified).
 *
 * Merges: a merged (absorbed) person keeps its row, identities and activities, with
 * merged_into pointing at the survivor. Listings and counts leave merged people out;
 * identity lookups resolve to the survivor; get(survivor) shows the merged view (its own
 * identities followed by those of the people merged into it).
 */
class PeopleRepository
{
public:
    PeopleRepository(QSqlDatabase db, const model::Clock& clock);

    /** Inserts a new person. A null meta.id gets a fresh RecordMeta (v7 id, version 1);
     *  a set id is kept as is (imports and copies keep their ids). Refuses invalid records
     *  (Invalid), a taken id or an identity already held by someone (Duplicate). */
    StoreResult create(model::Person& person);
    /** Writes a changed person if the stored row_version equals person.meta.rowVersion
     *  (else Conflict); on success person.meta is touched (version + 1, updatedAt = now). */
    StoreResult update(model::Person& person);
    /** Deletes a person with identities and tags (activities are the ActivityStore's). */
    StoreResult remove(const model::Uuid& id);

    std::optional<model::Person> get(const model::Uuid& id) const;
    std::optional<model::Person> getByKey(RowKey key) const;
    /** People not merged into someone else, ordered by display name (case-insensitive), then key. */
    QList<model::Person> list(int offset = 0, int limit = -1) const;
    /** Number of people not merged into someone else. */
    qint64 count() const;
    /** Number of merged (absorbed) people. */
    qint64 countMerged() const;

    /** Row key ↔ id. 0 / null when unknown. */
    RowKey keyOf(const model::Uuid& id) const;
    model::Uuid idOf(RowKey key) const;
    /** Every person (merged ones included), in bulk: id → key and key → id. */
    QHash<model::Uuid, RowKey> keysById() const;
    QHash<RowKey, model::Uuid> idsByKey() const;

    /** Calls back for every person in key order, with its key and the key of the person it
     *  was merged into (0 if none); three queries in total, fit for a million people.
     *  Merged people are included; return false from the callback to stop. */
    bool forEach(const std::function<bool(RowKey key, RowKey mergedInto, const model::Person&)>& callback,
                 QString* error = nullptr) const;

    /** The person holding this identity, resolved through merges to the survivor.
     *  The value is normalized here (model::Identity::normalized). Null if nobody. */
    model::Uuid findByIdentity(model::IdentityKind kind, const QString& value) const;
    RowKey findKeyByIdentity(model::IdentityKind kind, const QString& value) const;
    /** The first match among identities: emails first, then handles in list order. */
    model::Uuid match(const QList<model::Identity>& identities) const;
    /** normalized value → survivor key, for all identities of one kind (bulk matching). */
    QHash<QString, RowKey> identityIndex(model::IdentityKind kind) const;

    /** The survivor a merged person points at (directly), or null if not merged. */
    model::Uuid mergedInto(const model::Uuid& id) const;
    /** Follows merged_into to the final survivor; the id itself if not merged. */
    model::Uuid resolve(const model::Uuid& id) const;
    RowKey resolveKey(RowKey key) const;

    /** Stores a merge: the absorbed person gets merged_into/merged_at (merge.survivorAfter's
     *  updatedAt); the survivor is written as merge.survivorAfter (meta verbatim). Conflict
     *  if either stored row_version differs from the "before" records. */
    StoreResult mergePeople(const model::PersonMerge& merge);
    /** Undoes a merge exactly: both records are written back as merge.survivorBefore and
     *  merge.absorbedBefore (meta verbatim) and merged_into is cleared. Conflict if the
     *  survivor changed since the merge or the absorbed person is not merged into it. */
    StoreResult unmergePeople(const model::PersonMerge& merge);

    /**
     * Fast insertion of many new people (imports, demo data) with prepared statements on the
     * SQLite handle (on another database, such as a workspace's PostgreSQL, create() per
     * person). Use inside one transaction; records are inserted as given (a null id gets a
     * fresh meta). Identities already held by someone make add() fail with Duplicate.
     */
    class BulkInsert
    {
    public:
        ~BulkInsert();
        BulkInsert(const BulkInsert&) = delete;
        BulkInsert& operator=(const BulkInsert&) = delete;
        /** Validation can be skipped for generated, known-good data. */
        void setValidate(bool validate);
        StoreResult add(model::Person& person);
        /** Finalizes the statements (also done by the destructor). */
        void finish();

    private:
        friend class PeopleRepository;
        struct Private;
        explicit BulkInsert(std::unique_ptr<Private> d);
        std::unique_ptr<Private> d;
    };
    /** Null (with *error) if the connection is not open. */
    std::unique_ptr<BulkInsert> bulkInsert(QString* error = nullptr);

private:
    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::storage
