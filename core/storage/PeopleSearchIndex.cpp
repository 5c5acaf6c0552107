// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PeopleSearchIndex.h"

#include "core/storage/ProjectRepositorySqlite.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <unordered_set>

#include <sqlite3.h>

namespace rapport::storage {

namespace {

// Fields within a person's line are separated so that a word never spans two of them.
constexpr char kFieldSeparator = '\x1f';
constexpr char kLineEnd = '\n';

class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool ok() const { return m_ok; }
    sqlite3_stmt* get() const { return m_stmt; }
    int step() { return m_rc = sqlite3_step(m_stmt); }
    bool hasRow() const { return m_rc == SQLITE_ROW; }
    int rc() const { return m_rc; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = false;
    int m_rc = SQLITE_DONE;
};

std::string_view textAt(sqlite3_stmt* s, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(s, column)))
                : std::string_view();
}

std::string_view trimmed(std::string_view text)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

bool isAscii(std::string_view text)
{
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

void appendFolded(std::string& out, std::string_view utf8)
{
    if (isAscii(utf8)) {
        for (char c : utf8) {
            if (c == kFieldSeparator || c == kLineEnd)
                c = ' ';
            out.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
        }
        return;
    }
    const QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    out += PeopleSearchIndex::fold(text);
}

/** Days since 1970-01-01 of an ISO date "YYYY-MM-DD" (H. Hinnant's days_from_civil). */
std::int32_t dayOf(std::string_view iso)
{
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-')
        return INT32_MIN;
    int y = 0, m = 0, d = 0;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (iso[i] < '0' || iso[i] > '9')
            return INT32_MIN;
    }
    y = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
    m = (iso[5] - '0') * 10 + (iso[6] - '0');
    d = (iso[8] - '0') * 10 + (iso[9] - '0');
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return INT32_MIN;
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

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

QString keyArray(const std::vector<RowKey>& keys)
{
    QStringList parts;
    parts.reserve(qsizetype(keys.size()));
    for (RowKey key : keys)
        parts << QString::number(key);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString sqliteError(sqlite3* db)
{
    return QCoreApplication::translate("rapport::storage", "Could not read people: %1")
        .arg(QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

bool PeopleSearchIndex::Query::isEmpty() const
{
    if (!text.trimmed().isEmpty() || tag || level >= 0)
        return false;
    return std::none_of(attribute.begin(), attribute.end(),
                        [](const std::optional<QString>& a) { return a.has_value(); });
}

std::uint32_t PeopleSearchIndex::Dictionary::code(std::string_view value)
{
    value = trimmed(value);
    if (value.empty())
        return 0;
    std::string key(value);
    const auto it = codes.find(key);
    if (it != codes.end())
        return it->second;
    const auto code = std::uint32_t(values.size());
    values.push_back(QString::fromUtf8(value.data(), qsizetype(value.size())));
    codes.emplace(std::move(key), code);
    return code;
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

/**
 * Reads people with three statements zipped in key order: people, identities, tags. Merged
 * people are not entries; their identities are collected for their survivor.
 */
struct PeopleSearchIndexReader
{
    using Entry = PeopleSearchIndex::Entry;

    PeopleSearchIndex& index;
    sqlite3* db;
    /** Identities of merged people, under the person they were merged into (directly). */
    std::vector<std::pair<RowKey, std::string>> absorbed;
    std::unordered_map<RowKey, RowKey> mergedInto;

    /** keysJson: a JSON array of keys to read, or empty for everyone. Calls add(entry,
     *  merged) for each person read; merged people come with their survivor key. */
    template<typename Add>
    bool read(const QString& keysJson, const std::atomic<bool>* cancel, Add add, QString* error)
    {
        const bool all = keysJson.isEmpty();
        const char* peopleSql =
            all ? "SELECT key, display_name, company, role, country, merged_into, joined FROM people "
                  "ORDER BY key"
                : "SELECT key, display_name, company, role, country, merged_into, joined FROM people "
                  "WHERE key IN (SELECT value FROM json_each(?1)) ORDER BY key";
        const char* identitiesSql =
            all ? "SELECT person_key, normalized, value FROM identities ORDER BY person_key, key"
                : "SELECT person_key, normalized, value FROM identities WHERE person_key IN "
                  "(SELECT value FROM json_each(?1)) ORDER BY person_key, key";
        const char* tagsSql = all ? "SELECT person_key, tag FROM person_tags ORDER BY person_key, tag"
                                  : "SELECT person_key, tag FROM person_tags WHERE person_key IN "
                                    "(SELECT value FROM json_each(?1)) ORDER BY person_key, tag";
        Statement people(db, peopleSql), identities(db, identitiesSql), tags(db, tagsSql);
        if (!people.ok() || !identities.ok() || !tags.ok())
            return fail(error, sqliteError(db));
        const QByteArray json = keysJson.toUtf8();
        if (!all) {
            for (Statement* s : {&people, &identities, &tags})
                sqlite3_bind_text(s->get(), 1, json.constData(), int(json.size()), SQLITE_TRANSIENT);
        }
        identities.step();
        tags.step();
        Entry entry;
        std::size_t count = 0;
        while (people.step() == SQLITE_ROW) {
            if (cancel && (count++ & 0xfff) == 0 && cancel->load(std::memory_order_relaxed))
                return fail(error, QCoreApplication::translate("rapport::storage", "Cancelled."));
            sqlite3_stmt* p = people.get();
            entry.key = sqlite3_column_int64(p, 0);
            const bool merged = sqlite3_column_type(p, 5) != SQLITE_NULL;
            const RowKey survivor = merged ? sqlite3_column_int64(p, 5) : 0;
            entry.text.clear();
            entry.tags.clear();
            if (!merged) {
                appendFolded(entry.text, trimmed(textAt(p, 1)));
                entry.text.push_back(kFieldSeparator);
                appendFolded(entry.text, trimmed(textAt(p, 2)));
                for (int a = 0; a < PeopleSearchIndex::AttributeCount; ++a) {
                    // Columns: country 4, role 3, company 2 (Country, Role, Company).
                    static constexpr int kColumn[] = {4, 3, 2};
                    entry.codes[std::size_t(a)] =
                        index.m_values[std::size_t(a)].code(textAt(p, kColumn[a]));
                }
                entry.joined = dayOf(textAt(p, 6));
            }
            std::string own;
            while (identities.hasRow() && sqlite3_column_int64(identities.get(), 0) <= entry.key) {
                if (sqlite3_column_int64(identities.get(), 0) == entry.key) {
                    std::string_view value = textAt(identities.get(), 1);
                    if (value.empty())
                        value = textAt(identities.get(), 2);
                    own.push_back(kFieldSeparator);
                    appendFolded(own, value);
                }
                identities.step();
            }
            while (tags.hasRow() && sqlite3_column_int64(tags.get(), 0) <= entry.key) {
                if (!merged && sqlite3_column_int64(tags.get(), 0) == entry.key)
                    entry.tags.push_back(index.m_tags.code(textAt(tags.get(), 1)));
                tags.step();
            }
            if (merged) {
                mergedInto.emplace(entry.key, survivor);
                if (!own.empty())
                    absorbed.emplace_back(survivor, std::move(own));
                add(entry, survivor);
                continue;
            }
            entry.text += own;
            add(entry, 0);
        }
        if (people.rc() != SQLITE_DONE || identities.rc() == SQLITE_ERROR || tags.rc() == SQLITE_ERROR)
            return fail(error, sqliteError(db));
        return true;
    }

    /** The final survivor of key (itself when not merged). */
    RowKey root(RowKey key) const
    {
        for (int guard = 0; guard < 64; ++guard) {
            const auto it = mergedInto.find(key);
            if (it == mergedInto.end())
                break;
            key = it->second;
        }
        return key;
    }

    /** Survivors re-appended with the identities of the people merged into them. */
    void appendAbsorbed()
    {
        std::unordered_map<RowKey, std::string> extra;
        for (auto& [survivor, text] : absorbed)
            extra[root(survivor)] += text;
        for (auto& [key, text] : extra) {
            const auto entry = index.entryOf(key);
            if (!entry)
                continue;
            Entry copy;
            copy.key = key;
            const std::uint32_t e = *entry;
            // Drop the line end; the absorbed identities join the same line.
            copy.text.assign(index.m_text, index.m_textStart[e],
                             index.m_textStart[e + 1] - index.m_textStart[e] - 1);
            copy.text += text;
            for (std::size_t a = 0; a < PeopleSearchIndex::AttributeCount; ++a)
                copy.codes[a] = index.m_codes[a][e];
            copy.joined = index.m_joined[e];
            copy.tags.assign(index.m_tagCodes.begin() + index.m_tagStart[e],
                             index.m_tagCodes.begin() + index.m_tagStart[e + 1]);
            const std::uint8_t level = index.m_level[e];
            index.kill(e);
            index.appendEntry(copy, level);
        }
    }
};

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

std::optional<PeopleSearchIndex> PeopleSearchIndex::build(const QSqlDatabase& db,
                                                          const std::atomic<bool>* cancel,
                                                          QString* error)
{
    sqlite3* handle = detail::sqliteHandle(db);
    if (!handle) {
        fail(error, QCoreApplication::translate("rapport::storage",
                                                "People can only be indexed in a SQLite project."));
        return std::nullopt;
    }
    PeopleSearchIndex index;
    PeopleSearchIndexReader reader{index, handle, {}, {}};
    const bool ok = reader.read(
        QString(), cancel,
        [&index](const Entry& entry, RowKey mergedInto) {
            if (!mergedInto)
                index.appendEntry(entry, kNoLevel);
        },
        error);
    if (!ok)
        return std::nullopt;
    reader.appendAbsorbed();
    return index;
}

bool PeopleSearchIndex::refresh(const QSqlDatabase& db, const QList<RowKey>& keys, QString* error)
{
    sqlite3* handle = detail::sqliteHandle(db);
    if (!handle)
        return fail(error, QCoreApplication::translate(
                               "rapport::storage", "People can only be indexed in a SQLite project."));
    // First the people named: gone or merged ones leave; survivors are read again below.
    std::vector<RowKey> asked(keys.begin(), keys.end());
    std::sort(asked.begin(), asked.end());
    asked.erase(std::unique(asked.begin(), asked.end()), asked.end());
    std::unordered_set<RowKey> reread;
    std::unordered_map<RowKey, std::uint8_t> levels;
    for (RowKey key : asked) {
        if (const auto e = entryOf(key)) {
            levels.emplace(key, m_level[*e]);
            kill(*e);
        }
        reread.insert(key);
    }
    // Survivors of the people named (and of their survivors): their identities change too.
    {
        Statement up(handle, "SELECT merged_into FROM people WHERE key = ?1");
        if (!up.ok())
            return fail(error, sqliteError(handle));
        for (RowKey key : asked) {
            RowKey current = key;
            for (int guard = 0; guard < 64; ++guard) {
                sqlite3_reset(up.get());
                sqlite3_bind_int64(up.get(), 1, current);
                if (up.step() != SQLITE_ROW || sqlite3_column_type(up.get(), 0) == SQLITE_NULL)
                    break;
                current = sqlite3_column_int64(up.get(), 0);
                if (const auto e = entryOf(current)) {
                    levels.emplace(current, m_level[*e]);
                    kill(*e);
                }
                reread.insert(current);
            }
        }
    }
    // …and everyone merged into those, whose identities the survivors' lines hold.
    std::vector<RowKey> toRead(reread.begin(), reread.end());
    {
        Statement down(handle, "WITH RECURSIVE m(key, depth) AS (SELECT value, 0 FROM json_each(?1) "
                               "UNION ALL SELECT p.key, m.depth + 1 FROM people p JOIN m ON "
                               "p.merged_into = m.key WHERE m.depth < 64) SELECT DISTINCT key FROM m");
        if (!down.ok())
            return fail(error, sqliteError(handle));
        const QByteArray json = keyArray(toRead).toUtf8();
        sqlite3_bind_text(down.get(), 1, json.constData(), int(json.size()), SQLITE_TRANSIENT);
        toRead.clear();
        while (down.step() == SQLITE_ROW)
            toRead.push_back(sqlite3_column_int64(down.get(), 0));
        if (down.rc() != SQLITE_DONE)
            return fail(error, sqliteError(handle));
    }
    std::sort(toRead.begin(), toRead.end());
    PeopleSearchIndexReader reader{*this, handle, {}, {}};
    const bool ok = reader.read(
        keyArray(toRead), nullptr,
        [this, &levels](const Entry& entry, RowKey mergedInto) {
            if (const auto e = entryOf(entry.key))
                kill(*e);
            if (mergedInto)
                return;
            const auto level = levels.find(entry.key);
            appendEntry(entry, level == levels.end() ? kNoLevel : level->second);
        },
        error);
    if (!ok)
        return false;
    reader.appendAbsorbed();
    return true;
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
