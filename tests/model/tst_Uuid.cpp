// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Uuid.h"

#include "tests/support/FixedClock.h"

#include <QSet>
#include <QTest>

using namespace rapport::model;
using rapport::test::FixedClock;

class TestUuid : public QObject
{
    Q_OBJECT

private slots:
    void nullByDefault();
    void v7Layout();
    void timestampRoundTrip_data();
    void timestampRoundTrip();
    void stringRoundTrip();
    void knownString();
    void parsesUpperCase();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void bytesRoundTrip();
    void fromBytesRejectsWrongSize();
    void tenThousandUnique();
    void sortsByTime();
};

void TestUuid::nullByDefault()
{
    const Uuid id;
    QVERIFY(id.isNull());
    QCOMPARE(id.toString(), QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QCOMPARE(id.version(), 0);
    QCOMPARE(id.unixMillis(), 0);
}

void TestUuid::v7Layout()
{
    const FixedClock clock;
    for (int i = 0; i < 200; ++i) {
        const Uuid id = Uuid::createV7(clock);
        QVERIFY(!id.isNull());
        QCOMPARE(id.version(), 7);
        QCOMPARE(id.bytes()[6] & 0xF0, 0x70);
        QCOMPARE(id.bytes()[8] & 0xC0, 0x80); // RFC 9562 variant 10
        const QString text = id.toString();
        QCOMPARE(text.size(), 36);
        QCOMPARE(text[14], QLatin1Char('7'));
        QVERIFY(QStringLiteral("89ab").contains(text[19]));
    }
}

void TestUuid::timestampRoundTrip_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QTest::newRow("2026") << QDateTime(QDate(2026, 3, 1), QTime(9, 0, 0, 123), Qt::UTC);
    QTest::newRow("y2k") << QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("far future") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
}

void TestUuid::timestampRoundTrip()
{
    QFETCH(QDateTime, now);
    const FixedClock clock(now);
    const Uuid id = Uuid::createV7(clock);
    QCOMPARE(id.unixMillis(), now.toMSecsSinceEpoch());
    // The timestamp sits big-endian in the first 48 bits.
    const QString hex = id.toString().remove(QLatin1Char('-'));
    QCOMPARE(hex.left(12).toLongLong(nullptr, 16), now.toMSecsSinceEpoch());
}

void TestUuid::stringRoundTrip()
{
    const FixedClock clock;
    for (int i = 0; i < 100; ++i) {
        const Uuid id = Uuid::createV7(clock);
        const QString text = id.toString();
        QCOMPARE(text, text.toLower());
        QCOMPARE(Uuid::fromString(text), id);
    }
}

void TestUuid::knownString()
{
    // The example from RFC 9562 appendix A.6.
    const Uuid id = Uuid::fromString(u"017F22E2-79B0-7CC3-98C4-DC0C0C07398F");
    QVERIFY(!id.isNull());
    QCOMPARE(id.version(), 7);
    QCOMPARE(id.unixMillis(), Q_INT64_C(0x017F22E279B0));
    QCOMPARE(id.toString(), QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
    QCOMPARE(id.toBytes().toHex(), QByteArray("017f22e279b07cc398c4dc0c0c07398f"));
}

void TestUuid::parsesUpperCase()
{
    QCOMPARE(Uuid::fromString(u"ABCDEF01-2345-6789-ABCD-EF0123456789"),
             Uuid::fromString(u"abcdef01-2345-6789-abcd-ef0123456789"));
    QVERIFY(!Uuid::fromString(u"AbCdEf01-2345-6789-aBcD-eF0123456789").isNull());
}

void TestUuid::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("braces") << QStringLiteral("{017f22e2-79b0-7cc3-98c4-dc0c0c07398f}");
    QTest::newRow("no dashes") << QStringLiteral("017f22e279b07cc398c4dc0c0c07398f");
    QTest::newRow("too short") << QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398");
    QTest::newRow("too long") << QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f0");
    QTest::newRow("non-hex") << QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398g");
    QTest::newRow("dash misplaced") << QStringLiteral("017f22e-279b0-7cc3-98c4-dc0c0c07398f");
    QTest::newRow("space for dash") << QStringLiteral("017f22e2 79b0 7cc3 98c4 dc0c0c07398f");
    QTest::newRow("leading space") << QStringLiteral(" 017f22e2-79b0-7cc3-98c4-dc0c0c0739f");
    QTest::newRow("urn") << QStringLiteral("urn:uuid:017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
    QTest::newRow("fullwidth digit") << QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398\uFF11");
}

void TestUuid::rejectsMalformed()
{
    QFETCH(QString, text);
    QVERIFY(Uuid::fromString(text).isNull());
}

void TestUuid::bytesRoundTrip()
{
    const FixedClock clock;
    const Uuid id = Uuid::createV7(clock);
    const QByteArray raw = id.toBytes();
    QCOMPARE(raw.size(), 16);
    QCOMPARE(Uuid::fromBytes(raw), id);
    QCOMPARE(QString::fromLatin1(raw.toHex()), id.toString().remove(QLatin1Char('-')));
}

void TestUuid::fromBytesRejectsWrongSize()
{
    QVERIFY(Uuid::fromBytes(QByteArray(15, '\x01')).isNull());
    QVERIFY(Uuid::fromBytes(QByteArray(17, '\x01')).isNull());
    QVERIFY(Uuid::fromBytes(QByteArray()).isNull());
}

void TestUuid::tenThousandUnique()
{
    const FixedClock clock; // every id in the same millisecond
    QSet<Uuid> seen;
    for (int i = 0; i < 10000; ++i)
        seen.insert(Uuid::createV7(clock));
    QCOMPARE(seen.size(), 10000);
}

void TestUuid::sortsByTime()
{
    FixedClock clock;
    const Uuid earlier = Uuid::createV7(clock);
    clock.advance(1);
    const Uuid later = Uuid::createV7(clock);
    QVERIFY(earlier < later);
    QVERIFY(earlier.toString() < later.toString());
}

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_Uuid.moc"
