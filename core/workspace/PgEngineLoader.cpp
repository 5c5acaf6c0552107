// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/PgEngineLoader.h"

#include "core/engine/StoreBuilder.h"
#include "core/storage/ActivitySegmentCodec.h"
#include "core/storage/EngineRows.h"
#include "core/storage/Schema.h"
#include "core/workspace/PgCopy.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>
#include <unordered_set>

namespace rapport::workspace {

using detail::CopyOut;
using detail::PgConnection;
namespace rows = storage::engine_rows;

namespace {

// The file loader's messages, in its translation context, so both read the same.
QString loaderText(const char* text)
{
    return QCoreApplication::translate("rapport::storage::EngineLoader", text);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::workspace::PgEngineLoader", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct RowHash
{
    std::size_t operator()(const storage::ActivityRow& r) const
    {
        std::uint64_t h = std::uint64_t(r.person) * 0x9e3779b97f4a7c15ull;
        h ^= std::uint64_t(r.at) + 0x7f4a7c15ull + (h << 6) + (h >> 2);
        h ^= std::uint64_t(r.type) + (h << 6) + (h >> 2);
        h ^= std::uint64_t(r.campaign ^ (r.channel << 20) ^ (r.content << 40)) + (h << 6) + (h >> 2);
        return std::size_t(h);
    }
};
using RowSet = std::unordered_set<storage::ActivityRow, RowHash>;

/** Runs one COPY query and calls row() for each row; false with *error naming what. */
bool copyRows(PgConnection& pg, const QString& query, int columns, const std::function<bool(const CopyOut&)>& row,
              const QString& what, QString* error)
{
    CopyOut copy(pg);
    QString why;
    if (!copy.start(query, &why))
        return fail(error, tr("Cannot read %1 from the workspace: %2").arg(what, why));
    while (copy.next()) {
        if (copy.columns() != columns)
            return fail(error, tr("Cannot read %1 from the workspace: unexpected columns").arg(what));
        if (!row(copy))
            return false;
    }
    if (copy.failed())
        return fail(error, tr("Cannot read %1 from the workspace: %2").arg(what, copy.error()));
    return true;
}

/** A bounded queue between one producer thread and the loader (capacity 0: unbounded). */
template<typename T>
class Queue
{
public:
    explicit Queue(std::size_t capacity = 0) : m_capacity(capacity) {}
    /** False when the consumer stopped listening. */
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_capacity == 0 || m_items.size() < m_capacity; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }
    /** The producer is done (error empty) or failed. */
    void close(const QString& error = {})
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_error = error;
        m_changed.notify_all();
    }
    /** The next item; false at the end (then error() says whether the producer failed). */
    bool pop(T* item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return true;
    }
    /** The consumer gives up: the producer's next push fails. */
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }
    bool stopped() const
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }
    QString error() const
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
    bool m_stopped = false;
    QString m_error;
};

/** A second connection that sees the loader's snapshot (pg_export_snapshot). */
bool joinSnapshot(PgConnection& pg, const WorkspaceAddress& address, const QString& password, const QString& snapshot,
                  QString* error)
{
    return pg.connect(address, password, error)
           && pg.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"), error)
           && pg.exec(QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(snapshot), error);
}

/** Tags of consecutive people, as they arrive: keys, and each tag's end in text. */
struct TagChunk
{
    std::vector<std::int64_t> person;
    std::vector<std::uint32_t> end;
    std::string text;
};

struct Decoded
{
    storage::ActivityColumns rows;
    bool ok = false;
    QString error;
};

} // namespace

PgEngineLoader::PgEngineLoader(WorkspaceAddress address, QString password, int threads)
    : m_address(std::move(address)), m_password(std::move(password)), m_threads(threads)
{
}

std::optional<storage::EngineData> PgEngineLoader::load(QString* error) const
{
    try {
        return loadUnchecked(error);
    } catch (const std::length_error& e) {
        fail(error, loaderText("the project is too large to analyse: %1").arg(QString::fromStdString(e.what())));
    } catch (const std::bad_alloc&) {
        fail(error, loaderText("there is not enough memory to analyse the project"));
    }
    return std::nullopt;
}

std::optional<storage::EngineData> PgEngineLoader::loadUnchecked(QString* error) const
{
    QElapsedTimer total, phase;
    total.start();
    PgConnection pg;
    QString why;
    if (!pg.connect(m_address, m_password, &why))
        return fail(error, why), std::nullopt;
    // One snapshot: people, activities and responses of the same moment.
    if (!pg.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"), &why))
        return fail(error, why), std::nullopt;
    bool ok = false;
    const auto version = pg.value(QStringLiteral("SELECT CASE WHEN to_regclass('rapport_schema') IS NULL THEN 0 ELSE "
                                                 "(SELECT version FROM rapport_schema) END"),
                                  &ok, &why);
    if (!ok)
        return fail(error, why), std::nullopt;
    if (!version || version->toInt() != storage::currentSchemaVersion())
        return fail(error, tr("The workspace %1 holds no project at this Rapport's schema (%2).")
                               .arg(m_address.toUrl())
                               .arg(storage::currentSchemaVersion())),
               std::nullopt;

    // Tags and activity segments stream on connections of their own, from the same snapshot,
    // while people arrive on this one: the server works on all three at once.
    const auto snapshot = pg.value(QStringLiteral("SELECT pg_export_snapshot()"), &ok, &why);
    if (!ok || !snapshot)
        return fail(error, why), std::nullopt;

    storage::EngineLoadReport report;
    engine::StoreBuilder builder(m_threads);
    std::int64_t peopleTotal = 1, activitiesTotal = 1;
    if (m_progress) {
        const auto people = pg.value(QStringLiteral("SELECT GREATEST(reltuples, 1)::bigint FROM pg_class WHERE oid = 'people'::regclass"), &ok, &why);
        const auto activities = pg.value(QStringLiteral("SELECT GREATEST(COALESCE(SUM(row_count), 0), 1) FROM activity_segments"), &ok, &why);
        peopleTotal = people ? std::max<qint64>(1, people->toLongLong()) : 1;
        activitiesTotal = activities ? std::max<qint64>(1, activities->toLongLong()) : 1;
    }
    const auto cancelled = [&] { return fail(error, loaderText("loading was cancelled")), std::nullopt; };
    if (!reportProgress(0))
        return cancelled();

    // --- people, tags, merges --------------------------------------------------------------
    phase.start();
    Queue<TagChunk> tags;
    std::thread tagReader([&] {
        PgConnection c;
        QString failure;
        TagChunk chunk;
        // Ordered by person only (the key's index); each person's tags are sorted below in
        // byte order, as SQLite's BINARY collation orders them in a file.
        const bool done = joinSnapshot(c, m_address, m_password, *snapshot, &failure)
                          && copyRows(c, QStringLiteral("SELECT person_key, tag FROM person_tags ORDER BY person_key"), 2,
                                      [&](const CopyOut& row) {
                                          chunk.person.push_back(row.field(0).int64());
                                          chunk.text.append(row.field(1).text());
                                          chunk.end.push_back(std::uint32_t(chunk.text.size()));
                                          if (chunk.person.size() < 65536)
                                              return true;
                                          return tags.push(std::exchange(chunk, TagChunk{}));
                                      },
                                      tr("tags"), &failure);
        if (done && !chunk.person.empty())
            tags.push(std::move(chunk));
        tags.close(done || tags.stopped() ? QString() : failure);
    });
    const int hardware = int(std::max(1u, std::thread::hardware_concurrency()));
    const std::size_t inFlight = std::size_t(std::max(2, m_threads > 0 ? m_threads : hardware));
    QString segmentError;
    Queue<std::future<Decoded>> segments(inFlight);
    std::thread segmentReader([&] {
        PgConnection c;
        QString failure;
        const bool done = joinSnapshot(c, m_address, m_password, *snapshot, &failure)
                          && copyRows(c, QStringLiteral("SELECT key, format, data FROM activity_segments ORDER BY person_lo, key"), 3,
                                      [&](const CopyOut& row) {
                                          const std::int64_t key = row.field(0).int64();
                                          if (row.field(1).int64() != storage::ActivitySegmentCodec::kFormat) {
                                              failure = QCoreApplication::translate("rapport::storage",
                                                                                    "Activity segment %1 has an unknown format.")
                                                            .arg(key);
                                              return false;
                                          }
                                          QByteArray blob(row.field(2).data, row.field(2).size);
                                          return segments.push(std::async(std::launch::async, [blob = std::move(blob)] {
                                              Decoded d;
                                              d.ok = storage::ActivitySegmentCodec::decode(blob, &d.rows, &d.error);
                                              return d;
                                          }));
                                      },
                                      tr("activities"), &failure);
        segments.close(done || segments.stopped() ? QString() : failure);
    });
    // However the load ends, the readers are told to stop and are waited for.
    struct Join
    {
        Queue<TagChunk>& tags;
        Queue<std::future<Decoded>>& segments;
        std::thread& a;
        std::thread& b;
        ~Join()
        {
            tags.stop();
            segments.stop();
            a.join();
            b.join();
        }
    } join{tags, segments, tagReader, segmentReader};

    engine::PersonRecord person;
    person.attributes.resize(rows::kPersonAttributeCount);
    for (int i = 0; i < rows::kPersonAttributeCount; ++i)
        person.attributes[std::size_t(i)].first = rows::kPersonAttributes[i];
    std::vector<std::pair<std::int64_t, std::int64_t>> merges;
    TagChunk chunk;
    std::size_t tag = 0;
    bool tagsDone = false;
    bool stopped = false;
    if (!copyRows(pg, QStringLiteral("SELECT key, country, role, company, source, timezone, internal, joined, merged_into "
                                     "FROM people ORDER BY key"),
                  9,
                  [&](const CopyOut& c) {
                      person.key = c.field(0).int64();
                      for (int i = 0; i < rows::kPersonAttributeCount; ++i)
                          person.attributes[std::size_t(i)].second.assign(c.field(i + 1).text());
                      person.internal = c.field(6).int64() != 0;
                      person.joinDay = rows::dayOf(c.field(7).text());
                      person.tags.clear();
                      for (;;) {
                          if (tag == chunk.person.size()) {
                              if (tagsDone || !tags.pop(&chunk)) {
                                  tagsDone = true;
                                  break;
                              }
                              tag = 0;
                          }
                          if (chunk.person[tag] > person.key)
                              break;
                          if (chunk.person[tag] == person.key) {
                              const std::uint32_t from = tag == 0 ? 0 : chunk.end[tag - 1];
                              person.tags.emplace_back(chunk.text, from, chunk.end[tag] - from);
                          }
                          ++tag;
                      }
                      if (person.tags.size() > 1)
                          std::sort(person.tags.begin(), person.tags.end());
                      builder.addPerson(person);
                      ++report.people;
                      if (!c.field(8).isNull())
                          merges.emplace_back(person.key, c.field(8).int64());
                      if (report.people % 8192 == 0
                          && !reportProgress(0.15 * double(std::min(report.people, peopleTotal)) / double(peopleTotal)))
                          return !(stopped = true);
                      return true;
                  },
                  tr("people"), error))
        return stopped ? cancelled() : std::nullopt;
    if (const QString failed = tags.error(); !failed.isEmpty())
        return fail(error, failed), std::nullopt;
    for (const auto& [merged, survivor] : merges)
        builder.addMerge(merged, survivor);
    report.merges = std::int64_t(merges.size());
    report.peopleMs = msSince(phase);

    // --- activities: segments decoded on several threads, change rows applied --------------
    phase.restart();
    RowSet removed, added;
    if (!copyRows(pg, QStringLiteral("SELECT op, person_key, type_key, at, campaign_key, channel_key, content_key, value "
                                     "FROM activity_changes"),
                  8,
                  [&](const CopyOut& c) {
                      const storage::ActivityRow r{c.field(1).int64(), std::int32_t(c.field(2).int64()),
                                                   c.field(3).int64() / 1000, c.field(4).int64(),
                                                   c.field(5).int64(), c.field(6).int64(), c.field(7).float64()};
                      (c.field(0).int64() == 2 ? removed : added).insert(r);
                      return true;
                  },
                  tr("activity changes"), error))
        return std::nullopt;
    std::int64_t removedLo = INT64_MAX, removedHi = INT64_MIN;
    for (const storage::ActivityRow& r : removed) {
        removedLo = std::min(removedLo, r.person);
        removedHi = std::max(removedHi, r.person);
    }
    storage::ActivityColumns filtered;
    const auto feed = [&](const storage::ActivityColumns& segment) {
        const bool touched = !removed.empty() && segment.size() > 0 && segment.person.back() >= removedLo
                             && segment.person.front() <= removedHi;
        const storage::ActivityColumns* rowsIn = &segment;
        if (touched) {
            filtered.clear();
            for (std::size_t i = 0; i < segment.size(); ++i)
                if (!removed.count(segment.row(i)))
                    filtered.push_back(segment.row(i));
            rowsIn = &filtered;
        }
        builder.addActivities(rowsIn->spans());
        report.activities += std::int64_t(rowsIn->size());
        return reportProgress(0.15 + 0.6 * double(std::min(report.activities, activitiesTotal)) / double(activitiesTotal));
    };
    std::future<Decoded> next;
    while (segmentError.isEmpty() && segments.pop(&next)) {
        Decoded d = next.get();
        if (!d.ok)
            segmentError = d.error;
        else if (!feed(d.rows))
            return cancelled();
    }
    if (!segmentError.isEmpty())
        return fail(error, segmentError), std::nullopt;
    if (const QString failed = segments.error(); !failed.isEmpty())
        return fail(error, failed), std::nullopt;
    if (!added.empty()) {
        storage::ActivityColumns rowsAdded;
        rowsAdded.reserve(added.size());
        for (const storage::ActivityRow& r : added)
            rowsAdded.push_back(r);
        rowsAdded.sort();
        removed.clear(); // added rows are never filtered (as in ActivityStore::forEachSegment)
        builder.addActivities(rowsAdded.spans());
        report.activities += std::int64_t(rowsAdded.size());
    }
    report.activitiesMs = msSince(phase);

    // --- names ------------------------------------------------------------------------
    phase.restart();
    const auto names = [&](const char* sql, const QString& what, const auto& set) {
        return copyRows(pg, QString::fromLatin1(sql), 2,
                        [&](const CopyOut& c) {
                            set(c.field(0).int64(), std::string(c.field(1).text()));
                            return true;
                        },
                        what, error);
    };
    const bool named =
        names("SELECT key, name FROM activity_types", tr("activity types"),
              [&](std::int64_t k, std::string n) { builder.setTypeName(std::int32_t(k), std::move(n)); })
        && names("SELECT key, name FROM campaigns", tr("campaigns"),
                 [&](std::int64_t k, std::string n) { builder.setCampaignName(k, std::move(n)); })
        && names("SELECT key, name FROM channels", tr("channels"),
                 [&](std::int64_t k, std::string n) { builder.setChannelName(k, std::move(n)); })
        && names("SELECT key, title FROM content", tr("content"),
                 [&](std::int64_t k, std::string n) { builder.setContentName(k, std::move(n)); });
    if (!named)
        return std::nullopt;
    report.namesMs = msSince(phase);
    if (!reportProgress(0.75))
        return cancelled();

    // --- survey responses (read before building: the connection is free sooner) -----
    phase.restart();
    engine::SurveyResponses responses;
    if (!names("SELECT key, name FROM surveys", tr("surveys"),
               [&](std::int64_t k, std::string n) { responses.setSurveyName(k, std::move(n)); }))
        return std::nullopt;
    const auto score = [](const detail::CopyField& f) {
        return f.isNull() ? std::nullopt : std::optional<int>(int(f.int64()));
    };
    if (!copyRows(pg, QStringLiteral(
                          "SELECT r.key, r.person_key, r.submitted_at, r.survey_key, s.campaign_key, "
                          "MAX(CASE WHEN q.kind = 'nps' THEN a.number END), "
                          "MAX(CASE WHEN q.kind = 'csat' THEN a.number END) "
                          "FROM survey_responses r JOIN surveys s ON s.key = r.survey_key "
                          "LEFT JOIN survey_answers a ON a.response_key = r.key "
                          "LEFT JOIN survey_questions q ON q.key = a.question_key AND q.kind IN ('nps', 'csat') "
                          "GROUP BY r.key, s.campaign_key ORDER BY r.key"),
                  7,
                  [&](const CopyOut& c) {
                      responses.upsert(rows::response(c.field(0).int64(), c.field(1).int64(), c.field(2).int64(),
                                                      c.field(3).int64(), c.field(4).int64(), score(c.field(5)),
                                                      score(c.field(6))));
                      return true;
                  },
                  tr("survey responses"), error))
        return std::nullopt;
    QString ignored;
    pg.exec(QStringLiteral("COMMIT"), &ignored);
    responses.sortByPerson();
    report.responses = std::int64_t(responses.size());
    report.responsesMs = msSince(phase);

    phase.restart();
    std::optional<storage::EngineData> data(std::in_place, storage::EngineData{builder.build(), std::move(responses), {}});
    report.buildMs = msSince(phase);
    if (!reportProgress(0.9))
        return cancelled();
    report.totalMs = msSince(total);
    data->report = report;
    if (!reportProgress(1))
        return cancelled();
    return data;
}

} // namespace rapport::workspace
