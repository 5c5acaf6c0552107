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

QTEST_GUILESS_MAIN(TestCodeCounts)
#include "tst_code_counts.moc"
