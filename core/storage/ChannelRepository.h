// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Channel.h"
#include "core/model/Clock.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace rapport::storage {

/** Channels with their audience sizes over time. Conventions as in PeopleRepository. */
class ChannelRepository
{
public:
    ChannelRepository(QSqlDatabase db, const model::Clock& clock);

    StoreResult create(model::Channel& channel);
    StoreResult update(model::Channel& channel);
    StoreResult remove(const model::Uuid& id);
    std::optional<model::Channel> get(const model::Uuid& id) const;
    QList<model::Channel> list() const; // by name
    /** (id, name) of each, by name, without reading the records: for pick lists. */
    QList<std::pair<model::Uuid, QString>> names() const;
    qint64 count() const;
    model::Uuid findByName(const QString& name) const; // exact, else case-insensitive
    RowKey keyOf(const model::Uuid& id) const;
    model::Uuid idOf(RowKey key) const;

    /** Records one audience size (replacing a measurement on the same date) without
     *  rewriting the channel; bumps its row version. */
    StoreResult setSize(const model::Uuid& channel, const model::AudienceSize& size);

private:
    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::storage
