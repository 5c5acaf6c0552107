// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Provenance.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::engine {

/**
 * NPS and CSAT of a set of responses (definitions in NpsQuery.h). nps and moe95 are absent
 * when no response has an NPS answer, csat when none has a CSAT answer — never NaN.
 */
struct NpsFigures
{
    std::uint64_t responses = 0; ///< with an NPS answer (n)
    std::uint64_t promoters = 0;
    std::uint64_t passives = 0;
    std::uint64_t detractors = 0;
    std::optional<double> nps;   ///< −100 … 100
    std::optional<double> moe95; ///< NPS points
    std::uint64_t csatResponses = 0;
    std::uint64_t csatSatisfied = 0; ///< answers 4 or 5
    std::optional<double> csat;      ///< share 0 … 1

    /** Figures from score histograms (nps[s] = answers s, csat[s] = answers s, s = 1..5). */
    static NpsFigures fromCounts(const std::array<std::uint64_t, 11>& nps,
                                 const std::array<std::uint64_t, 6>& csat)
    {
        NpsFigures f;
        for (int s = 0; s <= 10; ++s)
            (s >= 9 ? f.promoters : s >= 7 ? f.passives : f.detractors) += nps[s];
        f.responses = f.promoters + f.passives + f.detractors;
        if (f.responses) {
            const double n = double(f.responses);
            const double p = double(f.promoters) / n, d = double(f.detractors) / n;
            f.nps = 100.0 * (p - d);
            f.moe95 = 1.96 * 100.0 * std::sqrt(std::max(0.0, p + d - (p - d) * (p - d)) / n);
        }
        for (int s = 1; s <= 5; ++s)
            f.csatResponses += csat[s];
        f.csatSatisfied = csat[4] + csat[5];
        if (f.csatResponses)
            f.csat = double(f.csatSatisfied) / double(f.csatResponses);
        return f;
    }

    friend bool operator==(const NpsFigures&, const NpsFigures&) = default;
};

/**
 * One breakdown group. Attribute: label = value ("" = none), `anonymous` marks the
 * "(anonymous)" group; Campaign/Survey: key = campaign/survey key, label = its name (or
 * the key as text); Period: key = period start (seconds, UTC), label "2025-01" /
 * "2025-W03"; Audience: key = index in the query's list, label = its name. Only groups
 * with at least one counted response are listed; attribute groups by label (bytewise) with
 * "(anonymous)" last, audience groups in query order, the others by key.
 */
struct NpsGroup
{
    std::string label;
    std::int64_t key = 0;
    bool anonymous = false;
    NpsFigures figures;

    friend bool operator==(const NpsGroup&, const NpsGroup&) = default;
};

/** Which of a group's responses to list (Nps::members): those with any score, those with an
 *  NPS answer, one NPS category, those with a CSAT answer, or those answering 4–5. */
enum class NpsSegment { Answered, Nps, Promoters, Passives, Detractors, Csat, Satisfied };

/**
 * The responses behind a figure, and who gave them. Respondents are people.keys after merges
 * (a merged respondent is listed as the person it was merged into), each once; responses
 * whose respondent is anonymous, or not (or no longer) a person of the store, are counted in
 * `anonymous` and listed in `responses` only.
 */
struct NpsMembers
{
    std::vector<std::int64_t> responses; ///< response keys, ascending
    std::vector<std::int64_t> people;    ///< respondents, ascending, distinct
    std::uint64_t anonymous = 0;         ///< responses without a person

    friend bool operator==(const NpsMembers&, const NpsMembers&) = default;
};

struct NpsResult
{
    NpsFigures total;
    std::vector<NpsGroup> groups;
    Provenance provenance;

    friend bool operator==(const NpsResult&, const NpsResult&) = default;
};

} // namespace rapport::engine
