// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/CodeCounts.h"

#include "core/engine/DecayKernel.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define RAPPORT_CODES_AVX512 1
#include <immintrin.h>
#pragma GCC diagnostic ignored "-Wuninitialized" // GCC 12 AVX-512 headers (DecayKernel.cpp)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace rapport::engine {

void countCodesPortable(const std::uint8_t* codes, std::size_t n, std::uint32_t,
                        std::uint32_t* counts)
{
    for (std::size_t i = 0; i < n; ++i)
        ++counts[codes[i]];
}

void addCodeCounts16Portable(const std::uint8_t* codes, std::size_t n, std::uint32_t* activities,
                             std::uint32_t* persons)
{
    std::uint32_t counts[16] = {};
    for (std::size_t i = 0; i < n; ++i)
        ++counts[codes[i]];
    for (std::uint32_t c = 0; c < 16; ++c) {
        activities[c] += counts[c];
        persons[c] += counts[c] != 0;
    }
}

#ifdef RAPPORT_CODES_AVX512
namespace {

__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq"))) void
addCodeCounts16Avx512(const std::uint8_t* codes, std::size_t n, std::uint32_t* activities,
                      std::uint32_t* persons)
{
    // Code c is a one in byte c mod 8 of a 64-bit lane, of `low` (c < 8) or `high`; eight
    // codes per step. A lane's byte grows by at most one per step, so after 31 steps the
    // sum of the eight lanes still fits each byte.
    const __m512i oneHot = _mm512_setr_epi64(1, 1 << 8, 1 << 16, 1 << 24, 1LL << 32, 1LL << 40, 1LL << 48,
                                             1LL << 56);
    const __m512i eight = _mm512_set1_epi64(8);
    __m512i total = _mm512_setzero_si512();
    for (std::size_t i = 0; i < n;) {
        __m512i low = _mm512_setzero_si512(), high = _mm512_setzero_si512();
        for (int step = 0; step < 31 && i < n; ++step, i += 8) {
            const std::size_t left = n - i;
            const __mmask8 lanes = left >= 8 ? __mmask8(0xff) : __mmask8((1u << left) - 1);
            const __m512i c = _mm512_cvtepu8_epi64(_mm_maskz_loadu_epi8(__mmask16(lanes), codes + i));
            const __m512i bits = _mm512_permutexvar_epi64(c, oneHot);
            const __mmask8 isHigh = _mm512_mask_cmpge_epu64_mask(lanes, c, eight);
            low = _mm512_mask_add_epi64(low, lanes & ~isHigh, low, bits);
            high = _mm512_mask_add_epi64(high, isHigh, high, bits);
        }
        const auto lowSum = static_cast<long long>(_mm512_reduce_add_epi64(low));
        const auto highSum = static_cast<long long>(_mm512_reduce_add_epi64(high));
        total = _mm512_add_epi32(total, _mm512_cvtepu8_epi32(_mm_set_epi64x(highSum, lowSum)));
    }
    const __m512i a = _mm512_loadu_si512(activities);
    const __m512i p = _mm512_loadu_si512(persons);
    _mm512_storeu_si512(activities, _mm512_add_epi32(a, total));
    _mm512_storeu_si512(persons, _mm512_add_epi32(p, _mm512_min_epu32(total, _mm512_set1_epi32(1))));
}

__attribute__((target("avx512f,avx512bw,avx512vl,popcnt"))) void
countCodesAvx512(const std::uint8_t* codes, std::size_t n, std::uint32_t codeCount,
                 std::uint32_t* counts)
{
    for (std::size_t i = 0; i < n; i += 64) {
        const __mmask64 lanes =
            n - i >= 64 ? ~__mmask64(0) : (__mmask64(1) << (n - i)) - 1;
        const __m512i v = _mm512_maskz_loadu_epi8(lanes, codes + i);
        for (std::uint32_t c = 0; c < codeCount; ++c)
            counts[c] += std::uint32_t(__builtin_popcountll(
                _mm512_mask_cmpeq_epi8_mask(lanes, v, _mm512_set1_epi8(char(c)))));
    }
}

} // namespace
#endif

void countCodes(const std::uint8_t* codes, std::size_t n, std::uint32_t codeCount,
                std::uint32_t* counts)
{
#ifdef RAPPORT_CODES_AVX512
    // Compares cost codeCount per 64 codes; counting costs one update per code.
    if (n >= 8 && DecayKernel::avx512Available()) {
        countCodesAvx512(codes, n, codeCount, counts);
        return;
    }
#endif
    countCodesPortable(codes, n, codeCount, counts);
}

void addCodeCounts16(const std::uint8_t* codes, std::size_t n, std::uint32_t* activities,
                     std::uint32_t* persons)
{
#ifdef RAPPORT_CODES_AVX512
    if (DecayKernel::avx512Available()) {
        addCodeCounts16Avx512(codes, n, activities, persons);
        return;
    }
#endif
    addCodeCounts16Portable(codes, n, activities, persons);
}

} // namespace rapport::engine
