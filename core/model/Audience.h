// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QJsonObject>

namespace rapport::model {

/** One condition of an audience rule. */
struct AudienceCondition
{
    enum class Kind {
        Attribute,   // field op value, over a person attribute (role, country, company, tag, source, internal)
        Behaviour,   // at least minCount activities of activityType within the last withinDays days
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
    int minCount = 1;      // Behaviour
    int withinDays = 0;    // Behaviour: 0 = any time

    friend bool operator==(const AudienceCondition&, const AudienceCondition&) = default;
};

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

/** Rules: a name; a rule audience has ≥ 1 well-formed condition (known field, value
 *  present, counts ≥ 1, days ≥ 0, known level/category names); a static audience has no
 *  null or repeated members. */
ValidationErrors validate(const Audience& audience);

} // namespace rapport::model
