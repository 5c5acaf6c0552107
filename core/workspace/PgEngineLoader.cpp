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
#include <deque>
#include <future>
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
    std::vector<std::int64_t> tagPerson;
    std::vector<std::uint32_t> tagEnd;
    std::string tagText;
    if (!copyRows(pg, QStringLiteral("SELECT person_key, tag FROM person_tags ORDER BY person_key, tag COLLATE \"C\""), 2,
                  [&](const CopyOut& c) {
                      tagPerson.push_back(c.field(0).int64());
                      tagText.append(c.field(1).text());
                      tagEnd.push_back(std::uint32_t(tagText.size()));
                      return true;
                  },
                  tr("tags"), error))
        return std::nullopt;
    engine::PersonRecord person;
    person.attributes.resize(rows::kPersonAttributeCount);
    for (int i = 0; i < rows::kPersonAttributeCount; ++i)
        person.attributes[std::size_t(i)].first = rows::kPersonAttributes[i];
    std::vector<std::pair<std::int64_t, std::int64_t>> merges;
    std::size_t tag = 0;
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
                      while (tag < tagPerson.size() && tagPerson[tag] <= person.key) {
                          if (tagPerson[tag] == person.key) {
                              const std::uint32_t from = tag == 0 ? 0 : tagEnd[tag - 1];
                              person.tags.emplace_back(tagText, from, tagEnd[tag] - from);
                          }
                          ++tag;
                      }
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
    struct Decoded
    {
        storage::ActivityColumns rows;
        bool ok = false;
        QString error;
    };
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
    const int hardware = int(std::max(1u, std::thread::hardware_concurrency()));
    const std::size_t inFlight = std::size_t(std::max(2, m_threads > 0 ? m_threads : hardware));
    std::deque<std::future<Decoded>> pending;
    QString segmentError;
    const auto drainOne = [&] {
        Decoded d = pending.front().get();
        pending.pop_front();
        if (!d.ok)
            return fail(&segmentError, d.error);
        if (!feed(d.rows))
            return !(stopped = true);
        return true;
    };
    const bool read = copyRows(
        pg, QStringLiteral("SELECT key, format, data FROM activity_segments ORDER BY person_lo, key"), 3,
        [&](const CopyOut& c) {
            const std::int64_t key = c.field(0).int64();
            if (c.field(1).int64() != storage::ActivitySegmentCodec::kFormat)
                return fail(&segmentError, QCoreApplication::translate("rapport::storage",
                                                                       "Activity segment %1 has an unknown format.")
                                               .arg(key));
            QByteArray blob(c.field(2).data, c.field(2).size);
            pending.push_back(std::async(std::launch::async, [blob = std::move(blob)] {
                Decoded d;
                d.ok = storage::ActivitySegmentCodec::decode(blob, &d.rows, &d.error);
                return d;
            }));
            return pending.size() < inFlight || drainOne();
        },
        tr("activities"), error);
    while (read && !pending.empty() && segmentError.isEmpty() && !stopped)
        drainOne();
    pending.clear(); // waits for the decoders still running
    if (stopped)
        return cancelled();
    if (!segmentError.isEmpty())
        return fail(error, segmentError), std::nullopt;
    if (!read)
        return std::nullopt;
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
