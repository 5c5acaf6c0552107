// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteBaseline.h"

#include "BenchReport.h"

#include <sqlite3.h>

#include <cstdio>

namespace rapport::bench {

namespace {
std::string kMonth(const std::string& column)
{
    // Month index year × 12 + month − 1 of a Unix time, as CalendarPeriod::index(Month, t).
    return "(CAST(strftime('%Y', " + column + ", 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', " + column +
           ", 'unixepoch') AS INTEGER) - 1)";
}

std::string text(sqlite3_stmt* s, int column)
{
    const unsigned char* t = sqlite3_column_text(s, column);
    return t ? reinterpret_cast<const char*>(t) : std::string();
}
} // namespace

SqliteBaseline::SqliteBaseline(const std::string& path, double limitSeconds) : m_limitMs(limitSeconds * 1000)
{
    if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK) {
        m_error = sqlite3_errmsg(m_db);
        return;
    }
    // A generous page cache (256 MB) and no journal: the baseline at its fastest, not its safest.
    exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA threads=2;");
    sqlite3_progress_handler(m_db, 10000, &SqliteBaseline::progress, this);
}

SqliteBaseline::~SqliteBaseline()
{
    for (sqlite3_stmt* s : {m_insertPerson, m_insertActivity, m_insertResponse, m_insertWeight})
        sqlite3_finalize(s);
    sqlite3_close(m_db);
}

const char* SqliteBaseline::version()
{
    return sqlite3_libversion();
}

int SqliteBaseline::progress(void* self)
{
    auto* b = static_cast<SqliteBaseline*>(self);
    return b->m_deadline > 0 && nowMs() > b->m_deadline ? 1 : 0;
}

bool SqliteBaseline::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        m_error = message ? message : "sqlite3_exec failed";
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool SqliteBaseline::hasMathFunctions()
{
    sqlite3_stmt* s = nullptr;
    const bool ok = sqlite3_prepare_v2(m_db, "SELECT pow(0.5, 2.0)", -1, &s, nullptr) == SQLITE_OK;
    sqlite3_finalize(s);
    return ok;
}

bool SqliteBaseline::beginLoad()
{
    if (!exec("CREATE TABLE people (key INTEGER PRIMARY KEY, country TEXT NOT NULL);"
              "CREATE TABLE activities (person INTEGER NOT NULL, type INTEGER NOT NULL, at INTEGER NOT NULL, "
              "  campaign INTEGER NOT NULL, channel INTEGER NOT NULL, content INTEGER NOT NULL, value REAL NOT NULL);"
              "CREATE TABLE responses (person INTEGER NOT NULL, at INTEGER NOT NULL, survey INTEGER NOT NULL, "
              "  nps INTEGER, csat INTEGER);"
              "CREATE TABLE weights (type INTEGER PRIMARY KEY, w REAL NOT NULL);"
              "BEGIN;"))
        return false;
    return sqlite3_prepare_v2(m_db, "INSERT INTO people VALUES (?, ?)", -1, &m_insertPerson, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(m_db, "INSERT INTO activities VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &m_insertActivity,
                              nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(m_db, "INSERT INTO responses VALUES (?, ?, ?, ?, ?)", -1, &m_insertResponse,
                              nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(m_db, "INSERT INTO weights VALUES (?, ?)", -1, &m_insertWeight, nullptr) == SQLITE_OK;
}

void SqliteBaseline::addPerson(std::int64_t key, const std::string& country)
{
    sqlite3_bind_int64(m_insertPerson, 1, key);
    sqlite3_bind_text(m_insertPerson, 2, country.data(), int(country.size()), SQLITE_TRANSIENT);
    sqlite3_step(m_insertPerson);
    sqlite3_reset(m_insertPerson);
}

void SqliteBaseline::addActivity(std::int64_t person, std::int32_t type, std::int64_t at, std::int64_t campaign,
                                 std::int64_t channel, std::int64_t content, double value)
{
    sqlite3_stmt* s = m_insertActivity;
    sqlite3_bind_int64(s, 1, person);
    sqlite3_bind_int(s, 2, type);
    sqlite3_bind_int64(s, 3, at);
    sqlite3_bind_int64(s, 4, campaign);
    sqlite3_bind_int64(s, 5, channel);
    sqlite3_bind_int64(s, 6, content);
    sqlite3_bind_double(s, 7, value);
    sqlite3_step(s);
    sqlite3_reset(s);
}

void SqliteBaseline::addResponse(std::int64_t person, std::int64_t at, std::int64_t survey, int nps, int csat)
{
    sqlite3_stmt* s = m_insertResponse;
    sqlite3_bind_int64(s, 1, person);
    sqlite3_bind_int64(s, 2, at);
    sqlite3_bind_int64(s, 3, survey);
    nps >= 0 ? sqlite3_bind_int(s, 4, nps) : sqlite3_bind_null(s, 4);
    csat > 0 ? sqlite3_bind_int(s, 5, csat) : sqlite3_bind_null(s, 5);
    sqlite3_step(s);
    sqlite3_reset(s);
}

void SqliteBaseline::addWeight(std::int32_t type, double weight)
{
    sqlite3_bind_int(m_insertWeight, 1, type);
    sqlite3_bind_double(m_insertWeight, 2, weight);
    sqlite3_step(m_insertWeight);
    sqlite3_reset(m_insertWeight);
}

bool SqliteBaseline::finishLoad()
{
    return exec("COMMIT;"
                "CREATE INDEX activities_person_at ON activities(person, at);"
                "CREATE INDEX activities_type ON activities(type);"
                "PRAGMA analysis_limit=2000; ANALYZE;");
}

bool SqliteBaseline::run(const std::string& sql, const std::function<void(sqlite3_stmt*)>& bind,
                         const std::function<void(sqlite3_stmt*)>& row)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
        m_error = sqlite3_errmsg(m_db);
        return false;
    }
    if (bind)
        bind(s);
    m_timedOut = false;
    m_deadline = nowMs() + m_limitMs;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        row(s);
    m_deadline = 0;
    if (rc == SQLITE_INTERRUPT)
        m_timedOut = true;
    else if (rc != SQLITE_DONE)
        m_error = sqlite3_errmsg(m_db);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE;
}

bool SqliteBaseline::funnel(const std::vector<std::int32_t>& types, std::int64_t window, bool byCountry,
                            FunnelCounts* out)
{
    // Ordered funnel, steps of distinct types: from each step-1 activity at t1, step j takes the
    // earliest activity of its type at or after step j−1's time and within t1 + window (taking
    // the earliest is never worse for the steps after it); a person's depth is the best over its
    // starts. Correlated subqueries walk the (person, at) index.
    const int k = int(types.size());
    std::string sql = "WITH s1 AS (SELECT DISTINCT person, at AS t1 FROM activities WHERE type = ?1)";
    std::string prev = "s1", cols = "person, t1";
    for (int j = 2; j <= k; ++j) {
        const std::string sj = "s" + std::to_string(j), tj = "t" + std::to_string(j);
        const std::string tprev = "t" + std::to_string(j - 1);
        sql += ", " + sj + " AS (SELECT " + cols + ", (SELECT MIN(a.at) FROM activities a WHERE a.person = " + prev +
               ".person AND a.at >= " + prev + "." + tprev + " AND a.at <= " + prev + ".t1 + ?" +
               std::to_string(k + 1) + " AND a.type = ?" + std::to_string(j) + ") AS " + tj + " FROM " + prev + ")";
        cols += ", " + tj;
        prev = sj;
    }
    std::string depth = "1";
    for (int j = 2; j <= k; ++j)
        depth += " + (t" + std::to_string(j) + " IS NOT NULL)";
    sql += ", d AS (SELECT person, MAX(" + depth + ") AS depth FROM " + prev + " GROUP BY person) ";
    std::string sums;
    for (int j = 1; j <= k; ++j)
        sums += ", SUM(depth >= " + std::to_string(j) + ")";
    if (byCountry)
        sql += "SELECT COALESCE(p.country, '')" + sums + " FROM d LEFT JOIN people p ON p.key = d.person GROUP BY 1";
    else
        sql += "SELECT ''" + sums + " FROM d";
    *out = {};
    out->total.assign(std::size_t(k), 0);
    return run(
        sql,
        [&](sqlite3_stmt* s) {
            for (int j = 0; j < k; ++j)
                sqlite3_bind_int(s, j + 1, types[std::size_t(j)]);
            sqlite3_bind_int64(s, k + 1, window);
        },
        [&](sqlite3_stmt* s) {
            std::vector<std::uint64_t> steps;
            for (int j = 0; j < k; ++j) {
                steps.push_back(std::uint64_t(sqlite3_column_int64(s, j + 1)));
                out->total[std::size_t(j)] += steps.back();
            }
            if (byCountry)
                out->groups[text(s, 0)] = steps;
        });
}

bool SqliteBaseline::groupByTypeCountry(GroupCounts* out)
{
    out->clear();
    return run("SELECT a.type, COALESCE(p.country, ''), COUNT(DISTINCT a.person), COUNT(*) FROM activities a "
               "LEFT JOIN people p ON p.key = a.person GROUP BY 1, 2",
               {}, [&](sqlite3_stmt* s) {
                   (*out)[{sqlite3_column_int64(s, 0), text(s, 1)}] = {std::uint64_t(sqlite3_column_int64(s, 2)),
                                                                      std::uint64_t(sqlite3_column_int64(s, 3))};
               });
}

bool SqliteBaseline::retentionMonthly(std::int32_t startType, int periods, RetentionCounts* out)
{
    // Start = the person's first activity of the start type (its rowid, so period 0 can exclude
    // the start itself); retained in period k = another activity at or after the start whose
    // month is cohort + k.
    const std::string sql =
        std::string("WITH st AS (SELECT person, MIN(at) AS t FROM activities WHERE type = ?1 GROUP BY person), "
                    "c AS (SELECT person, t, (SELECT MIN(a.rowid) FROM activities a WHERE a.person = st.person "
                    "AND a.at = st.t AND a.type = ?1) AS rid, ") +
        kMonth("t") + " AS cm FROM st), r AS (SELECT c.cm, c.person, " + kMonth("a.at") +
        " - c.cm AS k FROM c JOIN activities a ON a.person = c.person AND a.at >= c.t AND a.rowid <> c.rid) "
        "SELECT cm, -1, COUNT(*) FROM c GROUP BY cm "
        "UNION ALL SELECT cm, k, COUNT(DISTINCT person) FROM r WHERE k < ?2 GROUP BY cm, k";
    out->clear();
    return run(
        sql,
        [&](sqlite3_stmt* s) {
            sqlite3_bind_int(s, 1, startType);
            sqlite3_bind_int(s, 2, periods);
        },
        [&](sqlite3_stmt* s) {
            auto& cohort = (*out)[sqlite3_column_int64(s, 0)];
            cohort.second.resize(std::size_t(periods));
            const std::int64_t k = sqlite3_column_int64(s, 1);
            const auto n = std::uint64_t(sqlite3_column_int64(s, 2));
            if (k < 0)
                cohort.first = n;
            else
                cohort.second[std::size_t(k)] = n;
        });
}

bool SqliteBaseline::nps(NpsCounts* out)
{
    *out = {};
    return run("SELECT SUM(nps >= 9), SUM(nps BETWEEN 7 AND 8), SUM(nps <= 6) FROM responses WHERE nps IS NOT NULL",
               {}, [&](sqlite3_stmt* s) {
                   out->promoters = std::uint64_t(sqlite3_column_int64(s, 0));
                   out->passives = std::uint64_t(sqlite3_column_int64(s, 1));
                   out->detractors = std::uint64_t(sqlite3_column_int64(s, 2));
               });
}

bool SqliteBaseline::levels(std::int64_t asOf, std::int64_t halfLife, const std::array<double, 3>& thresholds,
                            std::array<std::uint64_t, 4>* out)
{
    const std::string term = hasMathFunctions() ? "w.w * pow(0.5, (?1 - a.at) / CAST(?2 AS REAL))" : "w.w";
    const std::string sql =
        "SELECT CASE WHEN s.score >= ?5 THEN 3 WHEN s.score >= ?4 THEN 2 WHEN s.score >= ?3 THEN 1 ELSE 0 END, "
        "COUNT(*) FROM people p LEFT JOIN (SELECT a.person, SUM(" + term +
        ") AS score FROM activities a JOIN weights w ON w.type = a.type WHERE a.at <= ?1 GROUP BY a.person) s "
        "ON s.person = p.key GROUP BY 1";
    *out = {};
    return run(
        sql,
        [&](sqlite3_stmt* s) {
            sqlite3_bind_int64(s, 1, asOf);
            sqlite3_bind_int64(s, 2, halfLife);
            for (int i = 0; i < 3; ++i)
                sqlite3_bind_double(s, 3 + i, thresholds[std::size_t(i)]);
        },
        [&](sqlite3_stmt* s) {
            (*out)[std::size_t(sqlite3_column_int(s, 0))] = std::uint64_t(sqlite3_column_int64(s, 1));
        });
}

} // namespace rapport::bench
