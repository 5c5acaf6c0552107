// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ChannelRepository.h"

#include "core/storage/ProjectRepositorySupport.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::storage {

using namespace detail;
using model::Channel;
using model::Uuid;

namespace {

const QString kChannels = QStringLiteral("channels");

StoreResult writeChannel(const QSqlDatabase& db, const Channel& c, RowKey key)
{
    QSqlQuery q(db);
    QVariantList values{c.name, c.kind, c.url.toString(), c.meta.createdAt.toMSecsSinceEpoch(),
                        c.meta.updatedAt.toMSecsSinceEpoch(), c.meta.rowVersion};
    if (key) {
        values << key;
        if (!run(q, QStringLiteral("UPDATE channels SET name = ?, kind = ?, url = ?, created_at = ?, updated_at = ?, "
                                   "row_version = ? WHERE key = ?"),
                 values))
            return queryError(q);
    } else {
        values << c.meta.id.toString();
        if (!runInsert(q, QStringLiteral("INSERT INTO channels (name, kind, url, created_at, updated_at, row_version, id) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 values))
            return queryError(q);
        key = insertedKey(q);
    }
    if (!run(q, QStringLiteral("DELETE FROM channel_sizes WHERE channel_key = ?"), {key}))
        return queryError(q);
    if (!q.prepare(QStringLiteral("INSERT INTO channel_sizes (channel_key, on_date, size) VALUES (?, ?, ?)")))
        return queryError(q);
    for (const model::AudienceSize& size : c.sizes) {
        q.addBindValue(key);
        q.addBindValue(dateValue(size.date));
        q.addBindValue(size.size);
        if (!q.exec())
            return queryError(q);
    }
    return StoreResult::ok(key);
}

} // namespace

ChannelRepository::ChannelRepository(QSqlDatabase db, const model::Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

StoreResult ChannelRepository::create(Channel& channel)
{
    Channel candidate = channel;
    ensureMeta(candidate.meta, m_clock);
    if (const auto errors = model::validate(candidate); !errors.isEmpty())
        return invalid(errors);
    StoreResult r = atomically(m_db, [&] { return writeChannel(m_db, candidate, 0); });
    if (r)
        channel = candidate;
    return r;
}

StoreResult ChannelRepository::update(Channel& channel)
{
    if (const auto errors = model::validate(channel); !errors.isEmpty())
        return invalid(errors);
    Channel candidate = channel;
    StoreResult r = atomically(m_db, [&] {
        RowKey key = 0;
        if (StoreResult v =
                checkVersion(m_db, kChannels, candidate.meta,
                             QCoreApplication::translate("rapport::storage", "channel"), &key);
            !v)
            return v;
        candidate.meta.touch(m_clock);
        return writeChannel(m_db, candidate, key);
    });
    if (r)
        channel = candidate;
    return r;
}

StoreResult ChannelRepository::remove(const Uuid& id)
{
    return atomically(m_db, [&] {
        const RowKey key = keyOf(id);
        if (!key)
            return notFound(QCoreApplication::translate("rapport::storage", "channel"), id);
        QSqlQuery q(m_db);
        const QStringList statements = {
            QStringLiteral("DELETE FROM channel_sizes WHERE channel_key = ?"),
            QStringLiteral("DELETE FROM campaign_channels WHERE channel_key = ?"),
            QStringLiteral("DELETE FROM content_metrics WHERE distribution_key IN "
                           "(SELECT key FROM content_distributions WHERE channel_key = ?)"),
            QStringLiteral("DELETE FROM content_distributions WHERE channel_key = ?"),
            QStringLiteral("DELETE FROM channels WHERE key = ?"),
        };
        for (const QString& sql : statements) {
            if (!run(q, sql, {key}))
                return queryError(q);
        }
        return StoreResult::ok(key);
    });
}

std::optional<Channel> ChannelRepository::get(const Uuid& id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT key, id, created_at, updated_at, row_version, name, kind, url FROM channels WHERE id = ?"),
             {id.toString()})
        || !q.next())
        return std::nullopt;
    Channel c;
    const RowKey key = q.value(0).toLongLong();
    c.meta = metaFrom(q, 1);
    c.name = q.value(5).toString();
    c.kind = q.value(6).toString();
    c.url = QUrl(q.value(7).toString());
    q.finish();
    run(q, QStringLiteral("SELECT on_date, size FROM channel_sizes WHERE channel_key = ? ORDER BY on_date"), {key});
    while (q.next())
        c.sizes << model::AudienceSize{dateFrom(q.value(0)), q.value(1).toLongLong()};
    return c;
}

QList<Channel> ChannelRepository::list() const
{
    QList<Uuid> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM channels ORDER BY %1, key").arg(noCaseOrder(m_db, QStringLiteral("name"))));
    while (q.next())
        ids << Uuid::fromString(q.value(0).toString());
    q.finish();
    QList<Channel> result;
    for (const Uuid& id : std::as_const(ids)) {
        if (auto c = get(id))
            result << *c;
    }
    return result;
}

QList<std::pair<Uuid, QString>> ChannelRepository::names() const
{
    QList<std::pair<Uuid, QString>> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, name FROM channels ORDER BY %1, key").arg(noCaseOrder(m_db, QStringLiteral("name"))));
    while (q.next())
        result.append({Uuid::fromString(q.value(0).toString()), q.value(1).toString()});
    return result;
}

qint64 ChannelRepository::count() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM channels"));
}

Uuid ChannelRepository::findByName(const QString& name) const
{
    const Uuid exact = idFrom(scalar(m_db, QStringLiteral("SELECT id FROM channels WHERE name = ?"), {name}));
    if (!exact.isNull())
        return exact;
    return idFrom(scalar(m_db, QStringLiteral("SELECT id FROM channels WHERE %1 ORDER BY key").arg(noCaseEquals(m_db, QStringLiteral("name"))), {name}));
}

RowKey ChannelRepository::keyOf(const Uuid& id) const
{
    return detail::keyOf(m_db, kChannels, id);
}

Uuid ChannelRepository::idOf(RowKey key) const
{
    return detail::idOf(m_db, kChannels, key);
}

StoreResult ChannelRepository::setSize(const Uuid& channel, const model::AudienceSize& size)
{
    if (!size.date.isValid() || size.size < 0)
        return StoreResult::fail(
            StoreError::Invalid,
            QCoreApplication::translate("rapport::storage",
                                        "An audience size needs a date and a size ≥ 0."));
    return atomically(m_db, [&] {
        const RowKey key = keyOf(channel);
        if (!key)
            return notFound(QCoreApplication::translate("rapport::storage", "channel"), channel);
        QSqlQuery q(m_db);
        if (!run(q, QStringLiteral("INSERT INTO channel_sizes (channel_key, on_date, size) VALUES (?, ?, ?) "
                                   "ON CONFLICT (channel_key, on_date) DO UPDATE SET size = excluded.size"),
                 {key, dateValue(size.date), size.size})
            || !run(q, QStringLiteral("UPDATE channels SET row_version = row_version + 1, updated_at = ? WHERE key = ?"),
                    {m_clock.now().toMSecsSinceEpoch(), key}))
            return queryError(q);
        return StoreResult::ok(key);
    });
}

} // namespace rapport::storage
