// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ReferenceNps.h"

#include "core/engine/Nps.h"
#include "core/engine/ReferenceRetention.h"

#include <algorithm>
#include <cmath>

namespace rapport::engine {

namespace {
struct Tally
{
    std::uint64_t promoters = 0, passives = 0, detractors = 0, csatAnswers = 0, satisfied = 0;
    bool any = false;

    void add(const SurveyResponseRecord& r)
    {
        if (r.nps && *r.nps >= 0 && *r.nps <= 10) {
            any = true;
            if (*r.nps >= 9)
                ++promoters;
            else if (*r.nps >= 7)
                ++passives;
            else
                ++detractors;
        }
        if (r.csat && *r.csat >= 1 && *r.csat <= 5) {
            any = true;
            ++csatAnswers;
            if (*r.csat >= 4)
                ++satisfied;
        }
    }
    NpsFigures figures() const
    {
        NpsFigures f;
        f.promoters = promoters;
        f.passives = passives;
        f.detractors = detractors;
        f.responses = promoters + passives + detractors;
        if (f.responses > 0) {
            const double n = double(f.responses);
            const double p = double(promoters) / n;
            const double d = double(detractors) / n;
            f.nps = 100 * (p - d);
            f.moe95 = 1.96 * 100 * std::sqrt((p + d - (p - d) * (p - d)) / n);
        }
        f.csatResponses = csatAnswers;
        f.csatSatisfied = satisfied;
        if (csatAnswers > 0)
            f.csat = double(satisfied) / double(csatAnswers);
        return f;
    }
};

std::string attributeValue(const PersonRecord& p, const std::string& name)
{
    std::string value;
    for (const auto& [n, v] : p.attributes)
        if (n == name)
            value = v;
    return value;
}

bool listed(const std::vector<std::int64_t>& list, std::int64_t key)
{
    return list.empty() || std::find(list.begin(), list.end(), key) != list.end();
}
} // namespace

NpsResult ReferenceNps::compute(const ReferenceData& data,
                                const std::vector<SurveyResponseRecord>& responses,
                                const std::map<std::int64_t, std::string>& surveyNames,
                                const NpsQuery& query, std::uint64_t snapshotId,
                                std::uint64_t responsesRevision)
{
    // People after merges, and where each merged key went (the rules of ReferenceData).
    std::map<std::int64_t, ReferenceData::Resolved> people;
    for (ReferenceData::Resolved& r : data.resolve())
        people[r.person.key] = std::move(r);
    std::map<std::int64_t, std::int64_t> mergedInto;
    std::map<std::int64_t, bool> known;
    for (const PersonRecord& p : data.people)
        known[p.key] = true;
    for (const ActivityRecord& a : data.activities)
        known[a.person] = true;
    auto final = [&](std::int64_t key) {
        while (mergedInto.contains(key))
            key = mergedInto[key];
        return key;
    };
    for (const auto& [merged, survivor] : data.merges)
        if (known.contains(merged) && known.contains(survivor) && merged != survivor
            && !mergedInto.contains(merged) && final(survivor) != merged)
            mergedInto[merged] = survivor;

    const NpsBreakdown& b = query.breakdown;
    Tally total;
    std::map<std::pair<int, std::string>, Tally> byLabel; // (anonymous last, label)
    std::map<std::int64_t, Tally> byKey;
    for (const SurveyResponseRecord& r : responses) {
        if (!query.dateRange.contains(r.at) || !listed(query.surveys, r.survey)
            || !listed(query.campaigns, r.campaign))
            continue;
        const ReferenceData::Resolved* person = nullptr;
        if (r.person != 0)
            if (auto it = people.find(final(r.person)); it != people.end())
                person = &it->second;
        if (!query.people.isEmpty() && !(person && query.people.matches(person->person, person->level)))
            continue;
        total.add(r);
        switch (b.kind) {
        case NpsBreakdown::Kind::None: break;
        case NpsBreakdown::Kind::Attribute:
            if (person)
                byLabel[{0, attributeValue(person->person, b.attribute)}].add(r);
            else
                byLabel[{1, Nps::kAnonymousLabel}].add(r);
            break;
        case NpsBreakdown::Kind::Campaign: byKey[r.campaign].add(r); break;
        case NpsBreakdown::Kind::Survey: byKey[r.survey].add(r); break;
        case NpsBreakdown::Kind::Period:
            byKey[ReferenceRetention::periodNumber(b.period, r.at)].add(r);
            break;
        case NpsBreakdown::Kind::Audience:
            for (std::size_t a = 0; a < b.audiences.size(); ++a)
                if (person && b.audiences[a].second.matches(person->person, person->level))
                    byKey[std::int64_t(a)].add(r);
            break;
        }
    }
    NpsResult result;
    result.total = total.figures();
    for (const auto& [label, tally] : byLabel)
        if (tally.any)
            result.groups.push_back({label.second, 0, label.first == 1, tally.figures()});
    for (const auto& [key, tally] : byKey) {
        if (!tally.any)
            continue;
        NpsGroup g{{}, key, false, tally.figures()};
        if (b.kind == NpsBreakdown::Kind::Campaign) {
            const auto name = data.campaignNames.find(key);
            g.label = key == 0 ? "" : name != data.campaignNames.end() ? name->second : std::to_string(key);
        } else if (b.kind == NpsBreakdown::Kind::Survey) {
            const auto name = surveyNames.find(key);
            g.label = name != surveyNames.end() ? name->second : std::to_string(key);
        } else if (b.kind == NpsBreakdown::Kind::Period) {
            g.key = CalendarPeriod::start(b.period, key);
            g.label = CalendarPeriod::label(b.period, key);
        } else {
            g.label = b.audiences[std::size_t(key)].first;
        }
        result.groups.push_back(g);
    }
    result.provenance = Nps::provenance(query, snapshotId, responsesRevision);
    return result;
}

} // namespace rapport::engine
