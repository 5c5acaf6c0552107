// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/FunnelDefinition.h"

#include "core/model/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <utility>

namespace rapport::model {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QJsonArray keysJson(const QList<qint64>& keys)
{
    QJsonArray array;
    for (qint64 key : keys)
        array.append(key);
    return array;
}

bool keysFromJson(const QJsonValue& value, QList<qint64>* keys)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() <= 0)
            return false;
        keys->append(qint64(v.toDouble()));
    }
    return true;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool dateFromJson(const QJsonValue& value, QDate* date)
{
    if (value.isUndefined() || value.toString().isEmpty())
        return value.isUndefined() || value.isString();
    *date = QDate::fromString(value.toString(), Qt::ISODate);
    return date->isValid();
}

} // namespace

QString funnelModeName(FunnelDefinition::Mode mode)
{
    switch (mode) {
    case FunnelDefinition::Mode::Ordered:
        return QStringLiteral("ordered");
    case FunnelDefinition::Mode::Strict:
        return QStringLiteral("strict");
    case FunnelDefinition::Mode::Unordered:
        return QStringLiteral("unordered");
    }
    return {};
}

bool funnelModeFromName(QStringView name, FunnelDefinition::Mode* mode)
{
    for (auto m : {FunnelDefinition::Mode::Ordered, FunnelDefinition::Mode::Strict,
                   FunnelDefinition::Mode::Unordered})
        if (name == funnelModeName(m)) {
            *mode = m;
            return true;
        }
    return false;
}

QJsonObject FunnelDefinition::toJson() const
{
    QJsonArray stepList;
    for (const FunnelStepDefinition& step : steps) {
        QJsonObject s{{QStringLiteral("types"), QJsonArray::fromStringList(step.types)},
                      {QStringLiteral("campaigns"), keysJson(step.campaigns)},
                      {QStringLiteral("channels"), keysJson(step.channels)}};
        if (!step.label.isEmpty())
            s.insert(QStringLiteral("label"), step.label);
        stepList.append(s);
    }
    return {{QStringLiteral("name"), name},
            {QStringLiteral("steps"), stepList},
            {QStringLiteral("window"), windowSeconds},
            {QStringLiteral("mode"), funnelModeName(mode)},
            {QStringLiteral("from"), dateText(from)},
            {QStringLiteral("to"), dateText(to)},
            {QStringLiteral("breakdown"), breakdown}};
}

bool FunnelDefinition::fromJson(const QJsonObject& json, FunnelDefinition* definition,
                                QString* error)
{
    FunnelDefinition parsed;
    parsed.name = json.value(QStringLiteral("name")).toString();
    const QJsonValue steps = json.value(QStringLiteral("steps"));
    if (!steps.isArray())
        return fail(error, QCoreApplication::translate("rapport::model",
                                                       "The funnel has no list of steps."));
    const QJsonArray list = steps.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject s = list.at(i).toObject();
        FunnelStepDefinition step;
        step.label = s.value(QStringLiteral("label")).toString();
        const QJsonValue types = s.value(QStringLiteral("types"));
        if (!list.at(i).isObject() || !(types.isArray() || types.isUndefined()))
            return fail(
                error, QCoreApplication::translate("rapport::model", "Funnel step %1 is malformed.")
                           .arg(i + 1));
        for (const QJsonValue& type : types.toArray()) {
            if (!type.isString() || type.toString().isEmpty())
                return fail(error, QCoreApplication::translate(
                                       "rapport::model",
                                       "Funnel step %1 names an activity type that is not text.")
                                       .arg(i + 1));
            step.types.append(type.toString());
        }
        if (!keysFromJson(s.value(QStringLiteral("campaigns")), &step.campaigns) ||
            !keysFromJson(s.value(QStringLiteral("channels")), &step.channels))
            return fail(error, QCoreApplication::translate(
                                   "rapport::model",
                                   "Funnel step %1 has campaigns or channels that are not keys.")
                                   .arg(i + 1));
        parsed.steps.append(step);
    }
    const QJsonValue window = json.value(QStringLiteral("window"));
    if (!window.isUndefined()) {
        if (!window.isDouble() || window.toDouble() < 0)
            return fail(error,
                        QCoreApplication::translate(
                            "rapport::model", "The funnel's window is not a number of seconds."));
        parsed.windowSeconds = qint64(window.toDouble());
    }
    const QJsonValue mode = json.value(QStringLiteral("mode"));
    if (!mode.isUndefined() && !funnelModeFromName(mode.toString(), &parsed.mode))
        return fail(error, QCoreApplication::translate(
                               "rapport::model",
                               "Unknown funnel mode “%1”: use ordered, strict or unordered.")
                               .arg(mode.toVariant().toString()));
    if (!dateFromJson(json.value(QStringLiteral("from")), &parsed.from) ||
        !dateFromJson(json.value(QStringLiteral("to")), &parsed.to))
        return fail(error,
                    QCoreApplication::translate(
                        "rapport::model", "The funnel's dates are not ISO dates (YYYY-MM-DD)."));
    parsed.breakdown = json.value(QStringLiteral("breakdown")).toString();
    if (definition)
        *definition = parsed;
    return true;
}

FunnelDefinition FunnelDefinition::defaultLifecycle()
{
    FunnelDefinition d;
    d.name = QStringLiteral("Lifecycle");
    d.windowSeconds = 365LL * 86400;
    d.steps = {
        {QStringLiteral("reached"),
         {QStringLiteral("invited"), QStringLiteral("registered"), QStringLiteral("starred")},
         {},
         {}},
        {QStringLiteral("activated"),
         {QStringLiteral("attended"), QStringLiteral("contributed"), QStringLiteral("posted"),
          QStringLiteral("commented")},
         {},
         {}},
        {QStringLiteral("satisfied"), {QStringLiteral("responded")}, {}, {}},
        {QStringLiteral("advocate"),
         {QStringLiteral("shared"), QStringLiteral("referred"), QStringLiteral("spoke"),
          QStringLiteral("authored")},
         {},
         {}},
    };
    return d;
}

const char* lifecycleStepNameSource(QStringView label)
{
    static const std::pair<const char*, const char*> kNames[] = {
        {"reached", QT_TRANSLATE_NOOP("rapport::model::FunnelStepName", "Reached")},
        {"activated", QT_TRANSLATE_NOOP("rapport::model::FunnelStepName", "Activated")},
        {"satisfied", QT_TRANSLATE_NOOP("rapport::model::FunnelStepName", "Satisfied")},
        {"advocate", QT_TRANSLATE_NOOP("rapport::model::FunnelStepName", "Advocate")}};
    for (const auto& [identity, name] : kNames)
        if (label == QLatin1String(identity))
            return name;
    return nullptr;
}

QString funnelStepName(const FunnelStepDefinition& step, const FunnelTranslate& translate)
{
    auto text = [&](const char* source) {
        return translate ? translate(kFunnelStepNameContext, source)
                         : QCoreApplication::translate(kFunnelStepNameContext, source);
    };
    if (const char* source = lifecycleStepNameSource(step.label))
        return text(source);
    if (!step.label.isEmpty())
        return step.label;
    if (step.types.isEmpty())
        return text(QT_TRANSLATE_NOOP("rapport::model::FunnelStepName", "any activity"));
    return QStringList(step.types).join(text(QT_TRANSLATE_NOOP("rapport::model::FunnelStepName", " or ")));
}

ValidationErrors validate(const FunnelDefinition& definition, bool named)
{
    ValidationErrors errors;
    if (named && isBlank(definition.name))
        errors.append(
            {QStringLiteral("name"),
             QCoreApplication::translate("rapport::model", "A saved funnel needs a name.")});
    else if (definition.name.size() > kMaxNameLength)
        errors.append({QStringLiteral("name"),
                       QCoreApplication::translate("rapport::model", "The name is too long.")});
    if (definition.steps.isEmpty() || definition.steps.size() > FunnelDefinition::kMaxSteps)
        errors.append({QStringLiteral("steps"),
                       QCoreApplication::translate("rapport::model", "A funnel has 1 to %1 steps.")
                           .arg(FunnelDefinition::kMaxSteps)});
    if (definition.windowSeconds < 0)
        errors.append(
            {QStringLiteral("window"),
             QCoreApplication::translate("rapport::model", "The window cannot be negative.")});
    if (definition.from.isValid() && definition.to.isValid() && definition.from > definition.to)
        errors.append({QStringLiteral("to"),
                       QCoreApplication::translate("rapport::model",
                                                   "The last day comes before the first.")});
    return errors;
}

} // namespace rapport::model
