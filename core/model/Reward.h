// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QDate>

namespace rapport::model {

enum class RewardKind { Points, Swag, Money, Recognition };
QString rewardKindName(RewardKind kind); // "points", "swag", "money", "recognition"
bool rewardKindFromName(QStringView name, RewardKind* kind);

/** Something given to a person to thank or motivate them. */
struct Reward
{
    RecordMeta meta;
    Uuid person;
    RewardKind kind = RewardKind::Points;
    double value = 0;  // points, or money in major units, or the swag's cost
    QString currency;  // for Money (ISO 4217), optional otherwise
    QString reason;
    QDate date;
    Uuid campaign;
    Uuid content;
};

/** Rules: a person; a date; a finite value ≥ 0; money has a 3-letter currency. */
ValidationErrors validate(const Reward& reward);

} // namespace rapport::model
