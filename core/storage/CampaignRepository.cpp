// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CampaignRepository.h"

#include "core/storage/ProjectRepositorySupport.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace rapport::storage {

using namespace detail;
using model::CalendarMoment;
using model::Campaign;
using model::Goal;
using model::Uuid;

namespace {

const QString kCampaigns = QStringLiteral("campaigns");
const QString kMoments = QStringLiteral("calendar_moments");
const QString kGoals = QStringLiteral("goals");

constexpr const char* kCampaignSelect =
    "c.key, c.id, c.created_at, c.updated_at, c.row_version, c.kind, c.name, c.owner, c.status, c.starts_on, "
    "c.ends_on, c.budget_minor, c.cost_minor, c.currency, c.notes, m.id";
constexpr const char* kGoalSelect =
    "g.key, g.id, g.created_at, g.updated_at, g.row_version, g.metric, g.target, g.period_start, g.period_end, c.id";
constexpr const char* kMomentSelect = "key, id, created_at, updated_at, row_version, name, kind, starts_on, ends_on";

Goal goalFrom(const QSqlQuery& q)
{
    Goal goal;
    goal.meta = metaFrom(q, 1);
    goal.metric = q.value(5).toString();
    goal.target = q.value(6).toDouble();
    goal.periodStart = dateFrom(q.value(7));
    goal.periodEnd = dateFrom(q.value(8));
    goal.campaign = idFrom(q.value(9));
    return goal;
}

QList<Goal> selectGoals(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    QList<Goal> goals;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT %1 FROM goals g LEFT JOIN campaigns c ON c.key = g.campaign_key %2 ORDER BY g.key")
               .arg(QLatin1String(kGoalSelect), where),
        values);
    while (q.next())
        goals << goalFrom(q);
    return goals;
}

/** Inserts or overwrites a goal row (meta verbatim). */
StoreResult writeGoal(const QSqlDatabase& db, const Goal& goal, RowKey campaignKey)
{
    QSqlQuery q(db);
    const RowKey key = keyOf(db, kGoals, goal.meta.id);
    QVariantList values{goal.metric, goal.target, dateValue(goal.periodStart), dateValue(goal.periodEnd),
                        keyValue(campaignKey), goal.meta.createdAt.toMSecsSinceEpoch(),
                        goal.meta.updatedAt.toMSecsSinceEpoch(), goal.meta.rowVersion};
    bool ok;
    if (key) {
        values << key;
        ok = run(q, QStringLiteral("UPDATE goals SET metric = ?, target = ?, period_start = ?, period_end = ?, "
                                   "campaign_key = ?, created_at = ?, updated_at = ?, row_version = ? WHERE key = ?"),
                 values);
    } else {
        values << goal.meta.id.toString();
        ok = runInsert(q, QStringLiteral("INSERT INTO goals (metric, target, period_start, period_end, campaign_key, "
                                   "created_at, updated_at, row_version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 values);
    }
    return ok ? StoreResult::ok(key ? key : insertedKey(q)) : queryError(q);
}

/** Writes the campaign row (meta verbatim) and its audiences, channels and goals. */
StoreResult writeCampaign(const QSqlDatabase& db, const model::Clock& clock, Campaign& c, RowKey key)
{
    if (c.budget.currency != c.cost.currency)
        return StoreResult::fail(
            StoreError::Invalid,
            QCoreApplication::translate("rapport::storage",
                                        "Budget and cost must be in the same currency."));
    StoreResult result;
    const RowKey momentKey =
        referenceKey(db, kMoments, c.moment,
                     QCoreApplication::translate("rapport::storage", "calendar moment"), &result);
    if (momentKey < 0)
        return result;
    QList<RowKey> audienceKeys, channelKeys;
    if (StoreResult r =
            resolveReferences(db, QStringLiteral("audiences"),
                              QCoreApplication::translate("rapport::storage", "audience"),
                              &c.targetAudiences, &audienceKeys);
        !r)
        return r;
    if (StoreResult r = resolveReferences(
            db, QStringLiteral("channels"),
            QCoreApplication::translate("rapport::storage", "channel"), &c.channels, &channelKeys);
        !r)
        return r;
    QSqlQuery q(db);
    QVariantList values{model::campaignKindName(c.kind), c.name, c.owner, model::campaignStatusName(c.status),
                        dateValue(c.starts), dateValue(c.ends), c.budget.minorUnits, c.cost.minorUnits,
                        c.budget.currency, c.notes, keyValue(momentKey), c.meta.createdAt.toMSecsSinceEpoch(),
                        c.meta.updatedAt.toMSecsSinceEpoch(), c.meta.rowVersion};
    if (key) {
        values << key;
        if (!run(q, QStringLiteral("UPDATE campaigns SET kind = ?, name = ?, owner = ?, status = ?, starts_on = ?, "
                                   "ends_on = ?, budget_minor = ?, cost_minor = ?, currency = ?, notes = ?, "
                                   "moment_key = ?, created_at = ?, updated_at = ?, row_version = ? WHERE key = ?"),
                 values))
            return queryError(q);
    } else {
        values << c.meta.id.toString();
        if (!runInsert(q, QStringLiteral("INSERT INTO campaigns (kind, name, owner, status, starts_on, ends_on, "
                                   "budget_minor, cost_minor, currency, notes, moment_key, created_at, updated_at, "
                                   "row_version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 values))
            return queryError(q);
        key = insertedKey(q);
    }
    if (StoreResult r = writeLinks(db, QStringLiteral("campaign_audiences"), QStringLiteral("campaign_key"), key,
                                   QStringLiteral("audience_key"), audienceKeys);
        !r)
        return r;
    if (StoreResult r = writeLinks(db, QStringLiteral("campaign_channels"), QStringLiteral("campaign_key"), key,
                                   QStringLiteral("channel_key"), channelKeys);
        !r)
        return r;
    // Goals: the campaign owns exactly the goals in its list.
    QSet<Uuid> kept;
    for (Goal& goal : c.goals) {
        ensureMeta(goal.meta, clock);
        goal.campaign = c.meta.id;
        kept.insert(goal.meta.id);
        const RowKey owner = count(db, QStringLiteral("SELECT campaign_key FROM goals WHERE id = ?"), {goal.meta.id.toString()});
        if (owner && owner != key)
            return StoreResult::fail(
                StoreError::Duplicate,
                QCoreApplication::translate("rapport::storage",
                                            "The goal belongs to another campaign."));
        if (StoreResult r = writeGoal(db, goal, key); !r)
            return r;
    }
    for (const Goal& stored : selectGoals(db, QStringLiteral("WHERE g.campaign_key = ?"), {key})) {
        if (!kept.contains(stored.meta.id) && !run(q, QStringLiteral("DELETE FROM goals WHERE id = ?"), {stored.meta.id.toString()}))
            return queryError(q);
    }
    return StoreResult::ok(key);
}

StoreResult validated(const Campaign& campaign)
{
    if (const auto errors = model::validate(campaign); !errors.isEmpty())
        return invalid(errors);
    return StoreResult::ok();
}

} // namespace

CampaignRepository::CampaignRepository(QSqlDatabase db, const model::Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

StoreResult CampaignRepository::create(Campaign& campaign)
{
    Campaign candidate = campaign;
    ensureMeta(candidate.meta, m_clock);
    if (StoreResult r = validated(candidate); !r)
        return r;
    StoreResult r = atomically(m_db, [&] { return writeCampaign(m_db, m_clock, candidate, 0); });
    if (r)
        campaign = candidate;
    return r;
}

StoreResult CampaignRepository::update(Campaign& campaign)
{
    if (StoreResult r = validated(campaign); !r)
        return r;
    Campaign candidate = campaign;
    StoreResult r = atomically(m_db, [&] {
        RowKey key = 0;
        if (StoreResult v =
                checkVersion(m_db, kCampaigns, candidate.meta,
                             QCoreApplication::translate("rapport::storage", "campaign"), &key);
            !v)
            return v;
        candidate.meta.touch(m_clock);
        return writeCampaign(m_db, m_clock, candidate, key);
    });
    if (r)
        campaign = candidate;
    return r;
}

StoreResult CampaignRepository::remove(const Uuid& id)
{
    return atomically(m_db, [&] {
        const RowKey key = keyOf(id);
        if (!key)
            return notFound(QCoreApplication::translate("rapport::storage", "campaign"), id);
        QSqlQuery q(m_db);
        const QStringList statements = {
            QStringLiteral("DELETE FROM campaign_audiences WHERE campaign_key = ?"),
            QStringLiteral("DELETE FROM campaign_channels WHERE campaign_key = ?"),
            QStringLiteral("DELETE FROM goals WHERE campaign_key = ?"),
            QStringLiteral("UPDATE rewards SET campaign_key = NULL WHERE campaign_key = ?"),
            QStringLiteral("UPDATE surveys SET campaign_key = NULL WHERE campaign_key = ?"),
            QStringLiteral("DELETE FROM campaigns WHERE key = ?"),
        };
        for (const QString& sql : statements) {
            if (!run(q, sql, {key}))
                return queryError(q);
        }
        return StoreResult::ok(key);
    });
}

std::optional<Campaign> CampaignRepository::get(const Uuid& id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT %1 FROM campaigns c LEFT JOIN calendar_moments m ON m.key = c.moment_key WHERE c.id = ?")
                    .arg(QLatin1String(kCampaignSelect)),
             {id.toString()})
        || !q.next())
        return std::nullopt;
    Campaign c;
    const RowKey key = q.value(0).toLongLong();
    c.meta = metaFrom(q, 1);
    model::campaignKindFromName(q.value(5).toString(), &c.kind);
    c.name = q.value(6).toString();
    c.owner = q.value(7).toString();
    model::campaignStatusFromName(q.value(8).toString(), &c.status);
    c.starts = dateFrom(q.value(9));
    c.ends = dateFrom(q.value(10));
    c.budget.minorUnits = q.value(11).toLongLong();
    c.cost.minorUnits = q.value(12).toLongLong();
    c.budget.currency = c.cost.currency = q.value(13).toString();
    c.notes = q.value(14).toString();
    c.moment = idFrom(q.value(15));
    q.finish();
    c.targetAudiences = readLinks(m_db, QStringLiteral("campaign_audiences"), QStringLiteral("campaign_key"), key,
                                  QStringLiteral("audience_key"), QStringLiteral("audiences"));
    c.channels = readLinks(m_db, QStringLiteral("campaign_channels"), QStringLiteral("campaign_key"), key,
                           QStringLiteral("channel_key"), QStringLiteral("channels"));
    c.goals = selectGoals(m_db, QStringLiteral("WHERE g.campaign_key = ?"), {key});
    return c;
}

QList<Campaign> CampaignRepository::list() const
{
    QList<Campaign> result;
    QList<Uuid> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM campaigns ORDER BY starts_on IS NULL, starts_on, name, key"));
    while (q.next())
        ids << Uuid::fromString(q.value(0).toString());
    q.finish();
    for (const Uuid& id : std::as_const(ids)) {
        if (auto c = get(id))
            result << *c;
    }
    return result;
}

qint64 CampaignRepository::count() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM campaigns"));
}

Uuid CampaignRepository::findByName(const QString& name) const
{
    const Uuid exact = idFrom(scalar(m_db, QStringLiteral("SELECT id FROM campaigns WHERE name = ?"), {name}));
    if (!exact.isNull())
        return exact;
    return idFrom(scalar(m_db, QStringLiteral("SELECT id FROM campaigns WHERE %1 ORDER BY key").arg(noCaseEquals(m_db, QStringLiteral("name"))), {name}));
}

RowKey CampaignRepository::keyOf(const Uuid& id) const
{
    return detail::keyOf(m_db, kCampaigns, id);
}

Uuid CampaignRepository::idOf(RowKey key) const
{
    return detail::idOf(m_db, kCampaigns, key);
}

// --- calendar moments ---

namespace {

StoreResult writeMoment(const QSqlDatabase& db, const CalendarMoment& m, RowKey key)
{
    QSqlQuery q(db);
    QVariantList values{m.name, model::calendarMomentKindName(m.kind), dateValue(m.starts), dateValue(m.ends),
                        m.meta.createdAt.toMSecsSinceEpoch(), m.meta.updatedAt.toMSecsSinceEpoch(), m.meta.rowVersion};
    if (key) {
        values << key;
        if (!run(q, QStringLiteral("UPDATE calendar_moments SET name = ?, kind = ?, starts_on = ?, ends_on = ?, "
                                   "created_at = ?, updated_at = ?, row_version = ? WHERE key = ?"),
                 values))
            return queryError(q);
        return StoreResult::ok(key);
    }
    values << m.meta.id.toString();
    if (!runInsert(q, QStringLiteral("INSERT INTO calendar_moments (name, kind, starts_on, ends_on, created_at, updated_at, "
                               "row_version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             values))
        return queryError(q);
    return StoreResult::ok(insertedKey(q));
}

QList<CalendarMoment> selectMoments(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    QList<CalendarMoment> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT %1 FROM calendar_moments %2 ORDER BY starts_on, key").arg(QLatin1String(kMomentSelect), where),
        values);
    while (q.next()) {
        CalendarMoment m;
        m.meta = metaFrom(q, 1);
        m.name = q.value(5).toString();
        model::calendarMomentKindFromName(q.value(6).toString(), &m.kind);
        m.starts = dateFrom(q.value(7));
        m.ends = dateFrom(q.value(8));
        result << m;
    }
    return result;
}

} // namespace

StoreResult CampaignRepository::create(CalendarMoment& moment)
{
    CalendarMoment candidate = moment;
    ensureMeta(candidate.meta, m_clock);
    if (const auto errors = model::validate(candidate); !errors.isEmpty())
        return invalid(errors);
    StoreResult r = atomically(m_db, [&] { return writeMoment(m_db, candidate, 0); });
    if (r)
        moment = candidate;
    return r;
}

StoreResult CampaignRepository::update(CalendarMoment& moment)
{
    if (const auto errors = model::validate(moment); !errors.isEmpty())
        return invalid(errors);
    CalendarMoment candidate = moment;
    StoreResult r = atomically(m_db, [&] {
        RowKey key = 0;
        if (StoreResult v = checkVersion(
                m_db, kMoments, candidate.meta,
                QCoreApplication::translate("rapport::storage", "calendar moment"), &key);
            !v)
            return v;
        candidate.meta.touch(m_clock);
        return writeMoment(m_db, candidate, key);
    });
    if (r)
        moment = candidate;
    return r;
}

StoreResult CampaignRepository::removeMoment(const Uuid& id)
{
    return atomically(m_db, [&] {
        QSqlQuery q(m_db);
        if (!run(q, QStringLiteral("UPDATE campaigns SET moment_key = NULL WHERE moment_key = "
                                   "(SELECT key FROM calendar_moments WHERE id = ?)"),
                 {id.toString()}))
            return queryError(q);
        return removeRow(m_db, kMoments, id,
                         QCoreApplication::translate("rapport::storage", "calendar moment"));
    });
}

std::optional<CalendarMoment> CampaignRepository::moment(const Uuid& id) const
{
    const auto found = selectMoments(m_db, QStringLiteral("WHERE id = ?"), {id.toString()});
    return found.isEmpty() ? std::nullopt : std::optional<CalendarMoment>(found.first());
}

QList<CalendarMoment> CampaignRepository::moments() const
{
    return selectMoments(m_db, {}, {});
}

qint64 CampaignRepository::momentCount() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM calendar_moments"));
}

// --- goals ---

StoreResult CampaignRepository::create(Goal& goal)
{
    Goal candidate = goal;
    ensureMeta(candidate.meta, m_clock);
    if (const auto errors = model::validate(candidate); !errors.isEmpty())
        return invalid(errors);
    StoreResult r = atomically(m_db, [&] {
        if (detail::keyOf(m_db, kGoals, candidate.meta.id))
            return StoreResult::fail(
                StoreError::Duplicate,
                QCoreApplication::translate("rapport::storage", "A goal with this id exists."));
        StoreResult result;
        const RowKey campaignKey =
            referenceKey(m_db, kCampaigns, candidate.campaign,
                         QCoreApplication::translate("rapport::storage", "campaign"), &result);
        if (campaignKey < 0)
            return result;
        return writeGoal(m_db, candidate, campaignKey);
    });
    if (r)
        goal = candidate;
    return r;
}

StoreResult CampaignRepository::update(Goal& goal)
{
    if (const auto errors = model::validate(goal); !errors.isEmpty())
        return invalid(errors);
    Goal candidate = goal;
    StoreResult r = atomically(m_db, [&] {
        RowKey key = 0;
        if (StoreResult v =
                checkVersion(m_db, kGoals, candidate.meta,
                             QCoreApplication::translate("rapport::storage", "goal"), &key);
            !v)
            return v;
        StoreResult result;
        const RowKey campaignKey =
            referenceKey(m_db, kCampaigns, candidate.campaign,
                         QCoreApplication::translate("rapport::storage", "campaign"), &result);
        if (campaignKey < 0)
            return result;
        candidate.meta.touch(m_clock);
        return writeGoal(m_db, candidate, campaignKey);
    });
    if (r)
        goal = candidate;
    return r;
}

StoreResult CampaignRepository::removeGoal(const Uuid& id)
{
    return atomically(m_db, [&] {
        return removeRow(m_db, kGoals, id, QCoreApplication::translate("rapport::storage", "goal"));
    });
}

std::optional<Goal> CampaignRepository::goal(const Uuid& id) const
{
    const auto found = selectGoals(m_db, QStringLiteral("WHERE g.id = ?"), {id.toString()});
    return found.isEmpty() ? std::nullopt : std::optional<Goal>(found.first());
}

QList<Goal> CampaignRepository::goals() const
{
    return selectGoals(m_db, {}, {});
}

QList<Goal> CampaignRepository::goals(const Uuid& campaign) const
{
    if (campaign.isNull())
        return selectGoals(m_db, QStringLiteral("WHERE g.campaign_key IS NULL"), {});
    return selectGoals(m_db, QStringLiteral("WHERE c.id = ?"), {campaign.toString()});
}

qint64 CampaignRepository::goalCount() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM goals"));
}

} // namespace rapport::storage
