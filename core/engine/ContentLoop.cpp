// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ContentLoop.h"

#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>

namespace rapport::engine {

namespace {
/** The counted row a person key stands for (following merges), if any. */
std::optional<std::uint32_t> personRow(const Store& store, std::int64_t key)
{
    auto row = store.rowOf(key);
    if (row && !store.isCounted(*row) && (store.flags(*row) & Store::kMerged))
        if (auto survivor = store.survivorOf(key))
            row = store.rowOf(*survivor);
    return row && store.isCounted(*row) ? row : std::nullopt;
}

bool listed(const std::vector<std::int64_t>& list, std::int64_t key)
{
    return list.empty() || std::find(list.begin(), list.end(), key) != list.end();
}
} // namespace

ContentLoop::ContentLoop(ContentLoopData data)
    : m_data(std::move(data))
{
    for (const ContentSnapshot& s : m_data.snapshots)
        m_snapshots[s.content].push_back(s);
    for (auto& [key, list] : m_snapshots)
        std::stable_sort(list.begin(), list.end(),
                         [](const ContentSnapshot& a, const ContentSnapshot& b) { return a.at < b.at; });
}

ContentMetrics ContentLoop::gained(std::int64_t piece, const DateRange& range) const
{
    const auto it = m_snapshots.find(piece);
    if (it == m_snapshots.end())
        return {};
    auto totalsBefore = [&](std::int64_t t) {
        const auto& list = it->second;
        auto after = std::lower_bound(list.begin(), list.end(), t,
                                      [](const ContentSnapshot& s, std::int64_t x) { return s.at < x; });
        return after == list.begin() ? ContentMetrics{} : std::prev(after)->totals;
    };
    const ContentMetrics end = range.to == std::numeric_limits<std::int64_t>::max()
                                   ? it->second.back().totals
                                   : totalsBefore(range.to);
    return end - totalsBefore(range.from);
}

ContentReachResult ContentLoop::reach(ReachBy by, const DateRange& range) const
{
    std::map<std::int64_t, ContentReach> rows;
    std::set<std::int64_t> seen;
    ContentReachResult result;
    auto add = [&](std::int64_t key, const ContentMetrics& m) {
        ContentReach& r = rows[key];
        r.key = key;
        ++r.pieces;
        r.metrics += m;
    };
    for (const ContentPiece& piece : m_data.pieces) {
        if (!seen.insert(piece.key).second)
            continue;
        const ContentMetrics m = gained(piece.key, range);
        result.total += m;
        if (by == ReachBy::Piece)
            add(piece.key, m);
        else if (by == ReachBy::Series && piece.series != 0)
            add(piece.series, m);
        else if (by == ReachBy::Author)
            for (std::int64_t author : std::set<std::int64_t>(piece.authors.begin(), piece.authors.end()))
                add(author, m);
    }
    for (const auto& [key, list] : m_snapshots) // snapshots of pieces not listed still reach
        if (seen.insert(key).second) {
            const ContentMetrics m = gained(key, range);
            result.total += m;
            if (by == ReachBy::Piece)
                add(key, m);
        }
    for (auto& [key, r] : rows)
        result.rows.push_back(r);
    result.provenance.definition =
        "Reach = views gained in the range: totals of the last snapshot before its end minus "
        "those of the last snapshot before its start (all time: latest totals); per author "
        "every piece the person authored, per series the series' pieces.";
    result.provenance.parameters = {
        {"by", by == ReachBy::Piece ? "piece" : by == ReachBy::Author ? "author" : "series"},
        {"date range", range.describe()}};
    return result;
}

OnwardClicksResult ContentLoop::onwardClicks() const
{
    std::map<std::pair<std::int64_t, std::int64_t>, std::int64_t> sums;
    for (const ContentLink& l : m_data.links)
        sums[{l.from, l.to}] += l.onwardClicks;
    OnwardClicksResult result;
    for (const auto& [pair, clicks] : sums)
        result.links.push_back({pair.first, pair.second, clicks});
    std::stable_sort(result.links.begin(), result.links.end(),
                     [](const ContentLink& a, const ContentLink& b) { return a.onwardClicks > b.onwardClicks; });
    result.provenance.definition = "Onward clicks from one piece to another, summed over the "
                                   "links between them.";
    return result;
}

RewardCost ContentLoop::rewardCost(const Store& store, const RewardCostQuery& query,
                                   const ParallelFor& parallel) const
{
    std::array<bool, 256> activation{};
    for (std::uint32_t code = 0; code < store.types().size(); ++code) {
        const std::string name = store.types().name(store.types().key(code));
        activation[code] = std::find(query.activationTypes.begin(), query.activationTypes.end(),
                                     name) != query.activationTypes.end();
    }
    std::vector<char> campaigns;
    if (!query.campaigns.empty()) {
        campaigns.assign(store.campaigns().size(), 0);
        for (std::int64_t key : query.campaigns)
            if (auto code = store.campaigns().find(key))
                campaigns[*code] = 1;
    }
    const bool filtered = !query.people.isEmpty();
    const PersonSet people = query.people.compile(store);

    std::vector<std::uint64_t> activated(store.blockCount(), 0);
    parallel.run(store.blockCount(), [&](std::size_t b, int) {
        const StoreBlock& block = store.block(b);
        const auto types = block.types();
        const auto times = block.timeOffsets();
        const std::int64_t base = block.timeBase();
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        people.forEach(first, first + block.personCount(), [&](std::size_t row) {
            const std::uint32_t slot = std::uint32_t(row) - first;
            for (std::uint32_t i = block.begin(slot), end = block.end(slot); i < end; ++i) {
                const std::int64_t t = base + times[i];
                if (t >= query.period.to)
                    break;
                if (t >= query.period.from && activation[types[i]]
                    && (campaigns.empty() || campaigns[block.campaigns()[i]])) {
                    ++activated[b];
                    break;
                }
            }
        });
    });
    RewardCost result;
    for (std::uint64_t n : activated)
        result.activated += n;
    for (const Reward& r : m_data.rewards) { // in data order: the same sum every time
        if (!query.period.contains(r.at) || !listed(query.campaigns, r.campaign))
            continue;
        if (filtered) {
            const auto row = personRow(store, r.person);
            if (!row || !people.contains(*row))
                continue;
        }
        result.rewardValue += r.value;
        ++result.rewards;
    }
    if (result.activated)
        result.costPerActivation = result.rewardValue / double(result.activated);
    result.provenance = rewardCostProvenance(query, store.snapshotId());
    return result;
}

Provenance ContentLoop::rewardCostProvenance(const RewardCostQuery& query, std::uint64_t snapshotId)
{
    Provenance p;
    p.definition = "Reward cost per activation = Σ value of rewards dated in the period ÷ "
                   "persons with at least one activation activity dated in the period.";
    std::string types, campaigns;
    for (const std::string& t : query.activationTypes)
        types += (types.empty() ? "" : ", ") + t;
    for (std::int64_t c : query.campaigns)
        campaigns += (campaigns.empty() ? "" : ", ") + std::to_string(c);
    p.parameters = {{"period", query.period.describe()},
                    {"activation types", types},
                    {"campaigns", campaigns.empty() ? std::string("any") : campaigns}};
    p.filters = query.people.describe();
    p.snapshotId = snapshotId;
    return p;
}

} // namespace rapport::engine
