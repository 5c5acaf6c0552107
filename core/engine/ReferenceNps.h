// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/NpsQuery.h"
#include "core/engine/NpsResult.h"
#include "core/engine/ReferenceData.h"
#include "core/engine/SurveyResponseRecord.h"

#include <map>
#include <string>
#include <vector>

namespace rapport::engine {

/**
 * NPS and CSAT by brute force from NpsQuery.h: every response tested against the query,
 * its respondent looked up through the merges, counted into std::map groups, the figures
 * from the shares as written. For tests.
 */
class ReferenceNps
{
public:
    static NpsResult compute(const ReferenceData& data,
                             const std::vector<SurveyResponseRecord>& responses,
                             const std::map<std::int64_t, std::string>& surveyNames,
                             const NpsQuery& query, std::uint64_t snapshotId,
                             std::uint64_t responsesRevision);
    /** The responses of one group of compute()'s result (nullptr: all) in a segment, and
     *  their respondents, from NpsMembers' definition. */
    static NpsMembers members(const ReferenceData& data,
                              const std::vector<SurveyResponseRecord>& responses,
                              const NpsQuery& query, const NpsGroup* group, NpsSegment segment);
};

} // namespace rapport::engine
