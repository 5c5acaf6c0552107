// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Reward.h"
#include "core/model/Validation.h"

#include "tests/support/FixedClock.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace rapport::model;
using namespace Qt::StringLiterals;
using rapport::test::FixedClock;

using RewardEdit = std::function<void(Reward&)>;
Q_DECLARE_METATYPE(RewardEdit)

namespace {

Reward validReward()
{
    const FixedClock clock;
    Reward r;
    r.meta = RecordMeta::create(clock);
    r.person = Uuid::fromString(u"0190a000-0000-7000-8000-000000000001");
    r.kind = RewardKind::Points;
    r.value = 50;
    r.reason = u"Second talk"_s;
    r.date = QDate(2026, 3, 1);
    return r;
}

} // namespace

class TestReward : public QObject
{
    Q_OBJECT

private slots:
    void kindNames();
    void validation_data();
    void validation();
};

void TestReward::kindNames()
{
    const QList<QPair<RewardKind, QString>> expected{{RewardKind::Points, u"points"_s},
                                                     {RewardKind::Swag, u"swag"_s},
                                                     {RewardKind::Money, u"money"_s},
                                                     {RewardKind::Recognition, u"recognition"_s}};
    for (const auto& [kind, name] : expected) {
        QCOMPARE(rewardKindName(kind), name);
        RewardKind parsed = RewardKind::Points;
        QVERIFY(rewardKindFromName(name, &parsed));
        QCOMPARE(parsed, kind);
    }
    QVERIFY(!rewardKindFromName(u"hug", nullptr));
}

void TestReward::validation_data()
{
    QTest::addColumn<RewardEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid baseline") << RewardEdit([](Reward&) {}) << QStringList();
    QTest::newRow("zero value") << RewardEdit([](Reward& r) { r.value = 0; }) << QStringList();
    QTest::newRow("money with currency") << RewardEdit([](Reward& r) {
        r.kind = RewardKind::Money;
        r.currency = u"CNY"_s;
    }) << QStringList();
    QTest::newRow("no person") << RewardEdit([](Reward& r) { r.person = Uuid(); })
                               << QStringList{u"person"_s};
    QTest::newRow("no date") << RewardEdit([](Reward& r) { r.date = QDate(); })
                             << QStringList{u"date"_s};
    QTest::newRow("negative value") << RewardEdit([](Reward& r) { r.value = -1; })
                                    << QStringList{u"value"_s};
    QTest::newRow("infinite value")
        << RewardEdit([](Reward& r) { r.value = std::numeric_limits<double>::infinity(); })
        << QStringList{u"value"_s};
    QTest::newRow("NaN value")
        << RewardEdit([](Reward& r) { r.value = std::numeric_limits<double>::quiet_NaN(); })
        << QStringList{u"value"_s};
    QTest::newRow("money without currency")
        << RewardEdit([](Reward& r) { r.kind = RewardKind::Money; })
        << QStringList{u"currency"_s};
    QTest::newRow("money with malformed currency") << RewardEdit([](Reward& r) {
        r.kind = RewardKind::Money;
        r.currency = u"€"_s;
    }) << QStringList{u"currency"_s};
    QTest::newRow("swag needs no currency")
        << RewardEdit([](Reward& r) { r.kind = RewardKind::Swag; }) << QStringList();
}

void TestReward::validation()
{
    QFETCH(RewardEdit, edit);
    QFETCH(QStringList, fields);
    Reward reward = validReward();
    edit(reward);
    QCOMPARE(errorFields(validate(reward)), fields);
}

QTEST_GUILESS_MAIN(TestReward)
#include "tst_Reward.moc"
