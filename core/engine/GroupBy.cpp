// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/GroupBy.h"

#include "core/engine/CodeCounts.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Store.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstdio>
#include <limits>
#include <stdexcept>
#include <unordered_map>

namespace rapport::engine {

namespace {
using Kind = GroupByDimension::Kind;
constexpr std::uint64_t kDenseCells = 1u << 20; // 12 MiB of counters per worker at most

std::vector<char> allowed(const std::vector<std::int64_t>& keys, const KeyDictionary& dict)
{
    std::vector<char> ok(dict.size(), keys.empty() ? 1 : 0);
    for (std::int64_t key : keys)
        if (auto code = dict.find(key))
            ok[*code] = 1;
    return ok;
}

std::int64_t monthIndex(std::int64_t t)
{
    using namespace std::chrono;
    const year_month_day ymd{floor<days>(sys_seconds{seconds{t}})};
    return std::int64_t(int(ymd.year())) * 12 + (unsigned(ymd.month()) - 1);
}

std::int64_t monthStart(std::int64_t index)
{
    using namespace std::chrono;
    const year_month_day ymd{year{int(index / 12)}, month{unsigned(index % 12 + 1)}, day{1}};
    return sys_days{ymd}.time_since_epoch().count() * 86400;
}

std::string dayLabel(std::int64_t t)
{
    using namespace std::chrono;
    const year_month_day ymd{floor<days>(sys_seconds{seconds{t}})};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return text;
}

/** Period number of t (Day/Week/Month), comparable within one kind. */
std::int64_t periodIndex(Kind kind, std::int64_t t)
{
    const std::int64_t day = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    if (kind == Kind::Day)
        return day;
    if (kind == Kind::Week) // 1970-01-01 was a Thursday; weeks start on Monday
        return (day + 3 >= 0 ? (day + 3) / 7 : (day + 3 - 6) / 7);
    return monthIndex(t);
}

std::int64_t periodIndexStart(Kind kind, std::int64_t index)
{
    if (kind == Kind::Day)
        return index * 86400;
    if (kind == Kind::Week)
        return (index * 7 - 3) * 86400;
    return monthStart(index);
}

struct Acc
{
    std::uint32_t persons = 0;
    std::uint32_t activities = 0;
    std::uint32_t lastRow = 0; // row + 1 of the last person counted
};
} // namespace

std::int64_t GroupBy::periodStart(Kind kind, std::int64_t t)
{
    if (kind != Kind::Day && kind != Kind::Week && kind != Kind::Month)
        return t;
    return periodIndexStart(kind, periodIndex(kind, t));
}

GroupByResult GroupBy::compute(const Store& store, const GroupByQuery& query,
                               const ParallelFor& parallel)
{
    const auto& dims = query.dimensions;
    if (dims.size() > 2)
        throw std::invalid_argument("group-by takes at most 2 dimensions");
    bool activityDims = false;
    std::vector<int> attributes(dims.size(), -1);
    std::vector<std::uint64_t> sizes(dims.size(), 1);
    std::vector<std::int64_t> periodBase(dims.size(), 0);
    std::int64_t minTime = std::numeric_limits<std::int64_t>::max(), maxTime = minTime + 1;
    const bool periods = std::any_of(dims.begin(), dims.end(), [](const GroupByDimension& d) {
        return d.kind == Kind::Day || d.kind == Kind::Week || d.kind == Kind::Month;
    });
    for (std::size_t b = 0; periods && b < store.blockCount(); ++b)
        if (store.block(b).activityCount()) {
            const auto offs = store.block(b).timeOffsets();
            minTime = std::min(minTime, store.block(b).timeBase());
            maxTime = std::max(maxTime, store.block(b).timeBase()
                                            + *std::max_element(offs.begin(), offs.end()));
        }
    if (minTime == std::numeric_limits<std::int64_t>::max())
        minTime = maxTime = 0;
    for (std::size_t d = 0; d < dims.size(); ++d) {
        switch (dims[d].kind) {
        case Kind::Attribute: {
            const auto a = store.findAttribute(dims[d].attribute);
            if (!a)
                throw std::invalid_argument("unknown attribute: " + dims[d].attribute);
            attributes[d] = *a;
            sizes[d] = store.attributeValues(*a).size();
            break;
        }
        case Kind::Tag: sizes[d] = store.tags().size(); break; // code 0 = no tag
        case Kind::ActivityType: sizes[d] = std::max<std::uint32_t>(1, store.types().size()); break;
        case Kind::Campaign: sizes[d] = store.campaigns().size(); break;
        case Kind::Channel: sizes[d] = store.channels().size(); break;
        case Kind::Content: sizes[d] = store.contents().size(); break;
        case Kind::Day:
        case Kind::Week:
        case Kind::Month:
            periodBase[d] = periodIndex(dims[d].kind, minTime);
            sizes[d] = periodIndex(dims[d].kind, maxTime) - periodBase[d] + 1;
            break;
        }
        activityDims |= !dims[d].isPersonDimension();
    }
    if (query.includePeopleWithoutActivity && activityDims)
        throw std::invalid_argument("people without activity only count in person dimensions");
    const std::uint64_t cells = dims.empty() ? 1 : dims.size() == 1 ? sizes[0] : sizes[0] * sizes[1];
    const bool dense = cells <= kDenseCells;

    const ActivityFilter& f = query.activities;
    std::vector<char> typeOk(256, 0);
    for (std::uint32_t c = 0; c < store.types().size(); ++c)
        typeOk[c] = f.acceptsType(static_cast<std::int32_t>(store.types().key(c)));
    const auto campaignOk = allowed(f.campaigns, store.campaigns());
    const auto channelOk = allowed(f.channels, store.channels());
    const auto contentOk = allowed(f.contents, store.contents());
    const bool valueTest = f.minValue || f.maxValue;
    const PersonSet who = query.people.compile(store);

    const int workers = parallel.threads();
    std::vector<std::vector<Acc>> denseAcc(workers);
    std::vector<std::unordered_map<std::uint64_t, Acc>> sparseAcc(workers);
    std::vector<std::uint64_t> totalPersons(workers, 0), totalActivities(workers, 0);

    // Each cell is Σ value_d × stride_d; person dimensions give a per-person base (several
    // for tags), activity dimensions a per-activity part.
    std::vector<std::uint64_t> stride(dims.size(), 1);
    if (dims.size() == 2)
        stride[0] = sizes[1];
    const std::int64_t dayBase = periodIndex(Kind::Day, minTime);
    std::vector<std::uint32_t> monthOfDay; // day − dayBase → month index − month base
    for (std::size_t d = 0; d < dims.size(); ++d)
        if (dims[d].kind == Kind::Month && monthOfDay.empty()) {
            const std::int64_t days = periodIndex(Kind::Day, maxTime) - dayBase + 1;
            monthOfDay.resize(static_cast<std::size_t>(days));
            for (std::int64_t day = 0; day < days; ++day)
                monthOfDay[day] = static_cast<std::uint32_t>(
                    periodIndex(Kind::Month, (dayBase + day) * 86400) - periodBase[d]);
        }
    const bool typeTest = !f.anyType();
    const bool keyTest = !f.campaigns.empty() || !f.channels.empty() || !f.contents.empty();
    const bool timeTest = !query.dateRange.isAll();
    // With one activity dimension of codes, the fast loop reads one column.
    int activityDim = -1, activityDimCount = 0;
    for (std::size_t d = 0; d < dims.size(); ++d)
        if (!dims[d].isPersonDimension()) {
            activityDim = int(d);
            ++activityDimCount;
        }
    const bool general = activityDimCount == 2;
    const std::uint64_t activityStride = activityDim >= 0 ? stride[activityDim] : 0;

    // The common shape — at most one attribute and at most one code column (type, channel,
    // campaign, content), no activity conditions beyond the type — gets its own loop: counters
    // per worker as plain arrays, and for 8-bit codes distinct people from a 256-bit set per
    // person instead of a per-activity "last row" test.
    int attributeDim = -1, tagDims = 0;
    for (std::size_t d = 0; d < dims.size(); ++d) {
        if (dims[d].kind == Kind::Attribute)
            attributeDim = attributeDim < 0 ? int(d) : -2;
        tagDims += dims[d].kind == Kind::Tag;
    }
    const Kind activityKind = activityDim >= 0 ? dims[activityDim].kind : Kind::Attribute;
    const bool codeColumn = activityDim < 0 || activityKind == Kind::ActivityType
                            || activityKind == Kind::Campaign || activityKind == Kind::Channel
                            || activityKind == Kind::Content;
    if (dense && tagDims == 0 && attributeDim != -2 && activityDimCount <= 1 && codeColumn
        && !keyTest && !timeTest && !valueTest) {
        struct Counters
        {
            std::vector<std::uint32_t> activities, persons, lastRow;
            // With at most 16 codes and no type test: 16 counters per attribute value, the
            // codes contiguous, so that a person updates them as one vector (addCodeCounts16)
            std::vector<std::uint32_t> byValueActivities, byValuePersons;
        };
        const std::size_t codeCount = activityKind == Kind::ActivityType ? store.types().size()
                                      : activityKind == Kind::Channel    ? store.channels().size()
                                                                         : 0;
        const bool sixteen = (activityKind == Kind::ActivityType || activityKind == Kind::Channel)
                             && codeCount <= 16 && !typeTest;
        const std::size_t values = attributeDim >= 0 ? sizes[attributeDim] : 1;
        std::vector<Counters> counters(workers);
        constexpr std::size_t kPad = 16; // 64 bytes of counters
        const std::uint64_t attributeStride = attributeDim >= 0 ? stride[attributeDim] : 0;
        const std::span<const std::uint32_t> attributeColumn =
            attributeDim >= 0 ? store.attributeColumn(attributes[attributeDim])
                              : std::span<const std::uint32_t>();
        parallel.run(store.blockCount(), [&](std::size_t b, int worker) {
            const StoreBlock& block = store.block(b);
            const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
            Counters& c = counters[worker];
            if (c.activities.empty()) {
                // kPad counters either side: no cache line shared with another worker's
                // counters (small tables of two workers would otherwise often share one)
                c.activities.assign(cells + 2 * kPad, 0);
                c.persons.assign(cells + 2 * kPad, 0);
                if (activityKind == Kind::Campaign || activityKind == Kind::Content)
                    c.lastRow.assign(cells, 0);
                if (sixteen) {
                    c.byValueActivities.assign(values * 16, 0);
                    c.byValuePersons.assign(values * 16, 0);
                }
            }
            std::uint32_t* acts = c.activities.data() + kPad;
            std::uint32_t* persons = c.persons.data() + kPad;
            std::uint64_t people = 0, considered = 0;
            const auto types = block.types();
            auto each = [&](auto&& person) {
                const auto words = who.words();
                const std::size_t w0 = first / 64;
                const std::size_t w1 =
                    std::min<std::size_t>(words.size(), (first + block.personCount() + 63) / 64);
                for (std::size_t w = w0; w < w1; ++w)
                    for (std::uint64_t bits = words[w]; bits; bits &= bits - 1) {
                        const auto row = static_cast<std::uint32_t>(w * 64 + std::countr_zero(bits));
                        const std::uint32_t slot = row - first;
                        const std::uint64_t base =
                            attributeDim >= 0 ? attributeColumn[row] * attributeStride : 0;
                        const std::uint64_t n = person(row, block.begin(slot), block.end(slot), base);
                        considered += n;
                        people += n > 0 || query.includePeopleWithoutActivity;
                    }
            };
            std::uint32_t fewCodes = 0; // the code count when ≤ 16: persons added code by code
            // 8-bit code columns: the set of codes seen per person (one word when < 64 codes).
            auto bytes = [&]<bool TypeTest, bool Narrow>(const std::uint8_t* codes) {
                each([&](std::uint32_t row, std::uint32_t begin, std::uint32_t end, std::uint64_t base) {
                    std::uint32_t* a = acts + base;
                    if (Narrow && !TypeTest && sixteen) {
                        const std::size_t value = attributeDim >= 0 ? attributeColumn[row] : 0;
                        addCodeCounts16(codes + begin, end - begin, c.byValueActivities.data() + value * 16,
                                        c.byValuePersons.data() + value * 16);
                        return std::uint64_t(end - begin);
                    }
                    if (Narrow && !TypeTest && fewCodes) {
                        // a histogram per person, then one update per code
                        std::uint32_t counts[16] = {};
                        countCodes(codes + begin, end - begin, fewCodes, counts);
                        std::uint32_t* p = persons + base;
                        for (std::uint32_t code = 0; code < fewCodes; ++code) {
                            a[code * activityStride] += counts[code];
                            p[code * activityStride] += counts[code] != 0;
                        }
                        return std::uint64_t(end - begin);
                    }
                    std::uint64_t seen[4] = {0, 0, 0, 0};
                    std::uint64_t n = TypeTest ? 0 : end - begin;
                    for (std::uint32_t i = begin; i < end; ++i) {
                        if (TypeTest && !typeOk[types[i]])
                            continue;
                        const std::uint32_t code = codes[i];
                        ++a[code * activityStride];
                        if constexpr (Narrow)
                            seen[0] |= std::uint64_t(1) << code;
                        else
                            seen[code >> 6] |= std::uint64_t(1) << (code & 63);
                        n += TypeTest;
                    }
                    std::uint32_t* p = persons + base;
                    if (Narrow && fewCodes) {
                        // fixed trip count: no mispredicted loop exit per person
                        for (std::uint32_t code = 0; code < fewCodes; ++code)
                            p[code * activityStride] += std::uint32_t(seen[0] >> code) & 1;
                        return n;
                    }
                    for (int word = 0; word < (Narrow ? 1 : 4); ++word)
                        for (std::uint64_t bits = seen[word]; bits; bits &= bits - 1)
                            ++p[(word * 64 + std::countr_zero(bits)) * activityStride];
                    return n;
                });
            };
            auto byteColumn = [&](const std::uint8_t* codes, std::size_t codeCount) {
                const bool narrow = codeCount <= 64;
                fewCodes = codeCount <= 16 ? std::uint32_t(codeCount) : 0;
                if (typeTest)
                    narrow ? bytes.template operator()<true, true>(codes)
                           : bytes.template operator()<true, false>(codes);
                else
                    narrow ? bytes.template operator()<false, true>(codes)
                           : bytes.template operator()<false, false>(codes);
            };
            auto shorts = [&](const std::uint16_t* codes) {
                std::uint32_t* last = c.lastRow.data();
                each([&](std::uint32_t row, std::uint32_t begin, std::uint32_t end, std::uint64_t base) {
                    std::uint64_t n = 0;
                    for (std::uint32_t i = begin; i < end; ++i) {
                        if (typeTest && !typeOk[types[i]])
                            continue;
                        const std::uint64_t cell = base + codes[i] * activityStride;
                        ++acts[cell];
                        persons[cell] += last[cell] != row + 1;
                        last[cell] = row + 1;
                        ++n;
                    }
                    return n;
                });
            };
            switch (activityKind) {
            case Kind::ActivityType: byteColumn(types.data(), store.types().size()); break;
            case Kind::Channel: byteColumn(block.channels().data(), store.channels().size()); break;
            case Kind::Campaign: shorts(block.campaigns().data()); break;
            case Kind::Content: shorts(block.contents().data()); break;
            default: // person dimensions only
                each([&](std::uint32_t, std::uint32_t begin, std::uint32_t end, std::uint64_t base) {
                    std::uint64_t n = end - begin;
                    if (typeTest) {
                        n = 0;
                        for (std::uint32_t i = begin; i < end; ++i)
                            n += typeOk[types[i]] != 0;
                    }
                    acts[base] += static_cast<std::uint32_t>(n);
                    persons[base] += n > 0 || query.includePeopleWithoutActivity;
                    return n;
                });
            }
            totalActivities[worker] += considered;
            totalPersons[worker] += people;
        });
        for (int w = 0; w < workers; ++w) {
            if (counters[w].activities.empty())
                continue;
            if (sixteen)
                for (std::size_t value = 0; value < values; ++value)
                    for (std::size_t code = 0; code < codeCount; ++code) {
                        const std::uint64_t cell = kPad + value * attributeStride + code * activityStride;
                        counters[w].activities[cell] += counters[w].byValueActivities[value * 16 + code];
                        counters[w].persons[cell] += counters[w].byValuePersons[value * 16 + code];
                    }
            if (denseAcc[w].empty())
                denseAcc[w].resize(cells);
            for (std::uint64_t cell = 0; cell < cells; ++cell) {
                denseAcc[w][cell].activities += counters[w].activities[kPad + cell];
                denseAcc[w][cell].persons += counters[w].persons[kPad + cell];
            }
        }
    } else
    parallel.run(store.blockCount(), [&](std::size_t b, int worker) {
        const StoreBlock& block = store.block(b);
        const auto first = static_cast<std::uint32_t>(b * Store::kBlockSize);
        Acc* dense0 = nullptr;
        if (dense) {
            if (denseAcc[worker].empty())
                denseAcc[worker].resize(cells);
            dense0 = denseAcc[worker].data();
        }
        const auto types = block.types();
        const auto campaigns = block.campaigns();
        const auto channels = block.channels();
        const auto contents = block.contents();
        const auto times = block.timeOffsets();
        const std::int64_t base = block.timeBase();
        std::vector<std::uint64_t> bases, next;
        who.forEach(first, first + block.personCount(), [&](std::size_t r) {
            const auto row = static_cast<std::uint32_t>(r);
            const std::uint32_t slot = row - first;
            bases.assign(1, 0);
            for (std::size_t d = 0; d < dims.size(); ++d) {
                if (dims[d].kind == Kind::Attribute) {
                    for (std::uint64_t& x : bases)
                        x += store.attributeCode(attributes[d], row) * stride[d];
                } else if (dims[d].kind == Kind::Tag) {
                    const auto tags = store.tagsOf(row);
                    next.clear();
                    for (std::uint64_t x : bases) {
                        if (tags.empty())
                            next.push_back(x);
                        for (std::uint32_t tag : tags)
                            next.push_back(x + tag * stride[d]);
                    }
                    bases.swap(next);
                }
            }
            auto count = [&](std::uint64_t cell, bool activity) {
                Acc& acc = dense0 ? dense0[cell] : sparseAcc[worker][cell];
                acc.activities += activity;
                acc.persons += acc.lastRow != row + 1; // branch-free distinct count
                acc.lastRow = row + 1;
            };
            std::uint64_t considered = 0;
            // The activity loop, instantiated per column so no per-activity switch remains.
            auto scan = [&](auto partOf) {
                for (std::uint32_t i = block.begin(slot); i < block.end(slot); ++i) {
                    if (typeTest && !typeOk[types[i]])
                        continue;
                    const std::int64_t t = base + times[i];
                    if (timeTest && !query.dateRange.contains(t))
                        continue;
                    if (keyTest
                        && (!campaignOk[campaigns[i]] || !channelOk[channels[i]]
                            || !contentOk[contents[i]]))
                        continue;
                    if (valueTest) {
                        const double v = block.value(i);
                        if ((f.minValue && v < *f.minValue) || (f.maxValue && v > *f.maxValue))
                            continue;
                    }
                    ++considered;
                    const std::uint64_t part = partOf(i, t);
                    for (std::uint64_t x : bases)
                        count(x + part, true);
                }
            };
            switch (activityDim < 0 ? Kind::Attribute : general ? Kind::Day : dims[activityDim].kind) {
            case Kind::Attribute:
            case Kind::Tag: scan([](std::uint32_t, std::int64_t) { return std::uint64_t(0); }); break;
            case Kind::ActivityType:
                scan([&](std::uint32_t i, std::int64_t) { return types[i] * activityStride; });
                break;
            case Kind::Campaign:
                scan([&](std::uint32_t i, std::int64_t) { return campaigns[i] * activityStride; });
                break;
            case Kind::Channel:
                scan([&](std::uint32_t i, std::int64_t) { return channels[i] * activityStride; });
                break;
            case Kind::Content:
                scan([&](std::uint32_t i, std::int64_t) { return contents[i] * activityStride; });
                break;
            default: // periods, and two activity dimensions
                scan([&](std::uint32_t i, std::int64_t t) {
                    std::uint64_t part = 0;
                    for (std::size_t d = 0; d < dims.size(); ++d) {
                        std::uint64_t v = 0;
                        switch (dims[d].kind) {
                        case Kind::Attribute:
                        case Kind::Tag: continue;
                        case Kind::ActivityType: v = types[i]; break;
                        case Kind::Campaign: v = campaigns[i]; break;
                        case Kind::Channel: v = channels[i]; break;
                        case Kind::Content: v = contents[i]; break;
                        case Kind::Day: v = std::uint64_t(periodIndex(Kind::Day, t) - periodBase[d]); break;
                        case Kind::Week: v = std::uint64_t(periodIndex(Kind::Week, t) - periodBase[d]); break;
                        case Kind::Month: v = monthOfDay[periodIndex(Kind::Day, t) - dayBase]; break;
                        }
                        part += v * stride[d];
                    }
                    return part;
                });
            }
            if (considered == 0 && query.includePeopleWithoutActivity)
                for (std::uint64_t x : bases)
                    count(x, false);
            totalActivities[worker] += considered;
            totalPersons[worker] += considered > 0 || query.includePeopleWithoutActivity;
        });
    });

    // Sum the workers (sums commute: the same for any thread count), then list the cells.
    std::unordered_map<std::uint64_t, Acc> sum;
    if (dense) {
        std::vector<Acc> all(cells);
        for (const auto& acc : denseAcc)
            for (std::uint64_t c = 0; c < acc.size(); ++c) {
                all[c].persons += acc[c].persons;
                all[c].activities += acc[c].activities;
            }
        for (std::uint64_t c = 0; c < cells; ++c)
            if (all[c].persons || all[c].activities)
                sum[c] = all[c];
    } else {
        for (const auto& acc : sparseAcc)
            for (const auto& [c, a] : acc) {
                sum[c].persons += a.persons;
                sum[c].activities += a.activities;
            }
    }
    GroupByResult result;
    for (const auto& [cell, acc] : sum) {
        GroupByRow row;
        row.persons = acc.persons;
        row.activities = acc.activities;
        std::uint64_t codes[2] = {dims.size() == 2 ? cell / sizes[1] : cell,
                                  dims.size() == 2 ? cell % sizes[1] : 0};
        for (std::size_t d = 0; d < dims.size(); ++d) {
            const auto code = static_cast<std::uint32_t>(codes[d]);
            std::string label;
            std::int64_t key = 0;
            switch (dims[d].kind) {
            case Kind::Attribute: label = store.attributeValues(attributes[d]).text(code); break;
            case Kind::Tag: label = store.tags().text(code); break;
            case Kind::ActivityType:
                key = store.types().key(code);
                label = store.types().name(key);
                break;
            case Kind::Campaign:
                key = store.campaigns().key(code);
                label = key ? store.campaigns().name(key) : std::string();
                break;
            case Kind::Channel:
                key = store.channels().key(code);
                label = key ? store.channels().name(key) : std::string();
                break;
            case Kind::Content:
                key = store.contents().key(code);
                label = key ? store.contents().name(key) : std::string();
                break;
            default:
                key = periodIndexStart(dims[d].kind, periodBase[d] + std::int64_t(codes[d]));
                label = dayLabel(key);
            }
            row.labels.push_back(std::move(label));
            row.keys.push_back(key);
        }
        result.rows.push_back(std::move(row));
    }
    std::sort(result.rows.begin(), result.rows.end(), [&](const GroupByRow& a, const GroupByRow& b) {
        for (std::size_t d = 0; d < dims.size(); ++d) {
            if (dims[d].isPersonDimension() ? a.labels[d] != b.labels[d] : a.keys[d] != b.keys[d])
                return dims[d].isPersonDimension() ? a.labels[d] < b.labels[d] : a.keys[d] < b.keys[d];
        }
        return false;
    });
    for (int w = 0; w < workers; ++w) {
        result.totalPersons += totalPersons[w];
        result.totalActivities += totalActivities[w];
    }
    result.provenance = provenance(query, store.snapshotId());
    return result;
}

Provenance GroupBy::provenance(const GroupByQuery& query, std::uint64_t snapshotId)
{
    static const char* names[] = {"attribute", "tag", "activity type", "campaign", "channel",
                                  "content", "day", "week", "month"};
    Provenance p;
    p.definition = "Activities of the filtered people that match the activity filter inside the "
                   "date range, counted per group; persons = distinct people with at least one "
                   "such activity in the group.";
    std::string groups;
    for (const GroupByDimension& d : query.dimensions)
        groups += (groups.empty() ? "" : " × ") + std::string(names[int(d.kind)])
                  + (d.kind == Kind::Attribute ? " " + d.attribute : std::string());
    p.parameters = {{"group by", groups.empty() ? std::string("nothing") : groups},
                    {"activities", query.activities.describe()},
                    {"date range", query.dateRange.describe()},
                    {"people without activity", query.includePeopleWithoutActivity ? "counted" : "not counted"}};
    p.filters = query.people.describe();
    p.snapshotId = snapshotId;
    return p;
}

} // namespace rapport::engine
