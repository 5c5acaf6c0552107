// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A quick L-sized measurement of the engine (not run by ctest; the formal one is
// rapport-bench): engine_benchmark [people] [activities per person] [threads]

#include "EngineTestData.h"

#include "core/engine/Funnel.h"
#include "core/engine/FunnelCache.h"
#include "core/engine/GroupBy.h"
#include "core/engine/ParallelFor.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

using namespace rapport::engine;
using namespace rapport::engine::test;

namespace {
double msSince(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/** CPU time (all threads) of the last bestOf(), median: on a machine shared with other
 *  work the wall time mostly measures the other work; CPU ÷ threads is the idle wall time. */
double lastCpuMs = 0;

/** Median wall time of `runs` runs (after one untimed warm-up run). */
template<typename F> double bestOf(int runs, F&& f)
{
    f();
    std::vector<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        const auto t = std::chrono::steady_clock::now();
        const double c = cpuMs();
        f();
        ms.push_back(msSince(t));
        cpu.push_back(cpuMs() - c);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    lastCpuMs = cpu[cpu.size() / 2];
    return ms[ms.size() / 2];
}

std::string load()
{
    std::ifstream in("/proc/loadavg");
    std::string one;
    in >> one;
    return one;
}
} // namespace

int main(int argc, char** argv)
{
    const int kRuns = std::getenv("BENCH_RUNS") ? std::atoi(std::getenv("BENCH_RUNS")) : 9;
    const int people = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    const int perPerson = argc > 2 ? std::atoi(argv[2]) : 20;
    const ParallelFor parallel(argc > 3 ? std::atoi(argv[3]) : 0);
    std::mt19937_64 rng(1);
    static const char* countries[] = {"China", "US", "Deutschland", "日本", "India", "Brasil",
                                      "France", "UK", "Canada", "España"};

    // Decoded segments as the loader hands them over: 131 072 rows sorted by person then time.
    std::vector<std::vector<ActivityRecord>> segments(1);
    std::size_t total = 0;
    for (int p = 1; p <= people; ++p) {
        const int n = int(rng() % (2 * perPerson + 1));
        std::int64_t t = kOrigin + std::int64_t(rng() % (365 * 86400));
        for (int i = 0; i < n; ++i) {
            t += std::int64_t(rng() % (3 * 86400));
            const std::int32_t type = std::int32_t(1 + rng() % 13);
            segments.back().push_back({p, type, t, std::int64_t(rng() % 200),
                                       std::int64_t(rng() % 12), std::int64_t(rng() % 3 ? 0 : rng() % 5000),
                                       rng() % 10 ? 0.0 : double(rng() % 100)});
            if (segments.back().size() == 131072)
                segments.emplace_back();
        }
        total += n;
    }
    std::vector<EngineTestData::Columns> columns;
    for (const auto& s : segments)
        columns.emplace_back(s, 0, s.size());
    segments.clear();

    // People records as the loader hands them over (made before the clock starts: reading
    // them is the loader's cost, adding them the builder's).
    std::vector<PersonRecord> records;
    records.reserve(people);
    for (int p = 1; p <= people; ++p)
        records.push_back({p, {{"country", countries[rng() % 10]}, {"role", rng() % 2 ? "backend" : "devrel"},
                               {"company", "company " + std::to_string(rng() % 50000)}},
                           {}, false, PersonRecord::kNoDay});
    auto t = std::chrono::steady_clock::now();
    StoreBuilder builder(parallel.threads());
    for (const PersonRecord& record : records)
        builder.addPerson(record);
    const double peopleMs = msSince(t);
    records = {};
    t = std::chrono::steady_clock::now();
    for (const auto& c : columns)
        builder.addActivities(c.batch());
    const double stageMs = msSince(t);
    t = std::chrono::steady_clock::now();
    Store store = builder.build();
    const double buildMs = msSince(t);
    columns.clear();
    std::printf("%d people, %zu activities, %d threads; medians of %d runs; load %s\n", people,
                total, parallel.threads(), kRuns, load().c_str());
    std::printf("build: people %.0f ms, activities staged %.0f ms, sorted+columns %.0f ms; total %.0f ms\n",
                peopleMs, stageMs, buildMs, peopleMs + stageMs + buildMs);
    std::printf("memory: %.2f bytes/activity (columns), %.1f MB total = 12 B/activity + %.1f B/person\n",
                double(store.activityBytes()) / double(store.activityCount()),
                double(store.memoryBytes()) / 1e6,
                (double(store.memoryBytes()) - 12.0 * double(store.activityCount())) / people);

    FunnelQuery funnel;
    for (std::int32_t type : {1, 2, 3, 4}) {
        ActivityFilter f;
        f.type = type;
        funnel.steps.push_back(f);
    }
    funnel.window = 30 * 86400;
    FunnelResult r;
    std::printf("funnel 4 steps, 30 days: %.1f ms", bestOf(kRuns, [&] { r = Funnel::compute(store, funnel, parallel); }));
    std::printf(" (cpu %.1f ms)\n", lastCpuMs);
    std::printf("  steps %llu %llu %llu %llu, median to step 4 %lld s\n",
                (unsigned long long)r.steps[0].persons, (unsigned long long)r.steps[1].persons,
                (unsigned long long)r.steps[2].persons, (unsigned long long)r.steps[3].persons,
                (long long)r.steps[3].medianSeconds.value_or(-1));
    funnel.breakdown = {FunnelBreakdown::Kind::Attribute, "country"};
    std::printf("funnel by country: %.1f ms", bestOf(kRuns, [&] { Funnel::compute(store, funnel, parallel); }));
    std::printf(" (cpu %.1f ms)\n", lastCpuMs);
    funnel.breakdown = {FunnelBreakdown::Kind::Campaign, {}};
    std::printf("funnel by campaign: %.1f ms", bestOf(kRuns, [&] { Funnel::compute(store, funnel, parallel); }));
    std::printf(" (cpu %.1f ms)\n", lastCpuMs);
    funnel.breakdown = {};
    funnel.mode = FunnelMode::Strict;
    std::printf("funnel strict: %.1f ms", bestOf(std::min(kRuns, 3), [&] { Funnel::compute(store, funnel, parallel); }));
    std::printf(" (cpu %.1f ms)\n", lastCpuMs);
    funnel.mode = FunnelMode::Unordered;
    std::printf("funnel unordered: %.1f ms", bestOf(std::min(kRuns, 3), [&] { Funnel::compute(store, funnel, parallel); }));
    std::printf(" (cpu %.1f ms)\n", lastCpuMs);

    GroupByQuery g;
    g.dimensions = {{GroupByDimension::Kind::ActivityType, {}}, {GroupByDimension::Kind::Attribute, "country"}};
    std::printf("group-by type × country: %.1f ms", bestOf(kRuns, [&] { GroupBy::compute(store, g, parallel); }));
    std::printf(" (cpu %.1f ms)\n", lastCpuMs);
    g.dimensions = {{GroupByDimension::Kind::Month, {}}};
    std::printf("group-by month: %.1f ms", bestOf(kRuns, [&] { GroupBy::compute(store, g, parallel); }));
    std::printf(" (cpu %.1f ms)\n", lastCpuMs);
    g.dimensions = {{GroupByDimension::Kind::Campaign, {}}};
    std::printf("group-by campaign: %.1f ms", bestOf(kRuns, [&] { GroupBy::compute(store, g, parallel); }));
    std::printf(" (cpu %.1f ms)\n", lastCpuMs);

    funnel.mode = FunnelMode::Ordered;
    const double addMs = bestOf(kRuns, [&] {
        store.addActivity({std::int64_t(1 + rng() % people), 2, kOrigin + 86400, 0, 0, 0, 0});
    });
    FunnelCache cache;
    Funnel::compute(store, funnel, parallel, cache);
    const double refreshMs = bestOf(kRuns, [&] {
        store.addActivity({std::int64_t(1 + rng() % people), 2, kOrigin + 86400, 0, 0, 0, 0});
        Funnel::compute(store, funnel, parallel, cache);
    });
    const double refreshCpu = lastCpuMs;
    std::printf("one added activity: %.3f ms; added + cached funnel refreshed: %.1f ms (cpu %.1f ms; "
                "%zu block(s) recomputed, cache %.1f MB)\n",
                addMs, refreshMs, refreshCpu, cache.lastRecomputedBlocks(), double(cache.memoryBytes()) / 1e6);
    std::printf("load at the end %s\n", load().c_str());
    return 0;
}
