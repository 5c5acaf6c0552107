// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectSummary.h"

#include "core/storage/Migrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::storage {

bool ProjectSummary::compute(QSqlDatabase db, ProjectSummary* summary, QString* error)
{
    ProjectSummary s;
    struct Count
    {
        qint64* target;
        const char* sql;
    };
    const Count counts[] = {
        {&s.people, "SELECT COUNT(*) FROM people WHERE merged_into IS NULL"},
        {&s.mergedPeople, "SELECT COUNT(*) FROM people WHERE merged_into IS NOT NULL"},
        {&s.identities, "SELECT COUNT(*) FROM identities"},
        {&s.activities, "SELECT (SELECT COALESCE(SUM(row_count), 0) FROM activity_segments) + "
                        "(SELECT COUNT(*) FROM activity_changes WHERE op = 1) - "
                        "(SELECT COUNT(*) FROM activity_changes WHERE op = 2)"},
        {&s.activityTypes, "SELECT COUNT(*) FROM activity_types"},
        {&s.campaigns, "SELECT COUNT(*) FROM campaigns"},
        {&s.audiences, "SELECT COUNT(*) FROM audiences"},
        {&s.content, "SELECT COUNT(*) FROM content"},
        {&s.surveys, "SELECT COUNT(*) FROM surveys"},
        {&s.responses, "SELECT COUNT(*) FROM survey_responses"},
        {&s.rewards, "SELECT COUNT(*) FROM rewards"},
        {&s.channels, "SELECT COUNT(*) FROM channels"},
        {&s.goals, "SELECT COUNT(*) FROM goals"},
        {&s.series, "SELECT COUNT(*) FROM series"},
        {&s.moments, "SELECT COUNT(*) FROM calendar_moments"},
    };
    s.schemaVersion = databaseSchemaVersion(db);
    if (s.schemaVersion < 0) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (const Count& c : counts) {
        if (!q.exec(QString::fromLatin1(c.sql)) || !q.next()) {
            if (error)
                *error = QCoreApplication::translate("rapport::storage::ProjectSummary", "Could not count: %1")
                             .arg(q.lastError().text());
            return false;
        }
        *c.target = q.value(0).toLongLong();
    }
    *summary = s;
    return true;
}

QJsonObject ProjectSummary::toJson() const
{
    return QJsonObject{
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("people"), people},
        {QStringLiteral("merged_people"), mergedPeople},
        {QStringLiteral("identities"), identities},
        {QStringLiteral("activities"), activities},
        {QStringLiteral("activity_types"), activityTypes},
        {QStringLiteral("campaigns"), campaigns},
        {QStringLiteral("audiences"), audiences},
        {QStringLiteral("content"), content},
        {QStringLiteral("surveys"), surveys},
        {QStringLiteral("responses"), responses},
        {QStringLiteral("rewards"), rewards},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("goals"), goals},
        {QStringLiteral("series"), series},
        {QStringLiteral("calendar_moments"), moments},
    };
}

} // namespace rapport::storage
