// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RewardRepository.h"

#include "core/storage/ProjectRepositorySupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::storage {

using namespace detail;
using model::Reward;
using model::Uuid;

namespace {

const QString kRewards = QStringLiteral("rewards");

constexpr const char* kRewardSelect =
    "r.key, r.id, r.created_at, r.updated_at, r.row_version, p.id, r.kind, r.value, r.currency, r.reason, "
    "r.given_on, c.id, t.id FROM rewards r JOIN people p ON p.key = r.person_key "
    "LEFT JOIN campaigns c ON c.key = r.campaign_key LEFT JOIN content t ON t.key = r.content_key";

QList<Reward> selectRewards(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    QList<Reward> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT %1 %2 ORDER BY r.given_on, r.key").arg(QLatin1String(kRewardSelect), where), values);
    while (q.next()) {
        Reward r;
        r.meta = metaFrom(q, 1);
        r.person = idFrom(q.value(5));
        model::rewardKindFromName(q.value(6).toString(), &r.kind);
        r.value = q.value(7).toDouble();
        r.currency = q.value(8).toString();
        r.reason = q.value(9).toString();
        r.date = dateFrom(q.value(10));
        r.campaign = idFrom(q.value(11));
        r.content = idFrom(q.value(12));
        result << r;
    }
    return result;
}

StoreResult writeReward(const QSqlDatabase& db, const Reward& r, RowKey key)
{
    StoreResult result;
    const RowKey personKey =
        referenceKey(db, QStringLiteral("people"), r.person,
                     QCoreApplication::translate("rapport::storage", "person"), &result);
    const RowKey campaignKey =
        personKey < 0
            ? -1
            : referenceKey(db, QStringLiteral("campaigns"), r.campaign,
                           QCoreApplication::translate("rapport::storage", "campaign"), &result);
    const RowKey contentKey =
        campaignKey < 0
            ? -1
            : referenceKey(db, QStringLiteral("content"), r.content,
                           QCoreApplication::translate("rapport::storage", "content"), &result);
    if (contentKey < 0)
        return result;
    QSqlQuery q(db);
    QVariantList values{personKey, model::rewardKindName(r.kind), r.value, r.currency, r.reason, dateValue(r.date),
                        keyValue(campaignKey), keyValue(contentKey), r.meta.createdAt.toMSecsSinceEpoch(),
                        r.meta.updatedAt.toMSecsSinceEpoch(), r.meta.rowVersion};
    if (key) {
        values << key;
        if (!run(q, QStringLiteral("UPDATE rewards SET person_key = ?, kind = ?, value = ?, currency = ?, reason = ?, "
                                   "given_on = ?, campaign_key = ?, content_key = ?, created_at = ?, updated_at = ?, "
                                   "row_version = ? WHERE key = ?"),
                 values))
            return queryError(q);
        return StoreResult::ok(key);
    }
    values << r.meta.id.toString();
    if (!runInsert(q, QStringLiteral("INSERT INTO rewards (person_key, kind, value, currency, reason, given_on, campaign_key, "
                               "content_key, created_at, updated_at, row_version, id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             values))
        return queryError(q);
    return StoreResult::ok(insertedKey(q));
}

} // namespace

RewardRepository::RewardRepository(QSqlDatabase db, const model::Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

StoreResult RewardRepository::create(Reward& reward)
{
    Reward candidate = reward;
    ensureMeta(candidate.meta, m_clock);
    if (const auto errors = model::validate(candidate); !errors.isEmpty())
        return invalid(errors);
    StoreResult r = atomically(m_db, [&] { return writeReward(m_db, candidate, 0); });
    if (r)
        reward = candidate;
    return r;
}

StoreResult RewardRepository::update(Reward& reward)
{
    if (const auto errors = model::validate(reward); !errors.isEmpty())
        return invalid(errors);
    Reward candidate = reward;
    StoreResult r = atomically(m_db, [&] {
        RowKey key = 0;
        if (StoreResult v =
                checkVersion(m_db, kRewards, candidate.meta,
                             QCoreApplication::translate("rapport::storage", "reward"), &key);
            !v)
            return v;
        candidate.meta.touch(m_clock);
        return writeReward(m_db, candidate, key);
    });
    if (r)
        reward = candidate;
    return r;
}

StoreResult RewardRepository::remove(const Uuid& id)
{
    return atomically(m_db, [&] {
        return removeRow(m_db, kRewards, id,
                         QCoreApplication::translate("rapport::storage", "reward"));
    });
}

std::optional<Reward> RewardRepository::get(const Uuid& id) const
{
    const auto found = selectRewards(m_db, QStringLiteral("WHERE r.id = ?"), {id.toString()});
    return found.isEmpty() ? std::nullopt : std::optional<Reward>(found.first());
}

QList<Reward> RewardRepository::list() const
{
    return selectRewards(m_db, {}, {});
}

QList<Reward> RewardRepository::listForPerson(const Uuid& person) const
{
    return selectRewards(m_db, QStringLiteral("WHERE p.id = ?"), {person.toString()});
}

qint64 RewardRepository::count() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM rewards"));
}

RowKey RewardRepository::keyOf(const Uuid& id) const
{
    return detail::keyOf(m_db, kRewards, id);
}

} // namespace rapport::storage
