// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Nps.h"

#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"
#include "core/engine/SurveyResponses.h"

#include <algorithm>
#include <stdexcept>

namespace rapport::engine {

namespace {
constexpr std::size_t kChunk = 16384;
constexpr std::uint32_t kNoRow = 0xffffffffu;
using Kind = NpsBreakdown::Kind;

struct Counts
{
    std::array<std::uint64_t, 11> nps{};
    std::array<std::uint64_t, 6> csat{};

    void add(std::int8_t npsScore, std::int8_t csatScore)
    {
        if (npsScore != SurveyResponses::kNoNps)
            ++nps[std::size_t(npsScore)];
        if (csatScore != SurveyResponses::kNoCsat)
            ++csat[std::size_t(csatScore)];
    }
    void add(const Counts& o)
    {
        for (std::size_t s = 0; s < nps.size(); ++s)
            nps[s] += o.nps[s];
        for (std::size_t s = 0; s < csat.size(); ++s)
            csat[s] += o.csat[s];
    }
    bool empty() const
    {
        for (auto c : nps)
            if (c)
                return false;
        for (auto c : csat)
            if (c)
                return false;
        return true;
    }
};

std::vector<char> allowed(const std::vector<std::int64_t>& keys, const KeyDictionary& dict)
{
    if (keys.empty())
        return {};
    std::vector<char> ok(dict.size(), 0);
    for (std::int64_t key : keys)
        if (auto code = dict.find(key))
            ok[*code] = 1;
    return ok;
}

/** The counted row a respondent stands for (following merges), or kNoRow. */
std::uint32_t respondentRow(const Store& store, std::int64_t key)
{
    if (key == 0)
        return kNoRow;
    auto row = store.rowOf(key);
    if (row && !store.isCounted(*row) && (store.flags(*row) & Store::kMerged))
        if (auto survivor = store.survivorOf(key))
            row = store.rowOf(*survivor);
    return row && store.isCounted(*row) ? *row : kNoRow;
}
} // namespace

NpsResult Nps::compute(const Store& store, const SurveyResponses& responses, const NpsQuery& query,
                       const ParallelFor& parallel)
{
    const NpsBreakdown& breakdown = query.breakdown;
    std::optional<int> attribute;
    std::size_t groupCount = 0;
    std::int64_t firstPeriod = 0;
    std::vector<PersonSet> audiences;
    switch (breakdown.kind) {
    case Kind::None: break;
    case Kind::Attribute:
        attribute = store.findAttribute(breakdown.attribute);
        if (!attribute)
            throw std::invalid_argument("unknown attribute: " + breakdown.attribute);
        groupCount = store.attributeValues(*attribute).size() + 1; // + anonymous
        break;
    case Kind::Campaign: groupCount = responses.campaigns().size(); break;
    case Kind::Survey: groupCount = responses.surveys().size(); break;
    case Kind::Period:
        if (responses.size()) {
            firstPeriod = CalendarPeriod::index(breakdown.period, responses.minTime());
            groupCount = std::size_t(CalendarPeriod::index(breakdown.period, responses.maxTime())
                                     - firstPeriod + 1);
        }
        break;
    case Kind::Audience:
        for (const auto& [name, filter] : breakdown.audiences)
            audiences.push_back(filter.compile(store));
        groupCount = audiences.size();
        break;
    }
    const std::vector<char> surveys = allowed(query.surveys, responses.surveys());
    const std::vector<char> campaigns = allowed(query.campaigns, responses.campaigns());
    const bool filtered = !query.people.isEmpty();
    const PersonSet people = filtered ? query.people.compile(store) : PersonSet();
    const bool needRow = filtered || attribute || !audiences.empty();

    struct Worker
    {
        Counts total;
        std::vector<Counts> groups;
    };
    std::vector<Worker> workers(parallel.threads(), Worker{{}, std::vector<Counts>(groupCount)});
    const auto person = responses.persons();
    const auto time = responses.times();
    const auto survey = responses.surveyCodes();
    const auto campaign = responses.campaignCodes();
    const auto nps = responses.npsScores();
    const auto csat = responses.csatScores();
    parallel.run((responses.size() + kChunk - 1) / kChunk, [&](std::size_t task, int w) {
        Worker& acc = workers[std::size_t(w)];
        const std::size_t end = std::min(responses.size(), (task + 1) * kChunk);
        for (std::size_t i = task * kChunk; i < end; ++i) {
            if (!query.dateRange.contains(time[i]) || (!surveys.empty() && !surveys[survey[i]])
                || (!campaigns.empty() && !campaigns[campaign[i]]))
                continue;
            const std::uint32_t row = needRow ? respondentRow(store, person[i]) : kNoRow;
            if (filtered && (row == kNoRow || !people.contains(row)))
                continue;
            acc.total.add(nps[i], csat[i]);
            switch (breakdown.kind) {
            case Kind::None: break;
            case Kind::Attribute:
                acc.groups[row == kNoRow ? groupCount - 1 : store.attributeCode(*attribute, row)]
                    .add(nps[i], csat[i]);
                break;
            case Kind::Campaign: acc.groups[campaign[i]].add(nps[i], csat[i]); break;
            case Kind::Survey: acc.groups[survey[i]].add(nps[i], csat[i]); break;
            case Kind::Period:
                acc.groups[std::size_t(CalendarPeriod::index(breakdown.period, time[i])
                                       - firstPeriod)]
                    .add(nps[i], csat[i]);
                break;
            case Kind::Audience:
                if (row != kNoRow)
                    for (std::size_t a = 0; a < audiences.size(); ++a)
                        if (audiences[a].contains(row))
                            acc.groups[a].add(nps[i], csat[i]);
                break;
            }
        }
    });

    Counts total;
    std::vector<Counts> groups(groupCount);
    for (const Worker& w : workers) {
        total.add(w.total);
        for (std::size_t g = 0; g < groupCount; ++g)
            groups[g].add(w.groups[g]);
    }
    NpsResult result;
    result.total = NpsFigures::fromCounts(total.nps, total.csat);
    for (std::size_t g = 0; g < groupCount; ++g) {
        if (groups[g].empty())
            continue;
        NpsGroup group;
        switch (breakdown.kind) {
        case Kind::None: break;
        case Kind::Attribute:
            group.anonymous = g == groupCount - 1;
            group.label = group.anonymous ? std::string(kAnonymousLabel)
                                          : store.attributeValues(*attribute).text(std::uint32_t(g));
            break;
        case Kind::Campaign:
            group.key = responses.campaigns().key(std::uint32_t(g));
            group.label = group.key == 0 ? std::string() : store.campaigns().name(group.key);
            break;
        case Kind::Survey:
            group.key = responses.surveys().key(std::uint32_t(g));
            group.label = responses.surveys().name(group.key);
            break;
        case Kind::Period:
            group.key = CalendarPeriod::start(breakdown.period, firstPeriod + std::int64_t(g));
            group.label = CalendarPeriod::label(breakdown.period, firstPeriod + std::int64_t(g));
            break;
        case Kind::Audience:
            group.key = std::int64_t(g);
            group.label = breakdown.audiences[g].first;
            break;
        }
        group.figures = NpsFigures::fromCounts(groups[g].nps, groups[g].csat);
        result.groups.push_back(std::move(group));
    }
    if (breakdown.kind == Kind::Attribute)
        std::sort(result.groups.begin(), result.groups.end(), [](const NpsGroup& a, const NpsGroup& b) {
            return a.anonymous != b.anonymous ? b.anonymous : a.label < b.label;
        });
    else if (breakdown.kind == Kind::Campaign || breakdown.kind == Kind::Survey)
        std::sort(result.groups.begin(), result.groups.end(),
                  [](const NpsGroup& a, const NpsGroup& b) { return a.key < b.key; });
    result.provenance = provenance(query, store.snapshotId(), responses.revision());
    return result;
}

namespace {
bool inSegment(std::int8_t nps, std::int8_t csat, NpsSegment segment)
{
    const bool hasNps = nps != SurveyResponses::kNoNps, hasCsat = csat != SurveyResponses::kNoCsat;
    switch (segment) {
    case NpsSegment::Answered: return hasNps || hasCsat;
    case NpsSegment::Nps: return hasNps;
    case NpsSegment::Promoters: return hasNps && nps >= 9;
    case NpsSegment::Passives: return hasNps && nps >= 7 && nps <= 8;
    case NpsSegment::Detractors: return hasNps && nps <= 6;
    case NpsSegment::Csat: return hasCsat;
    case NpsSegment::Satisfied: return hasCsat && csat >= 4;
    }
    return false;
}
} // namespace

NpsMembers Nps::members(const Store& store, const SurveyResponses& responses, const NpsQuery& query,
                        const NpsGroup* group, NpsSegment segment)
{
    const NpsBreakdown& breakdown = query.breakdown;
    const Kind kind = group ? breakdown.kind : Kind::None;
    std::optional<int> attribute;
    if (kind == Kind::Attribute) {
        attribute = store.findAttribute(breakdown.attribute);
        if (!attribute)
            throw std::invalid_argument("unknown attribute: " + breakdown.attribute);
    }
    PersonSet audience;
    if (kind == Kind::Audience) {
        if (group->key < 0 || std::size_t(group->key) >= breakdown.audiences.size())
            return {};
        audience = breakdown.audiences[std::size_t(group->key)].second.compile(store);
    }
    const std::vector<char> surveys = allowed(query.surveys, responses.surveys());
    const std::vector<char> campaigns = allowed(query.campaigns, responses.campaigns());
    const bool filtered = !query.people.isEmpty();
    const PersonSet people = filtered ? query.people.compile(store) : PersonSet();

    NpsMembers result;
    const auto time = responses.times();
    const auto nps = responses.npsScores();
    const auto csat = responses.csatScores();
    for (std::size_t i = 0; i < responses.size(); ++i) {
        if (!query.dateRange.contains(time[i])
            || (!surveys.empty() && !surveys[responses.surveyCodes()[i]])
            || (!campaigns.empty() && !campaigns[responses.campaignCodes()[i]])
            || !inSegment(nps[i], csat[i], segment))
            continue;
        const std::uint32_t row = respondentRow(store, responses.persons()[i]);
        if (filtered && (row == kNoRow || !people.contains(row)))
            continue;
        bool inGroup = true;
        switch (kind) {
        case Kind::None: break;
        case Kind::Attribute:
            inGroup = row == kNoRow ? group->anonymous
                                    : !group->anonymous
                                          && store.attributeValues(*attribute)
                                                     .text(store.attributeCode(*attribute, row))
                                                 == group->label;
            break;
        case Kind::Campaign:
            inGroup = responses.campaigns().key(responses.campaignCodes()[i]) == group->key;
            break;
        case Kind::Survey:
            inGroup = responses.surveys().key(responses.surveyCodes()[i]) == group->key;
            break;
        case Kind::Period:
            inGroup = CalendarPeriod::start(breakdown.period,
                                            CalendarPeriod::index(breakdown.period, time[i]))
                      == group->key;
            break;
        case Kind::Audience: inGroup = row != kNoRow && audience.contains(row); break;
        }
        if (!inGroup)
            continue;
        result.responses.push_back(responses.response(i).key);
        if (row == kNoRow)
            ++result.anonymous;
        else
            result.people.push_back(store.key(row));
    }
    std::sort(result.responses.begin(), result.responses.end());
    std::sort(result.people.begin(), result.people.end());
    result.people.erase(std::unique(result.people.begin(), result.people.end()), result.people.end());
    return result;
}

Provenance Nps::provenance(const NpsQuery& query, std::uint64_t snapshotId,
                           std::uint64_t responsesRevision)
{
    Provenance p;
    p.definition =
        "NPS = 100 × (p − d) over responses with an NPS answer, promoters 9–10, detractors "
        "0–6 (p, d their shares); margin of error (95 %) = 1.96 × 100 × √((p + d − (p − d)²) "
        "/ n). CSAT = share of 4–5 answers on 1–5. Anonymous responses count in totals; in "
        "an attribute breakdown they form the \"(anonymous)\" group; a person filter or "
        "audience leaves them out.";
    auto list = [](const std::vector<std::int64_t>& keys) {
        if (keys.empty())
            return std::string("any");
        std::string text;
        for (std::int64_t k : keys)
            text += (text.empty() ? "" : ", ") + std::to_string(k);
        return text;
    };
    std::string breakdown;
    switch (query.breakdown.kind) {
    case Kind::None: breakdown = "none"; break;
    case Kind::Attribute: breakdown = "attribute " + query.breakdown.attribute; break;
    case Kind::Campaign: breakdown = "campaign"; break;
    case Kind::Survey: breakdown = "survey"; break;
    case Kind::Period: breakdown = CalendarPeriod::name(query.breakdown.period); break;
    case Kind::Audience:
        breakdown = "audiences";
        for (const auto& [name, filter] : query.breakdown.audiences)
            breakdown += (&name == &query.breakdown.audiences.front().first ? ": " : ", ") + name;
        break;
    }
    p.parameters = {{"surveys", list(query.surveys)},
                    {"campaigns", list(query.campaigns)},
                    {"date range", query.dateRange.describe()},
                    {"breakdown", breakdown},
                    {"responses revision", std::to_string(responsesRevision)}};
    p.filters = query.people.describe();
    p.snapshotId = snapshotId;
    return p;
}

} // namespace rapport::engine
