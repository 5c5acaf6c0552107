// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ContentLoop::activations() and people(): who the content reached and moved to act.
#include "core/engine/ContentLoop.h"

#include "core/engine/CompiledActivityFilter.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>

namespace rapport::engine {

/** The pieces, authors, series and links indexed for one store, and the compiled query. */
struct ContentLoop::Activation
{
    Activation(const ContentLoop& loop, const Store& store, const ContentActivationQuery& query);

    /**
     * What one person's activities say: the pieces they read and that activated them, the
     * links they went on along, the authors and series of those pieces — each listed once,
     * found through stamps (per piece, author, series and link, the last person, as row + 1,
     * that listed it) instead of by sorting. One per worker.
     */
    struct alignas(64) Person // one per worker: no cache line shared between them
    {
        std::uint32_t stamp = 0;
        std::vector<std::int64_t> actTimes;                           // activation times, ascending
        std::vector<std::pair<std::uint32_t, std::int64_t>> readings; // (piece row, time), by time
        std::vector<std::uint32_t> read, activated, wentOn;           // piece rows, link indices
        std::vector<std::uint32_t> authorsRead, authorsActivated, seriesRead, seriesActivated;
        std::vector<std::uint32_t> readStamp, activatedStamp, flowStamp;
        std::vector<std::uint32_t> authorReadStamp, authorActivatedStamp;
        std::vector<std::uint32_t> seriesReadStamp, seriesActivatedStamp;
    };
    Person person() const;
    /** Evaluates the person of row (slot in block); `read` stays empty when they read nothing
     *  in the range. */
    void evaluate(const StoreBlock& block, std::uint32_t slot, std::uint32_t row, Person& p) const;

    const ContentActivationQuery& query;
    std::vector<std::int64_t> pieceKeys;   // piece rows: the data's pieces, then other content
    std::size_t listedPieces = 0;          // rows below this are the data's pieces
    std::vector<std::int64_t> authorKeys;  // ascending
    std::vector<std::int64_t> seriesKeys;  // ascending
    std::vector<std::int32_t> pieceOfCode; // store content code → piece row, −1 for none
    std::vector<std::vector<std::uint32_t>> authorsOfPiece;
    std::vector<std::int32_t> seriesOfPiece;                    // −1 for none
    std::vector<std::pair<std::uint32_t, std::uint32_t>> links; // piece rows, by (from, to) keys
    std::vector<std::vector<std::uint32_t>> linksFrom;          // piece row → link indices
    std::array<bool, 256> activation{};
    CompiledActivityFilter reading;
};

namespace {
ActivityFilter withoutType(ActivityFilter f)
{
    f.type.reset();
    return f;
}

template <typename T> std::uint32_t indexOf(const std::vector<T>& sorted, const T& value)
{
    return std::uint32_t(std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
}

void distinct(std::vector<std::uint32_t>& v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}
} // namespace

ContentLoop::Activation::Activation(const ContentLoop& loop, const Store& store,
                                    const ContentActivationQuery& q)
    : query(q), reading(store, withoutType(q.reading))
{
    std::map<std::int64_t, const ContentPiece*> pieces;
    for (const ContentPiece& piece : loop.m_data.pieces)
        pieces.emplace(piece.key, &piece); // the first of a repeated key, as reach() does
    std::set<std::int64_t> authors, series;
    for (const auto& [key, piece] : pieces) {
        pieceKeys.push_back(key);
        authors.insert(piece->authors.begin(), piece->authors.end());
        if (piece->series != 0)
            series.insert(piece->series);
    }
    listedPieces = pieceKeys.size();
    authorKeys.assign(authors.begin(), authors.end());
    seriesKeys.assign(series.begin(), series.end());
    for (const auto& [key, piece] : pieces) {
        std::vector<std::uint32_t> rows;
        for (std::int64_t author : piece->authors)
            rows.push_back(indexOf(authorKeys, author));
        distinct(rows);
        authorsOfPiece.push_back(std::move(rows));
        seriesOfPiece.push_back(
            piece->series != 0 ? std::int32_t(indexOf(seriesKeys, piece->series)) : -1);
    }
    const std::vector<std::int64_t> listed = pieceKeys; // ascending
    pieceOfCode.assign(store.contents().size(), -1);
    for (std::uint32_t code = 1; code < store.contents().size(); ++code) {
        const std::int64_t key = store.contents().key(code);
        if (key == 0)
            continue;
        if (pieces.contains(key)) {
            pieceOfCode[code] = std::int32_t(indexOf(listed, key));
        } else {
            pieceOfCode[code] = std::int32_t(pieceKeys.size());
            pieceKeys.push_back(key);
            authorsOfPiece.emplace_back();
            seriesOfPiece.push_back(-1);
        }
    }
    std::set<std::pair<std::int64_t, std::int64_t>> linked;
    for (const ContentLink& l : loop.m_data.links)
        if (l.from != l.to && pieces.contains(l.from) && pieces.contains(l.to))
            linked.insert({l.from, l.to});
    linksFrom.resize(pieceKeys.size());
    for (const auto& [from, to] : linked) {
        linksFrom[indexOf(listed, from)].push_back(std::uint32_t(links.size()));
        links.push_back({indexOf(listed, from), indexOf(listed, to)});
    }
    for (std::uint32_t code = 0; code < store.types().size(); ++code) {
        const std::string name = store.types().name(store.types().key(code));
        activation[code] = std::find(q.activationTypes.begin(), q.activationTypes.end(), name) !=
                           q.activationTypes.end();
    }
}

ContentLoop::Activation::Person ContentLoop::Activation::person() const
{
    Person p;
    p.readStamp.assign(pieceKeys.size(), 0);
    p.activatedStamp.assign(pieceKeys.size(), 0);
    p.flowStamp.assign(links.size(), 0);
    p.authorReadStamp.assign(authorKeys.size(), 0);
    p.authorActivatedStamp.assign(authorKeys.size(), 0);
    p.seriesReadStamp.assign(seriesKeys.size(), 0);
    p.seriesActivatedStamp.assign(seriesKeys.size(), 0);
    return p;
}

namespace {
/** Appends value to list unless the stamps say this person listed it already. */
inline void once(std::vector<std::uint32_t>& list, std::vector<std::uint32_t>& stamps,
                 std::uint32_t value, std::uint32_t stamp)
{
    if (stamps[value] != stamp) {
        stamps[value] = stamp;
        list.push_back(value);
    }
}
} // namespace

void ContentLoop::Activation::evaluate(const StoreBlock& block, std::uint32_t slot,
                                       std::uint32_t row, Person& p) const
{
    p.stamp = row + 1;
    p.actTimes.clear();
    p.readings.clear();
    p.read.clear();
    p.activated.clear();
    p.wentOn.clear();
    p.authorsRead.clear();
    p.authorsActivated.clear();
    p.seriesRead.clear();
    p.seriesActivated.clear();
    const auto types = block.types();
    const auto contents = block.contents();
    const std::uint32_t begin = block.begin(slot), end = block.end(slot);
    // One pass: activation times, and readings (activities on a piece, of other types).
    bool inRange = false;
    for (std::uint32_t i = begin; i < end; ++i) {
        if (activation[types[i]]) {
            p.actTimes.push_back(block.time(i)); // activities are in time order
            continue;
        }
        const std::uint16_t content = contents[i];
        if (content == 0)
            continue;
        const std::int32_t piece = pieceOfCode[content];
        if (piece < 0 || !reading.matches(block, i))
            continue;
        const std::int64_t t = block.time(i);
        p.readings.push_back({std::uint32_t(piece), t});
        inRange = inRange || query.range.contains(t);
    }
    if (!inRange)
        return;

    const std::int64_t window = std::max<std::int64_t>(0, query.window);
    std::size_t act = 0;   // the first activation at or after the reading
    std::size_t group = 0; // the first reading at the reading's time (ties count as after)
    for (std::size_t i = 0; i < p.readings.size(); ++i) {
        const auto [piece, t] = p.readings[i];
        if (p.readings[group].second != t)
            group = i;
        if (!query.range.contains(t))
            continue;
        const std::int64_t last = t > std::numeric_limits<std::int64_t>::max() - window
                                      ? std::numeric_limits<std::int64_t>::max()
                                      : t + window;
        once(p.read, p.readStamp, piece, p.stamp);
        while (act < p.actTimes.size() && p.actTimes[act] < t)
            ++act;
        if (act < p.actTimes.size() && p.actTimes[act] <= last)
            once(p.activated, p.activatedStamp, piece, p.stamp);
        for (std::uint32_t link : linksFrom[piece]) {
            if (p.flowStamp[link] == p.stamp)
                continue;
            const std::uint32_t to = links[link].second;
            for (std::size_t k = group; k < p.readings.size() && p.readings[k].second <= last; ++k)
                if (p.readings[k].first == to) {
                    once(p.wentOn, p.flowStamp, link, p.stamp);
                    break;
                }
        }
    }
    if (query.authors) {
        for (std::uint32_t piece : p.read)
            for (std::uint32_t author : authorsOfPiece[piece])
                once(p.authorsRead, p.authorReadStamp, author, p.stamp);
        for (std::uint32_t piece : p.activated)
            for (std::uint32_t author : authorsOfPiece[piece])
                once(p.authorsActivated, p.authorActivatedStamp, author, p.stamp);
    }
    if (query.series) {
        for (std::uint32_t piece : p.read)
            if (seriesOfPiece[piece] >= 0)
                once(p.seriesRead, p.seriesReadStamp, std::uint32_t(seriesOfPiece[piece]), p.stamp);
        for (std::uint32_t piece : p.activated)
            if (seriesOfPiece[piece] >= 0)
                once(p.seriesActivated, p.seriesActivatedStamp, std::uint32_t(seriesOfPiece[piece]),
                     p.stamp);
    }
}

ContentActivationResult ContentLoop::activations(const Store& store,
                                                 const ContentActivationQuery& query,
                                                 const ParallelFor& parallel) const
{
    const Activation a(*this, store, query);
    const PersonSet people = query.people.compile(store);
    struct alignas(64) Counts
    {
        std::vector<std::uint64_t> pieceReaders, pieceActivated, authorReaders, authorActivated,
            seriesReaders, seriesActivated, flows;
        std::uint64_t readers = 0, activated = 0;
    };
    std::vector<Counts> workers(std::size_t(parallel.threads()));
    for (Counts& c : workers) {
        c.pieceReaders.assign(a.pieceKeys.size(), 0);
        c.pieceActivated.assign(a.pieceKeys.size(), 0);
        c.authorReaders.assign(a.authorKeys.size(), 0);
        c.authorActivated.assign(a.authorKeys.size(), 0);
        c.seriesReaders.assign(a.seriesKeys.size(), 0);
        c.seriesActivated.assign(a.seriesKeys.size(), 0);
        c.flows.assign(a.links.size(), 0);
    }
    std::vector<Activation::Person> scratch(std::size_t(parallel.threads()), a.person());
    parallel.run(store.blockCount(), [&](std::size_t b, int w) {
        Counts& c = workers[std::size_t(w)];
        Activation::Person& p = scratch[std::size_t(w)];
        const StoreBlock& block = store.block(b);
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        people.forEach(first, first + block.personCount(), [&](std::size_t row) {
            a.evaluate(block, std::uint32_t(row) - first, std::uint32_t(row), p);
            if (p.read.empty())
                return;
            ++c.readers;
            c.activated += p.activated.empty() ? 0 : 1;
            for (std::uint32_t piece : p.read)
                ++c.pieceReaders[piece];
            for (std::uint32_t piece : p.activated)
                ++c.pieceActivated[piece];
            for (std::uint32_t link : p.wentOn)
                ++c.flows[link];
            for (std::uint32_t author : p.authorsRead)
                ++c.authorReaders[author];
            for (std::uint32_t author : p.authorsActivated)
                ++c.authorActivated[author];
            for (std::uint32_t series : p.seriesRead)
                ++c.seriesReaders[series];
            for (std::uint32_t series : p.seriesActivated)
                ++c.seriesActivated[series];
        });
    });

    Counts total = workers.front();
    for (std::size_t w = 1; w < workers.size(); ++w) {
        auto add = [](std::vector<std::uint64_t>& to, const std::vector<std::uint64_t>& from) {
            for (std::size_t i = 0; i < to.size(); ++i)
                to[i] += from[i];
        };
        add(total.pieceReaders, workers[w].pieceReaders);
        add(total.pieceActivated, workers[w].pieceActivated);
        add(total.authorReaders, workers[w].authorReaders);
        add(total.authorActivated, workers[w].authorActivated);
        add(total.seriesReaders, workers[w].seriesReaders);
        add(total.seriesActivated, workers[w].seriesActivated);
        add(total.flows, workers[w].flows);
        total.readers += workers[w].readers;
        total.activated += workers[w].activated;
    }
    ContentActivationResult result;
    for (std::size_t i = 0; i < a.pieceKeys.size(); ++i)
        if (i < a.listedPieces || total.pieceReaders[i] > 0)
            result.pieces.push_back(
                {a.pieceKeys[i], total.pieceReaders[i], total.pieceActivated[i]});
    std::sort(result.pieces.begin(), result.pieces.end(),
              [](const ContentActivation& x, const ContentActivation& y) { return x.key < y.key; });
    for (std::size_t i = 0; query.authors && i < a.authorKeys.size(); ++i)
        result.authors.push_back(
            {a.authorKeys[i], total.authorReaders[i], total.authorActivated[i]});
    for (std::size_t i = 0; query.series && i < a.seriesKeys.size(); ++i)
        result.series.push_back(
            {a.seriesKeys[i], total.seriesReaders[i], total.seriesActivated[i]});
    for (std::size_t l = 0; l < a.links.size(); ++l)
        result.flows.push_back(
            {a.pieceKeys[a.links[l].first], a.pieceKeys[a.links[l].second], total.flows[l]});
    result.readers = total.readers;
    result.activated = total.activated;
    result.provenance = activationProvenance(query, store.snapshotId());
    return result;
}

std::vector<std::int64_t> ContentLoop::people(const Store& store,
                                              const ContentActivationQuery& query,
                                              const ContentPeopleSelection& selection,
                                              const ParallelFor& parallel) const
{
    using Kind = ContentPeopleSelection::Kind;
    using Of = ContentPeopleSelection::Of;
    ContentActivationQuery needed = query; // per author or series only when asked
    needed.authors = selection.kind != Kind::WentOn && selection.of == Of::Author;
    needed.series = selection.kind != Kind::WentOn && selection.of == Of::Series;
    const Activation a(*this, store, needed);
    // The row of the selected piece, author, series or link, if it exists.
    std::optional<std::uint32_t> target;
    auto find = [&](const std::vector<std::int64_t>& keys, std::int64_t key) {
        if (const auto it = std::find(keys.begin(), keys.end(), key); it != keys.end())
            target = std::uint32_t(it - keys.begin());
    };
    if (selection.kind == Kind::WentOn) {
        for (std::size_t l = 0; l < a.links.size(); ++l)
            if (a.pieceKeys[a.links[l].first] == selection.key &&
                a.pieceKeys[a.links[l].second] == selection.to)
                target = std::uint32_t(l);
    } else {
        find(selection.of == Of::Piece    ? a.pieceKeys
             : selection.of == Of::Author ? a.authorKeys
                                          : a.seriesKeys,
             selection.key);
    }
    if (!target)
        return {};

    const PersonSet people = needed.people.compile(store);
    std::vector<std::vector<std::int64_t>> found(std::size_t(parallel.threads()));
    std::vector<Activation::Person> scratch(std::size_t(parallel.threads()), a.person());
    parallel.run(store.blockCount(), [&](std::size_t b, int w) {
        Activation::Person& p = scratch[std::size_t(w)];
        const StoreBlock& block = store.block(b);
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        people.forEach(first, first + block.personCount(), [&](std::size_t row) {
            a.evaluate(block, std::uint32_t(row) - first, std::uint32_t(row), p);
            if (p.read.empty())
                return;
            const bool activated = selection.kind == Kind::Activated;
            const std::vector<std::uint32_t>& stamps =
                selection.kind == Kind::WentOn ? p.flowStamp
                : selection.of == Of::Piece    ? (activated ? p.activatedStamp : p.readStamp)
                : selection.of == Of::Author
                    ? (activated ? p.authorActivatedStamp : p.authorReadStamp)
                    : (activated ? p.seriesActivatedStamp : p.seriesReadStamp);
            if (stamps[*target] == p.stamp)
                found[std::size_t(w)].push_back(store.key(std::uint32_t(row)));
        });
    });
    std::vector<std::int64_t> keys;
    for (const auto& list : found)
        keys.insert(keys.end(), list.begin(), list.end());
    std::sort(keys.begin(), keys.end());
    return keys;
}

Provenance ContentLoop::activationProvenance(const ContentActivationQuery& query,
                                             std::uint64_t snapshotId)
{
    Provenance p;
    p.definition =
        "Readers of a piece = people with an activity on it (not of an activation type) dated "
        "in the range; activated = readers with an activity of an activation type within the "
        "window after such a reading (they acted after reading); went on = readers of a piece "
        "who read a piece it links to within the window. Per author and series, the people of "
        "their pieces, each once.";
    std::string types;
    for (const std::string& t : query.activationTypes)
        types += (types.empty() ? "" : ", ") + t;
    p.parameters = {{"date range", query.range.describe()},
                    {"activation types", types},
                    {"window", std::to_string(query.window / 86400) + " days"},
                    {"reading", query.reading.typeOnly() ? std::string("any activity on the piece")
                                                         : withoutType(query.reading).describe()}};
    p.filters = query.people.describe();
    p.snapshotId = snapshotId;
    return p;
}

} // namespace rapport::engine
