// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engagement score's inner loop: both implementations agree to the bit, and with
// a long double exp2 to a few ulps; whole half-lives are exact.
#ifndef Q_MOC_RUN
#include "core/engine/DecayKernel.h"
#endif

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>
#include <vector>

using rapport::engine::DecayKernel;

namespace {

std::array<double, 256> randomWeights(std::mt19937_64& rng, std::size_t typeCount)
{
    std::array<double, 256> w{};
    std::uniform_real_distribution<double> weight(-2.0, 10.0);
    for (std::size_t c = 0; c < typeCount; ++c)
        w[c] = c % 5 == 4 ? 0.0 : std::round(weight(rng) * 4) / 4;
    return w;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class TestDecayKernel : public QObject
{
    Q_OBJECT

private slots:
    void implementationsAgreeToTheBit_data();
    void implementationsAgreeToTheBit();
    void wholeHalfLivesAreExact();
    void farPastDecaysToZero();
};

void TestDecayKernel::implementationsAgreeToTheBit_data()
{
    QTest::addColumn<qint64>("halfLife");
    QTest::addColumn<int>("typeCount");
    QTest::addColumn<int>("count");
    QTest::newRow("30 days, 12 types, 1001 activities") << qint64(30 * 86400) << 12 << 1001;
    QTest::newRow("1 s, 16 types, 7 activities") << qint64(1) << 16 << 7;
    QTest::newRow("90 days, 40 types (gathered), 4099") << qint64(90 * 86400) << 40 << 4099;
    QTest::newRow("odd half-life, 200 types, 65") << qint64(1234567) << 200 << 65;
}

void TestDecayKernel::implementationsAgreeToTheBit()
{
    QFETCH(qint64, halfLife);
    QFETCH(int, typeCount);
    QFETCH(int, count);
    if (!DecayKernel::avx512Available())
        qInfo("no AVX-512 here: checking the portable implementation against exp2l only");
    std::mt19937_64 rng(std::uint64_t(halfLife) * 31 + std::uint64_t(count));
    const auto weights = randomWeights(rng, std::size_t(typeCount));
    const DecayKernel portable(halfLife, weights, std::size_t(typeCount),
                               DecayKernel::Implementation::Portable);
    const DecayKernel vector(halfLife, weights, std::size_t(typeCount),
                             DecayKernel::Implementation::Avx512);
    QCOMPARE(portable.implementation(), DecayKernel::Implementation::Portable);

    // Times up to about four years back, some after a0 (left out), some at whole half-lives.
    const std::int64_t a0 = 4LL * 365 * 86400;
    const auto n = static_cast<std::size_t>(count);
    std::vector<std::uint32_t> times(n);
    std::vector<std::uint8_t> types(n);
    std::uniform_int_distribution<std::int64_t> time(0, a0 + 86400);
    std::uniform_int_distribution<int> type(0, typeCount - 1);
    for (std::size_t i = 0; i < times.size(); ++i) {
        std::int64_t t = time(rng);
        if (i % 7 == 3)
            t = std::max<std::int64_t>(0, a0 - std::int64_t(i % 40) * halfLife);
        times[i] = std::uint32_t(t);
        types[i] = std::uint8_t(type(rng));
    }
    std::vector<double> a(times.size()), b(times.size());
    portable.decay(times.data(), types.data(), times.size(), a0, a.data());
    vector.decay(times.data(), types.data(), times.size(), a0, b.data());
    for (std::size_t i = 0; i < times.size(); ++i) {
        // in long double: the double quotient age / h alone is off by up to ~1e-14 relative
        const auto age = static_cast<long double>(a0 - std::int64_t(times[i]));
        const double expected =
            age < 0 ? 0.0
                    : double(weights[types[i]] * std::exp2(-age / static_cast<long double>(halfLife)));
        if (!sameBits(a[i], b[i]))
            QFAIL(qPrintable(QStringLiteral("activity %1: portable %2, vector %3")
                                 .arg(i)
                                 .arg(a[i], 0, 'g', 17)
                                 .arg(b[i], 0, 'g', 17)));
        if (std::abs(a[i] - expected) > 1e-15 * std::abs(expected))
            QFAIL(qPrintable(QStringLiteral("activity %1: %2, exp2l gives %3")
                                 .arg(i)
                                 .arg(a[i], 0, 'g', 17)
                                 .arg(expected, 0, 'g', 17)));
    }
    // Sums of every length up to 40 and of the whole run, from every offset mod 8.
    for (std::size_t offset = 0; offset < 8 && offset < a.size(); ++offset)
        for (std::size_t n = 0; offset + n <= a.size() && n <= 40; ++n)
            QVERIFY(sameBits(portable.sum(a.data() + offset, n), vector.sum(a.data() + offset, n)));
    const double whole = portable.sum(a.data(), a.size());
    QVERIFY(sameBits(whole, vector.sum(a.data(), a.size())));
    long double exact = 0;
    for (double x : a)
        exact += x;
    QVERIFY(std::abs(whole - double(exact)) <= 1e-12 * std::max(1.0, std::abs(double(exact))));
}

void TestDecayKernel::wholeHalfLivesAreExact()
{
    const std::int64_t h = 7 * 86400 + 13;
    std::array<double, 256> weights{};
    weights[0] = 1;
    weights[1] = 3;
    for (auto implementation :
         {DecayKernel::Implementation::Portable, DecayKernel::Implementation::Best}) {
        const DecayKernel kernel(h, weights, 2, implementation);
        const std::int64_t a0 = 50 * h;
        // ages 0, h, 2h, … 9h: weights 1, 3, 1, 3, …
        std::vector<std::uint32_t> times;
        std::vector<std::uint8_t> types;
        double expected = 0;
        for (int k = 0; k < 10; ++k) {
            times.push_back(std::uint32_t(a0 - k * h));
            types.push_back(std::uint8_t(k % 2));
            expected += (k % 2 ? 3.0 : 1.0) * std::ldexp(1.0, -k);
        }
        std::vector<double> d(times.size());
        kernel.decay(times.data(), types.data(), times.size(), a0, d.data());
        for (int k = 0; k < 10; ++k)
            QCOMPARE(d[std::size_t(k)], (k % 2 ? 3.0 : 1.0) * std::ldexp(1.0, -k));
        QCOMPARE(kernel.sum(d.data(), d.size()), expected);
    }
}

void TestDecayKernel::farPastDecaysToZero()
{
    std::array<double, 256> weights{};
    weights[0] = 5;
    for (auto implementation :
         {DecayKernel::Implementation::Portable, DecayKernel::Implementation::Best}) {
        const DecayKernel kernel(1, weights, 1, implementation);
        // 3e9 half-lives: far below the smallest double
        const std::uint32_t times[] = {0, 1, 3000000000u};
        const std::uint8_t types[] = {0, 0, 0};
        double d[3];
        kernel.decay(times, types, 3, 3000000000LL, d);
        QCOMPARE(d[0], 0.0);
        QCOMPARE(d[1], 0.0);
        QCOMPARE(d[2], 5.0);
        // 1022 half-lives: the smallest normal power of two, exactly
        const std::uint32_t near[] = {0};
        kernel.decay(near, types, 1, 1022, d);
        QCOMPARE(d[0], 5.0 * std::ldexp(1.0, -1022));
    }
}

QTEST_GUILESS_MAIN(TestDecayKernel)
#include "tst_decay_kernel.moc"
