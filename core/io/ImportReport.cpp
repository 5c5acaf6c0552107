// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ImportReport.h"

#include <QJsonArray>
#include <QLocale>

namespace rapport::io {

void ImportReport::skip(qint64 line, const QString& reason)
{
    ++skippedTotal;
    if (skipped.size() < kMaxListedSkips)
        skipped.append({line, reason});
}

bool ImportReport::changesProject() const
{
    return peopleCreated || peopleUpdated || activitiesCreated || responsesCreated || campaignsCreated
        || channelsCreated || surveysCreated || questionsAdded;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray skips;
    for (const SkippedRow& s : skipped)
        skips.append(QJsonObject{{QStringLiteral("line"), s.line}, {QStringLiteral("reason"), s.reason}});
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("format"), format},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("people_created"), peopleCreated},
        {QStringLiteral("people_matched"), peopleMatched},
        {QStringLiteral("people_updated"), peopleUpdated},
        {QStringLiteral("activities_created"), activitiesCreated},
        {QStringLiteral("activities_existing"), activitiesExisting},
        {QStringLiteral("responses_created"), responsesCreated},
        {QStringLiteral("responses_existing"), responsesExisting},
        {QStringLiteral("campaigns_created"), campaignsCreated},
        {QStringLiteral("channels_created"), channelsCreated},
        {QStringLiteral("surveys_created"), surveysCreated},
        {QStringLiteral("questions_added"), questionsAdded},
        {QStringLiteral("skipped"), skips},
        {QStringLiteral("skipped_total"), skippedTotal},
    };
}

QString ImportReport::toText() const
{
    const QLocale locale;
    const auto n = [&](qint64 v) { return locale.toString(v); };
    QStringList lines;
    const QString what = format.isEmpty() ? file : tr("%1 (%2)").arg(file, format);
    lines << (dryRun ? tr("%1: %2 rows read (dry run: nothing was changed)")
                     : tr("%1: %2 rows read"))
                 .arg(what, n(rows));
    lines << tr("  people:     %1 created, %2 matched, %3 updated")
                 .arg(n(peopleCreated), n(peopleMatched), n(peopleUpdated));
    if (activitiesCreated || activitiesExisting)
        lines << tr("  activities: %1 created, %2 already there").arg(n(activitiesCreated), n(activitiesExisting));
    if (responsesCreated || responsesExisting)
        lines << tr("  responses:  %1 created, %2 already there").arg(n(responsesCreated), n(responsesExisting));
    if (campaignsCreated || channelsCreated || surveysCreated || questionsAdded)
        lines << tr("  created:    %1 campaigns, %2 channels, %3 surveys, %4 questions")
                     .arg(n(campaignsCreated), n(channelsCreated), n(surveysCreated), n(questionsAdded));
    if (skippedTotal > 0) {
        lines << tr("  skipped:    %1 rows").arg(n(skippedTotal));
        for (int i = 0; i < skipped.size() && i < 10; ++i)
            lines << tr("    line %1: %2").arg(skipped[i].line).arg(skipped[i].reason);
    }
    return lines.join(u'\n');
}

} // namespace rapport::io
