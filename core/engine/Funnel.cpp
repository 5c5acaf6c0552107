// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Funnel.h"

#include "core/engine/FunnelMatcher.h"
#include "core/engine/FunnelSummary.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace rapport::engine {

namespace {

/** A funnel step compiled against the store's dictionaries. */
struct CompiledStep
{
    bool conditions = false; // anything beyond the type
    std::vector<char> campaigns, channels, contents; // allowed codes (empty = any)
    std::optional<double> minValue, maxValue;
};

std::vector<char> allowedCodes(const std::vector<std::int64_t>& keys, const KeyDictionary& dict)
{
    if (keys.empty())
        return {};
    std::vector<char> allowed(dict.size(), 0);
    for (std::int64_t key : keys)
        if (auto code = dict.find(key))
            allowed[*code] = 1;
    return allowed;
}

/** One person in the funnel; its k times to convert follow in Outcomes::convert. */
struct Outcome
{
    std::uint32_t row;
    std::uint32_t group;
    int depth;
};

struct Outcomes
{
    std::vector<Outcome> people;
    std::vector<std::int64_t> convert; // k per person
};

} // namespace

FunnelResult Funnel::compute(const Store& store, const FunnelQuery& query,
                             const ParallelFor& parallel)
{
    return compute(store, query, parallel, nullptr, nullptr);
}

FunnelResult Funnel::compute(const Store& store, const FunnelQuery& query,
                             const ParallelFor& parallel, const PersonSet* people,
                             std::vector<std::uint8_t>* depthByRow)
{
    const int k = static_cast<int>(query.steps.size());
    if (k == 0 || k > FunnelQuery::kMaxSteps)
        throw std::invalid_argument("a funnel has 1 to 16 steps");
    if (query.window < 0)
        throw std::invalid_argument("a funnel window cannot be negative");
    std::optional<int> attribute;
    if (query.breakdown.kind == FunnelBreakdown::Kind::Attribute) {
        attribute = store.findAttribute(query.breakdown.attribute);
        if (!attribute)
            throw std::invalid_argument("unknown attribute: " + query.breakdown.attribute);
    }

    // Step masks by type code, and the conditions beyond the type.
    std::array<std::uint32_t, 256> typeMask{};
    std::vector<CompiledStep> steps(k);
    std::uint32_t conditionSteps = 0;
    for (int s = 0; s < k; ++s) {
        const ActivityFilter& f = query.steps[s];
        for (std::uint32_t code = 0; code < store.types().size(); ++code)
            if (!f.type || store.types().key(code) == *f.type)
                typeMask[code] |= 1u << s;
        CompiledStep& c = steps[s];
        c.conditions = !f.typeOnly();
        c.campaigns = allowedCodes(f.campaigns, store.campaigns());
        c.channels = allowedCodes(f.channels, store.channels());
        c.contents = allowedCodes(f.contents, store.contents());
        c.minValue = f.minValue;
        c.maxValue = f.maxValue;
        if (c.conditions)
            conditionSteps |= 1u << s;
    }

    const PersonSet compiled = people ? PersonSet() : query.people.compile(store);
    const PersonSet& who = people ? *people : compiled;
    const bool strict = query.mode == FunnelMode::Strict;
    const std::uint32_t startMask = query.mode == FunnelMode::Unordered ? (1u << k) - 1 : 1u;

    std::vector<Outcomes> outcomes(store.blockCount());
    struct Buffers
    {
        std::vector<std::int64_t> times;
        std::vector<std::uint32_t> masks;
        std::vector<std::uint32_t> index;
    };
    std::vector<Buffers> buffers(parallel.threads());
    std::vector<FunnelMatcher> matchers(parallel.threads(),
                                        FunnelMatcher(query.mode, k, query.window, query.dateRange));

    parallel.run(store.blockCount(), [&](std::size_t b, int worker) {
        const StoreBlock& block = store.block(b);
        Buffers& buf = buffers[worker];
        FunnelMatcher& matcher = matchers[worker];
        const auto types = block.types();
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        who.forEach(first, first + block.personCount(), [&](std::size_t r) {
            const auto row = static_cast<std::uint32_t>(r);
            const std::uint32_t slot = row - first;
            const std::uint32_t begin = block.begin(slot), end = block.end(slot);
            if (buf.times.size() < end - begin) { // grow only: no zero-filling per person
                buf.times.resize(end - begin);
                buf.masks.resize(end - begin);
                buf.index.resize(end - begin);
            }
            std::uint32_t any = 0, used = 0;
            for (std::uint32_t i = begin; i < end; ++i) {
                std::uint32_t mask = typeMask[types[i]];
                if (mask & conditionSteps) {
                    for (std::uint32_t bits = mask & conditionSteps; bits; bits &= bits - 1) {
                        const int s = std::countr_zero(bits);
                        const CompiledStep& c = steps[s];
                        const double v = c.minValue || c.maxValue ? block.value(i) : 0.0;
                        const bool ok =
                            (c.campaigns.empty() || c.campaigns[block.campaigns()[i]])
                            && (c.channels.empty() || c.channels[block.channels()[i]])
                            && (c.contents.empty() || c.contents[block.contents()[i]])
                            && (!c.minValue || v >= *c.minValue)
                            && (!c.maxValue || v <= *c.maxValue);
                        if (!ok)
                            mask &= ~(1u << s);
                    }
                }
                buf.masks[used] = mask;
                buf.index[used] = i;
                any |= mask;
                used += mask || strict;
            }
            if (!(any & startMask))
                return;
            for (std::uint32_t u = 0; u < used; ++u)
                buf.times[u] = block.time(buf.index[u]);
            const FunnelMatcher::Attempt at =
                matcher.best(std::span(buf.times.data(), used), std::span(buf.masks.data(), used));
            if (at.depth == 0)
                return;
            std::uint32_t group = 0;
            if (attribute)
                group = store.attributeCode(*attribute, row);
            else if (query.breakdown.kind == FunnelBreakdown::Kind::Campaign)
                group = block.campaigns()[buf.index[at.start]];
            outcomes[b].people.push_back({row, group, at.depth});
            outcomes[b].convert.insert(outcomes[b].convert.end(), at.convert.begin(),
                                       at.convert.begin() + k);
        });
    });

    FunnelSummary total(k);
    std::vector<FunnelSummary> groups;
    const bool grouped = query.breakdown.kind != FunnelBreakdown::Kind::None;
    if (grouped)
        groups.assign(attribute ? store.attributeValues(*attribute).size() : store.campaigns().size(),
                      FunnelSummary(0));
    if (depthByRow)
        depthByRow->assign(store.rowCount(), 0);
    for (const Outcomes& block : outcomes)
        for (std::size_t i = 0; i < block.people.size(); ++i) {
            const Outcome& o = block.people[i];
            const std::int64_t* convert = block.convert.data() + i * k;
            total.add(o.depth, convert);
            if (grouped) {
                if (groups[o.group].steps() == 0)
                    groups[o.group] = FunnelSummary(k);
                groups[o.group].add(o.depth, convert);
            }
            if (depthByRow)
                (*depthByRow)[o.row] = static_cast<std::uint8_t>(o.depth);
        }

    FunnelResult result;
    result.steps = total.finish();
    for (std::uint32_t code = 0; code < groups.size(); ++code) {
        if (groups[code].steps() == 0)
            continue;
        FunnelGroup g;
        if (attribute) {
            g.label = store.attributeValues(*attribute).text(code);
        } else {
            g.key = store.campaigns().key(code);
            g.label = g.key == 0 ? std::string() : store.campaigns().name(g.key);
        }
        g.steps = groups[code].finish();
        result.groups.push_back(std::move(g));
    }
    FunnelSummary::sortGroups(result.groups, attribute.has_value());
    result.provenance = provenance(query, &store, store.snapshotId());
    return result;
}

Provenance Funnel::provenance(const FunnelQuery& query, const Store* store,
                              std::uint64_t snapshotId)
{
    Provenance p;
    switch (query.mode) {
    case FunnelMode::Ordered:
        p.definition = "A person reaches step k when k distinct activities a1..ak match steps "
                       "1..k with t1 ≤ … ≤ tk and tk − t1 ≤ window; the date range bounds the "
                       "start. Each person counts once, with its deepest attempt (ties: "
                       "earliest start).";
        break;
    case FunnelMode::Strict:
        p.definition = "Ordered funnel in which no other activity of the person lies strictly "
                       "between consecutive matched steps; tk − t1 ≤ window; the date range "
                       "bounds the start. Deepest attempt per person (ties: earliest start).";
        break;
    case FunnelMode::Unordered:
        p.definition = "A person reaches step k when k distinct activities match steps 1..k in "
                       "any order, all within the window after the earliest of them (the "
                       "start, bounded by the date range). Deepest attempt per person.";
        break;
    }
    std::string steps;
    for (std::size_t s = 0; s < query.steps.size(); ++s)
        steps += (s ? "; " : "") + std::to_string(s + 1) + ". " + query.steps[s].describe(store);
    p.parameters = {
        {"steps", steps},
        {"window", std::to_string(query.window) + " s"},
        {"mode", query.mode == FunnelMode::Ordered  ? "ordered"
                 : query.mode == FunnelMode::Strict ? "strict"
                                                    : "unordered"},
        {"date range", query.dateRange.describe()},
        {"breakdown", query.breakdown.kind == FunnelBreakdown::Kind::None ? std::string("none")
                      : query.breakdown.kind == FunnelBreakdown::Kind::Campaign
                          ? std::string("campaign of the first step")
                          : "attribute " + query.breakdown.attribute},
        {"median", "lower median; p90 nearest rank"},
    };
    p.filters = query.people.describe();
    p.snapshotId = snapshotId;
    return p;
}

} // namespace rapport::engine
