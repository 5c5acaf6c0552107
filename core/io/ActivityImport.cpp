// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The canonical activities CSV: who (email, handle or person_id), type, timestamp, and
// optionally campaign, channel, content and value. Rows go to the ActivityStore in large
// batches inside the import's transaction; the store skips rows it already holds.
#include "core/io/ImportContext.h"
#include "core/io/ImportValues.h"
#include "core/model/Activity.h"

namespace rapport::io {

namespace {

using storage::RowKey;

constexpr std::size_t kBatchRows = 262144;
constexpr qint64 kLastMsec = 253402300799999; // 9999-12-31T23:59:59.999Z

// "Pull Request" → "pull_request": the vocabulary is lower-case words.
QString normalizedType(const QString& text)
{
    QString type = text.toLower();
    for (QChar& ch : type) {
        if (ch == u' ' || ch == u'-')
            ch = u'_';
    }
    return type;
}

} // namespace

bool importActivities(ImportContext& c, RecordSource& reader)
{
    bool hasPerson = c.columns.has(QStringLiteral("person_id"));
    for (const model::IdentityKind kind : importIdentityKinds())
        hasPerson = hasPerson || c.columns.has(model::identityKindName(kind));
    for (const QString& required : {QStringLiteral("type"), QStringLiteral("timestamp")}) {
        if (!c.columns.has(required))
            return c.fail(1, ImportContext::tr("no “%1” column; use --mapping to name it").arg(required));
    }
    if (!hasPerson)
        return c.fail(1, ImportContext::tr("no email or handle column (email, github, ...) to say who did what; "
                                           "use --mapping to name it"));
    const int typeColumn = c.columns.column(QStringLiteral("type"));
    const int timeColumn = c.columns.column(QStringLiteral("timestamp"));
    const int campaignColumn = c.columns.column(QStringLiteral("campaign"));
    const int channelColumn = c.columns.column(QStringLiteral("channel"));
    const int contentColumn = c.columns.column(QStringLiteral("content"));
    const int valueColumn = c.columns.column(QStringLiteral("value"));

    storage::ActivityStore& store = c.repo.activities();
    QHash<QString, std::int32_t> typeKeys;
    storage::ActivityColumns batch;
    batch.reserve(kBatchRows);
    const auto flush = [&]() {
        if (batch.empty())
            return true;
        storage::ActivityStore::AppendStats stats;
        const storage::StoreResult stored = store.append(batch, &stats);
        if (!stored)
            return c.fail(0, ImportContext::tr("the activities could not be stored: %1").arg(stored.message));
        c.report.activitiesCreated += stats.added;
        c.report.activitiesExisting += stats.skipped;
        batch.clear();
        return true;
    };

    CsvRecord record;
    while (reader.next(&record)) {
        ++c.report.rows;
        const qint64 line = record.line();
        if (record.isBlank()) {
            c.report.skip(line, ImportContext::tr("empty row"));
            continue;
        }
        if (!c.checkWidth(record))
            return false;
        storage::ActivityRow row;
        RowKey person = 0, campaign = 0, channel = 0, content = 0;
        if (!c.personFor(record, &person))
            return false;
        row.person = person;
        if (row.person == 0)
            return c.fail(line, ImportContext::tr("no email, handle or person_id: whose activity is this?"));

        const QString typeText = c.cellAt(record, typeColumn);
        if (typeText.isEmpty())
            return c.fail(line, ImportContext::tr("no activity type"));
        const QString type = normalizedType(typeText);
        auto typeIt = typeKeys.constFind(type);
        if (typeIt == typeKeys.cend()) {
            const std::int32_t key = model::isValidActivityType(type) ? store.typeKey(type) : -1;
            if (key < 0)
                return c.fail(line, ImportContext::tr("“%1” is not an activity type (a word of lower-case letters, "
                                                      "digits and _, like attended)")
                                        .arg(typeText.left(64)));
            typeIt = typeKeys.insert(type, key);
        }
        row.type = *typeIt;

        const QString timeText = c.cellAt(record, timeColumn);
        qint64 msecs = 0;
        if (timeText.isEmpty())
            return c.fail(line, ImportContext::tr("no timestamp"));
        if (!parseIsoTimestamp(timeText, &msecs))
            return c.fail(line, ImportContext::tr("“%1” is not an ISO 8601 timestamp (like 2026-03-01T09:30:00Z)")
                                    .arg(timeText.left(64)));
        if (msecs < 0 || msecs > kLastMsec)
            return c.fail(line, ImportContext::tr("the timestamp %1 is outside 1970–9999").arg(timeText.left(64)));
        row.at = msecs / 1000;

        if (!c.campaignKey(c.cellAt(record, campaignColumn), line, &campaign)
            || !c.channelKey(c.cellAt(record, channelColumn), line, &channel)
            || !c.contentKey(c.cellAt(record, contentColumn), line, &content))
            return false;
        row.campaign = campaign;
        row.channel = channel;
        row.content = content;
        if (row.campaign)
            c.noteCampaignDate(row.campaign, QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).date());

        const QString valueText = c.cellAt(record, valueColumn);
        if (!valueText.isEmpty() && !parseImportNumber(valueText, &row.value))
            return c.fail(line, ImportContext::tr("value “%1” is not a number").arg(valueText.left(64)));

        batch.push_back(row);
        if (batch.size() >= kBatchRows && !flush())
            return false;
    }
    if (reader.hasError())
        return false;
    return flush() && c.finishCampaigns();
}

} // namespace rapport::io
