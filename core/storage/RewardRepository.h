// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/model/Reward.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QSqlDatabase>

#include <optional>

namespace rapport::storage {

/** Rewards; the person (and campaign/content if set) must exist. Conventions as in
 *  PeopleRepository. */
class RewardRepository
{
public:
    RewardRepository(QSqlDatabase db, const model::Clock& clock);

    StoreResult create(model::Reward& reward);
    StoreResult update(model::Reward& reward);
    StoreResult remove(const model::Uuid& id);
    std::optional<model::Reward> get(const model::Uuid& id) const;
    QList<model::Reward> list() const;                          // by date, then key
    QList<model::Reward> listForPerson(const model::Uuid& person) const;
    qint64 count() const;
    RowKey keyOf(const model::Uuid& id) const;

private:
    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::storage
