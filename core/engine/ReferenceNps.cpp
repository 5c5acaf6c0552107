// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ReferenceNps.h"

#include "core/engine/Nps.h"
#include "core/engine/ReferenceRetention.h"

#include <algorithm>
#include <cmath>
#include <set>

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

/** Who a response's person key stands for: the person it was finally merged into. */
class Respondents
{
public:
    explicit Respondents(const ReferenceData& data)
    {
        for (ReferenceData::Resolved& r : data.resolve())
            m_people[r.person.key] = std::move(r);
        std::map<std::int64_t, bool> known;
        for (const PersonRecord& p : data.people)
            known[p.key] = true;
        for (const ActivityRecord& a : data.activities)
            known[a.person] = true;
        for (const auto& [merged, survivor] : data.merges)
            if (known.contains(merged) && known.contains(survivor) && merged != survivor
                && !m_mergedInto.contains(merged) && final(survivor) != merged)
                m_mergedInto[merged] = survivor;
    }
    const ReferenceData::Resolved* find(std::int64_t key) const
    {
        if (key == 0)
            return nullptr;
        const auto it = m_people.find(final(key));
        return it != m_people.end() ? &it->second : nullptr;
    }

private:
    std::int64_t final(std::int64_t key) const
    {
        for (auto it = m_mergedInto.find(key); it != m_mergedInto.end(); it = m_mergedInto.find(key))
            key = it->second;
        return key;
    }
    std::map<std::int64_t, ReferenceData::Resolved> m_people;
    std::map<std::int64_t, std::int64_t> m_mergedInto;
};
} // namespace

NpsResult ReferenceNps::compute(const ReferenceData& data,
                                const std::vector<SurveyResponseRecord>& responses,
                                const std::map<std::int64_t, std::string>& surveyNames,
                                const NpsQuery& query, std::uint64_t snapshotId,
                                std::uint64_t responsesRevision)
{
    const Respondents respondents(data);
    const NpsBreakdown& b = query.breakdown;
    Tally total;
    std::map<std::pair<int, std::string>, Tally> byLabel; // (anonymous last, label)
    std::map<std::int64_t, Tally> byKey;
    for (const SurveyResponseRecord& r : responses) {
        if (!query.dateRange.contains(r.at) || !listed(query.surveys, r.survey)
            || !listed(query.campaigns, r.campaign))
            continue;
        const ReferenceData::Resolved* person = respondents.find(r.person);
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

NpsMembers ReferenceNps::members(const ReferenceData& data,
                                 const std::vector<SurveyResponseRecord>& responses,
                                 const NpsQuery& query, const NpsGroup* group, NpsSegment segment)
{
    const Respondents respondents(data);
    const NpsBreakdown& b = query.breakdown;
    std::set<std::int64_t> keys, people;
    NpsMembers result;
    for (const SurveyResponseRecord& r : responses) {
        if (!query.dateRange.contains(r.at) || !listed(query.surveys, r.survey)
            || !listed(query.campaigns, r.campaign))
            continue;
        const bool nps = r.nps && *r.nps >= 0 && *r.nps <= 10;
        const bool csat = r.csat && *r.csat >= 1 && *r.csat <= 5;
        bool in = false;
        switch (segment) {
        case NpsSegment::Answered: in = nps || csat; break;
        case NpsSegment::Nps: in = nps; break;
        case NpsSegment::Promoters: in = nps && *r.nps >= 9; break;
        case NpsSegment::Passives: in = nps && (*r.nps == 7 || *r.nps == 8); break;
        case NpsSegment::Detractors: in = nps && *r.nps < 7; break;
        case NpsSegment::Csat: in = csat; break;
        case NpsSegment::Satisfied: in = csat && *r.csat >= 4; break;
        }
        if (!in)
            continue;
        const ReferenceData::Resolved* person = respondents.find(r.person);
        if (!query.people.isEmpty() && !(person && query.people.matches(person->person, person->level)))
            continue;
        if (group) {
            switch (b.kind) {
            case NpsBreakdown::Kind::None: break;
            case NpsBreakdown::Kind::Attribute:
                in = person ? !group->anonymous && attributeValue(person->person, b.attribute) == group->label
                            : group->anonymous;
                break;
            case NpsBreakdown::Kind::Campaign: in = r.campaign == group->key; break;
            case NpsBreakdown::Kind::Survey: in = r.survey == group->key; break;
            case NpsBreakdown::Kind::Period:
                in = CalendarPeriod::start(b.period, ReferenceRetention::periodNumber(b.period, r.at))
                     == group->key;
                break;
            case NpsBreakdown::Kind::Audience:
                in = person && group->key >= 0 && std::size_t(group->key) < b.audiences.size()
                     && b.audiences[std::size_t(group->key)].second.matches(person->person, person->level);
                break;
            }
            if (!in)
                continue;
        }
        keys.insert(r.key);
        if (person)
            people.insert(person->person.key);
        else
            ++result.anonymous;
    }
    result.responses.assign(keys.begin(), keys.end());
    result.people.assign(people.begin(), people.end());
    return result;
}

} // namespace rapport::engine
