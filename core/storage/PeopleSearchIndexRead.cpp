// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading people into a PeopleSearchIndex: build() and refresh().
#include "core/storage/PeopleSearchIndex.h"

#include "core/storage/ProjectRepositorySqlite.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <unordered_set>

#include <sqlite3.h>

namespace rapport::storage {

namespace {

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
            if (c == PeopleSearchIndex::kFieldSeparator || c == PeopleSearchIndex::kLineEnd)
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
                entry.text.push_back(PeopleSearchIndex::kFieldSeparator);
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
                    own.push_back(PeopleSearchIndex::kFieldSeparator);
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

} // namespace rapport::storage
