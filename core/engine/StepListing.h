// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace rapport::engine {

/** Step masks of up to 8 funnel steps by type code, for type codes below 64. */
struct StepTables
{
    alignas(64) std::uint8_t mask[64] = {}; ///< bit s: the type matches step s
    alignas(64) std::uint8_t step[64] = {}; ///< the lowest step of mask (31 when none)
};

/** What listSteps found. */
struct StepListing
{
    std::uint32_t n = 0;       ///< activities listed (0: none can start)
    std::uint32_t present = 0; ///< the listed masks or'ed
    std::uint32_t multi = 0;   ///< mask & (mask − 1) of the listed masks or'ed
};

/**
 * The ordered funnel's listing of one person (FunnelBlock.cpp): from the person's first
 * activity whose type can start (mask bit 0), moved back over the activities tied with it
 * in time, each activity i of [begin, end) whose type has a step is listed as at = time[i],
 * step = its lowest step, index = i. Types must be below 64. The output arrays need room for
 * end − begin + kStepListingSlack entries; index is only written when withIndex.
 * With AVX-512 (VBMI2) where the processor has it, sixteen activities at a time; the
 * portable loop lists exactly the same.
 */
StepListing listSteps(const std::uint32_t* time, const std::uint8_t* type, std::uint32_t begin,
                      std::uint32_t end, const StepTables& tables, bool withIndex, std::uint32_t* at,
                      std::uint8_t* step, std::uint32_t* index);
StepListing listStepsPortable(const std::uint32_t* time, const std::uint8_t* type, std::uint32_t begin,
                              std::uint32_t end, const StepTables& tables, bool withIndex,
                              std::uint32_t* at, std::uint8_t* step, std::uint32_t* index);
/** Whether listSteps uses the vector code on this processor. */
bool listStepsVectorized();

inline constexpr std::size_t kStepListingSlack = 64;

} // namespace rapport::engine
