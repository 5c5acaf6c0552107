// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Audience.h"

#include "core/model/Activity.h"
#include "core/model/EnumNames.h"
#include "core/model/Survey.h"
#include "core/model/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>

namespace rapport::model {

namespace {

using detail::EnumName;
using Kind = AudienceCondition::Kind;
using Op = AudienceCondition::Op;

constexpr std::array<EnumName<Kind>, 4> kConditionKindNames{{
    {Kind::Attribute, u"attribute"},
    {Kind::Behaviour, u"behaviour"},
    {Kind::Level, u"level"},
    {Kind::NpsCategory, u"nps_category"},
}};

constexpr std::array<EnumName<Op>, 6> kOpNames{{
    {Op::Equals, u"equals"},
    {Op::NotEquals, u"not_equals"},
    {Op::Contains, u"contains"},
    {Op::In, u"in"},
    {Op::AtLeast, u"at_least"},
    {Op::AtMost, u"at_most"},
}};

constexpr std::array<EnumName<AudienceRule::Match>, 2> kMatchNames{{
    {AudienceRule::Match::All, u"all"},
    {AudienceRule::Match::Any, u"any"},
}};

constexpr std::array<EnumName<Audience::Kind>, 2> kAudienceKindNames{{
    {Audience::Kind::Rule, u"rule"},
    {Audience::Kind::Static, u"static"},
}};

/** The values a condition names: one, or several separated by ';' for In; blanks dropped. */
QStringList conditionValues(const AudienceCondition& condition)
{
    QStringList values;
    if (condition.op == Op::In) {
        const QStringList parts = condition.value.split(u';');
        for (const QString& part : parts) {
            if (!isBlank(part))
                values.append(part.trimmed());
        }
    } else if (!isBlank(condition.value)) {
        values.append(condition.value.trimmed());
    }
    return values;
}

ValidationError ruleError(qsizetype index, const QString& problem)
{
    return {QStringLiteral("rule"),
            QCoreApplication::translate("rapport::model", "Condition %1: %2")
                .arg(index + 1)
                .arg(problem)};
}

void validateCondition(const AudienceCondition& condition, qsizetype index,
                       ValidationErrors* errors)
{
    const QStringList values = conditionValues(condition);
    switch (condition.kind) {
    case Kind::Attribute:
        if (!audienceAttributeFields().contains(condition.field)) {
            errors->append(ruleError(
                index, QCoreApplication::translate("rapport::model",
                                                   "“%1” is not a person attribute.")
                           .arg(condition.field)));
        }
        if (values.isEmpty()) {
            errors->append(ruleError(
                index, QCoreApplication::translate("rapport::model", "a value is missing.")));
        }
        break;
    case Kind::Behaviour:
        if (!isValidActivityType(condition.activityType)) {
            errors->append(ruleError(
                index, QCoreApplication::translate("rapport::model",
                                                   "“%1” is not a valid activity type.")
                           .arg(condition.activityType)));
        }
        // "at most 0" (never did it) is a fair question; "at least 0" holds for everyone.
        if (condition.op == Op::AtMost ? condition.minCount < 0 : condition.minCount < 1) {
            errors->append(ruleError(
                index, condition.op == Op::AtMost
                           ? QCoreApplication::translate("rapport::model",
                                                         "the count cannot be negative.")
                           : QCoreApplication::translate("rapport::model",
                                                         "the count must be at least 1.")));
        }
        if (condition.withinDays < 0) {
            errors->append(ruleError(
                index, QCoreApplication::translate("rapport::model",
                                                   "the number of days cannot be negative.")));
        }
        break;
    case Kind::Level:
    case Kind::NpsCategory: {
        if (values.isEmpty()) {
            errors->append(ruleError(
                index, QCoreApplication::translate("rapport::model", "a value is missing.")));
            break;
        }
        for (const QString& value : values) {
            const bool known = condition.kind == Kind::Level
                                   ? engagementLevelNames().contains(value)
                                   : npsCategoryFromName(value, nullptr);
            if (!known) {
                errors->append(ruleError(
                    index, condition.kind == Kind::Level
                               ? QCoreApplication::translate(
                                     "rapport::model", "“%1” is not an engagement level.")
                                     .arg(value)
                               : QCoreApplication::translate("rapport::model",
                                                             "“%1” is not an NPS category.")
                                     .arg(value)));
                break;
            }
        }
        break;
    }
    }
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

/** Reads an optional string member; false if it is there but not a string. */
bool readString(const QJsonObject& object, const QString& key, QString* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

/** Reads an optional integer member; false if it is there but not a whole number in range. */
bool readInt(const QJsonObject& object, const QString& key, int* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number ||
        number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return false;
    *out = static_cast<int>(number);
    return true;
}

bool conditionFromJson(const QJsonObject& object, qsizetype index, AudienceCondition* condition,
                       QString* error)
{
    const auto problem = [index](const QString& what) {
        return QCoreApplication::translate("rapport::model", "Condition %1: %2")
            .arg(index + 1)
            .arg(what);
    };
    const QJsonValue kind = object.value(QStringLiteral("kind"));
    if (!kind.isString() || !audienceConditionKindFromName(kind.toString(), &condition->kind)) {
        return fail(error, problem(QCoreApplication::translate("rapport::model",
                                                               "unknown kind “%1”.")
                                       .arg(kind.toVariant().toString())));
    }
    const QJsonValue op = object.value(QStringLiteral("op"));
    if (!op.isString() || !audienceConditionOpFromName(op.toString(), &condition->op)) {
        return fail(error, problem(QCoreApplication::translate("rapport::model",
                                                               "unknown operator “%1”.")
                                       .arg(op.toVariant().toString())));
    }
    for (const auto& [key, target] :
         {std::pair{QStringLiteral("field"), &condition->field},
          std::pair{QStringLiteral("value"), &condition->value},
          std::pair{QStringLiteral("activityType"), &condition->activityType}}) {
        if (!readString(object, key, target)) {
            return fail(error, problem(QCoreApplication::translate("rapport::model",
                                                                   "“%1” must be text.")
                                           .arg(key)));
        }
    }
    QString campaign;
    if (!readString(object, QStringLiteral("campaign"), &campaign)) {
        return fail(error, problem(QCoreApplication::translate("rapport::model",
                                                               "“campaign” must be text.")));
    }
    if (!campaign.isEmpty()) {
        condition->campaign = Uuid::fromString(campaign);
        if (condition->campaign.isNull()) {
            return fail(error, problem(QCoreApplication::translate(
                                           "rapport::model", "“%1” is not a campaign id.")
                                           .arg(campaign)));
        }
    }
    for (const auto& [key, target] : {std::pair{QStringLiteral("minCount"), &condition->minCount},
                                      std::pair{QStringLiteral("withinDays"),
                                                &condition->withinDays}}) {
        if (!readInt(object, key, target)) {
            return fail(error, problem(QCoreApplication::translate(
                                           "rapport::model", "“%1” must be a whole number.")
                                           .arg(key)));
        }
    }
    return true;
}

} // namespace

QString audienceConditionKindName(AudienceCondition::Kind kind)
{
    return detail::nameOf(kConditionKindNames, kind);
}

bool audienceConditionKindFromName(QStringView name, AudienceCondition::Kind* kind)
{
    return detail::valueOf(kConditionKindNames, name, kind);
}

QString audienceConditionOpName(AudienceCondition::Op op)
{
    return detail::nameOf(kOpNames, op);
}

bool audienceConditionOpFromName(QStringView name, AudienceCondition::Op* op)
{
    return detail::valueOf(kOpNames, name, op);
}

QString audienceRuleMatchName(AudienceRule::Match match)
{
    return detail::nameOf(kMatchNames, match);
}

bool audienceRuleMatchFromName(QStringView name, AudienceRule::Match* match)
{
    return detail::valueOf(kMatchNames, name, match);
}

QString audienceKindName(Audience::Kind kind)
{
    return detail::nameOf(kAudienceKindNames, kind);
}

bool audienceKindFromName(QStringView name, Audience::Kind* kind)
{
    return detail::valueOf(kAudienceKindNames, name, kind);
}

const QStringList& audienceAttributeFields()
{
    static const QStringList fields{QStringLiteral("role"),   QStringLiteral("country"),
                                    QStringLiteral("company"), QStringLiteral("tag"),
                                    QStringLiteral("source"), QStringLiteral("internal")};
    return fields;
}

const QStringList& engagementLevelNames()
{
    static const QStringList levels{QStringLiteral("Observer"), QStringLiteral("Participant"),
                                    QStringLiteral("Contributor"), QStringLiteral("Advocate")};
    return levels;
}

QJsonObject AudienceRule::toJson() const
{
    QJsonArray list;
    for (const AudienceCondition& condition : conditions) {
        QJsonObject object{
            {QStringLiteral("kind"), audienceConditionKindName(condition.kind)},
            {QStringLiteral("field"), condition.field},
            {QStringLiteral("op"), audienceConditionOpName(condition.op)},
            {QStringLiteral("value"), condition.value},
            {QStringLiteral("activityType"), condition.activityType},
            {QStringLiteral("minCount"), condition.minCount},
            {QStringLiteral("withinDays"), condition.withinDays},
        };
        if (!condition.campaign.isNull())
            object.insert(QStringLiteral("campaign"), condition.campaign.toString());
        list.append(object);
    }
    return {{QStringLiteral("match"), audienceRuleMatchName(match)},
            {QStringLiteral("conditions"), list}};
}

bool AudienceRule::fromJson(const QJsonObject& json, AudienceRule* rule, QString* error)
{
    AudienceRule parsed;
    const QJsonValue match = json.value(QStringLiteral("match"));
    if (!match.isString() || !audienceRuleMatchFromName(match.toString(), &parsed.match)) {
        return fail(error, QCoreApplication::translate("rapport::model",
                                                       "Unknown rule match “%1”: use “all” "
                                                       "or “any”.")
                               .arg(match.toVariant().toString()));
    }
    const QJsonValue conditions = json.value(QStringLiteral("conditions"));
    if (!conditions.isArray()) {
        return fail(error, QCoreApplication::translate("rapport::model",
                                                       "The rule has no list of conditions."));
    }
    const QJsonArray list = conditions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            return fail(error, QCoreApplication::translate("rapport::model",
                                                           "Condition %1 is not an object.")
                                   .arg(i + 1));
        }
        AudienceCondition condition;
        if (!conditionFromJson(list.at(i).toObject(), i, &condition, error))
            return false;
        parsed.conditions.append(condition);
    }
    if (rule)
        *rule = parsed;
    return true;
}

ValidationErrors validate(const Audience& audience)
{
    ValidationErrors errors;
    if (isBlank(audience.name)) {
        errors.append({QStringLiteral("name"),
                       QCoreApplication::translate("rapport::model",
                                                   "An audience needs a name.")});
    }
    if (audience.kind == Audience::Kind::Rule) {
        if (audience.rule.conditions.isEmpty()) {
            errors.append({QStringLiteral("rule"),
                           QCoreApplication::translate(
                               "rapport::model", "A rule audience needs at least one condition.")});
        }
        for (qsizetype i = 0; i < audience.rule.conditions.size(); ++i)
            validateCondition(audience.rule.conditions.at(i), i, &errors);
    } else {
        QSet<Uuid> seen;
        for (const Uuid& member : audience.members) {
            if (member.isNull()) {
                errors.append({QStringLiteral("members"),
                               QCoreApplication::translate("rapport::model",
                                                           "A member has no person id.")});
                continue;
            }
            if (seen.contains(member)) {
                errors.append({QStringLiteral("members"),
                               QCoreApplication::translate("rapport::model",
                                                           "A person is listed twice.")});
            }
            seen.insert(member);
        }
    }
    return errors;
}

} // namespace rapport::model
