// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Changeset.h"

#include "core/storage/ProjectRepositorySqlite.h"

// The session extension (Debian's libsqlite3 is built with it).
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

namespace rapport::storage {

bool Changeset::apply(const QSqlDatabase& db, const QByteArray& changes, QString* error)
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
    } conflict;
    const auto onConflict = [](void* context, int kind, sqlite3_changeset_iter* it) -> int {
        auto* c = static_cast<Conflict*>(context);
        const char* table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        if (sqlite3changeset_op(it, &table, &columns, &op, &indirect) != SQLITE_OK)
            return SQLITE_CHANGESET_ABORT;
        if (op == SQLITE_DELETE && kind == SQLITE_CHANGESET_NOTFOUND)
            return SQLITE_CHANGESET_OMIT;
        if (c->table.isEmpty() && table)
            c->table = QString::fromUtf8(table);
        return SQLITE_CHANGESET_ABORT;
    };
    const int rc = sqlite3changeset_apply(handle, int(changes.size()),
                                          const_cast<char*>(changes.constData()), nullptr,
                                          onConflict, &conflict);
    if (rc == SQLITE_OK)
        return true;
    *error = conflict.table.isEmpty()
                 ? QString::fromUtf8(sqlite3_errstr(rc))
                 : tr("its rows in “%1” have changed since").arg(conflict.table);
    return false;
}

} // namespace rapport::storage
