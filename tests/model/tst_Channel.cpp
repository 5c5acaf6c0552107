// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Channel.h"
#include "core/model/Validation.h"

#include "tests/support/FixedClock.h"

#include <QTest>

#include <algorithm>
#include <functional>

using namespace rapport::model;
using namespace Qt::StringLiterals;
using rapport::test::FixedClock;

using ChannelEdit = std::function<void(Channel&)>;
Q_DECLARE_METATYPE(ChannelEdit)

namespace {

Channel validChannel()
{
    const FixedClock clock;
    Channel c;
    c.meta = RecordMeta::create(clock);
    c.name = u"Rapport blog"_s;
    c.kind = u"blog"_s;
    c.url = QUrl(u"https://blog.example.org/"_s);
    c.sizes = {{QDate(2026, 1, 1), 1000}, {QDate(2026, 2, 1), 1200}, {QDate(2026, 3, 1), 1150}};
    return c;
}

} // namespace

class TestChannel : public QObject
{
    Q_OBJECT

private slots:
    void sizeOn_data();
    void sizeOn();
    void sizeOnUnorderedSizes();
    void sizeOnWithoutSizes();
    void validation_data();
    void validation();
};

void TestChannel::sizeOn_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("size");
    QTest::newRow("before the first") << QDate(2025, 12, 31) << qint64(-1);
    QTest::newRow("on the first") << QDate(2026, 1, 1) << qint64(1000);
    QTest::newRow("between") << QDate(2026, 1, 31) << qint64(1000);
    QTest::newRow("on the second") << QDate(2026, 2, 1) << qint64(1200);
    QTest::newRow("on the last") << QDate(2026, 3, 1) << qint64(1150);
    QTest::newRow("long after") << QDate(2030, 1, 1) << qint64(1150);
    QTest::newRow("invalid date") << QDate() << qint64(-1);
}

void TestChannel::sizeOn()
{
    QFETCH(QDate, date);
    QFETCH(qint64, size);
    QCOMPARE(validChannel().sizeOn(date), size);
}

void TestChannel::sizeOnUnorderedSizes()
{
    Channel c = validChannel();
    std::reverse(c.sizes.begin(), c.sizes.end());
    QCOMPARE(c.sizeOn(QDate(2026, 2, 15)), qint64(1200));
    QCOMPARE(c.sizeOn(QDate(2026, 3, 15)), qint64(1150));
}

void TestChannel::sizeOnWithoutSizes()
{
    Channel c = validChannel();
    c.sizes.clear();
    QCOMPARE(c.sizeOn(QDate(2026, 2, 1)), qint64(-1));
    c.sizes = {{QDate(2026, 2, 1), 0}};
    QCOMPARE(c.sizeOn(QDate(2026, 2, 1)), qint64(0));
}

void TestChannel::validation_data()
{
    QTest::addColumn<ChannelEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid baseline") << ChannelEdit([](Channel&) {}) << QStringList();
    QTest::newRow("no url is fine") << ChannelEdit([](Channel& c) { c.url.clear(); })
                                    << QStringList();
    QTest::newRow("http url") << ChannelEdit([](Channel& c) {
        c.url = QUrl(u"http://example.org/feed"_s);
    }) << QStringList();
    QTest::newRow("no sizes is fine") << ChannelEdit([](Channel& c) { c.sizes.clear(); })
                                      << QStringList();
    QTest::newRow("no name") << ChannelEdit([](Channel& c) { c.name.clear(); })
                             << QStringList{u"name"_s};
    QTest::newRow("no kind") << ChannelEdit([](Channel& c) { c.kind = u" "_s; })
                             << QStringList{u"kind"_s};
    QTest::newRow("ftp url") << ChannelEdit([](Channel& c) {
        c.url = QUrl(u"ftp://example.org/"_s);
    }) << QStringList{u"url"_s};
    QTest::newRow("relative url") << ChannelEdit([](Channel& c) {
        c.url = QUrl(u"blog/index.html"_s);
    }) << QStringList{u"url"_s};
    QTest::newRow("url without host") << ChannelEdit([](Channel& c) {
        c.url = QUrl(u"https://"_s);
    }) << QStringList{u"url"_s};
    QTest::newRow("sizes out of order") << ChannelEdit([](Channel& c) {
        std::swap(c.sizes[0], c.sizes[1]);
    }) << QStringList{u"sizes"_s};
    QTest::newRow("two sizes on one date") << ChannelEdit([](Channel& c) {
        c.sizes[1].date = c.sizes[0].date;
    }) << QStringList{u"sizes"_s};
    QTest::newRow("negative size") << ChannelEdit([](Channel& c) { c.sizes[2].size = -1; })
                                   << QStringList{u"sizes"_s};
    QTest::newRow("size without date") << ChannelEdit([](Channel& c) {
        c.sizes.append({QDate(), 5});
    }) << QStringList{u"sizes"_s};
}

void TestChannel::validation()
{
    QFETCH(ChannelEdit, edit);
    QFETCH(QStringList, fields);
    Channel channel = validChannel();
    edit(channel);
    QCOMPARE(errorFields(validate(channel)), fields);
}

QTEST_GUILESS_MAIN(TestChannel)
#include "tst_Channel.moc"
