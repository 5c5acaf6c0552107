// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Changeset.h"

#include "core/storage/ProjectRepositorySqlite.h"

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
        if (error)
            *error = tr("changes can only be replayed on a SQLite project");
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
        // A row to delete that went with its parent (ON DELETE CASCADE) is gone either way.
        if (op == SQLITE_DELETE && kind == SQLITE_CHANGESET_NOTFOUND)
            return SQLITE_CHANGESET_OMIT;
        if (c->table.isEmpty() && table)
            c->table = QString::fromUtf8(table);
        return SQLITE_CHANGESET_ABORT;
    };
    // sqlite3changeset_apply runs in a savepoint of its own and rolls it back on abort.
    const int rc = sqlite3changeset_apply(handle, int(changes.size()),
                                          const_cast<char*>(changes.constData()), nullptr,
                                          onConflict, &conflict);
    if (rc == SQLITE_OK)
        return true;
    if (error) {
        *error = conflict.table.isEmpty()
                     ? tr("the change could not be replayed: %1")
                           .arg(QString::fromUtf8(sqlite3_errstr(rc)))
                     : tr("its rows in “%1” have changed since; nothing was changed")
                           .arg(conflict.table);
    }
    return false;
}

} // namespace rapport::storage
