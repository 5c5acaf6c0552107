// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"
#include "core/model/Clock.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QSqlDatabase>

#include <optional>

namespace rapport::storage {

/**
 * Campaigns (with target audiences, channels, goals and calendar moment), calendar moments
 * and goals. A campaign owns the goals in Campaign::goals: they are stored in the goals table
 * with its key and written/removed with it. Project-wide goals (null campaign) are written
 * with create(Goal&)/update(Goal&).
 *
 * Same conventions as PeopleRepository: a null meta.id gets a fresh meta on create; update
 * checks row_version (Conflict) and touches meta; records are validated (Invalid); referenced
 * audiences, channels and moments must exist (NotFound). Each write is atomic (savepoint).
 */
class CampaignRepository
{
public:
    CampaignRepository(QSqlDatabase db, const model::Clock& clock);

    StoreResult create(model::Campaign& campaign);
    StoreResult update(model::Campaign& campaign);
    StoreResult remove(const model::Uuid& id);
    std::optional<model::Campaign> get(const model::Uuid& id) const;
    QList<model::Campaign> list() const; // ordered by start date, then name
    qint64 count() const;
    model::Uuid findByName(const QString& name) const; // exact name, else case-insensitive
    RowKey keyOf(const model::Uuid& id) const;
    model::Uuid idOf(RowKey key) const;

    StoreResult create(model::CalendarMoment& moment);
    StoreResult update(model::CalendarMoment& moment);
    StoreResult removeMoment(const model::Uuid& id);
    std::optional<model::CalendarMoment> moment(const model::Uuid& id) const;
    QList<model::CalendarMoment> moments() const; // ordered by start date
    qint64 momentCount() const;

    /** A goal; goal.campaign, if set, must be an existing campaign. */
    StoreResult create(model::Goal& goal);
    StoreResult update(model::Goal& goal);
    StoreResult removeGoal(const model::Uuid& id);
    std::optional<model::Goal> goal(const model::Uuid& id) const;
    QList<model::Goal> goals() const;                        // all, by key
    QList<model::Goal> goals(const model::Uuid& campaign) const; // null = project-wide ones
    qint64 goalCount() const;

private:
    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::storage
