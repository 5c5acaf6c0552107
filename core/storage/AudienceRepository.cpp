// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AudienceRepository.h"

#include "core/storage/ProjectRepositorySupport.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rapport::storage {

using namespace detail;
using model::Audience;
using model::Uuid;

namespace {

const QString kAudiences = QStringLiteral("audiences");

StoreResult writeAudience(const QSqlDatabase& db, Audience& a, RowKey key)
{
    QList<RowKey> memberKeys;
    if (a.kind == Audience::Kind::Static) {
        if (StoreResult r = resolveReferences(
                db, QStringLiteral("people"),
                QCoreApplication::translate("rapport::storage", "person"), &a.members, &memberKeys);
            !r)
            return r;
    }
    const QString rule = a.kind == Audience::Kind::Rule
        ? QString::fromUtf8(QJsonDocument(a.rule.toJson()).toJson(QJsonDocument::Compact))
        : QStringLiteral("{}");
    QSqlQuery q(db);
    QVariantList values{a.name, a.description, model::audienceKindName(a.kind), rule,
                        a.meta.createdAt.toMSecsSinceEpoch(), a.meta.updatedAt.toMSecsSinceEpoch(), a.meta.rowVersion};
    if (key) {
        values << key;
        if (!run(q, QStringLiteral("UPDATE audiences SET name = ?, description = ?, kind = ?, rule = ?, created_at = ?, "
                                   "updated_at = ?, row_version = ? WHERE key = ?"),
                 values))
            return queryError(q);
    } else {
        values << a.meta.id.toString();
        if (!runInsert(q, QStringLiteral("INSERT INTO audiences (name, description, kind, rule, created_at, updated_at, "
                                   "row_version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 values))
            return queryError(q);
        key = insertedKey(q);
    }
    return writeLinks(db, QStringLiteral("audience_members"), QStringLiteral("audience_key"), key,
                      QStringLiteral("person_key"), memberKeys);
}

} // namespace

AudienceRepository::AudienceRepository(QSqlDatabase db, const model::Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

StoreResult AudienceRepository::create(Audience& audience)
{
    Audience candidate = audience;
    ensureMeta(candidate.meta, m_clock);
    if (const auto errors = model::validate(candidate); !errors.isEmpty())
        return invalid(errors);
    StoreResult r = atomically(m_db, [&] { return writeAudience(m_db, candidate, 0); });
    if (r)
        audience = candidate;
    return r;
}

StoreResult AudienceRepository::update(Audience& audience)
{
    if (const auto errors = model::validate(audience); !errors.isEmpty())
        return invalid(errors);
    Audience candidate = audience;
    StoreResult r = atomically(m_db, [&] {
        RowKey key = 0;
        if (StoreResult v =
                checkVersion(m_db, kAudiences, candidate.meta,
                             QCoreApplication::translate("rapport::storage", "audience"), &key);
            !v)
            return v;
        candidate.meta.touch(m_clock);
        return writeAudience(m_db, candidate, key);
    });
    if (r)
        audience = candidate;
    return r;
}

StoreResult AudienceRepository::remove(const Uuid& id)
{
    return atomically(m_db, [&] {
        const RowKey key = keyOf(id);
        if (!key)
            return notFound(QCoreApplication::translate("rapport::storage", "audience"), id);
        QSqlQuery q(m_db);
        for (const QString& sql : {QStringLiteral("DELETE FROM audience_members WHERE audience_key = ?"),
                                   QStringLiteral("DELETE FROM campaign_audiences WHERE audience_key = ?"),
                                   QStringLiteral("DELETE FROM audiences WHERE key = ?")}) {
            if (!run(q, sql, {key}))
                return queryError(q);
        }
        return StoreResult::ok(key);
    });
}

std::optional<Audience> AudienceRepository::get(const Uuid& id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT key, id, created_at, updated_at, row_version, name, description, kind, rule "
                               "FROM audiences WHERE id = ?"),
             {id.toString()})
        || !q.next())
        return std::nullopt;
    Audience a;
    const RowKey key = q.value(0).toLongLong();
    a.meta = metaFrom(q, 1);
    a.name = q.value(5).toString();
    a.description = q.value(6).toString();
    model::audienceKindFromName(q.value(7).toString(), &a.kind);
    if (a.kind == Audience::Kind::Rule) {
        QString error;
        model::AudienceRule::fromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object(), &a.rule, &error);
    }
    q.finish();
    a.members = readLinks(m_db, QStringLiteral("audience_members"), QStringLiteral("audience_key"), key,
                          QStringLiteral("person_key"), QStringLiteral("people"));
    return a;
}

QList<Audience> AudienceRepository::list() const
{
    QList<Uuid> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM audiences ORDER BY %1, key").arg(noCaseOrder(m_db, QStringLiteral("name"))));
    while (q.next())
        ids << Uuid::fromString(q.value(0).toString());
    q.finish();
    QList<Audience> result;
    for (const Uuid& id : std::as_const(ids)) {
        if (auto a = get(id))
            result << *a;
    }
    return result;
}

QList<std::pair<Uuid, QString>> AudienceRepository::names() const
{
    QList<std::pair<Uuid, QString>> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, name FROM audiences ORDER BY %1, key").arg(noCaseOrder(m_db, QStringLiteral("name"))));
    while (q.next())
        result.append({Uuid::fromString(q.value(0).toString()), q.value(1).toString()});
    return result;
}

qint64 AudienceRepository::count() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM audiences"));
}

Uuid AudienceRepository::findByName(const QString& name) const
{
    const Uuid exact = idFrom(scalar(m_db, QStringLiteral("SELECT id FROM audiences WHERE name = ?"), {name}));
    if (!exact.isNull())
        return exact;
    return idFrom(scalar(m_db, QStringLiteral("SELECT id FROM audiences WHERE %1 ORDER BY key").arg(noCaseEquals(m_db, QStringLiteral("name"))), {name}));
}

RowKey AudienceRepository::keyOf(const Uuid& id) const
{
    return detail::keyOf(m_db, kAudiences, id);
}

Uuid AudienceRepository::idOf(RowKey key) const
{
    return detail::idOf(m_db, kAudiences, key);
}

} // namespace rapport::storage
