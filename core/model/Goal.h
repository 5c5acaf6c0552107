// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QDate>

namespace rapport::model {

/** A target for a metric over a period, e.g. "attended ≥ 500 in Q3". */
struct Goal
{
    RecordMeta meta;
    QString metric; // an activity type ("attended"), or "nps", "csat", "advocates", "reach"
    double target = 0;
    QDate periodStart;
    QDate periodEnd;
    Uuid campaign; // null for a project-wide goal
};

/** Rules: a metric; a finite target (≥ 0 except for nps, which is −100..100); a period with
 *  end ≥ start. */
ValidationErrors validate(const Goal& goal);

} // namespace rapport::model
