// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ActivitySegmentCodec.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace rapport::storage;

Q_DECLARE_METATYPE(ActivityColumns)

namespace {

ActivityColumns generate(std::size_t rows, std::int64_t people, quint32 seed, bool sorted)
{
    QRandomGenerator rng(seed);
    ActivityColumns c;
    c.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        ActivityRow r;
        r.person = 1 + static_cast<std::int64_t>(rng.bounded(quint64(std::max<std::int64_t>(1, people))));
        r.type = static_cast<std::int32_t>(1 + rng.bounded(13));
        r.at = 1'700'000'000 + static_cast<std::int64_t>(rng.bounded(31'536'000));
        r.campaign = rng.bounded(3) == 0 ? 0 : 1 + rng.bounded(40);
        r.channel = rng.bounded(2) == 0 ? 0 : 1 + rng.bounded(8);
        r.content = rng.bounded(5) == 0 ? 1 + rng.bounded(300) : 0;
        r.value = rng.bounded(10) == 0 ? rng.bounded(100) : 0;
        c.push_back(r);
    }
    if (sorted)
        c.sort();
    return c;
}

} // namespace

class TestSegmentCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void compactWhenSorted();
    void rowCountWithoutDecoding();
    void damagedBlobsAreRefused();
    void sortAndUnique();
};

void TestSegmentCodec::roundTrip_data()
{
    QTest::addColumn<ActivityColumns>("rows");

    QTest::newRow("empty") << ActivityColumns();
    {
        ActivityColumns c;
        c.push_back({42, 3, 1'700'000'000, 7, 2, 0, 1});
        QTest::newRow("one row") << c;
    }
    {
        ActivityColumns c;
        for (int i = 0; i < 50; ++i)
            c.push_back({5, i % 3, 1'700'000'000, 0, 0, 0, 0}); // all at the same second
        QTest::newRow("ties in time") << c;
    }
    {
        ActivityColumns c;
        const auto max = std::numeric_limits<std::int64_t>::max();
        const auto min = std::numeric_limits<std::int64_t>::min();
        c.push_back({max, std::numeric_limits<std::int32_t>::max(), max, max, max, max, 0});
        c.push_back({min, std::numeric_limits<std::int32_t>::min(), min, min, min, min, 0});
        c.push_back({0, 0, 0, 0, 0, 0, 0});
        c.push_back({max, 1, -1, 1, max - 1, 3, 0});
        QTest::newRow("huge keys, unsorted") << c;
    }
    {
        ActivityColumns c;
        const double values[] = {-1.0, 0.5, -0.25, 1e300, -1e-300, -0.0, 9007199254740992.0, -9007199254740993.0,
                                 3.0, -3.0, std::numeric_limits<double>::infinity(), 123456789.125};
        std::int64_t t = 1'600'000'000;
        for (double v : values)
            c.push_back({1, 1, t++, 0, 0, 0, v});
        QTest::newRow("negative and fractional values") << c;
    }
    QTest::newRow("random sorted 10k") << generate(10'000, 500, 1, true);
    QTest::newRow("random unsorted 10k") << generate(10'000, 500, 2, false);
    QTest::newRow("many people, few rows each") << generate(50'000, 40'000, 3, true);
    {
        // One person with a million activities, one per ~30 s.
        ActivityColumns c;
        c.reserve(1'000'000);
        std::int64_t t = 1'650'000'000;
        for (std::int64_t i = 0; i < 1'000'000; ++i) {
            t += 1 + (i * 7919) % 60;
            c.push_back({77, std::int32_t(i % 5), t, (i / 1000) % 3, 0, 0, i % 17 == 0 ? 1.5 : 0});
        }
        QTest::newRow("one person, 1,000,000 activities") << c;
    }
}

void TestSegmentCodec::roundTrip()
{
    QFETCH(ActivityColumns, rows);
    const QByteArray blob = ActivitySegmentCodec::encode(rows);
    QVERIFY(!blob.isEmpty());
    ActivityColumns decoded;
    QString error;
    QVERIFY2(ActivitySegmentCodec::decode(blob, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.size(), rows.size());
    QCOMPARE(decoded.person, rows.person);
    QCOMPARE(decoded.type, rows.type);
    QCOMPARE(decoded.at, rows.at);
    QCOMPARE(decoded.campaign, rows.campaign);
    QCOMPARE(decoded.channel, rows.channel);
    QCOMPARE(decoded.content, rows.content);
    // Bit-exact values (−0 stays −0).
    for (std::size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(std::bit_cast<std::uint64_t>(decoded.value[i]), std::bit_cast<std::uint64_t>(rows.value[i]));
    QCOMPARE(ActivitySegmentCodec::rowCount(blob), std::int64_t(rows.size()));
}

void TestSegmentCodec::compactWhenSorted()
{
    // 131,072 realistic rows: ~20 per person over a year.
    const ActivityColumns rows = generate(131'072, 6'500, 7, true);
    const QByteArray blob = ActivitySegmentCodec::encode(rows);
    const double perRow = double(blob.size()) / double(rows.size());
    qInfo("%.2f bytes per activity", perRow);
    QVERIFY2(perRow < 6.0, qPrintable(QString::number(perRow)));
}

void TestSegmentCodec::rowCountWithoutDecoding()
{
    const ActivityColumns rows = generate(3'000, 100, 9, true);
    QCOMPARE(ActivitySegmentCodec::rowCount(ActivitySegmentCodec::encode(rows)), 3000);
    QCOMPARE(ActivitySegmentCodec::rowCount(QByteArray("nonsense")), -1);
}

void TestSegmentCodec::damagedBlobsAreRefused()
{
    const QByteArray blob = ActivitySegmentCodec::encode(generate(1'000, 50, 11, true));
    ActivityColumns out;
    QString error;
    QVERIFY(!ActivitySegmentCodec::decode(QByteArray(), &out, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ActivitySegmentCodec::decode(blob.left(blob.size() / 2), &out));
    QByteArray flipped = blob;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
    QVERIFY(!ActivitySegmentCodec::decode(flipped, &out) || out.size() == 1000); // zstd may or may not notice
    QByteArray wrongMagic = blob;
    wrongMagic[0] = 'X';
    QVERIFY(!ActivitySegmentCodec::decode(wrongMagic, &out));
}

void TestSegmentCodec::sortAndUnique()
{
    ActivityColumns c;
    c.push_back({2, 1, 10, 0, 0, 0, 0});
    c.push_back({1, 1, 20, 0, 0, 0, 0});
    c.push_back({1, 1, 5, 0, 0, 0, 0});
    c.push_back({2, 1, 10, 0, 0, 0, 0});
    c.push_back({1, 2, 5, 0, 0, 0, 0});
    QVERIFY(!c.isSorted());
    c.sortUnique();
    QVERIFY(c.isSorted());
    QCOMPARE(c.size(), std::size_t(4));
    QCOMPARE(c.row(0), (ActivityRow{1, 1, 5, 0, 0, 0, 0}));
    QCOMPARE(c.row(1), (ActivityRow{1, 2, 5, 0, 0, 0, 0}));
    QCOMPARE(c.row(2), (ActivityRow{1, 1, 20, 0, 0, 0, 0}));
    QCOMPARE(c.row(3), (ActivityRow{2, 1, 10, 0, 0, 0, 0}));
}

QTEST_GUILESS_MAIN(TestSegmentCodec)
#include "tst_segmentcodec.moc"
