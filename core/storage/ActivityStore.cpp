// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ActivityStore.h"

#include "core/model/Activity.h"
#include "core/storage/ProjectRepositorySupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <bit>
#include <future>
#include <unordered_map>
#include <unordered_set>

namespace rapport::storage {

using namespace detail;

namespace {

enum : int { kOpAdd = 1, kOpRemove = 2 };

struct RowHash
{
    std::size_t operator()(const ActivityRow& r) const noexcept
    {
        auto mix = [](std::uint64_t h, std::uint64_t v) {
            h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
            return h;
        };
        std::uint64_t h = static_cast<std::uint64_t>(r.person) * 0xff51afd7ed558ccdULL;
        h = mix(h, static_cast<std::uint64_t>(r.type));
        h = mix(h, static_cast<std::uint64_t>(r.at));
        h = mix(h, static_cast<std::uint64_t>(r.campaign));
        h = mix(h, static_cast<std::uint64_t>(r.channel));
        h = mix(h, static_cast<std::uint64_t>(r.content));
        h = mix(h, r.value == 0 ? 0 : std::bit_cast<std::uint64_t>(r.value)); // −0 == 0
        return static_cast<std::size_t>(h);
    }
};

using RowSet = std::unordered_set<ActivityRow, RowHash>;
using RowKeys = std::unordered_map<ActivityRow, RowKey, RowHash>; // change row → its key

/** The change rows of one op (optionally only those within a person range), keyed by row. */
RowKeys loadChanges(const QSqlDatabase& db, int op, std::int64_t lo = INT64_MIN, std::int64_t hi = INT64_MAX)
{
    RowKeys result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT key, person_key, type_key, at, campaign_key, channel_key, content_key, value "
                          "FROM activity_changes WHERE op = ? AND person_key BETWEEN ? AND ?"),
        {op, qint64(lo), qint64(hi)});
    while (q.next()) {
        ActivityRow r{q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toLongLong() / 1000,
                      q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toDouble()};
        result.emplace(r, q.value(0).toLongLong());
    }
    return result;
}

/** Decodes each segment overlapping [lo, hi]; false on a damaged segment. */
bool forEachOverlapping(const QSqlDatabase& db, std::int64_t lo, std::int64_t hi,
                        const std::function<bool(RowKey key, const ActivityColumns&)>& callback, QString* error)
{
    // Keys first, blobs one by one: sorting rows that carry the blobs would copy them all.
    std::vector<std::pair<RowKey, int>> segments;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!run(q, QStringLiteral("SELECT key, format FROM activity_segments WHERE person_hi >= ? AND person_lo <= ? "
                                   "ORDER BY person_lo, key"),
                 {qint64(lo), qint64(hi)})) {
            if (error)
                *error = QCoreApplication::translate("rapport::storage",
                                                     "Could not read activity segments.");
            return false;
        }
        while (q.next())
            segments.emplace_back(q.value(0).toLongLong(), q.value(1).toInt());
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT data FROM activity_segments WHERE key = ?")))
        return false;
    // Reading a blob is quick; decoding it is not. Decode segment i + 1 on a second thread
    // while the caller consumes segment i (loading a project is mostly this loop).
    const auto fetch = [&](std::size_t i, QByteArray* blob) {
        const auto& [key, format] = segments[i];
        if (format != ActivitySegmentCodec::kFormat) {
            if (error)
                *error = QCoreApplication::translate("rapport::storage",
                                                     "Activity segment %1 has an unknown format.")
                             .arg(key);
            return false;
        }
        q.addBindValue(key);
        if (!q.exec() || !q.next()) {
            if (error)
                *error = QCoreApplication::translate("rapport::storage",
                                                     "Could not read activity segments.");
            return false;
        }
        *blob = q.value(0).toByteArray();
        q.finish();
        return true;
    };
    struct Decoded
    {
        ActivityColumns rows;
        QString error;
    };
    const auto decode = [](QByteArray blob, Decoded* out) {
        return ActivitySegmentCodec::decode(blob, &out->rows, &out->error);
    };
    std::array<Decoded, 2> buffers;
    std::future<bool> pending;
    QByteArray blob;
    if (!segments.empty()) {
        if (!fetch(0, &blob))
            return false;
        pending = std::async(std::launch::async, decode, blob, &buffers[0]);
    }
    for (std::size_t i = 0; i < segments.size(); ++i) {
        Decoded& current = buffers[i % 2];
        if (!pending.get()) {
            if (error)
                *error = current.error;
            return false;
        }
        if (i + 1 < segments.size()) {
            if (!fetch(i + 1, &blob))
                return false;
            pending = std::async(std::launch::async, decode, blob, &buffers[(i + 1) % 2]);
        }
        if (!callback(segments[i].first, current.rows))
            break; // pending (if any) is waited for when it goes out of scope
    }
    return true;
}

StoreResult insertChanges(const QSqlDatabase& db, int op, const std::vector<ActivityRow>& rows)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO activity_changes (op, person_key, type_key, at, campaign_key, channel_key, "
                                  "content_key, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return queryError(q);
    for (const ActivityRow& r : rows) {
        q.addBindValue(op);
        q.addBindValue(qint64(r.person));
        q.addBindValue(r.type);
        q.addBindValue(qint64(r.at) * 1000);
        q.addBindValue(qint64(r.campaign));
        q.addBindValue(qint64(r.channel));
        q.addBindValue(qint64(r.content));
        q.addBindValue(r.value);
        if (!q.exec())
            return queryError(q);
    }
    return StoreResult::ok();
}

StoreResult deleteChanges(const QSqlDatabase& db, const std::vector<RowKey>& keys)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("DELETE FROM activity_changes WHERE key = ?")))
        return queryError(q);
    for (RowKey key : keys) {
        q.addBindValue(key);
        if (!q.exec())
            return queryError(q);
    }
    return StoreResult::ok();
}

/** Writes sorted rows as segments of about kSegmentRows, cut at person boundaries. */
StoreResult writeSegments(const QSqlDatabase& db, const ActivityColumns& rows)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO activity_segments (person_lo, person_hi, row_count, format, data) "
                                  "VALUES (?, ?, ?, ?, ?)")))
        return queryError(q);
    const ActivitySpans all = rows.spans();
    const std::size_t n = rows.size();
    std::size_t from = 0;
    while (from < n) {
        std::size_t to = std::min(n, from + ActivityStore::kSegmentRows);
        // Keep a person's rows together unless that makes the segment far too large.
        while (to < n && to - from < 4 * ActivityStore::kSegmentRows && rows.person[to] == rows.person[to - 1])
            ++to;
        const std::size_t count = to - from;
        ActivitySpans part{all.person.subspan(from, count), all.type.subspan(from, count), all.at.subspan(from, count),
                           all.campaign.subspan(from, count), all.channel.subspan(from, count),
                           all.content.subspan(from, count), all.value.subspan(from, count)};
        const QByteArray blob = ActivitySegmentCodec::encode(part);
        if (blob.isEmpty())
            return StoreResult::fail(
                StoreError::Database,
                QCoreApplication::translate("rapport::storage",
                                            "Could not compress an activity segment."));
        q.addBindValue(qint64(rows.person[from]));
        q.addBindValue(qint64(rows.person[to - 1]));
        q.addBindValue(qint64(count));
        q.addBindValue(ActivitySegmentCodec::kFormat);
        q.addBindValue(blob);
        if (!q.exec())
            return queryError(q);
        from = to;
    }
    return StoreResult::ok();
}

} // namespace

ActivityStore::ActivityStore(QSqlDatabase db) : m_db(std::move(db)) {}

// --- types ---

std::int32_t ActivityStore::typeKey(const QString& name)
{
    if (!model::isValidActivityType(name))
        return -1;
    if (auto key = findTypeKey(name))
        return *key;
    QSqlQuery q(m_db);
    if (!runInsert(q, QStringLiteral("INSERT INTO activity_types (name) VALUES (?)"), {name}))
        return -1;
    return static_cast<std::int32_t>(insertedKey(q));
}

std::optional<std::int32_t> ActivityStore::findTypeKey(const QString& name) const
{
    const QVariant key = scalar(m_db, QStringLiteral("SELECT key FROM activity_types WHERE name = ?"), {name});
    if (!key.isValid())
        return std::nullopt;
    return static_cast<std::int32_t>(key.toLongLong());
}

QHash<std::int32_t, QString> ActivityStore::types() const
{
    QHash<std::int32_t, QString> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT key, name FROM activity_types"));
    while (q.next())
        result.insert(static_cast<std::int32_t>(q.value(0).toLongLong()), q.value(1).toString());
    return result;
}

// --- writing ---

StoreResult ActivityStore::append(const ActivityColumns& input, AppendStats* stats)
{
    AppendStats local;
    AppendStats& s = stats ? *stats : local;
    s = {};
    if (!input.isConsistent())
        return StoreResult::fail(StoreError::Invalid,
                                 QCoreApplication::translate(
                                     "rapport::storage", "Activity columns of different lengths."));
    if (input.empty())
        return StoreResult::ok();
    ActivityColumns rows = input;
    rows.sortUnique();
    s.skipped = static_cast<std::int64_t>(input.size() - rows.size());
    const std::int64_t lo = rows.person.front(), hi = rows.person.back();

    // Which of the rows are in a segment already? Both sides are sorted in storage order
    // (rows just now, segments as written), so one merge per segment finds them, without
    // hashing every incoming row (imports append batches of a quarter million rows).
    std::vector<char> inSegment(rows.size(), 0);
    QString error;
    const bool ok = forEachOverlapping(m_db, lo, hi, [&](RowKey, const ActivityColumns& stored) {
        const ActivityColumns* segment = &stored;
        ActivityColumns sorted;
        if (!stored.isSorted()) {
            sorted = stored;
            sorted.sort();
            segment = &sorted;
        }
        // Start at the segment's first person: rows are sorted by person first.
        const std::int64_t first = segment->empty() ? 0 : segment->person.front();
        std::size_t i = std::size_t(std::lower_bound(rows.person.begin(), rows.person.end(), first)
                                    - rows.person.begin());
        std::size_t j = 0;
        while (i < rows.size() && j < segment->size()) {
            const std::partial_ordering order = storageOrder(rows.row(i), segment->row(j));
            if (order == std::partial_ordering::less) {
                ++i;
            } else if (order == std::partial_ordering::greater) {
                ++j;
            } else {
                inSegment[i] = order == std::partial_ordering::equivalent;
                ++i;
                ++j;
            }
        }
        return true;
    }, &error);
    if (!ok)
        return StoreResult::fail(StoreError::Database, error);
    const RowKeys added = loadChanges(m_db, kOpAdd, lo, hi);
    const RowKeys removed = loadChanges(m_db, kOpRemove, lo, hi);

    ActivityColumns fresh;
    std::vector<RowKey> restore; // removals to undo: the row is back
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ActivityRow r = rows.row(i);
        if (inSegment[i]) {
            if (auto it = removed.find(r); it != removed.end())
                restore.push_back(it->second);
            else
                ++s.skipped;
        } else if (added.count(r)) {
            ++s.skipped;
        } else {
            fresh.push_back(r);
        }
    }
    StoreResult result = atomically(m_db, [&] {
        if (StoreResult r = deleteChanges(m_db, restore); !r)
            return r;
        if (fresh.size() >= kBulkThreshold)
            return writeSegments(m_db, fresh);
        std::vector<ActivityRow> list;
        list.reserve(fresh.size());
        for (std::size_t i = 0; i < fresh.size(); ++i)
            list.push_back(fresh.row(i));
        return insertChanges(m_db, kOpAdd, list);
    });
    if (result)
        s.added = static_cast<std::int64_t>(fresh.size() + restore.size());
    else
        s = {};
    return result;
}

StoreResult ActivityStore::appendSegmentsUnchecked(ActivityColumns rows)
{
    if (!rows.isConsistent())
        return StoreResult::fail(StoreError::Invalid,
                                 QCoreApplication::translate(
                                     "rapport::storage", "Activity columns of different lengths."));
    if (rows.empty())
        return StoreResult::ok();
    rows.sort();
    return atomically(m_db, [&] { return writeSegments(m_db, rows); });
}

StoreResult ActivityStore::remove(const ActivityColumns& input, std::int64_t* removedCount)
{
    if (removedCount)
        *removedCount = 0;
    if (!input.isConsistent())
        return StoreResult::fail(StoreError::Invalid,
                                 QCoreApplication::translate(
                                     "rapport::storage", "Activity columns of different lengths."));
    if (input.empty())
        return StoreResult::ok();
    ActivityColumns rows = input;
    rows.sortUnique();
    const std::int64_t lo = rows.person.front(), hi = rows.person.back();
    RowSet wanted;
    for (std::size_t i = 0; i < rows.size(); ++i)
        wanted.insert(rows.row(i));
    const RowKeys added = loadChanges(m_db, kOpAdd, lo, hi);
    const RowKeys removed = loadChanges(m_db, kOpRemove, lo, hi);
    std::vector<RowKey> dropAdds;
    for (const auto& [row, key] : added) {
        if (wanted.count(row))
            dropAdds.push_back(key);
    }
    std::vector<ActivityRow> newRemovals;
    QString error;
    const bool ok = forEachOverlapping(m_db, lo, hi, [&](RowKey, const ActivityColumns& segment) {
        for (std::size_t i = 0; i < segment.size(); ++i) {
            const ActivityRow r = segment.row(i);
            if (wanted.count(r) && !removed.count(r)) {
                newRemovals.push_back(r);
                wanted.erase(r); // a row lives in one segment only, but be safe
            }
        }
        return true;
    }, &error);
    if (!ok)
        return StoreResult::fail(StoreError::Database, error);
    StoreResult result = atomically(m_db, [&] {
        if (StoreResult r = deleteChanges(m_db, dropAdds); !r)
            return r;
        return insertChanges(m_db, kOpRemove, newRemovals);
    });
    if (result && removedCount)
        *removedCount = static_cast<std::int64_t>(dropAdds.size() + newRemovals.size());
    return result;
}

StoreResult ActivityStore::compact()
{
    const RowKeys added = loadChanges(m_db, kOpAdd);
    const RowKeys removed = loadChanges(m_db, kOpRemove);
    if (added.empty() && removed.empty())
        return StoreResult::ok();
    // Rewrite the segments that hold removed rows, and the small ones (so tiny segments from
    // earlier compactions merge instead of piling up); added rows join them.
    std::vector<RowKey> rewrite;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT key, person_lo, person_hi, row_count FROM activity_segments"));
        std::vector<std::int64_t> removedPersons;
        for (const auto& [row, key] : removed)
            removedPersons.push_back(row.person);
        std::sort(removedPersons.begin(), removedPersons.end());
        while (q.next()) {
            const std::int64_t lo = q.value(1).toLongLong(), hi = q.value(2).toLongLong();
            const bool small = q.value(3).toLongLong() < static_cast<qint64>(kSegmentRows / 2);
            const auto it = std::lower_bound(removedPersons.begin(), removedPersons.end(), lo);
            if (small || (it != removedPersons.end() && *it <= hi))
                rewrite.push_back(q.value(0).toLongLong());
        }
    }
    ActivityColumns merged;
    QString error;
    for (RowKey key : rewrite) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        ActivityColumns segment;
        if (!run(q, QStringLiteral("SELECT data FROM activity_segments WHERE key = ?"), {key}) || !q.next()
            || !ActivitySegmentCodec::decode(q.value(0).toByteArray(), &segment, &error))
            return StoreResult::fail(
                StoreError::Database,
                error.isEmpty() ? QCoreApplication::translate("rapport::storage",
                                                              "Could not read activity segments.")
                                : error);
        for (std::size_t i = 0; i < segment.size(); ++i) {
            const ActivityRow r = segment.row(i);
            if (!removed.count(r))
                merged.push_back(r);
        }
    }
    for (const auto& [row, key] : added)
        merged.push_back(row);
    merged.sort();
    return atomically(m_db, [&] {
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("DELETE FROM activity_segments WHERE key = ?")))
            return queryError(q);
        for (RowKey key : rewrite) {
            q.addBindValue(key);
            if (!q.exec())
                return queryError(q);
        }
        if (!q.exec(QStringLiteral("DELETE FROM activity_changes")))
            return queryError(q);
        return writeSegments(m_db, merged);
    });
}

// --- reading ---

bool ActivityStore::contains(const ActivityRow& row) const
{
    const RowKeys added = loadChanges(m_db, kOpAdd, row.person, row.person);
    if (added.count(row))
        return true;
    const RowKeys removed = loadChanges(m_db, kOpRemove, row.person, row.person);
    if (removed.count(row))
        return false;
    bool found = false;
    forEachOverlapping(m_db, row.person, row.person, [&](RowKey, const ActivityColumns& segment) {
        for (std::size_t i = 0; i < segment.size() && !found; ++i)
            found = segment.person[i] == row.person && segment.row(i) == row;
        return !found;
    }, nullptr);
    return found;
}

bool ActivityStore::activitiesOf(const std::vector<RowKey>& people, ActivityColumns* rows, QString* error) const
{
    rows->clear();
    std::vector<RowKey> wanted = people;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    if (wanted.empty())
        return true;
    const auto isWanted = [&wanted](std::int64_t person) {
        return std::binary_search(wanted.begin(), wanted.end(), person);
    };
    // The segments holding any of them, each decoded once (a thousand people of one segment
    // must not decode it a thousand times).
    std::vector<RowKey> segments;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!run(q, QStringLiteral("SELECT key, person_lo, person_hi FROM activity_segments "
                                   "WHERE person_hi >= ? AND person_lo <= ?"),
                 {qint64(wanted.front()), qint64(wanted.back())})) {
            if (error)
                *error = QCoreApplication::translate("rapport::storage", "Could not read activity segments.");
            return false;
        }
        while (q.next()) {
            const auto first = std::lower_bound(wanted.begin(), wanted.end(), q.value(1).toLongLong());
            if (first != wanted.end() && *first <= q.value(2).toLongLong())
                segments.push_back(q.value(0).toLongLong());
        }
    }
    QSqlQuery blob(m_db);
    blob.setForwardOnly(true);
    ActivityColumns decoded;
    for (RowKey segment : segments) {
        if (!run(blob, QStringLiteral("SELECT data FROM activity_segments WHERE key = ?"), {segment}) ||
            !blob.next() || !ActivitySegmentCodec::decode(blob.value(0).toByteArray(), &decoded, error)) {
            if (error && error->isEmpty())
                *error = QCoreApplication::translate("rapport::storage", "Could not read activity segments.");
            return false;
        }
        blob.finish();
        for (std::size_t i = 0; i < decoded.size(); ++i) {
            if (isWanted(decoded.person[i]))
                rows->push_back(decoded.row(i));
        }
    }
    RowSet removed;
    for (const auto& [row, key] : loadChanges(m_db, kOpRemove, wanted.front(), wanted.back())) {
        if (isWanted(row.person))
            removed.insert(row);
    }
    if (!removed.empty()) {
        ActivityColumns kept;
        kept.reserve(rows->size());
        for (std::size_t i = 0; i < rows->size(); ++i) {
            if (!removed.count(rows->row(i)))
                kept.push_back(rows->row(i));
        }
        *rows = std::move(kept);
    }
    for (const auto& [row, key] : loadChanges(m_db, kOpAdd, wanted.front(), wanted.back())) {
        if (isWanted(row.person))
            rows->push_back(row);
    }
    rows->sort();
    return true;
}

bool ActivityStore::forEachSegment(const std::function<bool(const ActivitySpans&)>& callback, QString* error) const
{
    const RowKeys removed = loadChanges(m_db, kOpRemove);
    std::int64_t removedLo = INT64_MAX, removedHi = INT64_MIN;
    for (const auto& [row, key] : removed) {
        removedLo = std::min(removedLo, row.person);
        removedHi = std::max(removedHi, row.person);
    }
    bool stopped = false;
    ActivityColumns filtered;
    const bool ok = forEachOverlapping(m_db, INT64_MIN, INT64_MAX, [&](RowKey, const ActivityColumns& segment) {
        const bool touched = !removed.empty() && segment.size() > 0 && segment.person.back() >= removedLo
            && segment.person.front() <= removedHi;
        if (!touched) {
            stopped = !callback(segment.spans());
            return !stopped;
        }
        filtered.clear();
        for (std::size_t i = 0; i < segment.size(); ++i) {
            const ActivityRow r = segment.row(i);
            if (!removed.count(r))
                filtered.push_back(r);
        }
        stopped = !callback(filtered.spans());
        return !stopped;
    }, error);
    if (!ok || stopped)
        return ok;
    const RowKeys added = loadChanges(m_db, kOpAdd);
    if (added.empty())
        return true;
    ActivityColumns rows;
    rows.reserve(added.size());
    for (const auto& [row, key] : added)
        rows.push_back(row);
    rows.sort();
    callback(rows.spans());
    return true;
}

std::int64_t ActivityStore::count() const
{
    return detail::count(m_db, QStringLiteral("SELECT (SELECT COALESCE(SUM(row_count), 0) FROM activity_segments) + "
                                              "(SELECT COUNT(*) FROM activity_changes WHERE op = 1) - "
                                              "(SELECT COUNT(*) FROM activity_changes WHERE op = 2)"));
}

std::int64_t ActivityStore::segmentCount() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM activity_segments"));
}

std::int64_t ActivityStore::changeCount() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM activity_changes"));
}

std::int64_t ActivityStore::segmentBytes() const
{
    return detail::count(m_db, QStringLiteral("SELECT COALESCE(SUM(LENGTH(data)), 0) FROM activity_segments"));
}

} // namespace rapport::storage
