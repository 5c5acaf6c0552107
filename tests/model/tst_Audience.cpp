// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Audience.h"
#include "core/model/Validation.h"

#include "tests/support/FixedClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace rapport::model;
using namespace Qt::StringLiterals;
using rapport::test::FixedClock;
using Kind = AudienceCondition::Kind;
using Op = AudienceCondition::Op;

using AudienceEdit = std::function<void(Audience&)>;
Q_DECLARE_METATYPE(AudienceEdit)
Q_DECLARE_METATYPE(AudienceRule)

namespace {

const Uuid kCampaign = Uuid::fromString(u"0190a000-0000-7000-8000-0000000000c1");

AudienceCondition attribute(const QString& field, Op op, const QString& value)
{
    AudienceCondition c;
    c.kind = Kind::Attribute;
    c.field = field;
    c.op = op;
    c.value = value;
    return c;
}

AudienceCondition behaviour(const QString& type, int minCount, int withinDays,
                            const Uuid& campaign = {})
{
    AudienceCondition c;
    c.kind = Kind::Behaviour;
    c.activityType = type;
    c.minCount = minCount;
    c.withinDays = withinDays;
    c.campaign = campaign;
    c.op = Op::AtLeast;
    return c;
}

AudienceCondition level(Op op, const QString& value)
{
    AudienceCondition c;
    c.kind = Kind::Level;
    c.op = op;
    c.value = value;
    return c;
}

AudienceCondition nps(const QString& value, Op op = Op::Equals)
{
    AudienceCondition c;
    c.kind = Kind::NpsCategory;
    c.op = op;
    c.value = value;
    return c;
}

/** "role = backend AND attended ≥ 2 events in 90 days AND level ≥ Contributor" and more. */
AudienceRule sampleRule()
{
    AudienceRule rule;
    rule.match = AudienceRule::Match::All;
    rule.conditions = {attribute(u"role"_s, Op::Equals, u"backend"_s),
                       behaviour(u"attended"_s, 2, 90, kCampaign),
                       level(Op::AtLeast, u"Contributor"_s),
                       nps(u"promoter;passive"_s, Op::In),
                       attribute(u"country"_s, Op::In, u"DE;AT;CH"_s)};
    return rule;
}

Audience ruleAudience()
{
    const FixedClock clock;
    Audience a;
    a.meta = RecordMeta::create(clock);
    a.name = u"Backend regulars"_s;
    a.kind = Audience::Kind::Rule;
    a.rule = sampleRule();
    return a;
}

QJsonObject parseObject(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestAudience : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void jsonShape();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonSurvivesText();
    void jsonRefusesMalformed_data();
    void jsonRefusesMalformed();
    void validation_data();
    void validation();
};

void TestAudience::names()
{
    QCOMPARE(audienceConditionKindName(Kind::NpsCategory), u"nps_category"_s);
    QCOMPARE(audienceConditionOpName(Op::NotEquals), u"not_equals"_s);
    QCOMPARE(audienceConditionOpName(Op::AtMost), u"at_most"_s);
    QCOMPARE(audienceRuleMatchName(AudienceRule::Match::Any), u"any"_s);
    QCOMPARE(audienceKindName(Audience::Kind::Static), u"static"_s);
    for (const Op op : {Op::Equals, Op::NotEquals, Op::Contains, Op::In, Op::AtLeast, Op::AtMost}) {
        Op parsed = Op::Equals;
        QVERIFY(audienceConditionOpFromName(audienceConditionOpName(op), &parsed));
        QCOMPARE(parsed, op);
    }
    for (const Kind kind : {Kind::Attribute, Kind::Behaviour, Kind::Level, Kind::NpsCategory}) {
        Kind parsed = Kind::Attribute;
        QVERIFY(audienceConditionKindFromName(audienceConditionKindName(kind), &parsed));
        QCOMPARE(parsed, kind);
    }
    QCOMPARE(engagementLevelNames(),
             (QStringList{u"Observer"_s, u"Participant"_s, u"Contributor"_s, u"Advocate"_s}));
}

void TestAudience::jsonShape()
{
    const QJsonObject json = sampleRule().toJson();
    QCOMPARE(json.value(u"match"_s).toString(), u"all"_s);
    const QJsonArray conditions = json.value(u"conditions"_s).toArray();
    QCOMPARE(conditions.size(), 5);
    const QJsonObject first = conditions.at(0).toObject();
    QCOMPARE(first.value(u"kind"_s).toString(), u"attribute"_s);
    QCOMPARE(first.value(u"field"_s).toString(), u"role"_s);
    QCOMPARE(first.value(u"op"_s).toString(), u"equals"_s);
    QCOMPARE(first.value(u"value"_s).toString(), u"backend"_s);
    QVERIFY(!first.contains(u"campaign"_s));
    const QJsonObject second = conditions.at(1).toObject();
    QCOMPARE(second.value(u"kind"_s).toString(), u"behaviour"_s);
    QCOMPARE(second.value(u"activityType"_s).toString(), u"attended"_s);
    QCOMPARE(second.value(u"minCount"_s).toInt(), 2);
    QCOMPARE(second.value(u"withinDays"_s).toInt(), 90);
    QCOMPARE(second.value(u"campaign"_s).toString(), kCampaign.toString());
    QCOMPARE(conditions.at(3).toObject().value(u"kind"_s).toString(), u"nps_category"_s);
    QCOMPARE(conditions.at(3).toObject().value(u"op"_s).toString(), u"in"_s);
}

void TestAudience::jsonRoundTrip_data()
{
    QTest::addColumn<AudienceRule>("rule");
    QTest::newRow("sample") << sampleRule();
    AudienceRule any = sampleRule();
    any.match = AudienceRule::Match::Any;
    QTest::newRow("any") << any;
    QTest::newRow("empty") << AudienceRule();
    AudienceRule odd;
    odd.conditions = {behaviour(u"posted"_s, 1, 0), level(Op::AtMost, u"Observer"_s),
                      attribute(u"company"_s, Op::Contains, u"Ünïcödé ✓ 公司"_s),
                      attribute(u"internal"_s, Op::NotEquals, u"true"_s)};
    QTest::newRow("odd values") << odd;
}

void TestAudience::jsonRoundTrip()
{
    QFETCH(AudienceRule, rule);
    AudienceRule parsed;
    parsed.conditions.append(attribute(u"junk"_s, Op::In, u"x"_s)); // must be replaced
    QString error;
    QVERIFY2(AudienceRule::fromJson(rule.toJson(), &parsed, &error), qPrintable(error));
    QCOMPARE(parsed, rule);
    QVERIFY(error.isEmpty());
}

void TestAudience::jsonSurvivesText()
{
    const AudienceRule rule = sampleRule();
    const QByteArray text = QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact);
    // Stable: the same rule always serialises to the same bytes.
    QCOMPARE(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact), text);
    AudienceRule parsed;
    QVERIFY(AudienceRule::fromJson(QJsonDocument::fromJson(text).object(), &parsed, nullptr));
    QCOMPARE(parsed, rule);
}

void TestAudience::jsonRefusesMalformed_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty object") << QJsonObject() << u"match"_s;
    QTest::newRow("unknown match") << parseObject(R"({"match":"most","conditions":[]})")
                                   << u"most"_s;
    QTest::newRow("match not text") << parseObject(R"({"match":1,"conditions":[]})")
                                    << u"match"_s;
    QTest::newRow("no conditions") << parseObject(R"({"match":"all"})") << u"conditions"_s;
    QTest::newRow("conditions not a list")
        << parseObject(R"({"match":"all","conditions":{}})") << u"conditions"_s;
    QTest::newRow("condition not an object")
        << parseObject(R"({"match":"all","conditions":[42]})") << u"Condition 1"_s;
    QTest::newRow("unknown kind")
        << parseObject(R"({"match":"all","conditions":[{"kind":"horoscope","op":"equals"}]})")
        << u"horoscope"_s;
    QTest::newRow("missing kind")
        << parseObject(R"({"match":"all","conditions":[{"op":"equals"}]})") << u"kind"_s;
    QTest::newRow("unknown op")
        << parseObject(R"({"match":"all","conditions":[{"kind":"attribute","op":"like"}]})")
        << u"like"_s;
    QTest::newRow("missing op")
        << parseObject(R"({"match":"all","conditions":[{"kind":"attribute"}]})")
        << u"operator"_s;
    QTest::newRow("value not text")
        << parseObject(
               R"({"match":"all","conditions":[{"kind":"attribute","op":"equals","value":3}]})")
        << u"value"_s;
    QTest::newRow("count not whole")
        << parseObject(
               R"({"match":"all","conditions":[{"kind":"behaviour","op":"at_least","minCount":1.5}]})")
        << u"minCount"_s;
    QTest::newRow("days as text")
        << parseObject(
               R"({"match":"all","conditions":[{"kind":"behaviour","op":"at_least","withinDays":"90"}]})")
        << u"withinDays"_s;
    QTest::newRow("bad campaign id")
        << parseObject(
               R"({"match":"all","conditions":[{"kind":"behaviour","op":"at_least","campaign":"nope"}]})")
        << u"nope"_s;
    QTest::newRow("second condition bad")
        << parseObject(R"({"match":"any","conditions":[{"kind":"level","op":"at_least","value":"Advocate"},{"kind":"vibes","op":"equals"}]})")
        << u"Condition 2"_s;
}

void TestAudience::jsonRefusesMalformed()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, mentions);
    const AudienceRule before = sampleRule();
    AudienceRule rule = before;
    QString error;
    QVERIFY(!AudienceRule::fromJson(json, &rule, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(rule, before); // untouched on failure
    QVERIFY(!AudienceRule::fromJson(json, &rule, nullptr)); // error is optional
}

void TestAudience::validation_data()
{
    QTest::addColumn<AudienceEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    const auto condition = [](AudienceCondition c) {
        return AudienceEdit([c](Audience& a) { a.rule.conditions = {c}; });
    };
    const Uuid p1 = Uuid::fromString(u"0190a000-0000-7000-8000-0000000000a1");
    const Uuid p2 = Uuid::fromString(u"0190a000-0000-7000-8000-0000000000a2");

    QTest::newRow("valid baseline") << AudienceEdit([](Audience&) {}) << QStringList();
    QTest::newRow("no name") << AudienceEdit([](Audience& a) { a.name = u" "_s; })
                             << QStringList{u"name"_s};
    QTest::newRow("no conditions")
        << AudienceEdit([](Audience& a) { a.rule.conditions.clear(); }) << QStringList{u"rule"_s};
    QTest::newRow("unknown attribute")
        << condition(attribute(u"shoe_size"_s, Op::Equals, u"44"_s)) << QStringList{u"rule"_s};
    QTest::newRow("each known attribute") << AudienceEdit([](Audience& a) {
        a.rule.conditions.clear();
        for (const QString& field : audienceAttributeFields())
            a.rule.conditions.append(attribute(field, Op::Equals, u"x"_s));
    }) << QStringList();
    QTest::newRow("attribute without value")
        << condition(attribute(u"role"_s, Op::Equals, u"  "_s)) << QStringList{u"rule"_s};
    QTest::newRow("in without any value")
        << condition(attribute(u"country"_s, Op::In, u"; ;"_s)) << QStringList{u"rule"_s};
    QTest::newRow("behaviour without type")
        << condition(behaviour(QString(), 1, 0)) << QStringList{u"rule"_s};
    QTest::newRow("behaviour with malformed type")
        << condition(behaviour(u"Attended Twice"_s, 1, 0)) << QStringList{u"rule"_s};
    QTest::newRow("count zero") << condition(behaviour(u"attended"_s, 0, 30))
                                << QStringList{u"rule"_s};
    QTest::newRow("at most zero: never did it") << AudienceEdit([](Audience& a) {
        AudienceCondition c = behaviour(u"attended"_s, 0, 30);
        c.op = Op::AtMost;
        a.rule.conditions = {c};
    }) << QStringList();
    QTest::newRow("at most a negative count") << AudienceEdit([](Audience& a) {
        AudienceCondition c = behaviour(u"attended"_s, -1, 30);
        c.op = Op::AtMost;
        a.rule.conditions = {c};
    }) << QStringList{u"rule"_s};
    QTest::newRow("days negative") << condition(behaviour(u"attended"_s, 1, -1))
                                   << QStringList{u"rule"_s};
    QTest::newRow("days zero means any time") << condition(behaviour(u"attended"_s, 1, 0))
                                              << QStringList();
    QTest::newRow("unknown level") << condition(level(Op::AtLeast, u"Superfan"_s))
                                   << QStringList{u"rule"_s};
    QTest::newRow("level without value") << condition(level(Op::AtLeast, QString()))
                                         << QStringList{u"rule"_s};
    QTest::newRow("level list with an unknown one")
        << condition(level(Op::In, u"Observer;Guru"_s)) << QStringList{u"rule"_s};
    QTest::newRow("unknown nps category") << condition(nps(u"fan"_s)) << QStringList{u"rule"_s};
    QTest::newRow("each nps category") << AudienceEdit([](Audience& a) {
        a.rule.conditions = {nps(u"promoter"_s), nps(u"passive"_s), nps(u"detractor"_s)};
    }) << QStringList();
    QTest::newRow("two broken conditions, two errors") << AudienceEdit([](Audience& a) {
        a.rule.conditions = {behaviour(u"attended"_s, 0, -5)};
    }) << QStringList{u"rule"_s, u"rule"_s};
    QTest::newRow("static with members") << AudienceEdit([p1, p2](Audience& a) {
        a.kind = Audience::Kind::Static;
        a.rule = AudienceRule(); // not checked for a static list
        a.members = {p1, p2};
    }) << QStringList();
    QTest::newRow("empty static list is fine") << AudienceEdit([](Audience& a) {
        a.kind = Audience::Kind::Static;
        a.members.clear();
    }) << QStringList();
    QTest::newRow("static with null member") << AudienceEdit([p1](Audience& a) {
        a.kind = Audience::Kind::Static;
        a.members = {p1, Uuid()};
    }) << QStringList{u"members"_s};
    QTest::newRow("static with repeated member") << AudienceEdit([p1, p2](Audience& a) {
        a.kind = Audience::Kind::Static;
        a.members = {p1, p2, p1};
    }) << QStringList{u"members"_s};
    QTest::newRow("rule audience ignores members") << AudienceEdit([p1](Audience& a) {
        a.members = {p1, p1};
    }) << QStringList();
}

void TestAudience::validation()
{
    QFETCH(AudienceEdit, edit);
    QFETCH(QStringList, fields);
    Audience audience = ruleAudience();
    edit(audience);
    QCOMPARE(errorFields(validate(audience)), fields);
}

QTEST_GUILESS_MAIN(TestAudience)
#include "tst_Audience.moc"
