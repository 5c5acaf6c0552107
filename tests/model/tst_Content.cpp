// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Content.h"
#include "core/model/Validation.h"

#include "tests/support/FixedClock.h"

#include <QTest>

#include <functional>

using namespace rapport::model;
using namespace Qt::StringLiterals;
using rapport::test::FixedClock;

using ContentEdit = std::function<void(Content&)>;
Q_DECLARE_METATYPE(ContentEdit)

namespace {

Uuid id(int n)
{
    return Uuid::fromString(u"0190a000-0000-7000-8000-0000000000%1"_s.arg(n, 2, 10, QLatin1Char('0')));
}

MetricSnapshot snapshot(int day, qint64 views, qint64 reads, qint64 likes, qint64 shares,
                        qint64 clicks)
{
    return {QDateTime(QDate(2026, 3, day), QTime(12, 0), Qt::UTC), views, reads, likes, shares,
            clicks};
}

Content validContent()
{
    const FixedClock clock;
    Content c;
    c.meta = RecordMeta::create(clock);
    c.title = u"Zero-copy parsing in Rust, part 2"_s;
    c.kind = ContentKind::Article;
    c.authors = {id(1), id(2)};
    c.series = id(10);
    c.published = QDate(2026, 3, 2);
    Distribution blog;
    blog.channel = id(20);
    blog.url = QUrl(u"https://blog.example.org/zero-copy-2"_s);
    blog.publishedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    blog.snapshots = {snapshot(3, 100, 60, 5, 2, 10), snapshot(4, 150, 90, 5, 3, 14)};
    Distribution newsletter;
    newsletter.channel = id(21);
    c.distributions = {blog, newsletter};
    c.links = {{id(30), u"previous"_s}, {id(31), u"related"_s}};
    return c;
}

} // namespace

class TestContent : public QObject
{
    Q_OBJECT

private slots:
    void kindNames();
    void validation_data();
    void validation();
    void seriesValidation();
};

void TestContent::kindNames()
{
    const QList<QPair<ContentKind, QString>> expected{
        {ContentKind::Article, u"article"_s},   {ContentKind::Video, u"video"_s},
        {ContentKind::Talk, u"talk"_s},         {ContentKind::Tutorial, u"tutorial"_s},
        {ContentKind::Podcast, u"podcast"_s},   {ContentKind::Newsletter, u"newsletter"_s},
        {ContentKind::Other, u"other"_s}};
    for (const auto& [kind, name] : expected) {
        QCOMPARE(contentKindName(kind), name);
        ContentKind parsed = ContentKind::Other;
        QVERIFY(contentKindFromName(name, &parsed));
        QCOMPARE(parsed, kind);
    }
    QVERIFY(!contentKindFromName(u"tweet", nullptr));
}

void TestContent::validation_data()
{
    QTest::addColumn<ContentEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    const auto lastSnapshot = [](Content& c) -> MetricSnapshot& {
        return c.distributions[0].snapshots[1];
    };
    QTest::newRow("valid baseline") << ContentEdit([](Content&) {}) << QStringList();
    QTest::newRow("no title") << ContentEdit([](Content& c) { c.title.clear(); })
                              << QStringList{u"title"_s};
    QTest::newRow("no author") << ContentEdit([](Content& c) { c.authors.clear(); })
                               << QStringList{u"authors"_s};
    QTest::newRow("null author") << ContentEdit([](Content& c) { c.authors.append(Uuid()); })
                                 << QStringList{u"authors"_s};
    QTest::newRow("repeated author") << ContentEdit([](Content& c) { c.authors.append(id(1)); })
                                     << QStringList{u"authors"_s};
    QTest::newRow("distribution without channel")
        << ContentEdit([](Content& c) { c.distributions[1].channel = Uuid(); })
        << QStringList{u"distributions"_s};
    QTest::newRow("distribution with a mailto url") << ContentEdit([](Content& c) {
        c.distributions[1].url = QUrl(u"mailto:news@example.org"_s);
    }) << QStringList{u"distributions"_s};
    QTest::newRow("snapshots out of order") << ContentEdit([](Content& c) {
        c.distributions[0].snapshots[1].at = c.distributions[0].snapshots[0].at.addSecs(-1);
    }) << QStringList{u"distributions"_s};
    QTest::newRow("snapshots at the same time, same counters") << ContentEdit([](Content& c) {
        c.distributions[0].snapshots.append(c.distributions[0].snapshots[1]);
    }) << QStringList();
    QTest::newRow("snapshot without time")
        << ContentEdit([lastSnapshot](Content& c) { lastSnapshot(c).at = QDateTime(); })
        << QStringList{u"distributions"_s};
    QTest::newRow("negative counter")
        << ContentEdit([](Content& c) { c.distributions[0].snapshots[0].likes = -1; })
        << QStringList{u"distributions"_s};
    QTest::newRow("views went down")
        << ContentEdit([lastSnapshot](Content& c) { lastSnapshot(c).views = 99; })
        << QStringList{u"distributions"_s};
    QTest::newRow("reads went down")
        << ContentEdit([lastSnapshot](Content& c) { lastSnapshot(c).reads = 59; })
        << QStringList{u"distributions"_s};
    QTest::newRow("likes went down")
        << ContentEdit([lastSnapshot](Content& c) { lastSnapshot(c).likes = 4; })
        << QStringList{u"distributions"_s};
    QTest::newRow("shares went down")
        << ContentEdit([lastSnapshot](Content& c) { lastSnapshot(c).shares = 1; })
        << QStringList{u"distributions"_s};
    QTest::newRow("onward clicks went down")
        << ContentEdit([lastSnapshot](Content& c) { lastSnapshot(c).onwardClicks = 9; })
        << QStringList{u"distributions"_s};
    QTest::newRow("link to itself")
        << ContentEdit([](Content& c) { c.links.append({c.meta.id, u"related"_s}); })
        << QStringList{u"links"_s};
    QTest::newRow("repeated link")
        << ContentEdit([](Content& c) { c.links.append({id(31), u"related"_s}); })
        << QStringList{u"links"_s};
    QTest::newRow("same target, other kind")
        << ContentEdit([](Content& c) { c.links.append({id(31), u"next"_s}); })
        << QStringList();
    QTest::newRow("link without target")
        << ContentEdit([](Content& c) { c.links.append({Uuid(), u"related"_s}); })
        << QStringList{u"links"_s};
}

void TestContent::validation()
{
    QFETCH(ContentEdit, edit);
    QFETCH(QStringList, fields);
    Content content = validContent();
    edit(content);
    QCOMPARE(errorFields(validate(content)), fields);
}

void TestContent::seriesValidation()
{
    Series series;
    series.name = u"Zero-copy parsing"_s;
    QVERIFY(validate(series).isEmpty());
    series.name = u"   "_s;
    QCOMPARE(errorFields(validate(series)), QStringList{u"name"_s});
}

QTEST_GUILESS_MAIN(TestContent)
#include "tst_Content.moc"
