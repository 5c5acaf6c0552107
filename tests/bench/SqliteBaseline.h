// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::bench {

/** Step counts of a funnel, in total and per country ("" = none). */
struct FunnelCounts
{
    std::vector<std::uint64_t> total;
    std::map<std::string, std::vector<std::uint64_t>> groups;
};
/** (type key, country) → (distinct people, activities). */
using GroupCounts = std::map<std::pair<std::int64_t, std::string>, std::pair<std::uint64_t, std::uint64_t>>;
/** cohort month index (year × 12 + month − 1) → (size, retained[k]). */
using RetentionCounts = std::map<std::int64_t, std::pair<std::uint64_t, std::vector<std::uint64_t>>>;
struct NpsCounts
{
    std::uint64_t promoters = 0, passives = 0, detractors = 0;
};

/**
 * The baseline every Qt application already has: the same people, activities and survey
 * responses in plain SQLite tables (a temporary database, bulk-inserted through the C API,
 * indexes on activities(person, at) and activities(type)), and the dashboard's queries in
 * SQL. Every query is cut off after `limitSeconds` (a progress handler interrupts it).
 */
class SqliteBaseline
{
public:
    SqliteBaseline(const std::string& path, double limitSeconds);
    ~SqliteBaseline();
    SqliteBaseline(const SqliteBaseline&) = delete;
    SqliteBaseline& operator=(const SqliteBaseline&) = delete;

    static const char* version();
    const std::string& error() const { return m_error; }
    bool timedOut() const { return m_timedOut; }
    /** Whether SQLite was built with its math functions (pow() for the decayed score). */
    bool hasMathFunctions();

    bool beginLoad();
    void addPerson(std::int64_t key, const std::string& country);
    void addActivity(std::int64_t person, std::int32_t type, std::int64_t at, std::int64_t campaign,
                     std::int64_t channel, std::int64_t content, double value);
    void addResponse(std::int64_t person, std::int64_t at, std::int64_t survey, int nps, int csat);
    void addWeight(std::int32_t type, double weight);
    /** Commits and builds the indexes (ANALYZE included). */
    bool finishLoad();

    // Each query: false if it failed or hit the limit (then timedOut()).
    bool funnel(const std::vector<std::int32_t>& types, std::int64_t window, bool byCountry, FunnelCounts* out);
    bool groupByTypeCountry(GroupCounts* out);
    bool retentionMonthly(std::int32_t startType, int periods, RetentionCounts* out);
    bool nps(NpsCounts* out);
    /** Level counts with the decayed score when pow() exists, else the undecayed weighted sum. */
    bool levels(std::int64_t asOf, std::int64_t halfLife, const std::array<double, 3>& thresholds,
                std::array<std::uint64_t, 4>* out);

private:
    bool exec(const char* sql);
    bool run(const std::string& sql, const std::function<void(sqlite3_stmt*)>& bind,
             const std::function<void(sqlite3_stmt*)>& row);
    static int progress(void* self);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insertPerson = nullptr;
    sqlite3_stmt* m_insertActivity = nullptr;
    sqlite3_stmt* m_insertResponse = nullptr;
    sqlite3_stmt* m_insertWeight = nullptr;
    double m_limitMs;
    double m_deadline = 0;
    bool m_timedOut = false;
    std::string m_error;
};

} // namespace rapport::bench
