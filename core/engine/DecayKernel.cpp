// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/DecayKernel.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define RAPPORT_DECAY_AVX512 1
#include <immintrin.h>
// GCC 12's AVX-512 headers start masked intrinsics from _mm512_undefined_*(), which its
// flow analysis reports as uninitialised (a known false positive).
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace rapport::engine {

namespace {

/** 2^−q from the exponent bits: exact for q ≤ 1022, and 0 from q = 1023 on. */
inline double powerOfHalf(std::int64_t q)
{
    q = std::min<std::int64_t>(q, 1023);
    return std::bit_cast<double>(std::uint64_t(1023 - q) << 52);
}

} // namespace

DecayKernel::DecayKernel(std::int64_t halfLife, const std::array<double, 256>& weights,
                         std::size_t typeCount, Implementation implementation)
    : m_implementation(implementation), m_weights(weights), m_halfLife(double(halfLife)),
      m_sixteenOverH(16.0 / double(halfLife)),
      m_oneOverSixteenH(1.0 / (16.0 * double(halfLife))), m_fewTypes(typeCount <= 16)
{
    if (m_implementation == Implementation::Best)
        m_implementation = avx512Available() ? Implementation::Avx512 : Implementation::Portable;
    else if (m_implementation == Implementation::Avx512 && !avx512Available())
        m_implementation = Implementation::Portable;
    for (std::size_t j = 0; j < 16; ++j)
        m_table[j] = std::exp2(-double(j) / 16.0);
    // 2^−x = e^(−x ln 2) = Σ (−ln 2)^k x^k / k!, for 0 ≤ x < 1/16: the first term left out
    // is below 3e-16.
    const double ln2 = std::log(2.0);
    double c = 1;
    for (std::size_t k = 0; k < m_poly.size(); ++k) {
        m_poly[k] = c;
        c *= -ln2 / double(k + 1);
    }
}

bool DecayKernel::avx512Available()
{
#ifdef RAPPORT_DECAY_AVX512
    static const bool available =
        __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
        __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512bw");
    return available;
#else
    return false;
#endif
}

#ifdef RAPPORT_DECAY_AVX512
namespace {

__attribute__((target("avx512f,avx512dq,avx512vl,avx512bw"))) void
decayAvx512(const double* weights, bool fewTypes, const double* table, const double* poly,
            double halfLife, double sixteenOverH, double oneOverSixteenH,
            const std::uint32_t* times, const std::uint8_t* types, std::size_t n,
            std::int64_t a0, double* out)
{
    const __m512d a0d = _mm512_set1_pd(double(a0));
    const __m512d h = _mm512_set1_pd(halfLife);
    const __m512d scaleToN = _mm512_set1_pd(sixteenOverH);
    const __m512d sixteen = _mm512_set1_pd(16.0);
    const __m512d toX = _mm512_set1_pd(oneOverSixteenH);
    const __m512d zero = _mm512_setzero_pd();
    const __m512d one = _mm512_set1_pd(1.0);
    const __m512d tableLow = _mm512_loadu_pd(table), tableHigh = _mm512_loadu_pd(table + 8);
    const __m512d weightLow = _mm512_loadu_pd(weights), weightHigh = _mm512_loadu_pd(weights + 8);
    __m512d c[8];
    for (int k = 0; k < 8; ++k)
        c[k] = _mm512_set1_pd(poly[k]);
    const __m512i fifteen = _mm512_set1_epi64(15), maxQ = _mm512_set1_epi64(1023);
    for (std::size_t i = 0; i < n; i += 8) {
        const __mmask8 lanes = n - i >= 8 ? __mmask8(0xff) : __mmask8((1u << (n - i)) - 1);
        const __m512d t = _mm512_cvtepu32_pd(_mm256_maskz_loadu_epi32(lanes, times + i));
        const __m512d age = _mm512_sub_pd(a0d, t);
        const __mmask8 valid = _mm512_mask_cmp_pd_mask(lanes, age, zero, _CMP_GE_OQ);
        __m512d n16 = _mm512_roundscale_pd(_mm512_mul_pd(age, scaleToN),
                                           _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC);
        __m512d rem = _mm512_fnmadd_pd(n16, h, _mm512_mul_pd(age, sixteen));
        const __mmask8 under = _mm512_cmp_pd_mask(rem, zero, _CMP_LT_OQ);
        n16 = _mm512_mask_sub_pd(n16, under, n16, one);
        rem = _mm512_mask_add_pd(rem, under, rem, h);
        const __mmask8 over = _mm512_cmp_pd_mask(rem, h, _CMP_GE_OQ);
        n16 = _mm512_mask_add_pd(n16, over, n16, one);
        rem = _mm512_mask_sub_pd(rem, over, rem, h);
        const __m512d x = _mm512_mul_pd(rem, toX);
        __m512d p = c[7];
        for (int k = 6; k >= 0; --k)
            p = _mm512_fmadd_pd(p, x, c[k]);
        const __m512i ni = _mm512_cvtpd_epi64(n16);
        const __m512i q = _mm512_min_epi64(_mm512_srai_epi64(ni, 4), maxQ);
        const __m512d scale =
            _mm512_castsi512_pd(_mm512_slli_epi64(_mm512_sub_epi64(maxQ, q), 52));
        const __m512d fraction =
            _mm512_permutex2var_pd(tableLow, _mm512_and_si512(ni, fifteen), tableHigh);
        const __m512i code = _mm512_cvtepu8_epi64(_mm_maskz_loadu_epi8(lanes, types + i));
        const __m512d w = fewTypes ? _mm512_permutex2var_pd(weightLow, code, weightHigh)
                                   : _mm512_i64gather_pd(code, weights, 8);
        const __m512d d =
            _mm512_mul_pd(_mm512_mul_pd(_mm512_mul_pd(fraction, p), scale), w);
        _mm512_mask_storeu_pd(out + i, lanes, _mm512_maskz_mov_pd(valid, d));
    }
}

__attribute__((target("avx512f,avx512dq,avx512vl,avx512bw"))) double sumAvx512(const double* d,
                                                                               std::size_t n)
{
    __m512d acc = _mm512_setzero_pd();
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8)
        acc = _mm512_add_pd(acc, _mm512_loadu_pd(d + i));
    if (i < n)
        acc = _mm512_add_pd(acc, _mm512_maskz_loadu_pd(__mmask8((1u << (n - i)) - 1), d + i));
    const __m256d four =
        _mm256_add_pd(_mm512_extractf64x4_pd(acc, 0), _mm512_extractf64x4_pd(acc, 1));
    const __m128d two = _mm_add_pd(_mm256_castpd256_pd128(four), _mm256_extractf128_pd(four, 1));
    return _mm_cvtsd_f64(two) + _mm_cvtsd_f64(_mm_unpackhi_pd(two, two));
}

} // namespace
#endif

void DecayKernel::decay(const std::uint32_t* times, const std::uint8_t* types, std::size_t n,
                        std::int64_t a0, double* out) const
{
#ifdef RAPPORT_DECAY_AVX512
    if (m_implementation == Implementation::Avx512) {
        decayAvx512(m_weights.data(), m_fewTypes, m_table.data(), m_poly.data(), m_halfLife,
                    m_sixteenOverH, m_oneOverSixteenH, times, types, n, a0, out);
        return;
    }
#endif
    // The same operations as decayAvx512, one lane at a time.
    const double a0d = double(a0);
    for (std::size_t i = 0; i < n; ++i) {
        const double age = a0d - double(times[i]);
        if (!(age >= 0)) {
            out[i] = 0;
            continue;
        }
        double n16 = std::floor(age * m_sixteenOverH);
        double rem = std::fma(-n16, m_halfLife, age * 16.0);
        if (rem < 0) {
            n16 -= 1;
            rem += m_halfLife;
        }
        if (rem >= m_halfLife) {
            n16 += 1;
            rem -= m_halfLife;
        }
        const double x = rem * m_oneOverSixteenH;
        double p = m_poly[7];
        for (int k = 6; k >= 0; --k)
            p = std::fma(p, x, m_poly[std::size_t(k)]);
        const auto ni = static_cast<std::int64_t>(n16);
        out[i] = ((m_table[std::size_t(ni & 15)] * p) * powerOfHalf(ni >> 4)) * m_weights[types[i]];
    }
}

double DecayKernel::sum(const double* d, std::size_t n) const
{
#ifdef RAPPORT_DECAY_AVX512
    if (m_implementation == Implementation::Avx512)
        return sumAvx512(d, n);
#endif
    // Eight lane sums and the reduction of sumAvx512, in its order.
    std::array<double, 8> acc{};
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (std::size_t l = 0; l < 8; ++l)
            acc[l] += d[i + l];
    if (i < n)
        for (std::size_t l = 0; l < 8; ++l)
            acc[l] += i + l < n ? d[i + l] : 0.0;
    const double four[4] = {acc[0] + acc[4], acc[1] + acc[5], acc[2] + acc[6], acc[3] + acc[7]};
    return (four[0] + four[2]) + (four[1] + four[3]);
}

} // namespace rapport::engine
