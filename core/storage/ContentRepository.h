// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/model/Content.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QSqlDatabase>

#include <optional>

namespace rapport::storage {

/**
 * Content pieces (authors, distributions with metric snapshots, links) and series.
 * Authors must be existing people, distribution channels existing channels, link targets
 * existing content and the series an existing series (else NotFound). Conventions as in
 * PeopleRepository.
 */
class ContentRepository
{
public:
    ContentRepository(QSqlDatabase db, const model::Clock& clock);

    StoreResult create(model::Content& content);
    StoreResult update(model::Content& content);
    StoreResult remove(const model::Uuid& id);
    std::optional<model::Content> get(const model::Uuid& id) const;
    QList<model::Content> list() const; // by published date, then title
    qint64 count() const;
    /** Exact title first, else case-insensitive; the oldest piece if several share it. */
    model::Uuid findByTitle(const QString& title) const;
    /** A piece distributed at this URL, or null. */
    model::Uuid findByUrl(const QUrl& url) const;
    RowKey keyOf(const model::Uuid& id) const;
    model::Uuid idOf(RowKey key) const;

    /** Appends one metric snapshot to a distribution (by index in Content::distributions)
     *  without rewriting the piece; refused (Invalid) if a counter would go down. */
    StoreResult addSnapshot(const model::Uuid& content, int distribution, const model::MetricSnapshot& snapshot);

    StoreResult create(model::Series& series);
    StoreResult update(model::Series& series);
    StoreResult removeSeries(const model::Uuid& id);
    std::optional<model::Series> series(const model::Uuid& id) const;
    QList<model::Series> seriesList() const; // by name
    qint64 seriesCount() const;
    model::Uuid findSeriesByName(const QString& name) const;

private:
    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::storage
