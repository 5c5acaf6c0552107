// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the sqlite3* behind a QSQLITE connection, for bulk paths that bypass QSqlQuery.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <cstring>

struct sqlite3;

namespace rapport::storage::detail {

/** The connection's sqlite3 handle, or null if it is not an open QSQLITE connection. */
inline sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || std::strcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

} // namespace rapport::storage::detail
