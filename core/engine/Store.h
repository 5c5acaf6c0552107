// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ActivityRecord.h"
#include "core/engine/Dictionary.h"
#include "core/engine/KeyDictionary.h"
#include "core/engine/PersonIndex.h"
#include "core/engine/PersonRecord.h"
#include "core/engine/PersonSet.h"
#include "core/engine/StoreBlock.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport::engine {

/**
 * The project's people and activities in memory, as columns, for the analytics queries.
 *
 * People are rows 0..rowCount()−1 in the order they were added; a row never moves (a removed
 * person leaves an empty row, reused if the same key comes back), so PersonSets stay valid
 * across edits that add no rows. Person columns: key, one dictionary-encoded uint32 column
 * per attribute (built-in: country, role, company, source, timezone; extra names add
 * columns), tags (per block, sorted codes), flags, join day, engagement level.
 *
 * Rows are grouped in blocks of kBlockSize; each StoreBlock holds its people's activities
 * (10 bytes each + sparse values, see StoreBlock.h), ordered by person then canonical order.
 * Queries run one task per block; an edit rewrites one block.
 *
 * Merged people (identity merge): mergePerson(m, s) marks row m as merged (it no longer
 * counts as a person) and files m's activities under the final survivor of s; activities
 * added later for m go there too. The store remembers which activities came from m, so
 * unmergePerson(m) moves exactly those back. Merges chain (a→b, b→c files a's under c).
 *
 * Every edit increments snapshotId(). Not thread-safe for edits; const queries may run
 * concurrently with each other.
 */
class Store
{
public:
    static constexpr std::uint32_t kBlockSize = 8192; ///< multiple of 64 (PersonSet words)
    enum Attribute : int { kCountry = 0, kRole, kCompany, kSource, kTimezone, kBuiltInAttributes };
    enum Flag : std::uint8_t { kPresent = 1, kInternal = 2, kMerged = 4 };

    Store();

    std::uint64_t snapshotId() const { return m_snapshotId; }

    // --- people --------------------------------------------------------------------------
    std::size_t rowCount() const { return m_keys.size(); }
    /** People that count: present and not merged. */
    std::size_t personCount() const { return m_counted.count(); }
    const PersonSet& countedPeople() const { return m_counted; }
    /** The row of a present person (merged people included). */
    std::optional<std::uint32_t> rowOf(std::int64_t key) const
    {
        auto row = m_index.find(key);
        return row && (m_flags[*row] & kPresent) ? row : std::nullopt;
    }
    std::int64_t key(std::uint32_t row) const { return m_keys[row]; }
    std::uint8_t flags(std::uint32_t row) const { return m_flags[row]; }
    bool isCounted(std::uint32_t row) const { return m_counted.contains(row); }
    bool isInternal(std::uint32_t row) const { return m_flags[row] & kInternal; }
    std::int32_t joinDay(std::uint32_t row) const { return m_joinDay[row]; }

    int attributeCount() const { return static_cast<int>(m_attributeNames.size()); }
    const std::string& attributeName(int attribute) const { return m_attributeNames[attribute]; }
    std::optional<int> findAttribute(std::string_view name) const;
    std::uint32_t attributeCode(int attribute, std::uint32_t row) const
    {
        return m_attributeCodes[attribute][row];
    }
    std::span<const std::uint32_t> attributeColumn(int attribute) const
    {
        return m_attributeCodes[attribute];
    }
    const Dictionary& attributeValues(int attribute) const { return m_attributeValues[attribute]; }
    const Dictionary& tags() const { return m_tags; }
    std::span<const std::uint32_t> tagsOf(std::uint32_t row) const
    {
        return m_blocks[row / kBlockSize].tags(row % kBlockSize);
    }

    /** Engagement level (0 = Observer ...), written by the levels query; not part of records. */
    std::uint8_t level(std::uint32_t row) const { return m_level[row]; }
    std::span<const std::uint8_t> levels() const { return m_level; }
    /** Sets every row's level (size must be rowCount()); one new snapshot. */
    void setLevels(std::span<const std::uint8_t> levels);
    void setLevel(std::uint32_t row, std::uint8_t level);

    /** The record of a row as it would be given back to upsertPerson(). */
    PersonRecord person(std::uint32_t row) const;
    /** The final survivor of a merged key, or nullopt when key is not merged. */
    std::optional<std::int64_t> survivorOf(std::int64_t key) const;

    // --- activities ----------------------------------------------------------------------
    std::size_t activityCount() const { return m_activityCount; }
    std::size_t blockCount() const { return m_blocks.size(); }
    const StoreBlock& block(std::size_t b) const { return m_blocks[b]; }
    const KeyDictionary& types() const { return m_types; }
    const KeyDictionary& campaigns() const { return m_campaigns; }
    const KeyDictionary& channels() const { return m_channels; }
    const KeyDictionary& contents() const { return m_contents; }
    /** Display names (type "attended", campaign "Spring meetup") for output and provenance. */
    void setTypeName(std::int32_t key, std::string name);
    void setCampaignName(std::int64_t key, std::string name);
    void setChannelName(std::int64_t key, std::string name);
    void setContentName(std::int64_t key, std::string name);
    /** Activity i of block b, decoded; `person` is the key of the row it is filed under. */
    ActivityRecord activity(std::size_t b, std::uint32_t slot, std::uint32_t i) const;
    /** The activities filed under key's row (its own plus those of people merged into it). */
    std::vector<ActivityRecord> activitiesOf(std::int64_t key) const;

    // --- edits (each increments snapshotId) ------------------------------------------------
    /** Adds a person or replaces its attributes, tags, flag and join day (keeps activities). */
    void upsertPerson(const PersonRecord& person);
    /** Removes a person with the activities filed under it; people merged into it come back
     *  as people of their own with their activities. False if unknown. */
    bool removePerson(std::int64_t key);
    /** Files the activity under its person's survivor; an unknown person key adds a bare
     *  person. Throws std::length_error when a dictionary is full. */
    void addActivity(const ActivityRecord& activity);
    /** Same as addActivity for each, rewriting each touched block once. */
    void addActivities(std::span<const ActivityRecord> activities);
    /** Removes one activity equal to the record (looked up under the survivor). */
    bool removeActivity(const ActivityRecord& activity);
    bool changeActivity(const ActivityRecord& before, const ActivityRecord& after);
    /** Merges person `merged` into `survivor` (both must exist, no cycles); false otherwise. */
    bool mergePerson(std::int64_t merged, std::int64_t survivor);
    bool unmergePerson(std::int64_t merged);

    // --- size ----------------------------------------------------------------------------
    std::size_t memoryBytes() const;
    /** Bytes of the activity columns and values only. */
    std::size_t activityBytes() const;
    /** memoryBytes() by part (name, bytes), for the benchmark's report. */
    std::vector<std::pair<std::string, std::size_t>> memoryParts() const;

private:
    friend class StoreBuilder;
    struct Encoded
    {
        std::int64_t time;
        std::uint8_t type;
        std::uint8_t channel;
        std::uint16_t campaign;
        std::uint16_t content;
        double value;
    };
    std::uint32_t addRow(std::int64_t key);
    void writePersonColumns(std::uint32_t row, const PersonRecord& person);
    void setBlockTags(std::size_t b, std::uint32_t slot, std::vector<std::uint32_t> tags);
    std::uint32_t rowForActivity(std::int64_t personKey);
    Encoded encode(const ActivityRecord& a);
    bool less(const Encoded& a, const Encoded& b) const;
    std::vector<Encoded> slotActivities(std::uint32_t row) const;
    void replaceSlot(std::uint32_t row, const std::vector<Encoded>& sorted);
    void insertActivities(std::uint32_t row, const std::vector<ActivityRecord>& added);
    std::size_t eraseActivities(std::uint32_t row, const std::vector<ActivityRecord>& removed);
    std::vector<ActivityRecord> decodedActivities(std::uint32_t row) const;
    std::vector<std::int64_t> mergedThrough(std::int64_t key) const;
    std::int64_t finalKey(std::int64_t key) const;
    void bump() { ++m_snapshotId; }
    /** Drops the growth slack of the per-row columns (after a bulk load). */
    void shrinkPeopleColumns();

    std::uint64_t m_snapshotId = 1;
    std::size_t m_activityCount = 0;
    PersonIndex m_index;
    std::vector<std::int64_t> m_keys;
    std::vector<std::uint8_t> m_flags;
    std::vector<std::int32_t> m_joinDay;
    std::vector<std::uint8_t> m_level;
    PersonSet m_counted;
    std::vector<std::string> m_attributeNames;
    std::vector<Dictionary> m_attributeValues;
    std::vector<std::vector<std::uint32_t>> m_attributeCodes;
    Dictionary m_tags;
    KeyDictionary m_types;
    KeyDictionary m_campaigns;
    KeyDictionary m_channels;
    KeyDictionary m_contents;
    std::vector<StoreBlock> m_blocks;
    std::unordered_map<std::int64_t, std::int64_t> m_mergedInto; ///< merged key → survivor key
    /** merged key → the activities that came from it (filed under its final survivor). */
    std::unordered_map<std::int64_t, std::vector<ActivityRecord>> m_mergedActivities;
};

} // namespace rapport::engine
