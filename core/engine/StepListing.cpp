// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/StepListing.h"

#include <bit>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define RAPPORT_STEPS_AVX512 1
#include <immintrin.h>
#pragma GCC diagnostic ignored "-Wuninitialized" // GCC 12 AVX-512 headers (DecayKernel.cpp)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace rapport::engine {

StepListing listStepsPortable(const std::uint32_t* time, const std::uint8_t* type, std::uint32_t begin,
                              std::uint32_t end, const StepTables& tables, bool withIndex,
                              std::uint32_t* at, std::uint8_t* step, std::uint32_t* index)
{
    StepListing r;
    std::uint32_t first = begin;
    while (first < end && !(tables.mask[type[first]] & 1u))
        ++first;
    if (first == end)
        return r;
    while (first > begin && time[first - 1] == time[first])
        --first;
    std::uint32_t n = 0, present = 0, multi = 0;
    for (std::uint32_t i = first; i < end; ++i) { // branch-free listing
        const std::uint32_t m = tables.mask[type[i]];
        at[n] = time[i];
        step[n] = tables.step[type[i]];
        if (withIndex)
            index[n] = i;
        n += m != 0;
        present |= m;
        multi |= m & (m - 1);
    }
    r.n = n;
    r.present = present;
    r.multi = multi;
    return r;
}

#ifdef RAPPORT_STEPS_AVX512
namespace {

/** The bytes of v or'ed together. */
__attribute__((target("avx512f,avx512bw,avx512vl"))) std::uint32_t orBytes(__m128i v)
{
    v = _mm_or_si128(v, _mm_srli_si128(v, 8));
    v = _mm_or_si128(v, _mm_srli_si128(v, 4));
    v = _mm_or_si128(v, _mm_srli_si128(v, 2));
    v = _mm_or_si128(v, _mm_srli_si128(v, 1));
    return std::uint32_t(_mm_cvtsi128_si32(v)) & 0xffu;
}

__attribute__((target("avx512f,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,bmi,popcnt"))) StepListing
listStepsAvx512(const std::uint32_t* time, const std::uint8_t* type, std::uint32_t begin, std::uint32_t end,
                const StepTables& tables, bool withIndex, std::uint32_t* at, std::uint8_t* step,
                std::uint32_t* index)
{
    StepListing r;
    const __m512i maskTable = _mm512_load_si512(tables.mask);
    const __m512i stepTable = _mm512_load_si512(tables.step);
    // The first activity that can start, 64 types at a time.
    std::uint32_t first = begin;
    for (;; first += 64) {
        if (first >= end)
            return r;
        const std::uint32_t left = end - first;
        const __mmask64 lanes = left >= 64 ? ~__mmask64(0) : (__mmask64(1) << left) - 1;
        const __m512i codes = _mm512_maskz_loadu_epi8(lanes, type + first);
        const __m512i masks = _mm512_maskz_permutexvar_epi8(lanes, codes, maskTable);
        const __mmask64 starts = _mm512_test_epi8_mask(masks, _mm512_set1_epi8(1));
        if (starts) {
            first += std::uint32_t(_tzcnt_u64(starts));
            break;
        }
    }
    while (first > begin && time[first - 1] == time[first])
        --first;
    const __m512i iota = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    __m128i present = _mm_setzero_si128(), multi = _mm_setzero_si128();
    std::uint32_t n = 0;
    for (std::uint32_t i = first; i < end; i += 16) {
        const std::uint32_t left = end - i;
        const __mmask16 lanes = left >= 16 ? __mmask16(0xffff) : __mmask16((1u << left) - 1);
        const __m512i codes = _mm512_zextsi128_si512(_mm_maskz_loadu_epi8(lanes, type + i));
        const __m128i masks =
            _mm_maskz_mov_epi8(lanes, _mm512_castsi512_si128(_mm512_permutexvar_epi8(codes, maskTable)));
        const __mmask16 keep = _mm_test_epi8_mask(masks, masks);
        present = _mm_or_si128(present, masks);
        multi = _mm_or_si128(multi, _mm_and_si128(masks, _mm_sub_epi8(masks, _mm_set1_epi8(1))));
        const __m128i steps = _mm512_castsi512_si128(_mm512_permutexvar_epi8(codes, stepTable));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(step + n), _mm_maskz_compress_epi8(keep, steps));
        const __m512i times = _mm512_maskz_loadu_epi32(lanes, time + i);
        _mm512_storeu_si512(at + n, _mm512_maskz_compress_epi32(keep, times));
        if (withIndex)
            _mm512_storeu_si512(index + n, _mm512_maskz_compress_epi32(
                                               keep, _mm512_add_epi32(iota, _mm512_set1_epi32(int(i)))));
        n += std::uint32_t(std::popcount(std::uint32_t(keep)));
    }
    r.n = n;
    r.present = orBytes(present);
    r.multi = orBytes(multi);
    return r;
}

} // namespace
#endif

bool listStepsVectorized()
{
#ifdef RAPPORT_STEPS_AVX512
    static const bool available = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
                                  && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vbmi")
                                  && __builtin_cpu_supports("avx512vbmi2");
    return available;
#else
    return false;
#endif
}

StepListing listSteps(const std::uint32_t* time, const std::uint8_t* type, std::uint32_t begin, std::uint32_t end,
                      const StepTables& tables, bool withIndex, std::uint32_t* at, std::uint8_t* step,
                      std::uint32_t* index)
{
#ifdef RAPPORT_STEPS_AVX512
    if (listStepsVectorized())
        return listStepsAvx512(time, type, begin, end, tables, withIndex, at, step, index);
#endif
    return listStepsPortable(time, type, begin, end, tables, withIndex, at, step, index);
}

} // namespace rapport::engine
