// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/SurveyResponses.h"

#include <algorithm>

namespace rapport::engine {

SurveyResponses::SurveyResponses()
    : m_surveys(std::numeric_limits<std::uint32_t>::max(), false, "surveys"),
      m_campaigns(std::numeric_limits<std::uint32_t>::max(), true, "campaigns")
{
}

void SurveyResponses::upsert(const SurveyResponseRecord& r)
{
    const std::uint32_t survey = m_surveys.encode(r.survey);
    const std::uint32_t campaign = m_campaigns.encode(r.campaign);
    const std::int8_t nps =
        r.nps && *r.nps >= 0 && *r.nps <= 10 ? static_cast<std::int8_t>(*r.nps) : kNoNps;
    const std::int8_t csat =
        r.csat && *r.csat >= 1 && *r.csat <= 5 ? static_cast<std::int8_t>(*r.csat) : kNoCsat;
    std::size_t i;
    if (auto it = m_position.find(r.key); it != m_position.end()) {
        i = it->second;
    } else {
        i = m_key.size();
        m_position.emplace(r.key, i);
        m_key.push_back(r.key);
        m_person.push_back(0);
        m_time.push_back(0);
        m_survey.push_back(0);
        m_campaign.push_back(0);
        m_nps.push_back(kNoNps);
        m_csat.push_back(kNoCsat);
    }
    m_person[i] = r.person;
    m_time[i] = r.at;
    m_survey[i] = survey;
    m_campaign[i] = campaign;
    m_nps[i] = nps;
    m_csat[i] = csat;
    m_minTime = std::min(m_minTime, r.at);
    m_maxTime = std::max(m_maxTime, r.at);
    ++m_revision;
}

bool SurveyResponses::remove(std::int64_t key)
{
    const auto it = m_position.find(key);
    if (it == m_position.end())
        return false;
    const std::size_t i = it->second, last = m_key.size() - 1;
    m_position.erase(it);
    if (i != last) {
        m_key[i] = m_key[last];
        m_person[i] = m_person[last];
        m_time[i] = m_time[last];
        m_survey[i] = m_survey[last];
        m_campaign[i] = m_campaign[last];
        m_nps[i] = m_nps[last];
        m_csat[i] = m_csat[last];
        m_position[m_key[i]] = i;
    }
    m_key.pop_back();
    m_person.pop_back();
    m_time.pop_back();
    m_survey.pop_back();
    m_campaign.pop_back();
    m_nps.pop_back();
    m_csat.pop_back();
    ++m_revision;
    return true;
}

void SurveyResponses::clear()
{
    m_position.clear();
    m_key.clear();
    m_person.clear();
    m_time.clear();
    m_survey.clear();
    m_campaign.clear();
    m_nps.clear();
    m_csat.clear();
    ++m_revision;
}

void SurveyResponses::sortByPerson()
{
    std::vector<std::size_t> order(m_key.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return m_person[a] != m_person[b] ? m_person[a] < m_person[b] : m_key[a] < m_key[b];
    });
    auto permute = [&](auto& column) {
        auto copy = column;
        for (std::size_t i = 0; i < order.size(); ++i)
            column[i] = copy[order[i]];
    };
    permute(m_key);
    permute(m_person);
    permute(m_time);
    permute(m_survey);
    permute(m_campaign);
    permute(m_nps);
    permute(m_csat);
    for (std::size_t i = 0; i < m_key.size(); ++i)
        m_position[m_key[i]] = i;
    ++m_revision;
}

std::optional<SurveyResponseRecord> SurveyResponses::find(std::int64_t key) const
{
    const auto it = m_position.find(key);
    if (it == m_position.end())
        return std::nullopt;
    return response(it->second);
}

SurveyResponseRecord SurveyResponses::response(std::size_t i) const
{
    SurveyResponseRecord r;
    r.key = m_key[i];
    r.person = m_person[i];
    r.at = m_time[i];
    r.survey = m_surveys.key(m_survey[i]);
    r.campaign = m_campaigns.key(m_campaign[i]);
    if (m_nps[i] != kNoNps)
        r.nps = m_nps[i];
    if (m_csat[i] != kNoCsat)
        r.csat = m_csat[i];
    return r;
}

std::size_t SurveyResponses::memoryBytes() const
{
    return m_key.capacity() * 8 + m_person.capacity() * 8 + m_time.capacity() * 8
           + m_survey.capacity() * 4 + m_campaign.capacity() * 4 + m_nps.capacity()
           + m_csat.capacity() + m_position.size() * 32 + m_surveys.memoryBytes()
           + m_campaigns.memoryBytes();
}

} // namespace rapport::engine
