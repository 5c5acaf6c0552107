// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/model/FunnelDefinition.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace rapport::storage {

/** A funnel the user saved in the project: its id and its definition (which holds the name). */
struct SavedFunnel
{
    model::Uuid id;
    model::FunnelDefinition definition;

    friend bool operator==(const SavedFunnel&, const SavedFunnel&) = default;
};

/**
 * The dashboard's funnels, kept in the project's `meta` table as JSON
 * (FunnelDefinition::toJson), one row each, so they need no schema change: saved funnels
 * under `funnel.saved.<uuid>`, the lifecycle funnel's step definitions under
 * `funnel.lifecycle` (no row: the defaults). Names are unique, compared case-insensitively.
 *
 * Like the other repositories, each write is atomic on its own (a savepoint) and nests in the
 * caller's Transaction (ProjectFile::transaction(), which marks the project modified). Rows
 * whose JSON does not parse are skipped by list() (a newer Rapport may write more).
 */
class FunnelRepository
{
public:
    FunnelRepository(QSqlDatabase db, const model::Clock& clock);

    /** Saved funnels by name (case-insensitive, then exact). */
    QList<SavedFunnel> list() const;
    std::optional<SavedFunnel> get(const model::Uuid& id) const;
    /** Adds (null id: a new v7 id is set) or replaces the funnel with funnel.id. Invalid for a
     *  definition validate() refuses, Duplicate when another funnel has the name. */
    StoreResult save(SavedFunnel& funnel);
    /** NotFound, Invalid (blank name) or Duplicate as save(). */
    StoreResult rename(const model::Uuid& id, const QString& name);
    StoreResult remove(const model::Uuid& id);

    /** The lifecycle funnel's definition: the stored one, else the default. */
    model::FunnelDefinition lifecycle() const;
    /** Stores the lifecycle definition (nullopt: back to the defaults). */
    StoreResult setLifecycle(const std::optional<model::FunnelDefinition>& definition);

    static QString lifecycleName() { return QStringLiteral("funnel.lifecycle"); }
    static QString savedPrefix() { return QStringLiteral("funnel.saved."); }
    /** The meta row (ProjectMeta) a saved funnel lives in. */
    static QString rowName(const model::Uuid& id) { return savedPrefix() + id.toString(); }

private:
    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::storage
