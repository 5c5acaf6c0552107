// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>

namespace rapport::bench {

namespace {
double sortedAt(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::size_t(q * double(v.size() - 1) + 0.5)];
}

std::string ms(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    return buf;
}
} // namespace

double Timing::median() const
{
    // The lower median, as everywhere in the engine.
    if (wallMs.empty())
        return 0;
    std::vector<double> v = wallMs;
    std::sort(v.begin(), v.end());
    return v[(v.size() - 1) / 2];
}
double Timing::min() const { return sortedAt(wallMs, 0); }
double Timing::max() const { return sortedAt(wallMs, 1); }
double Timing::cpuMedian() const
{
    if (cpuMs.empty())
        return 0;
    std::vector<double> v = cpuMs;
    std::sort(v.begin(), v.end());
    return v[(v.size() - 1) / 2];
}

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double nowMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double peakRssBytes()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) * 1024.0; // kilobytes on Linux
}

std::string machineLoad()
{
    std::ifstream in("/proc/loadavg");
    std::string a, b, c, tasks;
    in >> a >> b >> c >> tasks;
    return a + " " + b + " " + c + " (tasks " + tasks + ")";
}

void printTable(std::FILE* out, const std::vector<BenchRow>& rows)
{
    std::fprintf(out, "%-34s %9s %9s %9s %4s %9s %8s | %11s %4s %9s | %s\n", "query", "engine ms", "min",
                 "max", "runs", "cpu ms", "target", "SQLite ms", "runs", "ratio", "agreement");
    std::fprintf(out, "%s\n", std::string(140, '-').c_str());
    for (const BenchRow& r : rows) {
        // snprintf, not string concatenation: GCC 12 warns falsely (-Wrestrict) on the latter.
        char sqlite[32] = "-", runs[16] = "-", ratio[32] = "-", target[32] = "";
        if (!r.sqlite.empty() || r.sqlite.timedOut) {
            std::snprintf(runs, sizeof runs, "%zu", r.sqlite.wallMs.size());
            const double engineMs = std::max(r.engine.median(), 1e-3);
            if (r.sqlite.timedOut) {
                std::snprintf(sqlite, sizeof sqlite, ">%s", ms(r.sqliteLimitS * 1000).c_str());
                std::snprintf(ratio, sizeof ratio, ">%sx", ms(r.sqliteLimitS * 1000 / engineMs).c_str());
            } else if (r.sqlite.failed) {
                std::snprintf(sqlite, sizeof sqlite, "error");
            } else {
                std::snprintf(sqlite, sizeof sqlite, "%s", ms(r.sqlite.median()).c_str());
                std::snprintf(ratio, sizeof ratio, "%sx", ms(r.sqlite.median() / engineMs).c_str());
            }
        }
        if (r.targetMs > 0)
            std::snprintf(target, sizeof target, "<=%s", ms(r.targetMs).c_str());
        std::fprintf(out, "%-34s %9s %9s %9s %4zu %9s %8s | %11s %4s %9s | %s%s%s\n", r.query.c_str(),
                     ms(r.engine.median()).c_str(), ms(r.engine.min()).c_str(), ms(r.engine.max()).c_str(),
                     r.engine.wallMs.size(), ms(r.engine.cpuMedian()).c_str(), target, sqlite, runs, ratio,
                     r.agreement.c_str(), r.sqliteNote.empty() ? "" : "  ", r.sqliteNote.c_str());
    }
}

std::string jsonString(const std::string& s)
{
    std::string o = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            o += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            o += buf;
            continue;
        }
        o += c;
    }
    return o + "\"";
}

std::string timingJson(const Timing& t)
{
    std::ostringstream o;
    o << "{\"runs\":" << t.wallMs.size() << ",\"median_ms\":" << t.median() << ",\"min_ms\":" << t.min()
      << ",\"max_ms\":" << t.max() << ",\"cpu_median_ms\":" << t.cpuMedian()
      << ",\"timed_out\":" << (t.timedOut ? "true" : "false") << ",\"failed\":" << (t.failed ? "true" : "false")
      << "}";
    return o.str();
}

} // namespace rapport::bench
