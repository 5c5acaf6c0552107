// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Record.h"
#include "core/model/Validation.h"

#include "tests/support/FixedClock.h"

#include <QTest>

using namespace rapport::model;
using namespace Qt::StringLiterals;
using rapport::test::FixedClock;

class TestRecordMeta : public QObject
{
    Q_OBJECT

private slots:
    void create();
    void touch();
    void currencyCodes_data();
    void currencyCodes();
    void httpUrls_data();
    void httpUrls();
};

void TestRecordMeta::create()
{
    const FixedClock clock;
    const RecordMeta meta = RecordMeta::create(clock);
    QCOMPARE(meta.id.version(), 7);
    QCOMPARE(meta.id.unixMillis(), clock.now().toMSecsSinceEpoch());
    QCOMPARE(meta.createdAt, clock.now());
    QCOMPARE(meta.updatedAt, clock.now());
    QCOMPARE(meta.rowVersion, qint64(1));
    QVERIFY(RecordMeta::create(clock).id != meta.id);
}

void TestRecordMeta::touch()
{
    FixedClock clock;
    RecordMeta meta = RecordMeta::create(clock);
    const RecordMeta original = meta;
    clock.advance(90);
    meta.touch(clock);
    QCOMPARE(meta.id, original.id);
    QCOMPARE(meta.createdAt, original.createdAt);
    QCOMPARE(meta.updatedAt, original.updatedAt.addSecs(90));
    QCOMPARE(meta.rowVersion, qint64(2));
    meta.touch(clock);
    QCOMPARE(meta.rowVersion, qint64(3));
}

void TestRecordMeta::currencyCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("ok");
    QTest::newRow("EUR") << u"EUR"_s << true;
    QTest::newRow("CNY") << u"CNY"_s << true;
    QTest::newRow("lower case") << u"usd"_s << false;
    QTest::newRow("two letters") << u"US"_s << false;
    QTest::newRow("four letters") << u"USDT"_s << false;
    QTest::newRow("symbol") << u"$"_s << false;
    QTest::newRow("digits") << u"978"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRecordMeta::currencyCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, ok);
    QCOMPARE(isCurrencyCode(code), ok);
}

void TestRecordMeta::httpUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << u"https://example.org/a?b=c"_s << true;
    QTest::newRow("http upper case") << u"HTTP://EXAMPLE.ORG"_s << true;
    QTest::newRow("ftp") << u"ftp://example.org"_s << false;
    QTest::newRow("no scheme") << u"example.org/page"_s << false;
    QTest::newRow("no host") << u"https:///path"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRecordMeta::httpUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QCOMPARE(isHttpUrl(QUrl(url)), ok);
}

QTEST_GUILESS_MAIN(TestRecordMeta)
#include "tst_RecordMeta.moc"
