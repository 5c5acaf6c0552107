// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ordered funnel's listing of a person's step activities: the vector and portable
// listings agree with a plain listing written from the definition.
#ifndef Q_MOC_RUN
#include "core/engine/StepListing.h"
#endif

#include <QTest>

#include <bit>
#include <random>
#include <vector>

using namespace rapport::engine;

class TestStepListing : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryShape();
};

namespace {

struct Listed
{
    std::vector<std::uint32_t> at, index;
    std::vector<std::uint8_t> step;
    std::uint32_t present = 0, multi = 0;
};

/** From the definition: the first start, moved back over its ties, then every match. */
Listed plain(const std::vector<std::uint32_t>& time, const std::vector<std::uint8_t>& type, std::uint32_t begin,
             std::uint32_t end, const StepTables& t)
{
    Listed r;
    std::uint32_t first = begin;
    while (first < end && !(t.mask[type[first]] & 1u))
        ++first;
    if (first == end)
        return r;
    while (first > begin && time[first - 1] == time[first])
        --first;
    for (std::uint32_t i = first; i < end; ++i) {
        const std::uint32_t m = t.mask[type[i]];
        if (!m)
            continue;
        r.at.push_back(time[i]);
        r.step.push_back(std::uint8_t(std::countr_zero(m)));
        r.index.push_back(i);
        r.present |= m;
        r.multi |= m & (m - 1);
    }
    return r;
}

} // namespace

void TestStepListing::listsEveryShape()
{
    std::mt19937 rng(11);
    int vectorChecked = 0;
    for (int round = 0; round < 400; ++round) {
        const int types = 1 + int(rng() % 64);
        const int steps = 1 + int(rng() % 8);
        StepTables t;
        for (int code = 0; code < types; ++code) {
            std::uint32_t m = 0;
            const int kind = int(rng() % 4); // none, one step, one step, several steps
            if (kind == 1 || kind == 2)
                m = 1u << (rng() % steps);
            else if (kind == 3)
                m = std::uint32_t(rng()) & ((1u << steps) - 1);
            t.mask[code] = std::uint8_t(m);
            t.step[code] = std::uint8_t(std::countr_zero(m | (1u << 31)));
        }
        const std::uint32_t size = std::uint32_t(rng() % (round % 10 == 0 ? 600 : 80));
        std::vector<std::uint32_t> time(size);
        std::vector<std::uint8_t> type(size);
        std::uint32_t now = std::uint32_t(rng() % 1000);
        for (std::uint32_t i = 0; i < size; ++i) {
            now += rng() % 3 == 0 ? 0 : std::uint32_t(rng() % 5); // many ties
            time[i] = now;
            type[i] = std::uint8_t(rng() % types);
        }
        const std::uint32_t begin = size ? std::uint32_t(rng() % (size / 2 + 1)) : 0;
        const std::uint32_t end = begin + (size > begin ? std::uint32_t(rng() % (size - begin + 1)) : 0);
        const Listed expected = plain(time, type, begin, end, t);
        for (bool withIndex : {false, true}) {
            for (int impl = 0; impl < 2; ++impl) {
                std::vector<std::uint32_t> at(end - begin + kStepListingSlack), index(at.size(), 7);
                std::vector<std::uint8_t> step(at.size());
                const StepListing got =
                    impl == 0 ? listSteps(time.data(), type.data(), begin, end, t, withIndex, at.data(), step.data(),
                                          index.data())
                              : listStepsPortable(time.data(), type.data(), begin, end, t, withIndex, at.data(),
                                                  step.data(), index.data());
                QCOMPARE(got.n, std::uint32_t(expected.at.size()));
                QCOMPARE(got.present, expected.present);
                QCOMPARE(got.multi, expected.multi);
                for (std::uint32_t x = 0; x < got.n; ++x) {
                    QCOMPARE(at[x], expected.at[x]);
                    QCOMPARE(step[x], expected.step[x]);
                    if (withIndex)
                        QCOMPARE(index[x], expected.index[x]);
                }
                vectorChecked += impl == 0 && listStepsVectorized();
            }
        }
    }
    if (listStepsVectorized())
        QVERIFY(vectorChecked > 0);
}

QTEST_GUILESS_MAIN(TestStepListing)
#include "tst_step_listing.moc"
