// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace rapport::engine {

/**
 * The inner loop of the engagement score: weight(type) × 0.5^(age / half-life) for a run of
 * activities, and the sum of such terms.
 *
 * age = a0 − t is split exactly into n/16 half-lives and a remainder (n = ⌊16·age/h⌋ with an
 * exact integer correction), so the factor is 2^−(n div 16) (built from the exponent bits)
 * × 2^−(n mod 16)/16 (a 16-entry table) × 2^−x for x in [0, 1/16) (a degree-7 polynomial,
 * within about 2 ulps). Terms whose age is a whole multiple of the half-life are exact, so
 * hand-computed scores are exact.
 *
 * Two implementations compute bit-identical results: one over eight lanes with AVX-512
 * (chosen at run time where the processor has it) and a portable scalar one that performs
 * the same operations in the same order (std::fma where the vector code fuses). Sums have a
 * fixed order too (eight lane sums, then a fixed reduction), so a person's score does not
 * depend on the implementation, the thread count or how the work was split.
 */
class DecayKernel
{
public:
    enum class Implementation
    {
        Best,     ///< AVX-512 where available, else Portable
        Portable, ///< scalar C++
        Avx512,   ///< eight lanes; only where avx512Available()
    };

    /** weights by type code, for codes below typeCount (the store's type count; activities
     *  carry no other codes); halfLife ≥ 1 second. */
    DecayKernel(std::int64_t halfLife, const std::array<double, 256>& weights,
                std::size_t typeCount, Implementation implementation = Implementation::Best);

    static bool avx512Available();
    Implementation implementation() const { return m_implementation; }

    /** out[i] = weight(types[i]) × 0.5^((a0 − times[i]) / h), or 0 where times[i] > a0. */
    void decay(const std::uint32_t* times, const std::uint8_t* types, std::size_t n,
               std::int64_t a0, double* out) const;
    /** Σ d[0, n) in the fixed order. */
    double sum(const double* d, std::size_t n) const;

    struct Constants; ///< shared by both implementations

private:
    Implementation m_implementation;
    alignas(64) std::array<double, 256> m_weights;
    alignas(64) std::array<double, 16> m_table;
    std::array<double, 8> m_poly;
    double m_halfLife;
    double m_sixteenOverH;
    double m_oneOverSixteenH;
    bool m_fewTypes; ///< typeCount ≤ 16: the weights fit two registers (no gather)
};

} // namespace rapport::engine
