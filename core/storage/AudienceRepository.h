// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Audience.h"
#include "core/model/Clock.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace rapport::storage {

/** Audiences: the rule as JSON (AudienceRule::toJson) or the static member list (people must
 *  exist). Conventions as in PeopleRepository. */
class AudienceRepository
{
public:
    AudienceRepository(QSqlDatabase db, const model::Clock& clock);

    StoreResult create(model::Audience& audience);
    StoreResult update(model::Audience& audience);
    StoreResult remove(const model::Uuid& id);
    std::optional<model::Audience> get(const model::Uuid& id) const;
    QList<model::Audience> list() const; // by name
    /** (id, name) of each, by name, without reading the records: for pick lists. */
    QList<std::pair<model::Uuid, QString>> names() const;
    qint64 count() const;
    model::Uuid findByName(const QString& name) const; // exact, else case-insensitive
    RowKey keyOf(const model::Uuid& id) const;
    model::Uuid idOf(RowKey key) const;

private:
    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::storage
