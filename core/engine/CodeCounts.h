// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace rapport::engine {

/**
 * counts[c] += the number of codes[0, n) equal to c, for every c < codeCount ≤ 16 (codes
 * must all be below codeCount). A histogram of a person's activity types without a
 * read-modify-write per activity: 64 codes at a time compared against each code value with
 * AVX-512 where the processor has it, else one counter update per code.
 */
void countCodes(const std::uint8_t* codes, std::size_t n, std::uint32_t codeCount,
                std::uint32_t* counts);

/** The portable implementation of countCodes (for tests: both must agree). */
void countCodesPortable(const std::uint8_t* codes, std::size_t n, std::uint32_t codeCount,
                        std::uint32_t* counts);

/**
 * For a person's codes[0, n) (all below 16): activities[c] += the number of codes equal to c
 * and persons[c] += 1 when there is one, for every c < 16 (both arrays hold 16 counters). With
 * AVX-512 where the processor has it: eight codes at a time as one-hot byte counters, and
 * the sixteen counters updated as one vector; the portable version counts the same.
 */
void addCodeCounts16(const std::uint8_t* codes, std::size_t n, std::uint32_t* activities,
                     std::uint32_t* persons);
void addCodeCounts16Portable(const std::uint8_t* codes, std::size_t n, std::uint32_t* activities,
                             std::uint32_t* persons);

} // namespace rapport::engine
