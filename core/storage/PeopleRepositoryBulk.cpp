// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PeopleRepository::BulkInsert: prepared statements on the SQLite handle, for imports and
// demo data that insert hundreds of thousands of people in one transaction. On a workspace
// (PostgreSQL, no sqlite3 handle) it takes the plain path: PeopleRepository::create per person.
#include "core/storage/PeopleRepository.h"

#include "core/storage/ProjectRepositorySupport.h"
#include "core/storage/ProjectRepositorySqlite.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace rapport::storage {

using namespace detail;

struct PeopleRepository::BulkInsert::Private
{
    sqlite3* db = nullptr;
    sqlite3_stmt* person = nullptr;
    sqlite3_stmt* identity = nullptr;
    sqlite3_stmt* tag = nullptr;
    sqlite3_stmt* undoIdentities = nullptr;
    sqlite3_stmt* undoTags = nullptr;
    sqlite3_stmt* undoPerson = nullptr;
    const model::Clock* clock = nullptr;
    bool validate = true;
    QSqlDatabase plainDb; // the connection of the plain path (not SQLite)
    bool finished = false;

    void finalize()
    {
        finished = true;
        for (sqlite3_stmt** s : {&person, &identity, &tag, &undoIdentities, &undoTags, &undoPerson}) {
            sqlite3_finalize(*s);
            *s = nullptr;
        }
    }
};

namespace {

void bindText(sqlite3_stmt* s, int index, const QString& text)
{
    // sqlite3 copies (SQLITE_TRANSIENT), so the temporary UTF-8 buffer may go.
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void bindDate(sqlite3_stmt* s, int index, const QDate& date)
{
    if (date.isValid())
        bindText(s, index, date.toString(Qt::ISODate));
    else
        sqlite3_bind_null(s, index);
}

bool stepOnce(sqlite3_stmt* s)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE;
}

} // namespace

PeopleRepository::BulkInsert::BulkInsert(std::unique_ptr<Private> d) : d(std::move(d)) {}

PeopleRepository::BulkInsert::~BulkInsert()
{
    finish();
}

void PeopleRepository::BulkInsert::setValidate(bool validate)
{
    d->validate = validate;
}

void PeopleRepository::BulkInsert::finish()
{
    d->finalize();
}

StoreResult PeopleRepository::BulkInsert::add(model::Person& person)
{
    if (!d->finished && !d->db)
        return PeopleRepository(d->plainDb, *d->clock).create(person);
    if (!d->person)
        return StoreResult::fail(
            StoreError::Database,
            QCoreApplication::translate("rapport::storage", "The bulk insert is finished."));
    ensureMeta(person.meta, *d->clock);
    if (d->validate) {
        if (const auto errors = model::validate(person); !errors.isEmpty())
            return invalid(errors);
    }
    sqlite3_stmt* s = d->person;
    bindText(s, 1, person.meta.id.toString());
    sqlite3_bind_int64(s, 2, person.meta.createdAt.toMSecsSinceEpoch());
    sqlite3_bind_int64(s, 3, person.meta.updatedAt.toMSecsSinceEpoch());
    sqlite3_bind_int64(s, 4, person.meta.rowVersion);
    bindText(s, 5, person.displayName);
    bindText(s, 6, person.company);
    bindText(s, 7, person.role);
    bindText(s, 8, person.country);
    bindText(s, 9, person.timezone);
    sqlite3_bind_int(s, 10, person.internal ? 1 : 0);
    bindText(s, 11, person.source);
    sqlite3_bind_int(s, 12, person.consent.marketing ? 1 : 0);
    bindDate(s, 13, person.consent.date);
    bindText(s, 14, person.notes);
    bindDate(s, 15, person.joined);
    if (!stepOnce(s)) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(d->db));
        return StoreResult::fail(message.contains(QLatin1String("UNIQUE")) ? StoreError::Duplicate : StoreError::Database,
                                 message);
    }
    const RowKey key = sqlite3_last_insert_rowid(d->db);

    auto undo = [&](const QString& message, StoreError error) {
        for (sqlite3_stmt* u : {d->undoIdentities, d->undoTags, d->undoPerson}) {
            sqlite3_bind_int64(u, 1, key);
            stepOnce(u);
        }
        return StoreResult::fail(error, message);
    };
    for (const model::Identity& identity : std::as_const(person.identities)) {
        sqlite3_bind_int64(d->identity, 1, key);
        const QString kind = model::identityKindName(identity.kind);
        bindText(d->identity, 2, kind);
        bindText(d->identity, 3, identity.value);
        bindText(d->identity, 4, identity.normalized());
        if (!stepOnce(d->identity)) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(d->db));
            if (message.contains(QLatin1String("UNIQUE")))
                return undo(
                    QCoreApplication::translate("rapport::storage",
                                                "The identity %1 \"%2\" belongs to someone else.")
                        .arg(kind, identity.value),
                    StoreError::Duplicate);
            return undo(message, StoreError::Database);
        }
    }
    person.tags.sort();
    for (const QString& tag : std::as_const(person.tags)) {
        sqlite3_bind_int64(d->tag, 1, key);
        bindText(d->tag, 2, tag);
        if (!stepOnce(d->tag))
            return undo(QString::fromUtf8(sqlite3_errmsg(d->db)), StoreError::Database);
    }
    return StoreResult::ok(key);
}

std::unique_ptr<PeopleRepository::BulkInsert> PeopleRepository::bulkInsert(QString* error)
{
    sqlite3* handle = sqliteHandle(m_db);
    auto d = std::make_unique<BulkInsert::Private>();
    d->db = handle;
    d->clock = &m_clock;
    if (!handle) {
        if (!m_db.isOpen()) {
            if (error)
                *error = QCoreApplication::translate("rapport::storage", "The project is not open.");
            return nullptr;
        }
        d->plainDb = m_db;
        return std::unique_ptr<BulkInsert>(new BulkInsert(std::move(d)));
    }
    const char* sql[] = {
        "INSERT INTO people (id, created_at, updated_at, row_version, display_name, company, role, country, "
        "timezone, internal, source, marketing_consent, consent_date, notes, joined) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "INSERT INTO identities (person_key, kind, value, normalized) VALUES (?, ?, ?, ?)",
        "INSERT INTO person_tags (person_key, tag) VALUES (?, ?)",
        "DELETE FROM identities WHERE person_key = ?",
        "DELETE FROM person_tags WHERE person_key = ?",
        "DELETE FROM people WHERE key = ?",
    };
    sqlite3_stmt** targets[] = {&d->person, &d->identity, &d->tag, &d->undoIdentities, &d->undoTags, &d->undoPerson};
    for (int i = 0; i < 6; ++i) {
        if (sqlite3_prepare_v2(handle, sql[i], -1, targets[i], nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
            d->finalize();
            return nullptr;
        }
    }
    return std::unique_ptr<BulkInsert>(new BulkInsert(std::move(d)));
}

} // namespace rapport::storage
