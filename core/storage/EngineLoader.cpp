// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EngineLoader.h"

#include "core/engine/Behaviour.h"
#include "core/engine/Engagement.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/StoreBuilder.h"
#include "core/model/Audience.h"
#include "core/model/Clock.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/AudienceRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/EngineRows.h"
#include "core/storage/ProjectRepositorySqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>

// The session extension (Debian's libsqlite3 is built with it), to read changesets.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

namespace rapport::storage {

namespace {

/** A prepared statement finalized on scope exit. */
class Statement
{
public:
    Statement(sqlite3* db, const char* sql) { m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK; }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool ok() const { return m_ok; }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = false;
};

std::string_view textAt(sqlite3_stmt* s, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(s, column))) : std::string_view();
}

using engine_rows::dayOf;

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString cancelled()
{
    return QCoreApplication::translate("rapport::storage::EngineLoader", "loading was cancelled");
}

/** The columns of a person the engine reads, in the order readPerson() expects them. */
#define RAPPORT_ENGINE_PERSON_COLUMNS "key, country, role, company, source, timezone, internal, joined, merged_into"

/** A person record with the built-in attribute names, for readPerson() to fill. */
engine::PersonRecord personTemplate()
{
    engine::PersonRecord person;
    person.attributes.resize(engine_rows::kPersonAttributeCount);
    for (int i = 0; i < engine_rows::kPersonAttributeCount; ++i)
        person.attributes[i].first = engine_rows::kPersonAttributes[i];
    return person;
}

/** Key, attributes, internal and join day from a row of RAPPORT_ENGINE_PERSON_COLUMNS (tags not). */
void readPerson(sqlite3_stmt* s, engine::PersonRecord& person)
{
    person.key = sqlite3_column_int64(s, 0);
    for (int i = 0; i < 5; ++i)
        person.attributes[i].second.assign(textAt(s, i + 1));
    person.internal = sqlite3_column_int(s, 6) != 0;
    person.joinDay = dayOf(textAt(s, 7));
}

/** stillWanted(people read so far) is asked every few thousand people; false stops. */
bool loadPeople(sqlite3* db, engine::StoreBuilder& builder, EngineLoadReport& report, QString* error,
                const std::function<bool(std::int64_t)>& stillWanted)
{
    // Tags arrive in person key order (the table's primary key), people too: zip them.
    Statement people(db, "SELECT " RAPPORT_ENGINE_PERSON_COLUMNS " FROM people ORDER BY key");
    Statement tags(db, "SELECT person_key, tag FROM person_tags ORDER BY person_key, tag");
    if (!people.ok() || !tags.ok())
        return fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
    engine::PersonRecord person = personTemplate();
    int tagRc = sqlite3_step(tags.get());
    std::vector<std::pair<std::int64_t, std::int64_t>> merges;
    int rc;
    while ((rc = sqlite3_step(people.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = people.get();
        readPerson(s, person);
        person.tags.clear();
        while (tagRc == SQLITE_ROW && sqlite3_column_int64(tags.get(), 0) <= person.key) {
            if (sqlite3_column_int64(tags.get(), 0) == person.key)
                person.tags.emplace_back(textAt(tags.get(), 1));
            tagRc = sqlite3_step(tags.get());
        }
        builder.addPerson(person);
        ++report.people;
        if (report.people % 8192 == 0 && !stillWanted(report.people))
            return fail(error, cancelled());
        if (sqlite3_column_type(s, 8) != SQLITE_NULL)
            merges.emplace_back(person.key, sqlite3_column_int64(s, 8));
    }
    if (rc != SQLITE_DONE || (tagRc != SQLITE_DONE && tagRc != SQLITE_ROW))
        return fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
    for (const auto& [merged, survivor] : merges)
        builder.addMerge(merged, survivor);
    report.merges = std::int64_t(merges.size());
    return true;
}

template<typename Set>
bool loadNames(sqlite3* db, const char* sql, Set set, QString* error)
{
    Statement s(db, sql);
    if (!s.ok())
        return fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW)
        set(sqlite3_column_int64(s.get(), 0), std::string(textAt(s.get(), 1)));
    return rc == SQLITE_DONE || fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
}

/** Type, campaign, channel and content names into a StoreBuilder (a load) or a Store (an
 *  update): both have the same setters. */
template<typename Target>
bool loadAllNames(sqlite3* db, Target& target, QString* error)
{
    return loadNames(db, "SELECT key, name FROM activity_types",
                     [&](std::int64_t k, std::string n) { target.setTypeName(std::int32_t(k), std::move(n)); }, error)
        && loadNames(db, "SELECT key, name FROM campaigns",
                     [&](std::int64_t k, std::string n) { target.setCampaignName(k, std::move(n)); }, error)
        && loadNames(db, "SELECT key, name FROM channels",
                     [&](std::int64_t k, std::string n) { target.setChannelName(k, std::move(n)); }, error)
        && loadNames(db, "SELECT key, title FROM content",
                     [&](std::int64_t k, std::string n) { target.setContentName(k, std::move(n)); }, error);
}

bool loadResponses(sqlite3* db, engine::SurveyResponses& responses, EngineLoadReport& report, QString* error)
{
    if (!loadNames(db, "SELECT key, name FROM surveys",
                   [&](std::int64_t key, std::string name) { responses.setSurveyName(key, std::move(name)); },
                   error))
        return false;
    // One NPS and one CSAT answer per response at most (model::validate); MAX picks it.
    Statement s(db, "SELECT r.key, r.person_key, r.submitted_at, r.survey_key, s.campaign_key, "
                    "MAX(CASE WHEN q.kind = 'nps' THEN a.number END), "
                    "MAX(CASE WHEN q.kind = 'csat' THEN a.number END) "
                    "FROM survey_responses r JOIN surveys s ON s.key = r.survey_key "
                    "LEFT JOIN survey_answers a ON a.response_key = r.key "
                    "LEFT JOIN survey_questions q ON q.key = a.question_key AND q.kind IN ('nps', 'csat') "
                    "GROUP BY r.key");
    if (!s.ok())
        return fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
        sqlite3_stmt* q = s.get();
        const auto score = [&](int column) {
            return sqlite3_column_type(q, column) != SQLITE_NULL ? std::optional<int>(sqlite3_column_int(q, column))
                                                                 : std::nullopt;
        };
        responses.upsert(engine_rows::response(sqlite3_column_int64(q, 0),
                                               sqlite3_column_int64(q, 1), // NULL → 0 = anonymous
                                               sqlite3_column_int64(q, 2), sqlite3_column_int64(q, 3),
                                               sqlite3_column_int64(q, 4), score(5), score(6)));
    }
    if (rc != SQLITE_DONE)
        return fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
    responses.sortByPerson();
    report.responses = std::int64_t(responses.size());
    return true;
}

} // namespace

EngineLoader::EngineLoader(QSqlDatabase db, int threads) : m_db(std::move(db)), m_threads(threads) {}

std::optional<EngineData> EngineLoader::load(QString* error) const
{
    // The engine's columns are narrow (Store.h): a project beyond their limits (more than
    // 255 channels, say) is refused with the limit named, and memory exhaustion likewise.
    try {
        return loadUnchecked(error);
    } catch (const std::length_error& e) {
        fail(error, QCoreApplication::translate("rapport::storage::EngineLoader",
                                                "the project is too large to analyse: %1")
                        .arg(QString::fromStdString(e.what())));
    } catch (const std::bad_alloc&) {
        fail(error, QCoreApplication::translate("rapport::storage::EngineLoader",
                                                "there is not enough memory to analyse the project"));
    }
    return std::nullopt;
}

std::optional<EngineData> EngineLoader::loadUnchecked(QString* error) const
{
    sqlite3* db = detail::sqliteHandle(m_db);
    if (!db) {
        fail(error, QCoreApplication::translate("rapport::storage::EngineLoader", "the project is not an open SQLite database"));
        return std::nullopt;
    }
    QElapsedTimer total, phase;
    total.start();
    EngineLoadReport report;
    engine::StoreBuilder builder(m_threads);

    // Progress: people 0–15 %, activities 15–75 %, building 75–90 %, names and responses.
    const ActivityStore activities(m_db);
    std::int64_t peopleTotal = 1, activitiesTotal = 1;
    if (m_progress) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM people")) && q.next())
            peopleTotal = std::max<qint64>(1, q.value(0).toLongLong());
        activitiesTotal = std::max<std::int64_t>(1, activities.count());
    }
    if (!reportProgress(0))
        return fail(error, cancelled()), std::nullopt;
    phase.start();
    const auto peopleRead = [&](std::int64_t n) {
        return reportProgress(0.15 * double(std::min(n, peopleTotal)) / double(peopleTotal));
    };
    if (!loadPeople(db, builder, report, error, peopleRead))
        return std::nullopt;
    report.peopleMs = msSince(phase);

    phase.restart();
    QString segmentError;
    bool stopped = false;
    const bool read = activities.forEachSegment(
        [&](const ActivitySpans& s) {
            builder.addActivities(s);
            report.activities += std::int64_t(s.size());
            stopped = !reportProgress(
                0.15 + 0.6 * double(std::min(report.activities, activitiesTotal)) / double(activitiesTotal));
            return !stopped;
        },
        &segmentError);
    if (!read || stopped) {
        fail(error, stopped ? cancelled() : segmentError);
        return std::nullopt;
    }
    report.activitiesMs = msSince(phase);

    phase.restart();
    if (!loadAllNames(db, builder, error))
        return std::nullopt;
    report.namesMs = msSince(phase);
    if (!reportProgress(0.75))
        return fail(error, cancelled()), std::nullopt;

    phase.restart();
    std::optional<EngineData> data(std::in_place, EngineData{builder.build(), {}, {}});
    report.buildMs = msSince(phase);
    if (!reportProgress(0.9))
        return fail(error, cancelled()), std::nullopt;

    phase.restart();
    if (!loadResponses(db, data->responses, report, error))
        return std::nullopt;
    report.responsesMs = msSince(phase);
    report.totalMs = msSince(total);
    data->report = report;
    if (!reportProgress(1))
        return fail(error, cancelled()), std::nullopt;
    return data;
}

// --- updates -----------------------------------------------------------------------------

void EngineChanges::add(const QString& table, const QVariantMap& key, bool removed)
{
    const auto keyOf = [&key](const char* column) { return RowKey(key.value(QLatin1String(column)).toLongLong()); };
    if (table == QLatin1String("people")) {
        people.push_back(keyOf("key"));
    } else if (table == QLatin1String("person_tags")) {
        people.push_back(keyOf("person_key"));
    } else if (table == QLatin1String("activity_changes")) {
        // A pending change deleted: compacted into segments, or an added activity taken back
        // (ActivityStore deletes its row). Which activity it was is gone with the row.
        if (removed)
            reload = true;
        else
            activityChanges.push_back(keyOf("key"));
    } else if (table == QLatin1String("activity_segments")) {
        reload = true;
    } else if (table == QLatin1String("activity_types") || table == QLatin1String("campaigns")
               || table == QLatin1String("channels") || table == QLatin1String("content")) {
        if (removed)
            reload = true; // a whole load forgets the name; the store cannot
        else
            names = true;
    } else if (table == QLatin1String("surveys") || table == QLatin1String("survey_questions")
               || table == QLatin1String("survey_responses") || table == QLatin1String("survey_answers")) {
        responses = true;
    }
}

bool EngineChanges::addChangeset(const QSqlDatabase& db, const QByteArray& changes, QString* error)
{
    if (changes.isEmpty())
        return true;
    QHash<QString, QStringList> columnsOf;
    sqlite3_changeset_iter* it = nullptr;
    if (sqlite3changeset_start(&it, int(changes.size()), const_cast<char*>(changes.constData())) != SQLITE_OK)
        return fail(error, QCoreApplication::translate("rapport::storage", "The edit cannot be read (not a changeset)."));
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char* name = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &name, &columns, &op, &indirect);
        const QString table = QString::fromUtf8(name);
        if (!columnsOf.contains(table)) {
            QSqlQuery q(db);
            QStringList names;
            if (q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid")
                           .arg(QString(table).replace(u'\'', QLatin1String("''")))))
                while (q.next())
                    names << q.value(0).toString();
            columnsOf.insert(table, names);
        }
        const QStringList& names = columnsOf[table];
        unsigned char* isKey = nullptr;
        int keyColumns = 0;
        sqlite3changeset_pk(it, &isKey, &keyColumns);
        QVariantMap key;
        for (int i = 0; i < columns && i < names.size(); ++i) {
            if (!isKey[i])
                continue;
            sqlite3_value* value = nullptr;
            if (op == SQLITE_INSERT)
                sqlite3changeset_new(it, i, &value);
            else
                sqlite3changeset_old(it, i, &value);
            if (value && sqlite3_value_type(value) == SQLITE_INTEGER)
                key.insert(names[i], qint64(sqlite3_value_int64(value)));
            else if (value && sqlite3_value_type(value) == SQLITE_TEXT)
                key.insert(names[i], QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                                                       sqlite3_value_bytes(value)));
        }
        add(table, key, op == SQLITE_DELETE);
    }
    if (sqlite3changeset_finalize(it) != SQLITE_OK)
        return fail(error, QCoreApplication::translate("rapport::storage", "The edit cannot be read (a damaged changeset)."));
    return true;
}

namespace {

QString disagrees(RowKey key)
{
    return QCoreApplication::translate("rapport::storage::EngineLoader",
                                       "the loaded figures and the project disagree about activity change %1")
        .arg(key);
}

/** Writes the people of keys again (or removes those that are gone), then their merges. */
bool updatePeople(sqlite3* db, engine::Store& store, std::vector<RowKey> keys, QString* error)
{
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    Statement people(db, "SELECT " RAPPORT_ENGINE_PERSON_COLUMNS " FROM people WHERE key = ?");
    Statement tags(db, "SELECT tag FROM person_tags WHERE person_key = ? ORDER BY tag");
    if (!people.ok() || !tags.ok())
        return fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
    engine::PersonRecord person = personTemplate();
    std::vector<std::pair<RowKey, std::optional<RowKey>>> merges;
    std::vector<RowKey> gone;
    for (const RowKey key : keys) {
        sqlite3_stmt* s = people.get();
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, key);
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_DONE) {
            gone.push_back(key);
            continue;
        }
        if (rc != SQLITE_ROW)
            return fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
        readPerson(s, person);
        merges.emplace_back(key, sqlite3_column_type(s, 8) != SQLITE_NULL
                                     ? std::optional<RowKey>(sqlite3_column_int64(s, 8))
                                     : std::nullopt);
        person.tags.clear();
        sqlite3_reset(tags.get());
        sqlite3_bind_int64(tags.get(), 1, key);
        int tagRc;
        while ((tagRc = sqlite3_step(tags.get())) == SQLITE_ROW)
            person.tags.emplace_back(textAt(tags.get(), 0));
        if (tagRc != SQLITE_DONE)
            return fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
        store.upsertPerson(person);
    }
    // Merges last, as a load adds them after every person.
    for (const auto& [key, into] : merges) {
        const std::optional<std::int64_t> now = store.survivorOf(key);
        const std::optional<std::int64_t> wanted =
            into ? std::optional<std::int64_t>(store.survivorOf(*into).value_or(*into)) : std::nullopt;
        if (now == wanted)
            continue;
        if (now)
            store.unmergePerson(key);
        if (into)
            store.mergePerson(key, *into); // refused (a cycle, a survivor missing) as by a load
    }
    // A deleted person's recorded activities stay in the project (PeopleRepository::remove),
    // and a load files them under a person without attributes: so does the update.
    for (const RowKey key : gone) {
        if (!store.rowOf(key))
            continue;
        if (store.survivorOf(key))
            store.unmergePerson(key);
        if (store.activitiesOf(key).empty())
            store.removePerson(key);
        else
            store.upsertPerson(engine::PersonRecord{key, {}, {}, false, engine::PersonRecord::kNoDay});
    }
    return true;
}

/** Applies activity_changes rows (recorded since the load) in the order they were written. */
bool updateActivities(sqlite3* db, engine::Store& store, std::vector<RowKey> keys, QString* error)
{
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    Statement change(db, "SELECT op, person_key, type_key, at, campaign_key, channel_key, content_key, value "
                         "FROM activity_changes WHERE key = ?");
    if (!change.ok())
        return fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
    std::vector<engine::ActivityRecord> added;
    const auto flush = [&] {
        if (!added.empty())
            store.addActivities(added);
        added.clear();
    };
    for (const RowKey key : keys) {
        sqlite3_stmt* s = change.get();
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, key);
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_DONE)
            return fail(error, disagrees(key)); // gone again since: only a load knows what remains
        if (rc != SQLITE_ROW)
            return fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
        const engine::ActivityRecord activity{sqlite3_column_int64(s, 1),        sqlite3_column_int(s, 2),
                                              sqlite3_column_int64(s, 3) / 1000, sqlite3_column_int64(s, 4),
                                              sqlite3_column_int64(s, 5),        sqlite3_column_int64(s, 6),
                                              sqlite3_column_double(s, 7)};
        if (sqlite3_column_int(s, 0) == 2) { // ActivityStore's kOpRemove
            flush();
            if (!store.removeActivity(activity))
                return fail(error, disagrees(key));
        } else {
            added.push_back(activity);
        }
    }
    flush();
    return true;
}

} // namespace

bool EngineLoader::update(EngineData& data, const EngineChanges& changes, QString* error) const
{
    if (changes.reload)
        return fail(error, QCoreApplication::translate("rapport::storage::EngineLoader",
                                                       "the change needs the project loaded again"));
    sqlite3* db = detail::sqliteHandle(m_db);
    if (!db)
        return fail(error, QCoreApplication::translate("rapport::storage::EngineLoader",
                                                       "the project is not an open SQLite database"));
    try {
        if (!changes.people.empty() && !updatePeople(db, data.store, changes.people, error))
            return false;
        if (!changes.activityChanges.empty() && !updateActivities(db, data.store, changes.activityChanges, error))
            return false;
        if (changes.names && !loadAllNames(db, data.store, error))
            return false;
        if (changes.responses) {
            engine::SurveyResponses responses;
            if (!loadResponses(db, responses, data.report, error))
                return false;
            data.responses = std::move(responses);
        }
    } catch (const std::length_error& e) {
        return fail(error, QCoreApplication::translate("rapport::storage::EngineLoader",
                                                       "the project is too large to analyse: %1")
                               .arg(QString::fromStdString(e.what())));
    } catch (const std::bad_alloc&) {
        return fail(error, QCoreApplication::translate("rapport::storage::EngineLoader",
                                                       "there is not enough memory to analyse the project"));
    }
    return true;
}

// --- audiences ---------------------------------------------------------------------------

namespace {

std::vector<std::int64_t> keysOf(const engine::Store& store, const engine::PersonSet& set);

using ConditionContext = AudienceRuleContext;

/** An audience condition that is not about attributes, computed as the set of people it
 *  holds for; nullopt with *error when its parameters cannot be used. */
std::optional<engine::PersonFilter> computedCondition(const model::AudienceCondition& c, const ConditionContext& x,
                                                      const QString& audience, const QString& condition,
                                                      QString* error)
{
    using Kind = model::AudienceCondition::Kind;
    using Op = model::AudienceCondition::Op;
    const engine::Store& store = x.store;
    const engine::ParallelFor parallel(0);
    auto refuse = [&](const QString& why) {
        fail(error, QCoreApplication::translate("rapport::storage::EngineLoader", "audience “%1”: the condition “%2”: %3")
                        .arg(audience, condition.simplified(), why));
        return std::nullopt;
    };
    engine::PersonSet set(store.rowCount());
    if (c.kind == Kind::Behaviour) {
        engine::BehaviourQuery q;
        std::optional<std::int32_t> type;
        for (std::uint32_t code = 0; code < store.types().size(); ++code)
            if (QString::fromStdString(store.types().name(store.types().key(code))) == c.activityType)
                type = std::int32_t(store.types().key(code));
        const bool atMost = c.op == Op::AtMost;
        if (!c.campaign.isNull() && !x.campaignKeys.contains(c.campaign))
            return refuse(QCoreApplication::translate("rapport::storage::EngineLoader", "its campaign no longer exists"));
        if (!type) { // nobody has done what the project has never recorded
            engine::PersonFilter f;
            f.audienceKeys = atMost ? keysOf(store, store.countedPeople()) : std::vector<std::int64_t>{};
            return f;
        }
        q.activities.type = type;
        if (!c.campaign.isNull())
            q.activities.campaigns = {x.campaignKeys.value(c.campaign)};
        // At most N = everyone but those with at least N + 1.
        q.minCount = std::uint32_t(std::max(0, c.minCount)) + (atMost ? 1 : 0);
        q.to = x.asOf;
        if (c.withinDays > 0)
            q.from = x.asOf - std::int64_t(c.withinDays) * 86400;
        set = engine::Behaviour::people(store, q, parallel);
        if (atMost) {
            engine::PersonSet everyone = store.countedPeople();
            everyone -= set;
            set = std::move(everyone);
        }
    } else if (c.kind == Kind::Level) {
        static const QStringList names{QStringLiteral("observer"), QStringLiteral("participant"),
                                       QStringLiteral("contributor"), QStringLiteral("advocate")};
        QList<int> levels;
        for (const QString& v : c.value.split(u';', Qt::SkipEmptyParts)) {
            const int level = int(names.indexOf(v.trimmed().toLower()));
            if (level < 0)
                return refuse(QCoreApplication::translate("rapport::storage::EngineLoader",
                                                          "“%1” is not a level (Observer, Participant, Contributor, Advocate)")
                                  .arg(v.trimmed()));
            levels.append(level);
        }
        if (levels.isEmpty())
            return refuse(QCoreApplication::translate("rapport::storage::EngineLoader", "no level given"));
        engine::EngagementQuery q; // the default weights, half-life and thresholds
        q.asOf = x.asOf;
        const engine::EngagementResult result = engine::Engagement::compute(store, q, parallel);
        auto holds = [&](int level) {
            switch (c.op) {
            case Op::Equals: return level == levels.front();
            case Op::NotEquals: return level != levels.front();
            case Op::In: return levels.contains(level);
            case Op::AtLeast: return level >= levels.front();
            case Op::AtMost: return level <= levels.front();
            case Op::Contains: return false;
            }
            return false;
        };
        if (c.op == Op::Contains)
            return refuse(QCoreApplication::translate("rapport::storage::EngineLoader", "levels are compared, not searched"));
        store.countedPeople().forEach(0, store.rowCount(), [&](std::size_t row) {
            if (holds(result.levelByRow[row]))
                set.insert(row);
        });
    } else { // NPS category of the person's latest NPS answer
        const QString category = c.value.trimmed().toLower();
        if (category != u"promoter" && category != u"passive" && category != u"detractor")
            return refuse(QCoreApplication::translate("rapport::storage::EngineLoader",
                                                      "“%1” is not promoter, passive or detractor")
                              .arg(c.value.trimmed()));
        if (c.op != Op::Equals && c.op != Op::NotEquals)
            return refuse(QCoreApplication::translate("rapport::storage::EngineLoader", "a category is equal or not"));
        std::vector<std::int64_t> latest(store.rowCount(), std::numeric_limits<std::int64_t>::min());
        std::vector<std::int8_t> score(store.rowCount(), -1);
        if (x.responses) {
            const auto persons = x.responses->persons();
            const auto times = x.responses->times();
            const auto nps = x.responses->npsScores();
            for (std::size_t i = 0; i < persons.size(); ++i) {
                if (nps[i] == engine::SurveyResponses::kNoNps || persons[i] == 0)
                    continue;
                const std::int64_t key = store.survivorOf(persons[i]).value_or(persons[i]);
                const auto row = store.rowOf(key);
                if (!row || !store.isCounted(*row) || times[i] < latest[*row])
                    continue;
                latest[*row] = times[i];
                score[*row] = nps[i];
            }
        }
        auto categoryOf = [](std::int8_t s) {
            return s >= 9 ? QStringLiteral("promoter") : s >= 7 ? QStringLiteral("passive") : QStringLiteral("detractor");
        };
        for (std::size_t row = 0; row < score.size(); ++row)
            if (score[row] >= 0 && (categoryOf(score[row]) == category) == (c.op == Op::Equals))
                set.insert(row);
    }
    engine::PersonFilter f;
    f.audienceKeys = keysOf(store, set);
    return f;
}

/** One condition as a PersonFilter of its own; nullopt with *error if unsupported. */
std::optional<engine::PersonFilter> conditionFilter(const model::AudienceCondition& c, const ConditionContext& x,
                                                    const QString& audience, QString* error)
{
    const engine::Store& store = x.store;
    using Op = model::AudienceCondition::Op;
    const QString condition = model::audienceConditionKindName(c.kind) + u' ' + c.field + u' '
                              + model::audienceConditionOpName(c.op) + u' ' + c.value + u' ' + c.activityType;
    auto unsupported = [&] {
        fail(error, QCoreApplication::translate("rapport::storage::EngineLoader", "audience “%1”: the condition “%2” is not supported here yet")
                        .arg(audience, condition.simplified()));
        return std::nullopt;
    };
    if (c.kind != model::AudienceCondition::Kind::Attribute)
        return computedCondition(c, x, audience, condition, error);
    engine::PersonFilter f;
    const std::string value = c.value.toStdString();
    std::vector<std::string> values;
    for (const QString& v : c.value.split(u';', Qt::SkipEmptyParts))
        values.push_back(v.trimmed().toStdString());
    if (c.field == u"internal") {
        const QString v = c.value.trimmed().toLower();
        const bool truth = v == u"true" || v == u"yes" || v == u"1";
        if (!truth && v != u"false" && v != u"no" && v != u"0")
            return unsupported();
        if (c.op == Op::Equals)
            f.internal = truth;
        else if (c.op == Op::NotEquals)
            f.internal = !truth;
        else
            return unsupported();
        return f;
    }
    if (c.field == u"tag") {
        if (c.op == Op::Equals)
            f.allTags = {value};
        else if (c.op == Op::In)
            f.anyTags = values;
        else if (c.op == Op::Contains) {
            const QString needle = c.value.trimmed();
            for (std::uint32_t code = 0; code < store.tags().size(); ++code)
                if (QString::fromStdString(store.tags().text(code)).contains(needle, Qt::CaseInsensitive))
                    f.anyTags.push_back(store.tags().text(code));
            if (f.anyTags.empty())
                f.audienceKeys = std::vector<std::int64_t>{}; // nobody
        } else
            return unsupported();
        return f;
    }
    const auto attribute = store.findAttribute(c.field.toStdString());
    if (!attribute)
        return unsupported();
    engine::AttributeCondition a{c.field.toStdString(), {}, false};
    switch (c.op) {
    case Op::Equals: a.values = {value}; break;
    case Op::NotEquals: a.values = {value}; a.negate = true; break;
    case Op::In: a.values = values; break;
    case Op::Contains: {
        const QString needle = c.value.trimmed();
        const engine::Dictionary& dict = store.attributeValues(*attribute);
        for (std::uint32_t code = 0; code < dict.size(); ++code)
            if (!dict.text(code).empty()
                && QString::fromStdString(dict.text(code)).contains(needle, Qt::CaseInsensitive))
                a.values.push_back(dict.text(code));
        if (a.values.empty())
            a.values = {std::string("\x01no value contains this")};
        break;
    }
    default: return unsupported();
    }
    f.attributes.push_back(std::move(a));
    return f;
}

/** Appends b's conditions to a; false when they cannot be expressed as one conjunction. */
bool conjoin(engine::PersonFilter& a, const engine::PersonFilter& b)
{
    a.attributes.insert(a.attributes.end(), b.attributes.begin(), b.attributes.end());
    a.allTags.insert(a.allTags.end(), b.allTags.begin(), b.allTags.end());
    if (!b.anyTags.empty()) {
        if (!a.anyTags.empty())
            return false;
        a.anyTags = b.anyTags;
    }
    if (b.internal) {
        if (a.internal && *a.internal != *b.internal)
            return false;
        a.internal = b.internal;
    }
    if (b.audienceKeys) {
        if (a.audienceKeys)
            return false;
        a.audienceKeys = b.audienceKeys;
    }
    return true;
}

std::vector<std::int64_t> keysOf(const engine::Store& store, const engine::PersonSet& set)
{
    std::vector<std::int64_t> keys;
    set.forEach([&](std::size_t row) { keys.push_back(store.key(std::uint32_t(row))); });
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

std::optional<engine::PersonFilter> EngineLoader::audienceFilter(const QString& name, const engine::Store& store,
                                                                 QString* error, const engine::SurveyResponses* responses,
                                                                 std::optional<std::int64_t> asOf) const
{
    const model::SystemClock clock;
    AudienceRepository repository(m_db, clock);
    const model::Uuid id = repository.findByName(name);
    const std::optional<model::Audience> audience = id.isNull() ? std::nullopt : repository.get(id);
    if (!audience) {
        fail(error, QCoreApplication::translate("rapport::storage::EngineLoader", "no audience called “%1”").arg(name));
        return std::nullopt;
    }
    if (audience->kind == model::Audience::Kind::Static) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT person_key FROM audience_members WHERE audience_key = ? ORDER BY person_key"));
        q.addBindValue(repository.keyOf(id));
        if (!q.exec()) {
            fail(error, QCoreApplication::translate("rapport::storage::EngineLoader", "audience “%1”: its members cannot be read").arg(audience->name));
            return std::nullopt;
        }
        std::vector<std::int64_t> keys;
        while (q.next())
            keys.push_back(q.value(0).toLongLong());
        engine::PersonFilter filter;
        filter.audienceKeys = std::move(keys);
        return filter;
    }
    const AudienceRuleContext context{store, responses, asOf.value_or(QDateTime::currentSecsSinceEpoch()),
                                      campaignKeys(audience->rule)};
    return ruleFilter(audience->rule, context, audience->name, error);
}

QHash<model::Uuid, RowKey> EngineLoader::campaignKeys(const model::AudienceRule& rule) const
{
    const model::SystemClock clock;
    const CampaignRepository campaigns(m_db, clock);
    QHash<model::Uuid, RowKey> keys;
    for (const model::AudienceCondition& c : rule.conditions) {
        if (c.kind != model::AudienceCondition::Kind::Behaviour || c.campaign.isNull() || keys.contains(c.campaign))
            continue;
        if (const RowKey key = campaigns.keyOf(c.campaign))
            keys.insert(c.campaign, key);
    }
    return keys;
}

std::optional<engine::PersonFilter> EngineLoader::ruleFilter(const model::AudienceRule& rule,
                                                             const AudienceRuleContext& context,
                                                             const QString& audience, QString* error)
{
    const engine::Store& store = context.store;
    std::vector<engine::PersonFilter> parts;
    for (const model::AudienceCondition& c : rule.conditions) {
        auto part = conditionFilter(c, context, audience, error);
        if (!part)
            return std::nullopt;
        parts.push_back(std::move(*part));
    }
    engine::PersonFilter filter;
    if (rule.match == model::AudienceRule::Match::All) {
        bool direct = true;
        for (const engine::PersonFilter& part : parts)
            direct = direct && conjoin(filter, part);
        if (direct)
            return filter;
        engine::PersonSet all = store.countedPeople();
        for (const engine::PersonFilter& part : parts)
            all &= part.compile(store);
        filter = {};
        filter.audienceKeys = keysOf(store, all);
        return filter;
    }
    if (parts.size() == 1)
        return parts.front();
    engine::PersonSet any(store.rowCount());
    for (const engine::PersonFilter& part : parts)
        any |= part.compile(store);
    filter.audienceKeys = keysOf(store, any);
    return filter;
}

} // namespace rapport::storage
