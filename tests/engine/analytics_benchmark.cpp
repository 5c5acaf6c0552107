// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A quick L-sized measurement of retention, NPS, levels and reward cost (not run by ctest;
// the formal one is rapport-bench): analytics_benchmark [people] [activities per person] [threads]

#include "EngineTestData.h"

#include "core/engine/ContentLoop.h"
#include "core/engine/Engagement.h"
#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Retention.h"
#include "core/engine/SurveyResponses.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace rapport::engine;
using namespace rapport::engine::test;

namespace {
double msSince(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

/** Process CPU time (all threads), ms. */
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

/** Median of `runs` timings (BENCH_RUNS overrides); prints the median CPU time of the runs,
 *  which a busy machine inflates less than the wall time. */
template<typename F> double medianOf(int runs, F&& f)
{
    if (const char* env = std::getenv("BENCH_RUNS"))
        runs = std::max(1, std::atoi(env));
    std::vector<double> times, cpu;
    for (int i = 0; i < runs; ++i) {
        const double c = cpuMs();
        const auto t = std::chrono::steady_clock::now();
        f();
        times.push_back(msSince(t));
        cpu.push_back(cpuMs() - c);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("[cpu %.1f ms] ", cpu[cpu.size() / 2]);
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    const int people = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    const int perPerson = argc > 2 ? std::atoi(argv[2]) : 20;
    const ParallelFor parallel(argc > 3 ? std::atoi(argv[3]) : 0);
    std::mt19937_64 rng(1);
    static const char* countries[] = {"China", "US", "Deutschland", "日本", "India", "Brasil",
                                      "France", "UK", "Canada", "España"};
    static const char* types[] = {"invited", "registered", "attended", "contributed", "posted",
                                  "commented", "starred", "shared", "referred", "spoke",
                                  "authored", "responded", "rewarded"};

    StoreBuilder builder(parallel.threads());
    for (int t = 0; t < 13; ++t)
        builder.setTypeName(t + 1, types[t]);
    for (int p = 1; p <= people; ++p)
        builder.addPerson({p, {{"country", countries[rng() % 10]}, {"role", rng() % 2 ? "backend" : "devrel"}},
                           {}, false, PersonRecord::kNoDay});
    std::vector<ActivityRecord> segment;
    std::size_t total = 0;
    auto flush = [&] {
        const EngineTestData::Columns c(segment, 0, segment.size());
        builder.addActivities(c.batch());
        segment.clear();
    };
    for (int p = 1; p <= people; ++p) {
        const int n = int(rng() % (2 * perPerson + 1));
        std::int64_t t = kOrigin + std::int64_t(rng() % (365 * 86400));
        for (int i = 0; i < n; ++i) {
            t += std::int64_t(rng() % (3 * 86400));
            segment.push_back({p, std::int32_t(1 + rng() % 13), t, std::int64_t(rng() % 200),
                               std::int64_t(rng() % 12), 0, 0.0});
            if (segment.size() == 131072)
                flush();
        }
        total += std::size_t(n);
    }
    flush();
    Store store = builder.build();
    std::printf("%d people, %zu activities, %d threads\n", people, total, parallel.threads());

    RetentionQuery retention;
    retention.start.type = 2; // registered
    retention.periods = 12;
    RetentionResult rr;
    const double retentionMs = medianOf(7, [&] { rr = Retention::compute(store, retention, parallel); });
    std::printf("retention monthly, 12 periods, return any: %.1f ms (%zu cohorts)\n", retentionMs,
                rr.cohorts.size());
    retention.returning.type = 5; // posted
    std::printf("retention monthly, 12 periods, return posted: %.1f ms\n",
                medianOf(7, [&] { Retention::compute(store, retention, parallel); }));
    retention.period = CalendarPeriod::Kind::Week;
    std::printf("retention weekly, 12 periods: %.1f ms\n",
                medianOf(7, [&] { Retention::compute(store, retention, parallel); }));

    SurveyResponses responses;
    for (int i = 0; i < people; ++i) {
        const std::int64_t person = rng() % 5 == 0 ? 0 : std::int64_t(1 + rng() % people);
        responses.upsert({i + 1, person, kOrigin + std::int64_t(rng() % (400 * 86400)),
                          std::int64_t(1 + rng() % 20), std::int64_t(rng() % 200), int(rng() % 11),
                          rng() % 2 ? std::optional<int>(1 + int(rng() % 5)) : std::nullopt});
    }
    NpsQuery nps;
    nps.breakdown = {NpsBreakdown::Kind::Attribute, "country", {}, {}};
    std::printf("NPS by country, responses in load order: %.1f ms\n",
                medianOf(7, [&] { Nps::compute(store, responses, nps, parallel); }));
    responses.sortByPerson();
    nps.breakdown = {};
    NpsResult nr;
    const double npsMs = medianOf(7, [&] { nr = Nps::compute(store, responses, nps, parallel); });
    std::printf("NPS over %zu responses: %.1f ms (NPS %.1f ± %.2f)\n", responses.size(), npsMs,
                nr.total.nps.value_or(0), nr.total.moe95.value_or(0));
    nps.breakdown = {NpsBreakdown::Kind::Attribute, "country", {}, {}};
    std::printf("NPS by country: %.1f ms\n", medianOf(7, [&] { Nps::compute(store, responses, nps, parallel); }));
    nps.breakdown = {NpsBreakdown::Kind::Period, {}, CalendarPeriod::Kind::Month, {}};
    std::printf("NPS by month: %.1f ms\n", medianOf(7, [&] { Nps::compute(store, responses, nps, parallel); }));

    EngagementQuery levels;
    levels.asOf = kOrigin + 400 * 86400;
    EngagementResult er;
    const double levelsMs = medianOf(7, [&] { er = Engagement::compute(store, levels, parallel); });
    std::printf("levels: %.1f ms (", levelsMs);
    for (auto n : er.levels)
        std::printf(" %llu", static_cast<unsigned long long>(n));
    std::printf(" )\n");
    std::printf("levels + setLevels: %.1f ms\n", medianOf(5, [&] {
                    store.setLevels(Engagement::compute(store, levels, parallel).levelByRow);
                }));
    std::printf("promotions over 30 days: %.1f ms\n", medianOf(5, [&] {
                    Engagement::changes(store, levels, levels.asOf - 30 * 86400, levels.asOf, parallel);
                }));

    ContentLoopData content;
    for (int i = 0; i < 20000; ++i)
        content.rewards.push_back({std::int64_t(1 + rng() % people), double(rng() % 100),
                                   kOrigin + std::int64_t(rng() % (400 * 86400)), 0, 0});
    const ContentLoop loop(content);
    RewardCostQuery cost;
    cost.period = {kOrigin + 90 * 86400, kOrigin + 180 * 86400};
    std::printf("reward cost per activation (one quarter): %.1f ms\n",
                medianOf(7, [&] { loop.rewardCost(store, cost, parallel); }));
    return 0;
}
