// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Goal.h"

#include "core/model/Validation.h"

#include <QCoreApplication>

#include <cmath>

namespace rapport::model {

ValidationErrors validate(const Goal& goal)
{
    ValidationErrors errors;
    if (isBlank(goal.metric)) {
        errors.append({QStringLiteral("metric"),
                       QCoreApplication::translate("rapport::model", "A goal needs a metric.")});
    }
    const bool isNps = goal.metric.trimmed().compare(u"nps", Qt::CaseInsensitive) == 0;
    if (!std::isfinite(goal.target)) {
        errors.append({QStringLiteral("target"),
                       QCoreApplication::translate("rapport::model",
                                                   "The target must be a finite number.")});
    } else if (isNps && (goal.target < -100 || goal.target > 100)) {
        errors.append({QStringLiteral("target"),
                       QCoreApplication::translate("rapport::model",
                                                   "An NPS target lies between −100 and 100.")});
    } else if (!isNps && goal.target < 0) {
        errors.append({QStringLiteral("target"),
                       QCoreApplication::translate("rapport::model",
                                                   "The target cannot be negative.")});
    }
    if (!goal.periodStart.isValid()) {
        errors.append({QStringLiteral("periodStart"),
                       QCoreApplication::translate("rapport::model",
                                                   "A goal needs the start of its period.")});
    }
    if (!goal.periodEnd.isValid()) {
        errors.append({QStringLiteral("periodEnd"),
                       QCoreApplication::translate("rapport::model",
                                                   "A goal needs the end of its period.")});
    } else if (goal.periodStart.isValid() && goal.periodEnd < goal.periodStart) {
        errors.append({QStringLiteral("periodEnd"),
                       QCoreApplication::translate("rapport::model",
                                                   "The period ends before it starts.")});
    }
    return errors;
}

} // namespace rapport::model
