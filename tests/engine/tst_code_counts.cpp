// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Per-person code histograms: the vector and portable counts agree with a plain count.
#ifndef Q_MOC_RUN
#include "core/engine/CodeCounts.h"
#endif

#include <QTest>

#include <random>
#include <vector>

class TestCodeCounts : public QObject
{
    Q_OBJECT

private slots:
    void countsEveryLengthAndCodeCount();
    void addsPersonCountsOfEveryLength();
};

void TestCodeCounts::countsEveryLengthAndCodeCount()
{
    std::mt19937 rng(7);
    for (std::uint32_t codeCount : {1u, 2u, 12u, 16u}) {
        std::uniform_int_distribution<int> code(0, int(codeCount) - 1);
        std::vector<std::uint8_t> codes(300);
        for (auto& c : codes)
            c = std::uint8_t(code(rng));
        for (std::size_t offset : {std::size_t(0), std::size_t(3)})
            for (std::size_t n = 0; n + offset <= codes.size(); n += n < 70 ? 1 : 37) {
                std::uint32_t expected[16] = {}, fast[16] = {}, portable[16] = {};
                for (std::size_t i = 0; i < n; ++i)
                    ++expected[codes[offset + i]];
                fast[0] = portable[0] = 5; // adds to what is there
                expected[0] += 5;
                rapport::engine::countCodes(codes.data() + offset, n, codeCount, fast);
                rapport::engine::countCodesPortable(codes.data() + offset, n, codeCount, portable);
                for (std::uint32_t c = 0; c < 16; ++c) {
                    QCOMPARE(fast[c], expected[c]);
                    QCOMPARE(portable[c], expected[c]);
                }
            }
    }
}

void TestCodeCounts::addsPersonCountsOfEveryLength()
{
    std::mt19937 rng(9);
    for (std::uint32_t codeCount : {1u, 3u, 12u, 16u}) {
        std::uniform_int_distribution<int> code(0, int(codeCount) - 1);
        std::vector<std::uint8_t> codes(2100);
        for (auto& c : codes)
            c = std::uint8_t(code(rng));
        // one code a thousand times over: counts beyond a byte
        std::fill(codes.begin() + 700, codes.begin() + 1700, std::uint8_t(codeCount - 1));
        for (std::size_t offset : {std::size_t(0), std::size_t(5), std::size_t(650)})
            for (std::size_t n = 0; n + offset <= codes.size(); n += n < 80 ? 1 : n < 300 ? 13 : 301) {
                std::uint32_t expected[2][16], fast[2][16], portable[2][16];
                for (std::uint32_t c = 0; c < 16; ++c) { // adds to what is there
                    expected[0][c] = fast[0][c] = portable[0][c] = 3 * c;
                    expected[1][c] = fast[1][c] = portable[1][c] = c + 1;
                }
                std::uint32_t plain[16] = {};
                for (std::size_t i = 0; i < n; ++i)
                    ++plain[codes[offset + i]];
                for (std::uint32_t c = 0; c < 16; ++c) {
                    expected[0][c] += plain[c];
                    expected[1][c] += plain[c] != 0;
                }
                rapport::engine::addCodeCounts16(codes.data() + offset, n, fast[0], fast[1]);
                rapport::engine::addCodeCounts16Portable(codes.data() + offset, n, portable[0], portable[1]);
                for (int row = 0; row < 2; ++row)
                    for (std::uint32_t c = 0; c < 16; ++c) {
                        QCOMPARE(fast[row][c], expected[row][c]);
                        QCOMPARE(portable[row][c], expected[row][c]);
                    }
            }
    }
}

QTEST_GUILESS_MAIN(TestCodeCounts)
#include "tst_code_counts.moc"
