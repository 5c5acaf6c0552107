// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PeopleBulkEdit.h"

#include "core/model/Person.h"
#include "core/model/Validation.h"
#include "core/storage/ProjectRepositorySupport.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSet>

namespace rapport::storage {

using namespace detail;

namespace {

// (A named constant: lupdate of Qt 6.4 loops on a cast inside a translate() call.)
constexpr int kMaxLength = int(model::kMaxNameLength);

/** The keys as a JSON array: `key IN (jsonIntegers(db))` reads them in SQL. */
QString keyArray(const QList<RowKey>& keys)
{
    QString json;
    json.reserve(keys.size() * 8 + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i)
            json += QLatin1Char(',');
        json += QString::number(keys[i]);
    }
    json += QLatin1Char(']');
    return json;
}

StoreResult invalidText(const QString& field, const QString& message)
{
    StoreResult result = StoreResult::fail(StoreError::Invalid, message);
    result.validation.append({field, message});
    return result;
}

StoreResult checkTag(const QString& tag)
{
    if (model::normalizeTag(tag).isEmpty())
        return invalidText(QStringLiteral("tags"),
                           QCoreApplication::translate("rapport::storage", "A tag cannot be empty."));
    if (tag.size() > model::kMaxNameLength)
        return invalidText(QStringLiteral("tags"),
                           QCoreApplication::translate("rapport::storage",
                                                       "A tag is at most %n characters long.",
                                                       nullptr, kMaxLength));
    return StoreResult::ok();
}

/** (person, tag) of the people's tags equal to tag by normalizeTag. */
bool tagsLike(const QSqlDatabase& db, const QList<RowKey>& people, const QString& tag,
              QList<QPair<RowKey, QString>>* found, QSqlQuery* q)
{
    const QString wanted = model::normalizeTag(tag);
    if (!run(*q, QStringLiteral("SELECT person_key, tag FROM person_tags WHERE person_key IN (%1)").arg(jsonIntegers(db)),
             {keyArray(people)}))
        return false;
    while (q->next()) {
        const QString stored = q->value(1).toString();
        if (model::normalizeTag(stored) == wanted)
            found->append({q->value(0).toLongLong(), stored});
    }
    return true;
}

} // namespace

PeopleBulkEdit::PeopleBulkEdit(QSqlDatabase db, const model::Clock& clock)
    : m_db(std::move(db)), m_clock(clock)
{
}

StoreResult PeopleBulkEdit::touch(const QList<RowKey>& changed)
{
    if (changed.isEmpty())
        return StoreResult::ok();
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("UPDATE people SET updated_at = ?, row_version = row_version + 1 "
                               "WHERE key IN (%1)").arg(jsonIntegers(m_db)),
             {m_clock.now().toMSecsSinceEpoch(), keyArray(changed)}))
        return queryError(q);
    return StoreResult::ok(changed.size());
}

StoreResult PeopleBulkEdit::addTag(const QList<RowKey>& people, const QString& given)
{
    const QString tag = given.trimmed();
    if (StoreResult r = checkTag(tag); !r)
        return r;
    Savepoint savepoint(m_db);
    QSqlQuery q(m_db);
    QList<QPair<RowKey, QString>> holding;
    if (!tagsLike(m_db, people, tag, &holding, &q))
        return queryError(q);
    QSet<RowKey> has;
    for (const auto& [person, stored] : holding)
        has.insert(person);
    // Only people that exist: a key list may hold someone deleted meanwhile.
    QList<RowKey> changed;
    if (!run(q, QStringLiteral("SELECT key FROM people WHERE key IN (%1)").arg(jsonIntegers(m_db)),
             {keyArray(people)}))
        return queryError(q);
    while (q.next()) {
        const RowKey key = q.value(0).toLongLong();
        if (!has.contains(key))
            changed.append(key);
    }
    if (!q.prepare(QStringLiteral("INSERT INTO person_tags (person_key, tag) VALUES (?, ?)")))
        return queryError(q);
    for (RowKey key : std::as_const(changed)) {
        q.addBindValue(key);
        q.addBindValue(tag);
        if (!q.exec())
            return queryError(q);
    }
    StoreResult result = touch(changed);
    QString error;
    if (result && !savepoint.release(&error))
        return StoreResult::fail(StoreError::Database, error);
    return result;
}

StoreResult PeopleBulkEdit::removeTag(const QList<RowKey>& people, const QString& given)
{
    const QString tag = given.trimmed();
    if (StoreResult r = checkTag(tag); !r)
        return r;
    Savepoint savepoint(m_db);
    QSqlQuery q(m_db);
    QList<QPair<RowKey, QString>> holding;
    if (!tagsLike(m_db, people, tag, &holding, &q))
        return queryError(q);
    if (!q.prepare(QStringLiteral("DELETE FROM person_tags WHERE person_key = ? AND tag = ?")))
        return queryError(q);
    QList<RowKey> changed;
    for (const auto& [person, stored] : std::as_const(holding)) {
        q.addBindValue(person);
        q.addBindValue(stored);
        if (!q.exec())
            return queryError(q);
        if (changed.isEmpty() || changed.back() != person)
            changed.append(person);
    }
    StoreResult result = touch(changed);
    QString error;
    if (result && !savepoint.release(&error))
        return StoreResult::fail(StoreError::Database, error);
    return result;
}

StoreResult PeopleBulkEdit::setField(const QList<RowKey>& people, Field field, const QString& given)
{
    const QString value = given.trimmed();
    QString column;
    switch (field) {
    case Field::Company:
        column = QStringLiteral("company");
        break;
    case Field::Role:
        column = QStringLiteral("role");
        break;
    case Field::Country:
        column = QStringLiteral("country");
        break;
    }
    if (value.size() > model::kMaxNameLength)
        return invalidText(column, QCoreApplication::translate("rapport::model",
                                                               "This text is longer than %n "
                                                               "characters.",
                                                               nullptr, kMaxLength));
    Savepoint savepoint(m_db);
    QSqlQuery q(m_db);
    QList<RowKey> changed;
    if (!run(q, QStringLiteral("SELECT key FROM people WHERE key IN (%1) AND %2 %3 ?")
                    .arg(jsonIntegers(m_db), column, isDistinctFrom(m_db)),
             {keyArray(people), value}))
        return queryError(q);
    while (q.next())
        changed.append(q.value(0).toLongLong());
    if (changed.isEmpty())
        return StoreResult::ok(0);
    if (!run(q, QStringLiteral("UPDATE people SET %1 = ?, updated_at = ?, row_version = row_version + 1 "
                               "WHERE key IN (%2)")
                    .arg(column, jsonIntegers(m_db)),
             {value, m_clock.now().toMSecsSinceEpoch(), keyArray(changed)}))
        return queryError(q);
    QString error;
    if (!savepoint.release(&error))
        return StoreResult::fail(StoreError::Database, error);
    return StoreResult::ok(changed.size());
}

} // namespace rapport::storage
