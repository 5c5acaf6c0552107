// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ReferenceContentLoop.h"

#include "core/engine/ContentLoop.h"

#include <algorithm>
#include <map>
#include <set>

namespace rapport::engine {

RewardCost ReferenceContentLoop::rewardCost(const ReferenceData& data,
                                            const std::vector<Reward>& rewards,
                                            const RewardCostQuery& query, std::uint64_t snapshotId)
{
    auto typeName = [&](std::int32_t type) {
        const auto it = data.typeNames.find(type);
        return it != data.typeNames.end() ? it->second : std::to_string(type);
    };
    auto inCampaigns = [&](std::int64_t campaign) {
        return query.campaigns.empty()
               || std::find(query.campaigns.begin(), query.campaigns.end(), campaign)
                      != query.campaigns.end();
    };
    // Who counts, by key after merges; which merged key went where.
    std::set<std::int64_t> counted;
    std::set<std::int64_t> activated;
    for (const ReferenceData::Resolved& r : data.resolve()) {
        if (!query.people.matches(r.person, r.level))
            continue;
        counted.insert(r.person.key);
        for (const ActivityRecord& a : r.activities) {
            const std::string name = typeName(a.type);
            if (query.period.contains(a.at) && inCampaigns(a.campaign)
                && std::count(query.activationTypes.begin(), query.activationTypes.end(), name))
                activated.insert(r.person.key);
        }
    }
    std::set<std::int64_t> known;
    for (const PersonRecord& p : data.people)
        known.insert(p.key);
    for (const ActivityRecord& a : data.activities)
        known.insert(a.person);
    std::map<std::int64_t, std::int64_t> mergedInto;
    auto final = [&](std::int64_t key) {
        while (mergedInto.contains(key))
            key = mergedInto[key];
        return key;
    };
    for (const auto& [merged, survivor] : data.merges)
        if (known.contains(merged) && known.contains(survivor) && merged != survivor
            && !mergedInto.contains(merged) && final(survivor) != merged)
            mergedInto[merged] = survivor;

    RewardCost result;
    for (const Reward& r : rewards) {
        if (!query.period.contains(r.at) || !inCampaigns(r.campaign))
            continue;
        if (!query.people.isEmpty() && !counted.contains(final(r.person)))
            continue;
        result.rewardValue += r.value;
        ++result.rewards;
    }
    result.activated = activated.size();
    if (result.activated > 0)
        result.costPerActivation = result.rewardValue / double(result.activated);
    result.provenance = ContentLoop::rewardCostProvenance(query, snapshotId);
    return result;
}

namespace {
/** One person's readings as sets: pieces read, pieces that activated them, links went on. */
struct Reached
{
    std::int64_t person = 0;
    std::set<std::int64_t> read, activated;
    std::set<std::pair<std::int64_t, std::int64_t>> wentOn;
};

std::vector<Reached> reached(const ReferenceData& data, const ContentLoopData& content,
                             const ContentActivationQuery& q)
{
    auto isActivation = [&](std::int32_t type) {
        const auto it = data.typeNames.find(type);
        const std::string name = it != data.typeNames.end() ? it->second : std::to_string(type);
        return std::count(q.activationTypes.begin(), q.activationTypes.end(), name) > 0;
    };
    ActivityFilter reading = q.reading;
    reading.type.reset();
    const std::int64_t window = std::max<std::int64_t>(0, q.window);
    std::set<std::int64_t> pieces;
    for (const ContentPiece& p : content.pieces)
        pieces.insert(p.key);
    std::vector<Reached> out;
    for (const ReferenceData::Resolved& r : data.resolve()) {
        if (!q.people.matches(r.person, r.level))
            continue;
        Reached who;
        who.person = r.person.key;
        for (const ActivityRecord& a : r.activities) {
            if (a.content == 0 || isActivation(a.type) || !reading.matches(a) || !q.range.contains(a.at))
                continue;
            who.read.insert(a.content);
            for (const ActivityRecord& x : r.activities)
                if (isActivation(x.type) && a.at <= x.at && x.at - a.at <= window)
                    who.activated.insert(a.content);
            for (const ContentLink& l : content.links) {
                if (l.from != a.content || l.to == l.from || !pieces.contains(l.from) || !pieces.contains(l.to))
                    continue;
                for (const ActivityRecord& b : r.activities)
                    if (b.content == l.to && !isActivation(b.type) && reading.matches(b) && a.at <= b.at
                        && b.at - a.at <= window)
                        who.wentOn.insert({l.from, l.to});
            }
        }
        out.push_back(std::move(who));
    }
    return out;
}

/** Piece key → (authors, series) of the first piece listed with that key. */
std::map<std::int64_t, const ContentPiece*> piecesByKey(const ContentLoopData& content)
{
    std::map<std::int64_t, const ContentPiece*> pieces;
    for (const ContentPiece& p : content.pieces)
        pieces.emplace(p.key, &p);
    return pieces;
}

std::set<std::int64_t> authorsOf(const std::set<std::int64_t>& read,
                                 const std::map<std::int64_t, const ContentPiece*>& pieces)
{
    std::set<std::int64_t> out;
    for (std::int64_t key : read)
        if (auto it = pieces.find(key); it != pieces.end())
            out.insert(it->second->authors.begin(), it->second->authors.end());
    return out;
}

std::set<std::int64_t> seriesOf(const std::set<std::int64_t>& read,
                                const std::map<std::int64_t, const ContentPiece*>& pieces)
{
    std::set<std::int64_t> out;
    for (std::int64_t key : read)
        if (auto it = pieces.find(key); it != pieces.end() && it->second->series != 0)
            out.insert(it->second->series);
    return out;
}
} // namespace

ContentActivationResult ReferenceContentLoop::activations(const ReferenceData& data,
                                                          const ContentLoopData& content,
                                                          const ContentActivationQuery& query,
                                                          std::uint64_t snapshotId)
{
    const auto pieces = piecesByKey(content);
    std::map<std::int64_t, ContentActivation> byPiece, byAuthor, bySeries;
    std::map<std::pair<std::int64_t, std::int64_t>, std::uint64_t> flows;
    for (const auto& [key, piece] : pieces) {
        byPiece[key].key = key;
        for (std::int64_t author : piece->authors)
            byAuthor[author].key = author;
        if (piece->series != 0)
            bySeries[piece->series].key = piece->series;
    }
    for (const ContentLink& l : content.links)
        if (l.from != l.to && pieces.contains(l.from) && pieces.contains(l.to))
            flows[{l.from, l.to}] = 0;
    ContentActivationResult result;
    for (const Reached& who : reached(data, content, query)) {
        if (who.read.empty())
            continue;
        ++result.readers;
        if (!who.activated.empty())
            ++result.activated;
        for (std::int64_t key : who.read) {
            byPiece[key].key = key;
            ++byPiece[key].readers;
        }
        for (std::int64_t key : who.activated)
            ++byPiece[key].activated;
        for (std::int64_t key : authorsOf(who.read, pieces))
            ++byAuthor[key].readers;
        for (std::int64_t key : authorsOf(who.activated, pieces))
            ++byAuthor[key].activated;
        for (std::int64_t key : seriesOf(who.read, pieces))
            ++bySeries[key].readers;
        for (std::int64_t key : seriesOf(who.activated, pieces))
            ++bySeries[key].activated;
        for (const auto& link : who.wentOn)
            ++flows[link];
    }
    for (const auto& [key, row] : byPiece)
        result.pieces.push_back(row);
    for (const auto& [key, row] : byAuthor)
        if (query.authors)
            result.authors.push_back(row);
    for (const auto& [key, row] : bySeries)
        if (query.series)
            result.series.push_back(row);
    for (const auto& [link, people] : flows)
        result.flows.push_back({link.first, link.second, people});
    result.provenance = ContentLoop::activationProvenance(query, snapshotId);
    return result;
}

std::vector<std::int64_t> ReferenceContentLoop::people(const ReferenceData& data,
                                                       const ContentLoopData& content,
                                                       const ContentActivationQuery& query,
                                                       const ContentPeopleSelection& selection)
{
    using Kind = ContentPeopleSelection::Kind;
    using Of = ContentPeopleSelection::Of;
    const auto pieces = piecesByKey(content);
    std::vector<std::int64_t> out;
    for (const Reached& who : reached(data, content, query)) {
        const std::set<std::int64_t>& set = selection.kind == Kind::Activated ? who.activated : who.read;
        bool in = false;
        if (selection.kind == Kind::WentOn)
            in = who.wentOn.contains({selection.key, selection.to});
        else if (selection.of == Of::Piece)
            in = set.contains(selection.key);
        else if (selection.of == Of::Author)
            in = authorsOf(set, pieces).contains(selection.key);
        else
            in = seriesOf(set, pieces).contains(selection.key);
        if (in)
            out.push_back(who.person);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace rapport::engine
