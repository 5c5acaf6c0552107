// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Activity.h"
#include "core/model/Validation.h"

#include "tests/support/FixedClock.h"

#include <QSet>
#include <QTest>

#include <functional>
#include <limits>

using namespace rapport::model;
using namespace Qt::StringLiterals;
using rapport::test::FixedClock;

using ActivityEdit = std::function<void(Activity&)>;
Q_DECLARE_METATYPE(ActivityEdit)

namespace {

Uuid idFromText(const char16_t* text)
{
    return Uuid::fromString(QStringView(text));
}

Activity baseline()
{
    Activity a;
    a.person = idFromText(u"0190a000-0000-7000-8000-000000000001");
    a.type = u"attended"_s;
    a.at = QDateTime(QDate(2026, 2, 14), QTime(18, 30, 15, 250), Qt::UTC);
    a.campaign = idFromText(u"0190a000-0000-7000-8000-000000000002");
    a.content = idFromText(u"0190a000-0000-7000-8000-000000000003");
    a.channel = idFromText(u"0190a000-0000-7000-8000-000000000004");
    a.value = 1.5;
    return a;
}

} // namespace

class TestActivity : public QObject
{
    Q_OBJECT

private slots:
    void defaultTypes();
    void activityTypes_data();
    void activityTypes();
    void contentIdLayout();
    void contentIdIsDeterministic();
    void contentIdIsStable();
    void contentIdSensitivity_data();
    void contentIdSensitivity();
    void contentIdIgnoresTimeZoneSpelling();
    void contentIdSpreads();
    void validation_data();
    void validation();
};

void TestActivity::defaultTypes()
{
    const QStringList expected{u"invited"_s,   u"registered"_s, u"attended"_s, u"contributed"_s,
                               u"posted"_s,    u"commented"_s,  u"starred"_s,  u"shared"_s,
                               u"referred"_s,  u"spoke"_s,      u"authored"_s, u"responded"_s,
                               u"rewarded"_s};
    QCOMPARE(defaultActivityTypes(), expected);
    for (const QString& type : defaultActivityTypes())
        QVERIFY2(isValidActivityType(type), qPrintable(type));
}

void TestActivity::activityTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("valid");
    QTest::newRow("word") << u"attended"_s << true;
    QTest::newRow("one letter") << u"a"_s << true;
    QTest::newRow("digits and underscore") << u"level_2_reached"_s << true;
    QTest::newRow("64 characters") << (u"a"_s + QString(63, u'b')) << true;
    QTest::newRow("65 characters") << (u"a"_s + QString(64, u'b')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << u"Attended"_s << false;
    QTest::newRow("leading digit") << u"2nd"_s << false;
    QTest::newRow("leading underscore") << u"_x"_s << false;
    QTest::newRow("dash") << u"signed-up"_s << false;
    QTest::newRow("space") << u"signed up"_s << false;
    QTest::newRow("non-ascii letter") << u"café"_s << false;
}

void TestActivity::activityTypes()
{
    QFETCH(QString, type);
    QFETCH(bool, valid);
    QCOMPARE(isValidActivityType(type), valid);
}

void TestActivity::contentIdLayout()
{
    const Activity a = baseline();
    const Uuid id = a.contentId();
    QCOMPARE(id.version(), 7);
    QCOMPARE(id.bytes()[8] & 0xC0, 0x80);
    QCOMPARE(id.unixMillis(), a.at.toMSecsSinceEpoch());
}

void TestActivity::contentIdIsDeterministic()
{
    const Activity a = baseline();
    const Activity b = baseline();
    QCOMPARE(a.contentId(), b.contentId());
    QCOMPARE(a.contentId(), a.contentId());
    Activity zero = baseline();
    zero.value = 0.0;
    Activity negativeZero = baseline();
    negativeZero.value = -0.0;
    QCOMPARE(zero.contentId(), negativeZero.contentId());
}

void TestActivity::contentIdIsStable()
{
    // The id is stored in project files: this value must never change. If the encoding has to
    // change, version it ("rapport.activity.v2") and migrate, do not edit this expectation.
    // The value was computed independently (Python hashlib) from the documented encoding.
    QCOMPARE(baseline().contentId().toString(), u"019c5d6a-efd2-7086-a368-eae5b651a70b"_s);
}

void TestActivity::contentIdSensitivity_data()
{
    QTest::addColumn<ActivityEdit>("edit");
    QTest::newRow("person") << ActivityEdit([](Activity& a) {
        a.person = idFromText(u"0190a000-0000-7000-8000-000000000009");
    });
    QTest::newRow("type") << ActivityEdit([](Activity& a) { a.type = u"registered"_s; });
    QTest::newRow("time by one millisecond")
        << ActivityEdit([](Activity& a) { a.at = a.at.addMSecs(1); });
    QTest::newRow("campaign") << ActivityEdit([](Activity& a) { a.campaign = Uuid(); });
    QTest::newRow("content") << ActivityEdit([](Activity& a) { a.content = Uuid(); });
    QTest::newRow("channel") << ActivityEdit([](Activity& a) { a.channel = Uuid(); });
    QTest::newRow("value") << ActivityEdit([](Activity& a) { a.value = 1.5000001; });
    QTest::newRow("campaign and content swapped") << ActivityEdit([](Activity& a) {
        std::swap(a.campaign, a.content);
    });
}

void TestActivity::contentIdSensitivity()
{
    QFETCH(ActivityEdit, edit);
    const Activity original = baseline();
    Activity changed = baseline();
    edit(changed);
    QVERIFY(!(changed == original));
    QVERIFY(changed.contentId() != original.contentId());
    QCOMPARE(changed.contentId().version(), 7);
}

void TestActivity::contentIdIgnoresTimeZoneSpelling()
{
    Activity utc = baseline();
    Activity offset = baseline();
    offset.at = utc.at.toOffsetFromUtc(8 * 3600); // the same instant
    QCOMPARE(offset.contentId(), utc.contentId());
}

void TestActivity::contentIdSpreads()
{
    // Facts in the same millisecond differ only in hash bits; 5,000 of them must not collide.
    QSet<Uuid> ids;
    Activity a = baseline();
    for (int i = 0; i < 5000; ++i) {
        a.value = i;
        ids.insert(a.contentId());
    }
    QCOMPARE(ids.size(), 5000);
}

void TestActivity::validation_data()
{
    QTest::addColumn<ActivityEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid baseline") << ActivityEdit([](Activity&) {}) << QStringList();
    QTest::newRow("optional links may be null") << ActivityEdit([](Activity& a) {
        a.campaign = a.content = a.channel = Uuid();
    }) << QStringList();
    QTest::newRow("no person") << ActivityEdit([](Activity& a) { a.person = Uuid(); })
                               << QStringList{u"person"_s};
    QTest::newRow("empty type") << ActivityEdit([](Activity& a) { a.type.clear(); })
                                << QStringList{u"type"_s};
    QTest::newRow("malformed type") << ActivityEdit([](Activity& a) { a.type = u"Signed Up"_s; })
                                    << QStringList{u"type"_s};
    QTest::newRow("custom type is fine")
        << ActivityEdit([](Activity& a) { a.type = u"won_hackathon"_s; }) << QStringList();
    QTest::newRow("no time") << ActivityEdit([](Activity& a) { a.at = QDateTime(); })
                             << QStringList{u"at"_s};
    QTest::newRow("before 1970") << ActivityEdit([](Activity& a) {
        a.at = QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), Qt::UTC);
    }) << QStringList{u"at"_s};
    QTest::newRow("exactly 1970") << ActivityEdit([](Activity& a) {
        a.at = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    }) << QStringList();
    QTest::newRow("after 9999") << ActivityEdit([](Activity& a) {
        a.at = QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
    }) << QStringList{u"at"_s};
    QTest::newRow("infinite value") << ActivityEdit([](Activity& a) {
        a.value = std::numeric_limits<double>::infinity();
    }) << QStringList{u"value"_s};
    QTest::newRow("NaN value") << ActivityEdit([](Activity& a) {
        a.value = std::numeric_limits<double>::quiet_NaN();
    }) << QStringList{u"value"_s};
    QTest::newRow("negative value is fine")
        << ActivityEdit([](Activity& a) { a.value = -3; }) << QStringList();
    QTest::newRow("everything wrong") << ActivityEdit([](Activity& a) { a = Activity(); a.value = std::numeric_limits<double>::infinity(); })
                                      << QStringList{u"person"_s, u"type"_s, u"at"_s, u"value"_s};
}

void TestActivity::validation()
{
    QFETCH(ActivityEdit, edit);
    QFETCH(QStringList, fields);
    Activity activity = baseline();
    edit(activity);
    const ValidationErrors errors = validate(activity);
    QCOMPARE(errorFields(errors), fields);
    for (const ValidationError& error : errors)
        QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_Activity.moc"
