// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The canonical activities CSV: who (email, handle or person_id), type, timestamp, and
// optionally campaign, channel, content and value. Rows go to the ActivityStore in large
// batches inside the import's transaction; the store skips rows it already holds.
#include "core/io/ImportContext.h"
#include "core/io/ImportValues.h"
#include "core/model/Activity.h"

#include <QTimeZone>

#include <map>

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
    // Files name the same people, types and campaigns over and over: what each raw cell text
    // resolved to is remembered, so each distinct text is parsed and looked up once. (The
    // person cache is bounded; the others hold one entry per distinct name.)
    QList<int> whoColumns;
    if (const int id = c.columns.column(QStringLiteral("person_id")); id >= 0)
        whoColumns.append(id);
    for (const model::IdentityKind kind : importIdentityKinds())
        if (const int column = c.columns.column(model::identityKindName(kind)); column >= 0)
            whoColumns.append(column);
    constexpr qsizetype kMaxCachedPeople = 1 << 20;
    QHash<QString, RowKey> personByCells;
    QString whoKey;
    QHash<QString, std::int32_t> typeByCell;
    QString lastTypeText;
    auto lastType = typeByCell.constEnd();
    struct KeyCache
    {
        QHash<QString, RowKey> byCell;
        QString lastText;
        RowKey lastKey = 0;
        bool hasLast = false;
    };
    KeyCache campaigns, channels, contents;
    const auto keyFor = [&](KeyCache& cache, const CsvRecord& record, int column, qint64 line,
                            bool (ImportContext::*lookup)(const QString&, qint64, RowKey*), RowKey* key) {
        if (column < 0) {
            *key = 0;
            return true;
        }
        const QStringView raw = record.field(column);
        if (cache.hasLast && raw == cache.lastText) {
            *key = cache.lastKey;
            return true;
        }
        QString text = raw.toString();
        auto it = cache.byCell.constFind(text);
        if (it == cache.byCell.cend()) {
            if (!(c.*lookup)(c.cellAt(record, column), line, key))
                return false;
            it = cache.byCell.insert(text, *key);
        }
        cache.lastText = std::move(text);
        cache.lastKey = *it;
        cache.hasLast = true;
        *key = *it;
        return true;
    };
    std::map<RowKey, std::pair<qint64, qint64>> campaignSpan; // first and last day of each campaign
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
        whoKey.resize(0);
        for (const int column : std::as_const(whoColumns)) {
            whoKey += record.field(column);
            whoKey += QChar(0x1f);
        }
        if (const auto known = personByCells.constFind(whoKey); known != personByCells.cend()) {
            person = *known; // counted as matched or created when first seen
        } else {
            if (!c.personFor(record, &person))
                return false;
            if (personByCells.size() >= kMaxCachedPeople)
                personByCells.clear();
            personByCells.insert(whoKey, person);
        }
        row.person = person;
        if (row.person == 0)
            return c.fail(line, ImportContext::tr("no email, handle or person_id: whose activity is this?"));

        const QStringView rawType = record.field(typeColumn);
        if (rawType != lastTypeText) {
            lastTypeText = rawType.toString();
            lastType = typeByCell.constFind(lastTypeText);
        }
        auto cachedType = lastType;
        if (cachedType == typeByCell.cend()) {
            const QString typeText = c.cellAt(record, typeColumn);
            if (typeText.isEmpty())
                return c.fail(line, ImportContext::tr("no activity type"));
            const QString type = normalizedType(typeText);
            auto typeIt = typeKeys.constFind(type);
            if (typeIt == typeKeys.cend()) {
                const std::int32_t key = model::isValidActivityType(type) ? store.typeKey(type) : -1;
                if (key < 0)
                    return c.fail(line, ImportContext::tr("“%1” is not an activity type (a word of lower-case "
                                                          "letters, digits and _, like attended)")
                                            .arg(typeText.left(64)));
                typeIt = typeKeys.insert(type, key);
            }
            cachedType = lastType = typeByCell.insert(rawType.toString(), *typeIt);
        }
        row.type = *cachedType;

        // A timestamp is never a neutralised formula; read it in place.
        QStringView timeView = record.field(timeColumn).trimmed();
        QString timeText;
        if (timeView.startsWith(u'\'')) {
            timeText = c.cellAt(record, timeColumn);
            timeView = timeText;
        }
        qint64 msecs = 0;
        if (timeView.isEmpty())
            return c.fail(line, ImportContext::tr("no timestamp"));
        if (!parseIsoTimestamp(timeView, &msecs))
            return c.fail(line, ImportContext::tr("“%1” is not an ISO 8601 timestamp (like 2026-03-01T09:30:00Z)")
                                    .arg(timeView.left(64)));
        if (msecs < 0 || msecs > kLastMsec)
            return c.fail(line, ImportContext::tr("the timestamp %1 is outside 1970–9999").arg(timeView.left(64)));
        row.at = msecs / 1000;

        if (!keyFor(campaigns, record, campaignColumn, line, &ImportContext::campaignKey, &campaign)
            || !keyFor(channels, record, channelColumn, line, &ImportContext::channelKey, &channel)
            || !keyFor(contents, record, contentColumn, line, &ImportContext::contentKey, &content))
            return false;
        row.campaign = campaign;
        row.channel = channel;
        row.content = content;
        if (row.campaign) {
            const auto [span, added] = campaignSpan.try_emplace(row.campaign, msecs, msecs);
            if (!added) {
                span->second.first = qMin(span->second.first, msecs);
                span->second.second = qMax(span->second.second, msecs);
            }
        }

        if (valueColumn >= 0) {
            QStringView valueView = record.field(valueColumn).trimmed();
            QString valueText;
            if (valueView.startsWith(u'\'')) { // "'-5" as a spreadsheet-safe export writes it
                valueText = c.cellAt(record, valueColumn);
                valueView = valueText;
            }
            if (!valueView.isEmpty() && !parseImportNumber(valueView, &row.value))
                return c.fail(line, ImportContext::tr("value “%1” is not a number").arg(valueView.left(64)));
        }

        batch.push_back(row);
        if (batch.size() >= kBatchRows && !flush())
            return false;
    }
    if (reader.hasError())
        return false;
    for (const auto& [campaign, span] : campaignSpan) {
        c.noteCampaignDate(campaign, QDateTime::fromMSecsSinceEpoch(span.first, QTimeZone::utc()).date());
        c.noteCampaignDate(campaign, QDateTime::fromMSecsSinceEpoch(span.second, QTimeZone::utc()).date());
    }
    return flush() && c.finishCampaigns();
}

} // namespace rapport::io
