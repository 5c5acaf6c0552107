// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/NpsQuery.h"
#include "core/engine/NpsResult.h"

namespace rapport::engine {

class ParallelFor;
class Store;
class SurveyResponses;

/**
 * NPS and CSAT over SurveyResponses with respondents resolved against a Store
 * (definitions in NpsQuery.h), one task per chunk of responses; integer counts per
 * worker, so the result is the same for any thread count.
 */
class Nps
{
public:
    /** Throws std::invalid_argument for an unknown breakdown attribute. */
    static NpsResult compute(const Store& store, const SurveyResponses& responses,
                             const NpsQuery& query, const ParallelFor& parallel);
    /**
     * The responses counted in one group of compute(store, responses, query)'s result (group
     * as the result lists it; nullptr: the total) that fall in segment: exactly those whose
     * answers make up that group's figures. Single-threaded: for a drill-down.
     */
    static NpsMembers members(const Store& store, const SurveyResponses& responses,
                              const NpsQuery& query, const NpsGroup* group, NpsSegment segment);
    static Provenance provenance(const NpsQuery& query, std::uint64_t snapshotId,
                                 std::uint64_t responsesRevision);
    static constexpr const char* kAnonymousLabel = "(anonymous)";
};

} // namespace rapport::engine
