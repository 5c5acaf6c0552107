// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace rapport::storage {

/**
 * What a project holds, in numbers (`rapport-cli info --json`). Computed with COUNT(*) and
 * the segments' row counts, so it is fast on a file with tens of millions of activities.
 */
struct ProjectSummary
{
    int schemaVersion = 0;  // PRAGMA user_version
    qint64 people = 0;      // not merged into someone else
    qint64 mergedPeople = 0;
    qint64 identities = 0;
    qint64 activities = 0;
    qint64 activityTypes = 0;
    qint64 campaigns = 0;
    qint64 audiences = 0;
    qint64 content = 0;
    qint64 surveys = 0;
    qint64 responses = 0;
    qint64 rewards = 0;
    qint64 channels = 0;
    qint64 goals = 0;
    qint64 series = 0;
    qint64 moments = 0;

    /** False with *error if a query failed (e.g. not a Rapport database). */
    static bool compute(QSqlDatabase db, ProjectSummary* summary, QString* error = nullptr);
    /** Keys in snake_case: schema_version, people, merged_people, identities, activities,
     *  activity_types, campaigns, audiences, content, surveys, responses, rewards, channels,
     *  goals, series, calendar_moments. */
    QJsonObject toJson() const;
};

} // namespace rapport::storage
