// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace rapport::bench {

/** Wall and CPU times (ms) of repeated runs of one measurement. */
struct Timing
{
    std::vector<double> wallMs;
    std::vector<double> cpuMs; ///< process CPU time, all threads
    bool timedOut = false;     ///< a run hit the time limit (SQLite baseline)
    bool failed = false;       ///< a run failed otherwise (SQL error)

    bool empty() const { return wallMs.empty(); }
    double median() const;
    double min() const;
    double max() const;
    double cpuMedian() const;
};

double processCpuMs();
double nowMs();
/** Peak resident set of this process so far (getrusage ru_maxrss), bytes. */
double peakRssBytes();
/** The 1-, 5- and 15-minute load averages and running/total tasks, as /proc/loadavg says. */
std::string machineLoad();

/** Runs f `runs` times after `warmup` untimed runs; f returns false to stop early (limit hit). */
template<typename F> Timing measure(int runs, int warmup, F&& f)
{
    Timing t;
    for (int i = 0; i < warmup; ++i)
        f();
    for (int i = 0; i < runs; ++i) {
        const double wall = nowMs(), cpu = processCpuMs();
        const bool ok = f();
        t.wallMs.push_back(nowMs() - wall);
        t.cpuMs.push_back(processCpuMs() - cpu);
        if (!ok)
            break;
    }
    return t;
}

/** One line of the results table: a query through the engine and through SQLite. */
struct BenchRow
{
    std::string query;
    Timing engine;
    Timing sqlite;            ///< empty when there is no baseline for the query
    double sqliteLimitS = 0;  ///< the per-run cap
    double targetMs = 0;      ///< issue 3's target at L (0 = none)
    std::string agreement;    ///< "OK", "MISMATCH …", "-" …
    std::string sqliteNote;   ///< e.g. "sum of the rows above"
};

void printTable(std::FILE* out, const std::vector<BenchRow>& rows);
std::string jsonString(const std::string& s);
std::string timingJson(const Timing& t);

} // namespace rapport::bench
