// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectRepositoryTypes.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::storage {

/**
 * The project's `meta` table: named text values for what is neither an entity nor worth a
 * table of its own (the dashboard's funnel definitions). Writes are atomic on their own and
 * nest in the caller's Transaction, as the repositories' do.
 */
class ProjectMeta
{
public:
    explicit ProjectMeta(QSqlDatabase db);

    /** nullopt when there is no such row. */
    std::optional<QString> value(const QString& name) const;
    /** Names starting with prefix, ascending. */
    QStringList names(const QString& prefix) const;
    /** Writes the value (nullopt: deletes the row; deleting a missing row is not an error). */
    StoreResult setValue(const QString& name, const std::optional<QString>& value);

private:
    QSqlDatabase m_db;
};

} // namespace rapport::storage
