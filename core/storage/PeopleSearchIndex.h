// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN // moc of Qt 6.4 cannot parse the C++20 headers the engine includes
#include "core/engine/PersonIndex.h"
#endif
#include "core/storage/ProjectRepositoryTypes.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <climits>
#include <atomic>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport::storage {

/**
 * What the People area searches and filters by, for every person not merged into someone
 * else, held in memory so that a search over a million people takes milliseconds instead of
 * a table scan per keystroke.
 *
 * Per person: one line of folded text (display name, company, and the normalized value of
 * each identity, their own and those of the people merged into them), the dictionary codes
 * of country, role and company, the tags, and optionally the engagement level. About 80
 * bytes a person. Folding is case- and accent-insensitive ("José" is found by "jose").
 *
 * Edits are applied with refresh(keys), which re-reads those people; build() reads all.
 */
class PeopleSearchIndex
{
public:
    enum Attribute { Country, Role, Company, AttributeCount };
    static constexpr std::uint8_t kNoLevel = 0xff;
    /** A person's line: fields apart so that a search word never spans two of them. */
    static constexpr char kFieldSeparator = '\x1f';
    static constexpr char kLineEnd = '\n';

    /** What to keep; an unset part keeps everyone. */
    struct Query
    {
        /** Words, each found somewhere in the name, an identity or the company. A leading
         *  '@' is ignored ("@ana" finds the handle "ana"). */
        QString text;
        /** Exact stored values (trimmed); an empty string keeps the people without one. */
        std::array<std::optional<QString>, AttributeCount> attribute;
        std::optional<QString> tag;
        /** engine::EngagementLevel (0 Observer … 3 Advocate), −1 for any. */
        int level = -1;

        bool isEmpty() const;
    };

    PeopleSearchIndex();
    ~PeopleSearchIndex();
    PeopleSearchIndex(PeopleSearchIndex&&) noexcept;
    PeopleSearchIndex& operator=(PeopleSearchIndex&&) noexcept;

    /** Reads every person; nullopt with *error when reading fails, or when *cancel turned
     *  true (checked as it goes; the connection may be a worker thread's own). */
    static std::optional<PeopleSearchIndex> build(const QSqlDatabase& db,
                                                  const std::atomic<bool>* cancel = nullptr,
                                                  QString* error = nullptr);
    /** Reads these people again after they changed, were created, deleted, merged or
     *  unmerged (pass both people of a merge). Levels stay as they were for people already
     *  indexed; others have none (see keysWithoutLevel). */
    bool refresh(const QSqlDatabase& db, const QList<RowKey>& keys, QString* error = nullptr);

    /** People indexed (not merged). */
    std::size_t size() const { return m_live; }
    bool contains(RowKey key) const { return entryOf(key).has_value(); }

    /** The keys among `keys` (kept in their order) of the people matching query. */
    std::vector<RowKey> filter(std::span<const RowKey> keys, const Query& query) const;

    /** Everyone indexed, ordered by an attribute's value (ASCII case-insensitive, as SQLite's
     *  NOCASE, empty first), then by key; reversed for descending. */
    std::vector<RowKey> sortedKeys(Attribute attribute, bool descending) const;
    /** Everyone indexed, ordered by join date (none first), then by key. */
    std::vector<RowKey> sortedKeysByJoined(bool descending) const;

    /** The distinct non-empty values of an attribute, or the tags, with the number of
     *  people holding each, ordered by value (case-insensitive). */
    QList<QPair<QString, qint64>> values(Attribute attribute) const;
    QList<QPair<QString, qint64>> tags() const;

    bool hasLevels() const { return m_hasLevels; }
    /** Sets the levels of everyone listed (key, engine::EngagementLevel); from now on
     *  hasLevels() is true. */
    void setLevels(std::span<const std::pair<RowKey, std::uint8_t>> levels);
    void setLevel(RowKey key, std::uint8_t level);
    std::uint8_t level(RowKey key) const;
    /** (key, level) of everyone indexed with a level: to carry levels into a new index. */
    std::vector<std::pair<RowKey, std::uint8_t>> levels() const;
    /** People indexed without a level (created or merged since the levels were set). */
    std::vector<RowKey> keysWithoutLevel() const;

    /** The folded form used for both the text and the search words (UTF-8). */
    static std::string fold(QStringView text);
    std::size_t memoryBytes() const;

private:
    struct Dictionary
    {
        std::vector<QString> values{QString()}; // code 0 = none
        std::unordered_map<std::string, std::uint32_t> codes;
        /** The code of a (trimmed, UTF-8) value, adding it if new; 0 for an empty one. */
        std::uint32_t code(std::string_view value);
        std::optional<std::uint32_t> find(const QString& value) const;
    };
    /** One person's line as read: the parts appendEntry() lays out. */
    struct Entry
    {
        RowKey key = 0;
        std::string text;
        std::array<std::uint32_t, AttributeCount> codes{};
        std::vector<std::uint32_t> tags;
        std::int32_t joined = INT32_MIN; // no date
    };

    std::optional<std::uint32_t> entryOf(RowKey key) const;
    void appendEntry(const Entry& entry, std::uint8_t level);
    void kill(std::uint32_t entry);
    /** Entries whose text holds every word (bit per entry). */
    std::vector<std::uint64_t> textMatches(const std::vector<std::string>& words) const;

    std::vector<RowKey> m_entryKey; // 0 = replaced or removed
    std::vector<std::uint64_t> m_textStart{0};
    std::string m_text;
    std::array<std::vector<std::uint32_t>, AttributeCount> m_codes;
    std::vector<std::uint32_t> m_tagStart{0};
    std::vector<std::uint32_t> m_tagCodes;
    std::vector<std::uint8_t> m_level;
    std::vector<std::int32_t> m_joined; // days since 1970-01-01
    std::array<Dictionary, AttributeCount> m_values;
    Dictionary m_tags;
    engine::PersonIndex m_entryOfKey;
    std::size_t m_live = 0;
    bool m_hasLevels = false;

    friend struct PeopleSearchIndexReader;
};

} // namespace rapport::storage
