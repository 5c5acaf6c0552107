// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ActivityStore.h"
#include "core/storage/AudienceRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ChannelRepository.h"
#include "core/storage/ContentRepository.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/RewardRepository.h"
#include "core/storage/SurveyRepository.h"

namespace rapport::storage {

/**
 * All repositories of one open project over one connection: a convenience for callers
 * that need several (importers, the CLI, the window). Holds no state of its own.
 * Group writes in a storage::Transaction (ProjectFile::transaction()).
 */
class ProjectRepository
{
public:
    ProjectRepository(QSqlDatabase db, const model::Clock& clock)
        : m_people(db, clock), m_audiences(db, clock), m_campaigns(db, clock), m_channels(db, clock),
          m_content(db, clock), m_rewards(db, clock), m_surveys(db, clock), m_activities(db)
    {
    }

    PeopleRepository& people() { return m_people; }
    AudienceRepository& audiences() { return m_audiences; }
    CampaignRepository& campaigns() { return m_campaigns; } // also moments and goals
    ChannelRepository& channels() { return m_channels; }
    ContentRepository& content() { return m_content; } // also series
    RewardRepository& rewards() { return m_rewards; }
    SurveyRepository& surveys() { return m_surveys; } // also responses
    ActivityStore& activities() { return m_activities; }

private:
    PeopleRepository m_people;
    AudienceRepository m_audiences;
    CampaignRepository m_campaigns;
    ChannelRepository m_channels;
    ContentRepository m_content;
    RewardRepository m_rewards;
    SurveyRepository m_surveys;
    ActivityStore m_activities;
};

} // namespace rapport::storage
