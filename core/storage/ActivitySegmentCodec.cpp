// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ActivitySegmentCodec.h"

#include <QCoreApplication>

#include <zstd.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <numeric>

namespace rapport::storage {

std::partial_ordering storageOrder(const ActivityRow& a, const ActivityRow& b)
{
    if (auto c = a.person <=> b.person; c != 0)
        return c;
    if (auto c = a.at <=> b.at; c != 0)
        return c;
    if (auto c = a.type <=> b.type; c != 0)
        return c;
    if (auto c = a.campaign <=> b.campaign; c != 0)
        return c;
    if (auto c = a.channel <=> b.channel; c != 0)
        return c;
    if (auto c = a.content <=> b.content; c != 0)
        return c;
    return a.value <=> b.value;
}

void ActivityColumns::reserve(std::size_t n)
{
    person.reserve(n);
    type.reserve(n);
    at.reserve(n);
    campaign.reserve(n);
    channel.reserve(n);
    content.reserve(n);
    value.reserve(n);
}

void ActivityColumns::clear()
{
    person.clear();
    type.clear();
    at.clear();
    campaign.clear();
    channel.clear();
    content.clear();
    value.clear();
}

void ActivityColumns::push_back(const ActivityRow& row)
{
    person.push_back(row.person);
    type.push_back(row.type);
    at.push_back(row.at);
    campaign.push_back(row.campaign);
    channel.push_back(row.channel);
    content.push_back(row.content);
    value.push_back(row.value);
}

void ActivityColumns::append(const ActivitySpans& s, std::size_t from, std::size_t to)
{
    person.insert(person.end(), s.person.begin() + from, s.person.begin() + to);
    type.insert(type.end(), s.type.begin() + from, s.type.begin() + to);
    at.insert(at.end(), s.at.begin() + from, s.at.begin() + to);
    campaign.insert(campaign.end(), s.campaign.begin() + from, s.campaign.begin() + to);
    channel.insert(channel.end(), s.channel.begin() + from, s.channel.begin() + to);
    content.insert(content.end(), s.content.begin() + from, s.content.begin() + to);
    value.insert(value.end(), s.value.begin() + from, s.value.begin() + to);
}

ActivitySpans ActivityColumns::spans() const
{
    return {person, type, at, campaign, channel, content, value};
}

bool ActivityColumns::isConsistent() const
{
    const auto n = person.size();
    return type.size() == n && at.size() == n && campaign.size() == n && channel.size() == n
        && content.size() == n && value.size() == n;
}

namespace {

template<typename T>
std::vector<T> permuted(const std::vector<T>& v, const std::vector<std::uint32_t>& order)
{
    std::vector<T> out(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        out[i] = v[order[i]];
    return out;
}

void applyOrder(ActivityColumns& c, const std::vector<std::uint32_t>& order)
{
    c.person = permuted(c.person, order);
    c.type = permuted(c.type, order);
    c.at = permuted(c.at, order);
    c.campaign = permuted(c.campaign, order);
    c.channel = permuted(c.channel, order);
    c.content = permuted(c.content, order);
    c.value = permuted(c.value, order);
}

std::vector<std::uint32_t> sortedOrder(const ActivityColumns& c)
{
    std::vector<std::uint32_t> order(c.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&c](std::uint32_t a, std::uint32_t b) {
        if (c.person[a] != c.person[b])
            return c.person[a] < c.person[b];
        if (c.at[a] != c.at[b])
            return c.at[a] < c.at[b];
        return storageOrder(c.row(a), c.row(b)) == std::partial_ordering::less;
    });
    return order;
}

} // namespace

void ActivityColumns::sort()
{
    if (isSorted())
        return;
    applyOrder(*this, sortedOrder(*this));
}

void ActivityColumns::sortUnique()
{
    sort();
    std::size_t out = 0;
    for (std::size_t i = 0; i < size(); ++i) {
        if (out > 0 && row(out - 1) == row(i))
            continue;
        if (out != i) {
            person[out] = person[i];
            type[out] = type[i];
            at[out] = at[i];
            campaign[out] = campaign[i];
            channel[out] = channel[i];
            content[out] = content[i];
            value[out] = value[i];
        }
        ++out;
    }
    person.resize(out);
    type.resize(out);
    at.resize(out);
    campaign.resize(out);
    channel.resize(out);
    content.resize(out);
    value.resize(out);
}

bool ActivityColumns::isSorted() const
{
    for (std::size_t i = 1; i < size(); ++i) {
        if (storageOrder(row(i - 1), row(i)) == std::partial_ordering::greater)
            return false;
    }
    return true;
}

// --- codec ---

namespace {

constexpr char kMagic[4] = {'R', 'A', 'S', '1'};

inline std::uint64_t zigzag(std::int64_t v)
{
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
inline std::int64_t unzigzag(std::uint64_t v)
{
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}
// Differences wrap modulo 2^64 so any pair of int64 values round-trips.
inline std::int64_t wrapSub(std::int64_t a, std::int64_t b)
{
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(b));
}
inline std::int64_t wrapAdd(std::int64_t a, std::int64_t b)
{
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(b));
}

class Writer
{
public:
    void varint(std::uint64_t v)
    {
        while (v >= 0x80) {
            m_bytes.push_back(static_cast<char>((v & 0x7f) | 0x80));
            v >>= 7;
        }
        m_bytes.push_back(static_cast<char>(v));
    }
    void raw(const void* data, std::size_t n) { m_bytes.append(static_cast<const char*>(data), static_cast<qsizetype>(n)); }
    QByteArray& bytes() { return m_bytes; }

private:
    QByteArray m_bytes;
};

class Reader
{
public:
    Reader(const char* data, std::size_t size) : m_p(reinterpret_cast<const std::uint8_t*>(data)), m_end(m_p + size) {}
    bool varint(std::uint64_t* v)
    {
        std::uint64_t result = 0;
        int shift = 0;
        while (m_p < m_end && shift < 64) {
            const std::uint8_t b = *m_p++;
            result |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) {
                *v = result;
                return true;
            }
            shift += 7;
        }
        return false;
    }
    bool raw(void* out, std::size_t n)
    {
        if (static_cast<std::size_t>(m_end - m_p) < n)
            return false;
        std::memcpy(out, m_p, n);
        m_p += n;
        return true;
    }
    bool atEnd() const { return m_p == m_end; }

private:
    const std::uint8_t* m_p;
    const std::uint8_t* m_end;
};

void writeDeltaColumn(Writer& w, std::span<const std::int64_t> col)
{
    std::int64_t prev = 0;
    for (auto v : col) {
        w.varint(zigzag(wrapSub(v, prev)));
        prev = v;
    }
}

bool readDeltaColumn(Reader& r, std::vector<std::int64_t>* col, std::size_t n)
{
    col->resize(n);
    std::int64_t prev = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t v;
        if (!r.varint(&v))
            return false;
        prev = wrapAdd(prev, unzigzag(v));
        (*col)[i] = prev;
    }
    return true;
}

// Keys that repeat (a few campaigns and channels, mostly 0) compress better as values than as
// differences from the previous row.
void writePlainColumn(Writer& w, std::span<const std::int64_t> col)
{
    for (auto v : col)
        w.varint(zigzag(v));
}

bool readPlainColumn(Reader& r, std::vector<std::int64_t>* col, std::size_t n)
{
    col->resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t v;
        if (!r.varint(&v))
            return false;
        (*col)[i] = unzigzag(v);
    }
    return true;
}

bool fail(QString* error, const char* what)
{
    if (error)
        *error = QCoreApplication::translate("rapport::storage::ActivitySegmentCodec",
                                             "Damaged activity segment: %1").arg(QLatin1String(what));
    return false;
}

} // namespace

QByteArray ActivitySegmentCodec::encode(const ActivitySpans& rows, int zstdLevel)
{
    const std::size_t n = rows.size();
    Writer w;
    w.bytes().reserve(static_cast<qsizetype>(n * 8 + 64));
    w.varint(n);

    // person: (delta from the previous run's person, run length) pairs
    {
        std::int64_t prev = 0;
        std::size_t i = 0;
        while (i < n) {
            std::size_t j = i + 1;
            while (j < n && rows.person[j] == rows.person[i])
                ++j;
            w.varint(zigzag(wrapSub(rows.person[i], prev)));
            w.varint(j - i);
            prev = rows.person[i];
            i = j;
        }
    }
    for (auto t : rows.type)
        w.varint(zigzag(t));
    writeDeltaColumn(w, rows.at);
    writePlainColumn(w, rows.campaign);
    writePlainColumn(w, rows.channel);
    writePlainColumn(w, rows.content);
    for (double v : rows.value) {
        // Integral values (|v| < 2^53, not −0) as zig-zag × 2; anything else verbatim.
        if (v == std::trunc(v) && std::fabs(v) < 9007199254740992.0 && !(v == 0 && std::signbit(v))) {
            w.varint(zigzag(static_cast<std::int64_t>(v)) << 1);
        } else {
            w.varint(1);
            const std::uint64_t bits = std::bit_cast<std::uint64_t>(v);
            w.raw(&bits, sizeof bits);
        }
    }

    const QByteArray& plain = w.bytes();
    QByteArray out;
    const std::size_t bound = ZSTD_compressBound(static_cast<std::size_t>(plain.size()));
    out.resize(static_cast<qsizetype>(sizeof kMagic + 8 + bound));
    std::memcpy(out.data(), kMagic, sizeof kMagic);
    const std::uint64_t plainSize = static_cast<std::uint64_t>(plain.size());
    std::memcpy(out.data() + sizeof kMagic, &plainSize, 8); // little-endian hosts only (x86, arm)
    const std::size_t written = ZSTD_compress(out.data() + sizeof kMagic + 8, bound, plain.constData(),
                                              static_cast<std::size_t>(plain.size()), zstdLevel);
    if (ZSTD_isError(written))
        return {};
    out.resize(static_cast<qsizetype>(sizeof kMagic + 8 + written));
    return out;
}

namespace {

bool decompress(const QByteArray& blob, QByteArray* plain, QString* error)
{
    if (blob.size() < static_cast<qsizetype>(sizeof kMagic + 8) || std::memcmp(blob.constData(), kMagic, sizeof kMagic) != 0)
        return fail(error, "bad header");
    std::uint64_t plainSize = 0;
    std::memcpy(&plainSize, blob.constData() + sizeof kMagic, 8);
    if (plainSize > (std::uint64_t(1) << 36))
        return fail(error, "implausible size");
    plain->resize(static_cast<qsizetype>(plainSize));
    const std::size_t got = ZSTD_decompress(plain->data(), plainSize, blob.constData() + sizeof kMagic + 8,
                                            static_cast<std::size_t>(blob.size()) - sizeof kMagic - 8);
    if (ZSTD_isError(got) || got != plainSize)
        return fail(error, "zstd");
    return true;
}

} // namespace

std::int64_t ActivitySegmentCodec::rowCount(const QByteArray& blob)
{
    // The row count is the first varint of the plain stream: decompress just enough of it.
    if (blob.size() < static_cast<qsizetype>(sizeof kMagic + 8) || std::memcmp(blob.constData(), kMagic, sizeof kMagic) != 0)
        return -1;
    ZSTD_DStream* stream = ZSTD_createDStream();
    char head[16];
    ZSTD_inBuffer in{blob.constData() + sizeof kMagic + 8, static_cast<std::size_t>(blob.size()) - sizeof kMagic - 8, 0};
    ZSTD_outBuffer out{head, sizeof head, 0};
    std::int64_t result = -1;
    while (out.pos < out.size) {
        const std::size_t rc = ZSTD_decompressStream(stream, &out, &in);
        if (ZSTD_isError(rc) || rc == 0 || in.pos == in.size)
            break;
    }
    ZSTD_freeDStream(stream);
    Reader r(head, out.pos);
    std::uint64_t n;
    if (r.varint(&n))
        result = static_cast<std::int64_t>(n);
    return result;
}

bool ActivitySegmentCodec::decode(const QByteArray& blob, ActivityColumns* rows, QString* error)
{
    rows->clear();
    QByteArray plain;
    if (!decompress(blob, &plain, error))
        return false;
    Reader r(plain.constData(), static_cast<std::size_t>(plain.size()));
    std::uint64_t n64;
    if (!r.varint(&n64) || n64 > static_cast<std::uint64_t>(plain.size()))
        return fail(error, "row count");
    const std::size_t n = n64;

    rows->person.resize(n);
    {
        std::size_t i = 0;
        std::int64_t prev = 0;
        while (i < n) {
            std::uint64_t d, len;
            if (!r.varint(&d) || !r.varint(&len) || len == 0 || len > n - i)
                return fail(error, "person column");
            prev = wrapAdd(prev, unzigzag(d));
            std::fill_n(rows->person.begin() + static_cast<std::ptrdiff_t>(i), len, prev);
            i += len;
        }
    }
    rows->type.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t v;
        if (!r.varint(&v))
            return fail(error, "type column");
        rows->type[i] = static_cast<std::int32_t>(unzigzag(v));
    }
    if (!readDeltaColumn(r, &rows->at, n) || !readPlainColumn(r, &rows->campaign, n)
        || !readPlainColumn(r, &rows->channel, n) || !readPlainColumn(r, &rows->content, n))
        return fail(error, "key column");
    rows->value.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t v;
        if (!r.varint(&v))
            return fail(error, "value column");
        if (v & 1) {
            std::uint64_t bits;
            if (!r.raw(&bits, sizeof bits))
                return fail(error, "value column");
            rows->value[i] = std::bit_cast<double>(bits);
        } else {
            rows->value[i] = static_cast<double>(unzigzag(v >> 1));
        }
    }
    if (!r.atEnd())
        return fail(error, "trailing bytes");
    return true;
}

} // namespace rapport::storage
