// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/KeyDictionary.h"
#include "core/engine/SurveyResponseRecord.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace rapport::engine {

/**
 * The project's survey responses as columns, beside the Store (they reference people by
 * key, resolved against the store at query time, so person edits and merges need no
 * update here). Survey and campaign keys are dictionary-encoded (dense codes, never
 * reused); scores are int8 (NPS −1 = none, CSAT 0 = none). Response order is not
 * meaningful: removal moves the last response into the hole. Every edit increments
 * revision(). ~40 bytes per response.
 */
class SurveyResponses
{
public:
    static constexpr std::int8_t kNoNps = -1;
    static constexpr std::int8_t kNoCsat = 0;

    SurveyResponses();

    std::uint64_t revision() const { return m_revision; }
    std::size_t size() const { return m_key.size(); }

    /** Adds a response or replaces the one with the same key. Scores outside 0–10 / 1–5
     *  are stored as "none". Throws std::length_error when a dictionary is full. */
    void upsert(const SurveyResponseRecord& response);
    bool remove(std::int64_t key);
    void clear();
    /** Orders the responses by respondent key (then response key), so a query that looks
     *  respondents up walks the store's person columns in order instead of at random —
     *  call after a bulk load; later edits append unordered. */
    void sortByPerson();
    std::optional<SurveyResponseRecord> find(std::int64_t key) const;
    SurveyResponseRecord response(std::size_t i) const;

    void setSurveyName(std::int64_t key, std::string name) { m_surveys.setName(key, std::move(name)); }
    const KeyDictionary& surveys() const { return m_surveys; }
    const KeyDictionary& campaigns() const { return m_campaigns; }

    // Columns, index i = response i.
    std::span<const std::int64_t> persons() const { return m_person; }
    std::span<const std::int64_t> times() const { return m_time; }
    std::span<const std::uint32_t> surveyCodes() const { return m_survey; }
    std::span<const std::uint32_t> campaignCodes() const { return m_campaign; }
    std::span<const std::int8_t> npsScores() const { return m_nps; }
    std::span<const std::int8_t> csatScores() const { return m_csat; }
    /** Bounds of every time ever stored (they only widen), for period tables. */
    std::int64_t minTime() const { return m_minTime; }
    std::int64_t maxTime() const { return m_maxTime; }

    std::size_t memoryBytes() const;

private:
    std::uint64_t m_revision = 1;
    KeyDictionary m_surveys;
    KeyDictionary m_campaigns;
    std::unordered_map<std::int64_t, std::size_t> m_position;
    std::vector<std::int64_t> m_key;
    std::vector<std::int64_t> m_person;
    std::vector<std::int64_t> m_time;
    std::vector<std::uint32_t> m_survey;
    std::vector<std::uint32_t> m_campaign;
    std::vector<std::int8_t> m_nps;
    std::vector<std::int8_t> m_csat;
    std::int64_t m_minTime = std::numeric_limits<std::int64_t>::max();
    std::int64_t m_maxTime = std::numeric_limits<std::int64_t>::min();
};

} // namespace rapport::engine
