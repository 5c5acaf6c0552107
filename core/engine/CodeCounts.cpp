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

#ifdef RAPPORT_CODES_AVX512
namespace {

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

} // namespace rapport::engine
