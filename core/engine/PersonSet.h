// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <bit>
#include <cstdint>
#include <span>
#include <vector>

namespace rapport::engine {

/**
 * A set of person rows as a plain bitset (one bit per row of the store).
 *
 * Why not roaring: person rows are dense 0..N−1, and the sets the dashboard builds (filters
 * by country, role, level, audiences) are mostly large fractions of everyone. At L = 1 M
 * people a bitset is 122 KiB, AND/OR run at memory bandwidth, testing a row is one load,
 * and a 64-bit word never straddles a store block (blocks are multiples of 64 rows), so
 * threads working on different blocks never share a word. Roaring would only win for very
 * sparse sets, which cost little here anyway.
 */
class PersonSet
{
public:
    PersonSet() = default;
    explicit PersonSet(std::size_t rows, bool all = false);

    std::size_t rows() const { return m_rows; }
    bool contains(std::size_t row) const
    {
        return row < m_rows && (m_words[row >> 6] >> (row & 63)) & 1u;
    }
    void insert(std::size_t row) { m_words[row >> 6] |= std::uint64_t(1) << (row & 63); }
    void erase(std::size_t row) { m_words[row >> 6] &= ~(std::uint64_t(1) << (row & 63)); }
    std::size_t count() const;
    /** Rows in [from, to). */
    std::size_t count(std::size_t from, std::size_t to) const;
    bool empty() const { return count() == 0; }

    PersonSet& operator&=(const PersonSet& other);
    PersonSet& operator|=(const PersonSet& other);
    /** Removes the rows of other. */
    PersonSet& operator-=(const PersonSet& other);
    /** Complement within rows(). */
    void invert();
    /** Grows or shrinks to rows (new rows absent). */
    void resize(std::size_t rows);

    std::span<const std::uint64_t> words() const { return m_words; }
    std::span<std::uint64_t> words() { return m_words; }

    /** Calls f(row) for each row in [from, to) in increasing order. */
    template<typename F> void forEach(std::size_t from, std::size_t to, F&& f) const
    {
        for (std::size_t w = from >> 6; w < m_words.size() && (w << 6) < to; ++w) {
            std::uint64_t bits = m_words[w];
            while (bits) {
                const std::size_t row = (w << 6) + std::countr_zero(bits);
                bits &= bits - 1;
                if (row >= to)
                    return;
                if (row >= from)
                    f(row);
            }
        }
    }
    template<typename F> void forEach(F&& f) const { forEach(0, m_rows, f); }

    friend bool operator==(const PersonSet&, const PersonSet&) = default;

private:
    void clearTail();
    std::size_t m_rows = 0;
    std::vector<std::uint64_t> m_words;
};

} // namespace rapport::engine
