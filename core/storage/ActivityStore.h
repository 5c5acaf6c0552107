// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ActivitySegmentCodec.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace rapport::storage {

/**
 * The activity stream of a project: immutable compressed columnar segments
 * (activity_segments, see ActivitySegmentCodec), each sorted by (person, time) and covering
 * a person range, plus a small row table of recent changes (activity_changes: op 1 = added,
 * op 2 = removed a row that lives in a segment). compact() folds the changes into segments.
 *
 * The stream is a set: appending a row that is already stored (same person, type, time,
 * campaign, channel, content and value) does nothing, so imports are idempotent. Times are
 * seconds since the Unix epoch (activity_changes.at holds milliseconds like every other
 * time column).
 *
 * Writes run inside a savepoint; wrap them in a storage::Transaction to group them.
 */
class ActivityStore
{
public:
    /** Rows per segment written by bulk appends and compaction. */
    static constexpr std::size_t kSegmentRows = 131072;
    /** Appends of at least this many new rows go straight to new segments. */
    static constexpr std::size_t kBulkThreshold = 4096;

    explicit ActivityStore(QSqlDatabase db);

    // --- type dictionary (activity_types) ---
    /** The key of a type, creating it if new; −1 on failure (bad name: model::isValidActivityType). */
    std::int32_t typeKey(const QString& name);
    /** The key of an existing type, or nullopt. */
    std::optional<std::int32_t> findTypeKey(const QString& name) const;
    /** key → name for every type. */
    QHash<std::int32_t, QString> types() const;

    struct AppendStats
    {
        std::int64_t added = 0;
        std::int64_t skipped = 0; // already stored, or repeated in the batch
    };
    /** Adds rows (any order; duplicates of stored rows and within the batch are skipped).
     *  Large batches become new segments, small ones change rows. */
    StoreResult append(const ActivityColumns& rows, AppendStats* stats = nullptr);
    /** Writes rows straight into new segments without the duplicate check: for a freshly
     *  created project (demo data, first import). Rows need not be sorted. */
    StoreResult appendSegmentsUnchecked(ActivityColumns rows);
    /** Removes stored rows equal to the given ones; *removed counts those found. */
    StoreResult remove(const ActivityColumns& rows, std::int64_t* removed = nullptr);
    /** Folds the change rows into new segments (rewriting only the segments they touch). */
    StoreResult compact();

    /** Whether a row is stored. */
    bool contains(const ActivityRow& row) const;

    /** The stored activities of these people (their own rows, as recorded), in storage
     *  order, decoding only the segments that hold them: what a detail panel shows of one
     *  person and the people merged into it. False with *error if a segment is damaged. */
    bool activitiesOf(const std::vector<RowKey>& people, ActivityColumns* rows, QString* error = nullptr) const;

    /**
     * Calls back with the stored activities in batches, without row-by-row SQL: every segment
     * decoded (rows removed by change rows filtered out), then one batch of added change rows.
     * Each batch is sorted by (person, time); batches may overlap in person range until
     * compacted. Return false from the callback to stop. False with *error if a segment is
     * damaged.
     */
    bool forEachSegment(const std::function<bool(const ActivitySpans&)>& callback, QString* error = nullptr) const;

    /** Number of stored activities, without decoding: Σ row_count + adds − removes. */
    std::int64_t count() const;
    std::int64_t segmentCount() const;
    std::int64_t changeCount() const; // pending change rows
    /** Total compressed bytes of the segments. */
    std::int64_t segmentBytes() const;

private:
    QSqlDatabase m_db;
};

} // namespace rapport::storage
