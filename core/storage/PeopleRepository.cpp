// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PeopleRepository.h"

#include "core/storage/PeopleRepositoryRows.h"
#include "core/storage/ProjectRepositorySupport.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <limits>

namespace rapport::storage {

using namespace detail;
using model::Identity;
using model::IdentityKind;
using model::Person;
using model::Uuid;

namespace {

QString what()
{
    return QCoreApplication::translate("rapport::storage", "person");
}

QString keyList(const QList<RowKey>& keys)
{
    QStringList parts;
    parts.reserve(keys.size());
    for (RowKey k : keys)
        parts << QString::number(k);
    return parts.join(QLatin1Char(','));
}

} // namespace

PeopleRepository::PeopleRepository(QSqlDatabase db, const model::Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

// --- reading ---

namespace people {

QVariantList personValues(const Person& p)
{
    return {p.displayName,
            p.company,
            p.role,
            p.country,
            p.timezone,
            p.internal ? 1 : 0,
            p.source,
            p.consent.marketing ? 1 : 0,
            dateValue(p.consent.date),
            p.notes,
            dateValue(p.joined)};
}

Person personFrom(const QSqlQuery& q)
{
    // columns: kPersonSelect
    Person p;
    p.meta = metaFrom(q, 1);
    p.displayName = q.value(5).toString();
    p.company = q.value(6).toString();
    p.role = q.value(7).toString();
    p.country = q.value(8).toString();
    p.timezone = q.value(9).toString();
    p.internal = q.value(10).toInt() != 0;
    p.source = q.value(11).toString();
    p.consent.marketing = q.value(12).toInt() != 0;
    p.consent.date = dateFrom(q.value(13));
    p.notes = q.value(14).toString();
    p.joined = dateFrom(q.value(15));
    return p;
}

Identity identityFrom(const QString& kind, const QString& value)
{
    Identity identity;
    model::identityKindFromName(kind, &identity.kind);
    identity.value = value;
    return identity;
}

/** Own identities of the roots, followed by those of the people merged into them (nearest
 *  first, then in merge order). */
QHash<RowKey, QList<Identity>> mergedIdentities(const QSqlDatabase& db, const QList<RowKey>& roots)
{
    QHash<RowKey, QList<Identity>> result;
    if (roots.isEmpty())
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
               "WITH RECURSIVE m(key, root, depth, merged_at) AS ("
               " SELECT key, key, 0, CAST(0 AS BIGINT) FROM people WHERE key IN (%1)"
               " UNION ALL SELECT p.key, m.root, m.depth + 1, p.merged_at FROM people p JOIN m ON p.merged_into = m.key"
               " WHERE m.depth < 64)"
               " SELECT m.root, i.kind, i.value FROM m JOIN identities i ON i.person_key = m.key"
               " ORDER BY m.root, m.depth, m.merged_at, m.key, i.key")
               .arg(keyList(roots)));
    while (q.next())
        result[q.value(0).toLongLong()].append(identityFrom(q.value(1).toString(), q.value(2).toString()));
    return result;
}

QHash<RowKey, QStringList> tags(const QSqlDatabase& db, const QList<RowKey>& keys)
{
    QHash<RowKey, QStringList> result;
    if (keys.isEmpty())
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT person_key, tag FROM person_tags WHERE person_key IN (%1) ORDER BY person_key, tag")
               .arg(keyList(keys)));
    while (q.next())
        result[q.value(0).toLongLong()].append(q.value(1).toString());
    return result;
}

/** (kind, normalized) of the identities held by the people merged (transitively) into key. */
QSet<QString> identitiesHeldByMerged(const QSqlDatabase& db, RowKey key)
{
    QSet<QString> held;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("WITH RECURSIVE m(key, depth) AS (SELECT key, 0 FROM people WHERE merged_into = ?"
                          " UNION ALL SELECT p.key, m.depth + 1 FROM people p JOIN m ON p.merged_into = m.key"
                          " WHERE m.depth < 64)"
                          " SELECT i.kind, i.normalized FROM m JOIN identities i ON i.person_key = m.key"),
        {key});
    while (q.next())
        held.insert(q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString());
    return held;
}

/** Replaces the person's own identities and tags (identities held by people merged into it
 *  stay with them). Tags are stored sorted; person.tags is sorted to match. */
StoreResult writeChildren(const QSqlDatabase& db, RowKey key, Person& person)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("DELETE FROM identities WHERE person_key = ?"), {key})
        || !run(q, QStringLiteral("DELETE FROM person_tags WHERE person_key = ?"), {key}))
        return queryError(q);
    const QSet<QString> held = identitiesHeldByMerged(db, key);
    if (!q.prepare(QStringLiteral("INSERT INTO identities (person_key, kind, value, normalized) VALUES (?, ?, ?, ?)")))
        return queryError(q);
    for (const Identity& identity : std::as_const(person.identities)) {
        const QString kind = model::identityKindName(identity.kind);
        const QString normalized = identity.normalized();
        if (held.contains(kind + QLatin1Char('\n') + normalized))
            continue;
        q.addBindValue(key);
        q.addBindValue(kind);
        q.addBindValue(identity.value);
        q.addBindValue(normalized);
        if (!q.exec()) {
            StoreResult r = queryError(q);
            if (r.error == StoreError::Duplicate)
                r.message =
                    QCoreApplication::translate("rapport::storage",
                                                "The identity %1 \"%2\" belongs to someone else.")
                        .arg(kind, identity.value);
            return r;
        }
    }
    person.tags.sort();
    if (!q.prepare(QStringLiteral("INSERT INTO person_tags (person_key, tag) VALUES (?, ?)")))
        return queryError(q);
    for (const QString& tag : std::as_const(person.tags)) {
        q.addBindValue(key);
        q.addBindValue(tag);
        if (!q.exec())
            return queryError(q);
    }
    return StoreResult::ok(key);
}

/** Overwrites the person row (meta verbatim) and its children. */
StoreResult writePerson(const QSqlDatabase& db, RowKey key, Person& person)
{
    QSqlQuery q(db);
    QVariantList values = personValues(person);
    values << person.meta.createdAt.toMSecsSinceEpoch() << person.meta.updatedAt.toMSecsSinceEpoch()
           << person.meta.rowVersion << key;
    if (!run(q, QStringLiteral("UPDATE people SET display_name = ?, company = ?, role = ?, country = ?, "
                               "timezone = ?, internal = ?, source = ?, marketing_consent = ?, consent_date = ?, "
                               "notes = ?, joined = ?, created_at = ?, updated_at = ?, row_version = ? WHERE key = ?"),
             values))
        return queryError(q);
    return writeChildren(db, key, person);
}

} // namespace people

using namespace people;

std::optional<Person> PeopleRepository::getByKey(RowKey key) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT %1 FROM people WHERE key = ?").arg(QLatin1String(kPersonSelect)), {key}) || !q.next())
        return std::nullopt;
    Person person = personFrom(q);
    q.finish();
    person.identities = mergedIdentities(m_db, {key}).value(key);
    person.tags = tags(m_db, {key}).value(key);
    return person;
}

std::optional<Person> PeopleRepository::get(const Uuid& id) const
{
    const RowKey key = keyOf(id);
    if (!key)
        return std::nullopt;
    return getByKey(key);
}

QList<Person> PeopleRepository::list(int offset, int limit) const
{
    QList<Person> result;
    QList<RowKey> keys;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT %1 FROM people WHERE merged_into IS NULL "
                          "ORDER BY %2, key LIMIT ? OFFSET ?")
               .arg(QLatin1String(kPersonSelect), noCaseOrder(m_db, QStringLiteral("display_name"))),
        // No limit: the largest one (PostgreSQL refuses SQLite's -1).
        {limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit), std::max(0, offset)});
    while (q.next()) {
        keys << q.value(0).toLongLong();
        result << personFrom(q);
    }
    q.finish();
    const auto identities = mergedIdentities(m_db, keys);
    const auto allTags = tags(m_db, keys);
    for (qsizetype i = 0; i < result.size(); ++i) {
        result[i].identities = identities.value(keys[i]);
        result[i].tags = allTags.value(keys[i]);
    }
    return result;
}

qint64 PeopleRepository::count() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM people WHERE merged_into IS NULL"));
}

qint64 PeopleRepository::countMerged() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM people WHERE merged_into IS NOT NULL"));
}

RowKey PeopleRepository::keyOf(const Uuid& id) const
{
    return detail::keyOf(m_db, QStringLiteral("people"), id);
}

Uuid PeopleRepository::idOf(RowKey key) const
{
    return detail::idOf(m_db, QStringLiteral("people"), key);
}

QHash<Uuid, RowKey> PeopleRepository::keysById() const
{
    QHash<Uuid, RowKey> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT key, id FROM people"));
    while (q.next())
        result.insert(Uuid::fromString(q.value(1).toString()), q.value(0).toLongLong());
    return result;
}

QHash<RowKey, Uuid> PeopleRepository::idsByKey() const
{
    QHash<RowKey, Uuid> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT key, id FROM people"));
    while (q.next())
        result.insert(q.value(0).toLongLong(), Uuid::fromString(q.value(1).toString()));
    return result;
}

bool PeopleRepository::forEach(const std::function<bool(RowKey, RowKey, const Person&)>& callback, QString* error) const
{
    QSqlQuery people(m_db), identities(m_db), tagRows(m_db);
    streamAlongside(people);
    streamAlongside(identities);
    streamAlongside(tagRows);
    if (!people.exec(QStringLiteral("SELECT %1, merged_into FROM people ORDER BY key").arg(QLatin1String(kPersonSelect)))
        || !identities.exec(QStringLiteral("SELECT person_key, kind, value FROM identities ORDER BY person_key, key"))
        || !tagRows.exec(QStringLiteral("SELECT person_key, tag FROM person_tags ORDER BY person_key, tag"))) {
        if (error)
            *error = QCoreApplication::translate("rapport::storage", "Could not read people.");
        return false;
    }
    bool hasIdentity = identities.next();
    bool hasTag = tagRows.next();
    while (people.next()) {
        const RowKey key = people.value(0).toLongLong();
        Person person = personFrom(people);
        while (hasIdentity && identities.value(0).toLongLong() < key)
            hasIdentity = identities.next();
        while (hasIdentity && identities.value(0).toLongLong() == key) {
            person.identities << identityFrom(identities.value(1).toString(), identities.value(2).toString());
            hasIdentity = identities.next();
        }
        while (hasTag && tagRows.value(0).toLongLong() < key)
            hasTag = tagRows.next();
        while (hasTag && tagRows.value(0).toLongLong() == key) {
            person.tags << tagRows.value(1).toString();
            hasTag = tagRows.next();
        }
        if (!callback(key, people.value(16).toLongLong(), person))
            break;
    }
    return true;
}

// --- lookups ---

RowKey PeopleRepository::resolveKey(RowKey key) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT merged_into FROM people WHERE key = ?")))
        return key;
    for (int guard = 0; key && guard < 64; ++guard) {
        q.addBindValue(key);
        if (!q.exec() || !q.next() || q.value(0).isNull())
            break;
        key = q.value(0).toLongLong();
    }
    return key;
}

Uuid PeopleRepository::resolve(const Uuid& id) const
{
    const RowKey key = keyOf(id);
    return key ? idOf(resolveKey(key)) : id;
}

Uuid PeopleRepository::mergedInto(const Uuid& id) const
{
    return idFrom(scalar(m_db, QStringLiteral("SELECT s.id FROM people p JOIN people s ON s.key = p.merged_into WHERE p.id = ?"),
                         {id.toString()}));
}

RowKey PeopleRepository::findKeyByIdentity(IdentityKind kind, const QString& value) const
{
    const QString normalized = Identity{kind, value}.normalized();
    if (normalized.isEmpty())
        return 0;
    const RowKey key = detail::count(m_db, QStringLiteral("SELECT person_key FROM identities WHERE kind = ? AND normalized = ?"),
                                     {model::identityKindName(kind), normalized});
    return key ? resolveKey(key) : 0;
}

Uuid PeopleRepository::findByIdentity(IdentityKind kind, const QString& value) const
{
    const RowKey key = findKeyByIdentity(kind, value);
    return key ? idOf(key) : Uuid();
}

Uuid PeopleRepository::match(const QList<Identity>& identities) const
{
    for (const Identity& identity : identities) {
        if (identity.kind == IdentityKind::Email) {
            if (const Uuid id = findByIdentity(identity.kind, identity.value); !id.isNull())
                return id;
        }
    }
    for (const Identity& identity : identities) {
        if (identity.kind != IdentityKind::Email) {
            if (const Uuid id = findByIdentity(identity.kind, identity.value); !id.isNull())
                return id;
        }
    }
    return {};
}

QHash<QString, RowKey> PeopleRepository::identityIndex(IdentityKind kind) const
{
    QHash<RowKey, RowKey> mergedTo;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT key, merged_into FROM people WHERE merged_into IS NOT NULL"));
    while (q.next())
        mergedTo.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    QHash<QString, RowKey> result;
    run(q, QStringLiteral("SELECT normalized, person_key FROM identities WHERE kind = ?"), {model::identityKindName(kind)});
    while (q.next()) {
        RowKey key = q.value(1).toLongLong();
        for (int guard = 0; guard < 64 && mergedTo.contains(key); ++guard)
            key = mergedTo.value(key);
        result.insert(q.value(0).toString(), key);
    }
    return result;
}

// --- writing ---

StoreResult PeopleRepository::create(Person& person)
{
    Person candidate = person;
    ensureMeta(candidate.meta, m_clock);
    if (const auto errors = model::validate(candidate); !errors.isEmpty())
        return invalid(errors);
    Savepoint savepoint(m_db);
    QSqlQuery q(m_db);
    QVariantList values = metaValues(candidate.meta);
    values << personValues(candidate);
    if (!runInsert(q, QStringLiteral("INSERT INTO people (%1, display_name, company, role, country, timezone, internal, "
                               "source, marketing_consent, consent_date, notes, joined) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(QLatin1String(kMetaColumns)),
             values))
        return queryError(q);
    const RowKey key = insertedKey(q);
    if (StoreResult r = writeChildren(m_db, key, candidate); !r)
        return r;
    QString error;
    if (!savepoint.release(&error))
        return StoreResult::fail(StoreError::Database, error);
    person = candidate;
    return StoreResult::ok(key);
}

StoreResult PeopleRepository::update(Person& person)
{
    if (const auto errors = model::validate(person); !errors.isEmpty())
        return invalid(errors);
    Savepoint savepoint(m_db);
    RowKey key = 0;
    if (StoreResult r = checkVersion(m_db, QStringLiteral("people"), person.meta, what(), &key); !r)
        return r;
    Person candidate = person;
    candidate.meta.touch(m_clock);
    if (StoreResult r = writePerson(m_db, key, candidate); !r)
        return r;
    QString error;
    if (!savepoint.release(&error))
        return StoreResult::fail(StoreError::Database, error);
    person = candidate;
    return StoreResult::ok(key);
}

StoreResult PeopleRepository::remove(const Uuid& id)
{
    const RowKey key = keyOf(id);
    if (!key)
        return notFound(what(), id);
    Savepoint savepoint(m_db);
    QSqlQuery q(m_db);
    // Explicit rather than relying on ON DELETE CASCADE, which needs PRAGMA foreign_keys.
    const QStringList statements = {
        QStringLiteral("DELETE FROM identities WHERE person_key = ?"),
        QStringLiteral("DELETE FROM person_tags WHERE person_key = ?"),
        QStringLiteral("DELETE FROM audience_members WHERE person_key = ?"),
        QStringLiteral("DELETE FROM content_authors WHERE person_key = ?"),
        QStringLiteral("DELETE FROM rewards WHERE person_key = ?"),
        QStringLiteral("UPDATE survey_responses SET person_key = NULL WHERE person_key = ?"),
        QStringLiteral("UPDATE people SET merged_into = NULL, merged_at = NULL WHERE merged_into = ?"),
        QStringLiteral("DELETE FROM people WHERE key = ?"),
    };
    for (const QString& sql : statements) {
        if (!run(q, sql, {key}))
            return queryError(q);
    }
    QString error;
    if (!savepoint.release(&error))
        return StoreResult::fail(StoreError::Database, error);
    return StoreResult::ok(key);
}

// --- merges ---

StoreResult PeopleRepository::mergePeople(const model::PersonMerge& merge)
{
    const Person& survivorBefore = merge.survivorBefore;
    const Person& absorbedBefore = merge.absorbedBefore;
    if (survivorBefore.meta.id.isNull() || absorbedBefore.meta.id.isNull() || survivorBefore.meta.id == absorbedBefore.meta.id
        || merge.survivorAfter.meta.id != survivorBefore.meta.id)
        return StoreResult::fail(
            StoreError::Invalid,
            QCoreApplication::translate("rapport::storage", "A merge needs two different people."));
    if (const auto errors = model::validate(merge.survivorAfter); !errors.isEmpty())
        return invalid(errors);
    Savepoint savepoint(m_db);
    RowKey survivorKey = 0, absorbedKey = 0;
    if (StoreResult r = checkVersion(m_db, QStringLiteral("people"), survivorBefore.meta, what(), &survivorKey); !r)
        return r;
    if (StoreResult r = checkVersion(m_db, QStringLiteral("people"), absorbedBefore.meta, what(), &absorbedKey); !r)
        return r;
    if (resolveKey(survivorKey) != survivorKey || resolveKey(absorbedKey) != absorbedKey)
        return StoreResult::fail(
            StoreError::Conflict,
            QCoreApplication::translate("rapport::storage",
                                        "One of the people is already merged into someone else."));
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("UPDATE people SET merged_into = ?, merged_at = ? WHERE key = ?"),
             {survivorKey, merge.survivorAfter.meta.updatedAt.toMSecsSinceEpoch(), absorbedKey}))
        return queryError(q);
    Person after = merge.survivorAfter;
    if (StoreResult r = writePerson(m_db, survivorKey, after); !r)
        return r;
    QString error;
    if (!savepoint.release(&error))
        return StoreResult::fail(StoreError::Database, error);
    return StoreResult::ok(survivorKey);
}

StoreResult PeopleRepository::unmergePeople(const model::PersonMerge& merge)
{
    Savepoint savepoint(m_db);
    RowKey survivorKey = 0, absorbedKey = 0;
    if (StoreResult r = checkVersion(m_db, QStringLiteral("people"), merge.survivorAfter.meta, what(), &survivorKey); !r)
        return r;
    absorbedKey = keyOf(merge.absorbedBefore.meta.id);
    if (!absorbedKey)
        return notFound(what(), merge.absorbedBefore.meta.id);
    if (detail::count(m_db, QStringLiteral("SELECT merged_into FROM people WHERE key = ?"), {absorbedKey}) != survivorKey)
        return StoreResult::fail(
            StoreError::Conflict,
            QCoreApplication::translate("rapport::storage",
                                        "That person is not merged into the survivor."));
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("UPDATE people SET merged_into = NULL, merged_at = NULL WHERE key = ?"), {absorbedKey}))
        return queryError(q);
    Person absorbed = merge.absorbedBefore;
    Person survivor = merge.survivorBefore;
    if (StoreResult r = writePerson(m_db, absorbedKey, absorbed); !r)
        return r;
    if (StoreResult r = writePerson(m_db, survivorKey, survivor); !r)
        return r;
    QString error;
    if (!savepoint.release(&error))
        return StoreResult::fail(StoreError::Database, error);
    return StoreResult::ok(survivorKey);
}

} // namespace rapport::storage
