// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectMeta.h"

#include "core/storage/ProjectRepositorySupport.h"

#include <QSqlQuery>

namespace rapport::storage {

using namespace detail;

ProjectMeta::ProjectMeta(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<QString> ProjectMeta::value(const QString& name) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT value FROM meta WHERE name = ?"), {name}) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QStringList ProjectMeta::names(const QString& prefix) const
{
    QStringList names;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT name FROM meta WHERE substr(name, 1, ?) = ? ORDER BY name"),
             {prefix.size(), prefix}))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

StoreResult ProjectMeta::setValue(const QString& name, const std::optional<QString>& value)
{
    return atomically(m_db, [&] {
        QSqlQuery q(m_db);
        const bool ok =
            value ? run(q,
                        QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?) "
                                       "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                        {name, *value})
                  : run(q, QStringLiteral("DELETE FROM meta WHERE name = ?"), {name});
        return ok ? StoreResult::ok() : queryError(q);
    });
}

} // namespace rapport::storage
