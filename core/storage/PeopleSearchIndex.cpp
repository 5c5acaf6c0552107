// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PeopleSearchIndex.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <unordered_set>

namespace rapport::storage {

namespace {

/** SQLite's NOCASE: bytes compared with ASCII letters folded; a prefix sorts first. */
int nocaseCompare(std::string_view a, std::string_view b)
{
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if (x >= 'A' && x <= 'Z')
            x = static_cast<unsigned char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = static_cast<unsigned char>(y - 'A' + 'a');
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

bool PeopleSearchIndex::Query::isEmpty() const
{
    if (!text.trimmed().isEmpty() || tag || level >= 0)
        return false;
    return std::none_of(attribute.begin(), attribute.end(),
                        [](const std::optional<QString>& a) { return a.has_value(); });
}

std::optional<std::uint32_t> PeopleSearchIndex::Dictionary::find(const QString& value) const
{
    const QByteArray utf8 = value.trimmed().toUtf8();
    if (utf8.isEmpty())
        return 0;
    const auto it = codes.find(std::string(utf8.constData(), std::size_t(utf8.size())));
    if (it == codes.end())
        return std::nullopt;
    return it->second;
}

PeopleSearchIndex::PeopleSearchIndex() = default;
PeopleSearchIndex::~PeopleSearchIndex() = default;
PeopleSearchIndex::PeopleSearchIndex(PeopleSearchIndex&&) noexcept = default;
PeopleSearchIndex& PeopleSearchIndex::operator=(PeopleSearchIndex&&) noexcept = default;

std::string PeopleSearchIndex::fold(QStringView text)
{
    QString folded = text.toString().normalized(QString::NormalizationForm_KD);
    folded.removeIf([](QChar c) {
        return c.category() == QChar::Mark_NonSpacing || c == QLatin1Char(kFieldSeparator) ||
               c == QLatin1Char(kLineEnd);
    });
    // Qt folds simply: "ß" stays; a search for "strasse" should still find "Straße".
    folded = folded.toCaseFolded().replace(QStringLiteral("ß"), QStringLiteral("ss"));
    const QByteArray utf8 = folded.toUtf8();
    return std::string(utf8.constData(), std::size_t(utf8.size()));
}

std::optional<std::uint32_t> PeopleSearchIndex::entryOf(RowKey key) const
{
    const auto entry = m_entryOfKey.find(key);
    if (!entry || m_entryKey[*entry] != key)
        return std::nullopt;
    return entry;
}

void PeopleSearchIndex::appendEntry(const Entry& entry, std::uint8_t level)
{
    const auto e = std::uint32_t(m_entryKey.size());
    m_entryKey.push_back(entry.key);
    m_text += entry.text;
    m_text.push_back(kLineEnd);
    m_textStart.push_back(m_text.size());
    for (std::size_t a = 0; a < AttributeCount; ++a)
        m_codes[a].push_back(entry.codes[a]);
    m_tagCodes.insert(m_tagCodes.end(), entry.tags.begin(), entry.tags.end());
    m_tagStart.push_back(std::uint32_t(m_tagCodes.size()));
    m_level.push_back(level);
    m_joined.push_back(entry.joined);
    m_entryOfKey.insert(entry.key, e);
    ++m_live;
}

void PeopleSearchIndex::kill(std::uint32_t entry)
{
    if (m_entryKey[entry] == 0)
        return;
    m_entryKey[entry] = 0;
    --m_live;
}

std::vector<std::uint64_t> PeopleSearchIndex::textMatches(const std::vector<std::string>& words) const
{
    const std::size_t n = m_entryKey.size();
    std::vector<std::uint64_t> result((n + 63) / 64, 0);
    bool first = true;
    for (const std::string& word : words) {
        std::vector<std::uint64_t> bits((n + 63) / 64, 0);
        const char* base = m_text.data();
        std::size_t from = 0;
        const std::size_t end = m_text.size();
        while (from < end) {
            const void* hit = memmem(base + from, end - from, word.data(), word.size());
            if (!hit)
                break;
            const auto at = std::size_t(static_cast<const char*>(hit) - base);
            // The entry holding the hit; the search goes on at the next entry.
            const auto next = std::upper_bound(m_textStart.begin(), m_textStart.end(), std::uint64_t(at));
            const auto e = std::size_t(next - m_textStart.begin()) - 1;
            bits[e / 64] |= std::uint64_t(1) << (e % 64);
            from = std::size_t(*next);
        }
        if (first)
            result = std::move(bits);
        else
            for (std::size_t i = 0; i < result.size(); ++i)
                result[i] &= bits[i];
        first = false;
    }
    return result;
}

std::vector<RowKey> PeopleSearchIndex::filter(std::span<const RowKey> keys, const Query& query) const
{
    std::vector<RowKey> result;
    if (query.isEmpty())
        return std::vector<RowKey>(keys.begin(), keys.end());
    // The words, folded; a leading '@' is a handle's decoration, not part of it.
    std::vector<std::string> words;
    for (const QString& word : query.text.split(QRegularExpression(QStringLiteral("\\s+")),
                                                Qt::SkipEmptyParts)) {
        std::string folded = fold(word);
        while (!folded.empty() && folded.front() == '@')
            folded.erase(folded.begin());
        if (!folded.empty())
            words.push_back(std::move(folded));
    }
    // Longest first: fewer hits to walk for the words after it.
    std::sort(words.begin(), words.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::array<std::optional<std::uint32_t>, AttributeCount> codes;
    for (std::size_t a = 0; a < AttributeCount; ++a) {
        if (!query.attribute[a])
            continue;
        codes[a] = m_values[a].find(*query.attribute[a]);
        if (!codes[a])
            return result; // a value nobody has
    }
    std::optional<std::uint32_t> tag;
    if (query.tag) {
        tag = m_tags.find(*query.tag);
        if (!tag || *tag == 0)
            return result;
    }
    const std::vector<std::uint64_t> text = words.empty() ? std::vector<std::uint64_t>() : textMatches(words);
    // First who matches, entry by entry in memory order, marked by key; then the keys in the
    // caller's order keep those marked. Looking entries up in the caller's (random) order
    // would miss the cache twice a person: 35 % of a search's time at a million people.
    RowKey maxKey = 0;
    for (RowKey key : m_entryKey)
        maxKey = std::max(maxKey, key);
    const bool dense = maxKey >= 0 && std::uint64_t(maxKey) <= 64 * std::uint64_t(m_live) + (1u << 20);
    std::vector<std::uint64_t> marked(dense ? std::size_t(maxKey) / 64 + 1 : 0, 0);
    std::unordered_set<RowKey> markedSparse;
    for (std::size_t e = 0; e < m_entryKey.size(); ++e) {
        const RowKey key = m_entryKey[e];
        if (!key)
            continue;
        if (!words.empty() && !((text[e / 64] >> (e % 64)) & 1))
            continue;
        bool keep = true;
        for (std::size_t a = 0; a < AttributeCount && keep; ++a)
            keep = !codes[a] || m_codes[a][e] == *codes[a];
        if (keep && tag) {
            const auto begin = m_tagCodes.begin() + m_tagStart[e];
            const auto end = m_tagCodes.begin() + m_tagStart[e + 1];
            keep = std::find(begin, end, *tag) != end;
        }
        if (keep && query.level >= 0)
            keep = m_level[e] == query.level;
        if (!keep)
            continue;
        if (dense && key > 0)
            marked[std::size_t(key) / 64] |= std::uint64_t(1) << (std::size_t(key) % 64);
        else
            markedSparse.insert(key);
    }
    for (RowKey key : keys) {
        const bool keep = dense && key > 0 && std::uint64_t(key) <= std::uint64_t(maxKey)
                              ? (marked[std::size_t(key) / 64] >> (std::size_t(key) % 64)) & 1
                              : markedSparse.count(key) > 0;
        if (keep)
            result.push_back(key);
    }
    return result;
}

std::vector<RowKey> PeopleSearchIndex::sortedKeys(Attribute attribute, bool descending) const
{
    // Rank the values once, then sort people by (rank, key).
    const Dictionary& dictionary = m_values[std::size_t(attribute)];
    std::vector<std::string> utf8(dictionary.values.size());
    for (std::size_t code = 0; code < utf8.size(); ++code)
        utf8[code] = dictionary.values[code].toStdString();
    std::vector<std::uint32_t> order(utf8.size());
    for (std::uint32_t code = 0; code < order.size(); ++code)
        order[code] = code;
    std::sort(order.begin(), order.end(), [&utf8](std::uint32_t a, std::uint32_t b) {
        return nocaseCompare(utf8[a], utf8[b]) < 0;
    });
    // Values equal under NOCASE ("acme", "ACME") share a rank, so keys decide between them.
    std::vector<std::uint32_t> rank(order.size());
    std::uint32_t r = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && nocaseCompare(utf8[order[i - 1]], utf8[order[i]]) != 0)
            ++r;
        rank[order[i]] = r;
    }
    const std::vector<std::uint32_t>& codes = m_codes[std::size_t(attribute)];
    std::vector<std::pair<std::uint64_t, RowKey>> rows;
    rows.reserve(m_live);
    for (std::size_t e = 0; e < m_entryKey.size(); ++e) {
        if (m_entryKey[e])
            rows.emplace_back(rank[codes[e]], m_entryKey[e]);
    }
    std::sort(rows.begin(), rows.end());
    std::vector<RowKey> keys;
    keys.reserve(rows.size());
    for (const auto& row : rows)
        keys.push_back(row.second);
    if (descending)
        std::reverse(keys.begin(), keys.end());
    return keys;
}

std::vector<RowKey> PeopleSearchIndex::sortedKeysByJoined(bool descending) const
{
    std::vector<std::pair<std::int64_t, RowKey>> rows;
    rows.reserve(m_live);
    for (std::size_t e = 0; e < m_entryKey.size(); ++e) {
        if (m_entryKey[e])
            rows.emplace_back(m_joined[e], m_entryKey[e]);
    }
    std::sort(rows.begin(), rows.end());
    std::vector<RowKey> keys;
    keys.reserve(rows.size());
    for (const auto& row : rows)
        keys.push_back(row.second);
    if (descending)
        std::reverse(keys.begin(), keys.end());
    return keys;
}

namespace {

QList<QPair<QString, qint64>> counted(const std::vector<QString>& values, const std::vector<qint64>& counts)
{
    QList<QPair<QString, qint64>> result;
    for (std::size_t code = 1; code < values.size(); ++code) {
        if (counts[code] > 0)
            result.append({values[code], counts[code]});
    }
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        const int c = a.first.compare(b.first, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.first < b.first;
    });
    return result;
}

} // namespace

QList<QPair<QString, qint64>> PeopleSearchIndex::values(Attribute attribute) const
{
    const Dictionary& dictionary = m_values[std::size_t(attribute)];
    std::vector<qint64> counts(dictionary.values.size(), 0);
    const std::vector<std::uint32_t>& codes = m_codes[std::size_t(attribute)];
    for (std::size_t e = 0; e < m_entryKey.size(); ++e) {
        if (m_entryKey[e])
            ++counts[codes[e]];
    }
    return counted(dictionary.values, counts);
}

QList<QPair<QString, qint64>> PeopleSearchIndex::tags() const
{
    std::vector<qint64> counts(m_tags.values.size(), 0);
    for (std::size_t e = 0; e < m_entryKey.size(); ++e) {
        if (!m_entryKey[e])
            continue;
        for (std::uint32_t i = m_tagStart[e]; i < m_tagStart[e + 1]; ++i)
            ++counts[m_tagCodes[i]];
    }
    return counted(m_tags.values, counts);
}

void PeopleSearchIndex::setLevels(std::span<const std::pair<RowKey, std::uint8_t>> levels)
{
    for (const auto& [key, level] : levels)
        setLevel(key, level);
    m_hasLevels = true;
}

void PeopleSearchIndex::setLevel(RowKey key, std::uint8_t level)
{
    if (const auto e = entryOf(key))
        m_level[*e] = level;
}

std::uint8_t PeopleSearchIndex::level(RowKey key) const
{
    const auto e = entryOf(key);
    return e ? m_level[*e] : kNoLevel;
}

std::vector<std::pair<RowKey, std::uint8_t>> PeopleSearchIndex::levels() const
{
    std::vector<std::pair<RowKey, std::uint8_t>> result;
    for (std::size_t e = 0; e < m_entryKey.size(); ++e) {
        if (m_entryKey[e] && m_level[e] != kNoLevel)
            result.emplace_back(m_entryKey[e], m_level[e]);
    }
    return result;
}

std::vector<RowKey> PeopleSearchIndex::keysWithoutLevel() const
{
    std::vector<RowKey> keys;
    for (std::size_t e = 0; e < m_entryKey.size(); ++e) {
        if (m_entryKey[e] && m_level[e] == kNoLevel)
            keys.push_back(m_entryKey[e]);
    }
    return keys;
}

std::size_t PeopleSearchIndex::memoryBytes() const
{
    std::size_t bytes = m_text.capacity() + m_entryKey.capacity() * sizeof(RowKey) +
                        m_textStart.capacity() * sizeof(std::uint64_t) +
                        m_tagStart.capacity() * sizeof(std::uint32_t) +
                        m_tagCodes.capacity() * sizeof(std::uint32_t) + m_level.capacity() +
                        m_joined.capacity() * sizeof(std::int32_t) + m_entryOfKey.memoryBytes();
    for (const auto& codes : m_codes)
        bytes += codes.capacity() * sizeof(std::uint32_t);
    return bytes;
}

} // namespace rapport::storage

