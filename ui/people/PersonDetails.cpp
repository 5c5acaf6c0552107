// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PersonDetails.h"

#include "core/engine/Engagement.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/StoreBuilder.h"
#include "core/model/Reward.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/PeopleRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

namespace rapport::ui {

namespace {

QString keyList(const QList<qint64>& keys)
{
    QStringList parts;
    for (qint64 key : keys)
        parts << QString::number(key);
    return parts.join(u',');
}

QHash<qint64, QString> names(const QSqlDatabase& db, const QString& sql)
{
    QHash<qint64, QString> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return result;
}

/** The level of `key` over its activities and those merged into it, by the engine. */
int engagement(const storage::ActivityColumns& rows, qint64 key, const QList<qint64>& merged,
               const QHash<std::int32_t, QString>& types, const QDateTime& asOf, double* score)
{
    engine::StoreBuilder builder(1);
    engine::PersonRecord person;
    person.key = key;
    builder.addPerson(person);
    for (qint64 other : merged) {
        person.key = other;
        builder.addPerson(person);
    }
    builder.addActivities(rows.spans());
    for (qint64 other : merged)
        builder.addMerge(other, key);
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        builder.setTypeName(it.key(), it.value().toStdString());
    const engine::Store store = builder.build();
    const auto row = store.rowOf(key);
    if (!row)
        return -1;
    engine::EngagementQuery query;
    query.asOf = asOf.toSecsSinceEpoch();
    const engine::ParallelFor parallel(1);
    const engine::EngagementResult result = engine::Engagement::compute(store, query, parallel);
    if (score)
        *score = engine::Engagement::score(store, query, *row);
    return result.levelByRow[*row];
}

/** People merged into key, at any depth. */
QList<qint64> mergedInto(const QSqlDatabase& db, qint64 key)
{
    QList<qint64> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH RECURSIVE m(key, depth) AS (SELECT key, 0 FROM people WHERE "
                             "merged_into = ? UNION ALL SELECT p.key, m.depth + 1 FROM people p "
                             "JOIN m ON p.merged_into = m.key WHERE m.depth < 64) SELECT key FROM m"));
    q.addBindValue(key);
    if (q.exec()) {
        while (q.next())
            result << q.value(0).toLongLong();
    }
    return result;
}

QString answerText(const QSqlQuery& q, int number, int choices, int text)
{
    if (!q.value(number).isNull())
        return QString::number(q.value(number).toLongLong());
    if (!q.value(choices).isNull()) {
        QStringList list;
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(choices).toString().toUtf8()).array())
            list << v.toString();
        return list.join(QStringLiteral(", "));
    }
    return q.value(text).toString();
}

} // namespace

QString PersonDetails::shownNameOf(const model::Person& person, bool* standIn)
{
    if (standIn)
        *standIn = false;
    if (!person.displayName.trimmed().isEmpty())
        return person.displayName;
    if (standIn)
        *standIn = true;
    const QString email = person.email();
    if (!email.isEmpty())
        return email;
    return person.identities.isEmpty() ? QString() : person.identities.front().value;
}

QString PersonDetails::levelName(int level)
{
    switch (level) {
    case 0:
        return tr("Observer");
    case 1:
        return tr("Participant");
    case 2:
        return tr("Contributor");
    case 3:
        return tr("Advocate");
    default:
        return tr("Unknown");
    }
}

QString PersonDetails::identityKindTitle(model::IdentityKind kind)
{
    switch (kind) {
    case model::IdentityKind::Email:
        return tr("Email");
    case model::IdentityKind::GitHub:
        return QStringLiteral("GitHub");
    case model::IdentityKind::X:
        return QStringLiteral("X");
    case model::IdentityKind::LinkedIn:
        return QStringLiteral("LinkedIn");
    case model::IdentityKind::WeChat:
        return tr("WeChat");
    case model::IdentityKind::Discord:
        return QStringLiteral("Discord");
    case model::IdentityKind::Slack:
        return QStringLiteral("Slack");
    case model::IdentityKind::Discourse:
        return QStringLiteral("Discourse");
    case model::IdentityKind::Meetup:
        return QStringLiteral("Meetup");
    case model::IdentityKind::Other:
        return tr("Other");
    }
    return {};
}

QString PersonDetails::rewardKindTitle(const QString& kind)
{
    model::RewardKind value;
    if (!model::rewardKindFromName(kind, &value))
        return kind;
    switch (value) {
    case model::RewardKind::Points:
        return tr("Points");
    case model::RewardKind::Swag:
        return tr("Swag");
    case model::RewardKind::Money:
        return tr("Money");
    case model::RewardKind::Recognition:
        return tr("Recognition");
    }
    return kind;
}

int PersonDetails::levelOf(const QSqlDatabase& db, qint64 key, const QDateTime& asOf, double* score,
                           QString* error)
{
    const QList<qint64> merged = mergedInto(db, key);
    std::vector<storage::RowKey> keys{key};
    keys.insert(keys.end(), merged.begin(), merged.end());
    storage::ActivityStore store(db);
    storage::ActivityColumns rows;
    if (!store.activitiesOf(keys, &rows, error))
        return -1;
    return engagement(rows, key, merged, store.types(), asOf, score);
}

PersonDetails PersonDetails::read(const QSqlDatabase& db, const model::Clock& clock, qint64 key)
{
    PersonDetails details;
    const storage::PeopleRepository people(db, clock);
    const std::optional<model::Person> person = key ? people.getByKey(key) : std::nullopt;
    if (!person)
        return details;
    details.key = key;
    details.person = *person;
    details.shownName = shownNameOf(*person, &details.nameIsStandIn);
    details.mergedKeys = mergedInto(db, key);
    QList<qint64> keys{key};
    keys << details.mergedKeys;

    // Activities, newest first, with the names of what they refer to.
    storage::ActivityStore store(db);
    storage::ActivityColumns rows;
    std::vector<storage::RowKey> activityPeople(keys.begin(), keys.end());
    if (!store.activitiesOf(activityPeople, &rows, &details.error))
        rows.clear();
    const QHash<std::int32_t, QString> types = store.types();
    QList<qint64> campaignKeys, channelKeys, contentKeys;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows.campaign[i])
            campaignKeys << rows.campaign[i];
        if (rows.channel[i])
            channelKeys << rows.channel[i];
        if (rows.content[i])
            contentKeys << rows.content[i];
    }
    const auto named = [&db](const char* table, const char* column, const QList<qint64>& list) {
        if (list.isEmpty())
            return QHash<qint64, QString>();
        return names(db, QStringLiteral("SELECT key, %1 FROM %2 WHERE key IN (%3)")
                             .arg(QLatin1String(column), QLatin1String(table), keyList(list)));
    };
    const auto campaigns = named("campaigns", "name", campaignKeys);
    const auto channels = named("channels", "name", channelKeys);
    const auto contents = named("content", "title", contentKeys);
    for (std::size_t i = rows.size(); i-- > 0;) {
        Activity a;
        a.at = QDateTime::fromSecsSinceEpoch(rows.at[i], QTimeZone::utc());
        a.type = types.value(rows.type[i], QString::number(rows.type[i]));
        a.campaign = campaigns.value(rows.campaign[i]);
        a.channel = channels.value(rows.channel[i]);
        a.content = contents.value(rows.content[i]);
        a.value = rows.value[i];
        details.activities << a;
    }
    std::stable_sort(details.activities.begin(), details.activities.end(),
                     [](const Activity& x, const Activity& y) { return x.at > y.at; });
    details.level = engagement(rows, key, details.mergedKeys, types, clock.now(), &details.score);

    // Survey answers.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(
            "SELECT r.submitted_at, s.name, qu.text, a.number, a.choices, a.text "
            "FROM survey_responses r JOIN surveys s ON s.key = r.survey_key "
            "JOIN survey_answers a ON a.response_key = r.key "
            "JOIN survey_questions qu ON qu.key = a.question_key "
            "WHERE r.person_key IN (%1) ORDER BY r.submitted_at DESC, r.key, qu.position")
                   .arg(keyList(keys)))) {
        while (q.next()) {
            details.answers << Answer{QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(),
                                                                     QTimeZone::utc()),
                                      q.value(1).toString(), q.value(2).toString(),
                                      answerText(q, 3, 4, 5)};
        }
    }

    // Rewards.
    if (q.exec(QStringLiteral("SELECT r.given_on, r.kind, r.value, r.currency, r.reason, c.name "
                              "FROM rewards r LEFT JOIN campaigns c ON c.key = r.campaign_key "
                              "WHERE r.person_key IN (%1) ORDER BY r.given_on DESC, r.key DESC")
                   .arg(keyList(keys)))) {
        while (q.next()) {
            details.rewards << Reward{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                      q.value(1).toString(), q.value(2).toDouble(),
                                      q.value(3).toString(), q.value(4).toString(),
                                      q.value(5).toString()};
        }
    }
    return details;
}

} // namespace rapport::ui
