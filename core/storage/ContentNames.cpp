// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ContentNames.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::storage {

ContentNames readContentNames(const QSqlDatabase& db, QString* error)
{
    ContentNames names;
    const auto read = [&](const QString& sql, QHash<RowKey, QString>& into) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        while (q.next())
            into.insert(q.value(0).toLongLong(), q.value(1).toString());
        return true;
    };
    if (!read(QStringLiteral("SELECT key, title FROM content"), names.pieces) ||
        !read(QStringLiteral("SELECT key, name FROM series"), names.series) ||
        !read(QStringLiteral("SELECT key, display_name FROM people WHERE key IN "
                             "(SELECT person_key FROM content_authors)"),
              names.authors))
        return {};
    if (error)
        error->clear();
    return names;
}

} // namespace rapport::storage
