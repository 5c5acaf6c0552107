// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QJsonObject>
#include <QStringList>

namespace rapport::model {

/** One condition of an audience rule. */
struct AudienceCondition
{
    enum class Kind {
        Attribute,   // field op value, over a person attribute (role, country, company, tag, source, internal)
        Behaviour,   // at least (op AtLeast, or Equals as stored by older files) or at most (op
                     // AtMost) minCount activities of activityType within the last withinDays days
        Level,       // engagement level op value ("Observer" < "Participant" < "Contributor" < "Advocate")
        NpsCategory, // last NPS answer is value: "promoter" | "passive" | "detractor"
    };
    enum class Op { Equals, NotEquals, Contains, In, AtLeast, AtMost };

    Kind kind = Kind::Attribute;
    QString field;
    Op op = Op::Equals;
    QString value;         // for In: values separated by ';'
    QString activityType;  // Behaviour
    Uuid campaign;         // Behaviour: optionally only activities of this campaign
    int minCount = 1;      // Behaviour: the N of "at least N" (≥ 1) or "at most N" (≥ 0)
    int withinDays = 0;    // Behaviour: 0 = any time

    friend bool operator==(const AudienceCondition&, const AudienceCondition&) = default;
};

/** Stable storage names: "attribute", "behaviour", "level", "nps_category". */
QString audienceConditionKindName(AudienceCondition::Kind kind);
bool audienceConditionKindFromName(QStringView name, AudienceCondition::Kind* kind);
/** Stable storage names: "equals", "not_equals", "contains", "in", "at_least", "at_most". */
QString audienceConditionOpName(AudienceCondition::Op op);
bool audienceConditionOpFromName(QStringView name, AudienceCondition::Op* op);
/** The person attributes an Attribute condition may name: role, country, company, tag,
 *  source, internal. */
const QStringList& audienceAttributeFields();
/** Engagement levels from lowest to highest: Observer, Participant, Contributor, Advocate. */
const QStringList& engagementLevelNames();

/** All (AND) or any (OR) of a list of conditions. */
struct AudienceRule
{
    enum class Match { All, Any };
    Match match = Match::All;
    QList<AudienceCondition> conditions;

    QJsonObject toJson() const;
    /** Parses what toJson wrote; on malformed input returns false and sets *error. */
    static bool fromJson(const QJsonObject& json, AudienceRule* rule, QString* error);
    friend bool operator==(const AudienceRule&, const AudienceRule&) = default;
};

/** JSON written by toJson():
 *  {"match": "all"|"any", "conditions": [{"kind": "behaviour", "field": "", "op": "equals",
 *   "value": "", "activityType": "attended", "campaign": "<uuid>", "minCount": 2,
 *   "withinDays": 90}, ...]}; "campaign" only when set. */
QString audienceRuleMatchName(AudienceRule::Match match); // "all", "any"
bool audienceRuleMatchFromName(QStringView name, AudienceRule::Match* match);

/** A named set of people: a rule over attributes and behaviour, or a static list. */
struct Audience
{
    enum class Kind { Rule, Static };
    RecordMeta meta;
    QString name;
    QString description;
    Kind kind = Kind::Rule;
    AudienceRule rule;     // Kind::Rule
    QList<Uuid> members;   // Kind::Static (person ids)
};

QString audienceKindName(Audience::Kind kind); // "rule", "static"
bool audienceKindFromName(QStringView name, Audience::Kind* kind);

/** Rules: a name; a rule audience has ≥ 1 well-formed condition (known field, value
 *  present, counts ≥ 1 (≥ 0 for at most), days ≥ 0, known level/category names); a static audience has no
 *  null or repeated members. */
ValidationErrors validate(const Audience& audience);

} // namespace rapport::model
