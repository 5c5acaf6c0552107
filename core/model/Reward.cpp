// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Reward.h"

#include "core/model/EnumNames.h"
#include "core/model/Validation.h"

#include <QCoreApplication>

#include <cmath>

namespace rapport::model {

namespace {

constexpr std::array<detail::EnumName<RewardKind>, 4> kRewardKindNames{{
    {RewardKind::Points, u"points"},
    {RewardKind::Swag, u"swag"},
    {RewardKind::Money, u"money"},
    {RewardKind::Recognition, u"recognition"},
}};

} // namespace

QString rewardKindName(RewardKind kind)
{
    return detail::nameOf(kRewardKindNames, kind);
}

bool rewardKindFromName(QStringView name, RewardKind* kind)
{
    return detail::valueOf(kRewardKindNames, name, kind);
}

ValidationErrors validate(const Reward& reward)
{
    ValidationErrors errors;
    if (reward.person.isNull()) {
        errors.append({QStringLiteral("person"),
                       QCoreApplication::translate("rapport::model",
                                                   "A reward needs a person.")});
    }
    if (!reward.date.isValid()) {
        errors.append({QStringLiteral("date"),
                       QCoreApplication::translate("rapport::model", "A reward needs a date.")});
    }
    if (!std::isfinite(reward.value) || reward.value < 0) {
        errors.append({QStringLiteral("value"),
                       QCoreApplication::translate(
                           "rapport::model", "The value must be a finite number of at least 0.")});
    }
    if (reward.kind == RewardKind::Money && !isCurrencyCode(reward.currency)) {
        errors.append({QStringLiteral("currency"),
                       QCoreApplication::translate("rapport::model",
                                                   "A money reward needs a currency code of "
                                                   "three capital letters, such as EUR.")});
    }
    return errors;
}

} // namespace rapport::model
