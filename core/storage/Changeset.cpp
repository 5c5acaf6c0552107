// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Changeset.h"

#include "core/storage/ProjectRepositorySqlite.h"

// The session extension (Debian's libsqlite3 is built with it).
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <QCoreApplication>

namespace rapport::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::storage", text);
}

/** A copy of a buffer that sqlite3 allocated, which is freed. */
QByteArray take(void* data, int size)
{
    QByteArray result(static_cast<const char*>(data), size);
    sqlite3_free(data);
    return result;
}

} // namespace

bool applyChangeset(const QSqlDatabase& db, const QByteArray& changes, QString* error,
                    QString* conflictTable)
{
    if (changes.isEmpty())
        return true;
    sqlite3* handle = detail::sqliteHandle(db);
    if (!handle) {
        *error = tr("changes can only be applied to a SQLite project");
        return false;
    }
    struct Conflict
    {
        QString table;
        int kind = 0;
    } conflict;
    const auto onConflict = [](void* context, int kind, sqlite3_changeset_iter* it) -> int {
        auto* c = static_cast<Conflict*>(context);
        const char* table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        if (sqlite3changeset_op(it, &table, &columns, &op, &indirect) != SQLITE_OK)
            return SQLITE_CHANGESET_ABORT;
        if (op == SQLITE_DELETE && kind == SQLITE_CHANGESET_NOTFOUND)
            return SQLITE_CHANGESET_OMIT; // gone with its parent already
        if (c->table.isEmpty() && table)
            c->table = QString::fromUtf8(table);
        if (c->kind == 0)
            c->kind = kind;
        return SQLITE_CHANGESET_ABORT;
    };
    const int rc =
        sqlite3changeset_apply(handle, int(changes.size()), const_cast<char*>(changes.constData()),
                               nullptr, onConflict, &conflict);
    if (rc == SQLITE_OK)
        return true;
    if (conflictTable)
        *conflictTable = conflict.table;
    if (!conflict.table.isEmpty())
        *error = tr("its rows in “%1” have changed since").arg(conflict.table);
    else
        *error = QString::fromUtf8(sqlite3_errstr(rc));
    return false;
}

QByteArray invertChangeset(const QByteArray& changes, QString* error)
{
    if (changes.isEmpty())
        return {};
    int size = 0;
    void* inverse = nullptr;
    const int rc =
        sqlite3changeset_invert(int(changes.size()), changes.constData(), &size, &inverse);
    if (rc != SQLITE_OK) {
        *error = tr("the changes could not be inverted (SQLite error %1)").arg(rc);
        return {};
    }
    return take(inverse, size);
}

QByteArray concatChangesets(const QByteArray& first, const QByteArray& second, QString* error)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    int size = 0;
    void* joined = nullptr;
    const int rc = sqlite3changeset_concat(int(first.size()), const_cast<char*>(first.constData()),
                                           int(second.size()),
                                           const_cast<char*>(second.constData()), &size, &joined);
    if (rc != SQLITE_OK) {
        *error = tr("the changes could not be joined (SQLite error %1)").arg(rc);
        return {};
    }
    return take(joined, size);
}

bool isEmptyChangeset(const QByteArray& changes)
{
    if (changes.isEmpty())
        return true;
    sqlite3_changeset_iter* it = nullptr;
    if (sqlite3changeset_start(&it, int(changes.size()), const_cast<char*>(changes.constData())) !=
        SQLITE_OK)
        return false;
    const bool empty = sqlite3changeset_next(it) != SQLITE_ROW;
    sqlite3changeset_finalize(it);
    return empty;
}

} // namespace rapport::storage
