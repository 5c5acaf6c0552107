// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ContentLoopReader.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <unordered_map>

namespace rapport::storage {

namespace {

bool select(QSqlQuery& q, const QString& sql, QString* error)
{
    q.setForwardOnly(true);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

std::int64_t floorSeconds(std::int64_t ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

} // namespace

engine::ContentLoopData readContentLoopData(const QSqlDatabase& db, QString* error)
{
    engine::ContentLoopData data;
    QSqlQuery q(db);

    std::unordered_map<std::int64_t, std::size_t> pieceIndex;
    if (!select(q, QStringLiteral("SELECT key, COALESCE(series_key, 0) FROM content ORDER BY key"),
                error))
        return {};
    while (q.next()) {
        pieceIndex.emplace(q.value(0).toLongLong(), data.pieces.size());
        data.pieces.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), {}});
    }
    if (!select(q,
                QStringLiteral("SELECT content_key, person_key FROM content_authors "
                               "ORDER BY content_key, position, person_key"),
                error))
        return {};
    while (q.next()) {
        const auto it = pieceIndex.find(q.value(0).toLongLong());
        if (it != pieceIndex.end())
            data.pieces[it->second].authors.push_back(q.value(1).toLongLong());
    }

    // Per piece, walk its distributions' snapshots in time order, keeping each one's latest
    // totals; after the last reading of a second, the piece's totals are their sum.
    if (!select(q,
                QStringLiteral("SELECT d.content_key, m.distribution_key, m.at, m.views, "
                               "m.reads, m.likes, m.shares, m.onward_clicks "
                               "FROM content_metrics m JOIN content_distributions d "
                               "ON d.key = m.distribution_key ORDER BY d.content_key, m.at"),
                error))
        return {};
    std::int64_t piece = 0;
    std::int64_t second = 0;
    bool pending = false;
    std::map<std::int64_t, engine::ContentMetrics> latest; // distribution -> totals
    const auto flush = [&] {
        if (!pending)
            return;
        engine::ContentMetrics sum;
        for (const auto& [distribution, totals] : latest)
            sum += totals;
        data.snapshots.push_back({piece, second, sum});
        pending = false;
    };
    while (q.next()) {
        const std::int64_t content = q.value(0).toLongLong();
        const std::int64_t at = floorSeconds(q.value(2).toLongLong());
        if (content != piece || at != second)
            flush();
        if (content != piece)
            latest.clear();
        piece = content;
        second = at;
        latest[q.value(1).toLongLong()] = {q.value(3).toLongLong(), q.value(4).toLongLong(),
                                           q.value(5).toLongLong(), q.value(6).toLongLong(),
                                           q.value(7).toLongLong()};
        pending = true;
    }
    flush();

    if (!select(
            q,
            QStringLiteral("SELECT from_key, to_key FROM content_links ORDER BY from_key, to_key"),
            error))
        return {};
    while (q.next())
        data.links.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), 0});

    if (!select(q,
                QStringLiteral("SELECT person_key, value, given_on, COALESCE(campaign_key, 0), "
                               "COALESCE(content_key, 0) FROM rewards ORDER BY given_on, key"),
                error))
        return {};
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const std::int64_t at =
            date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() : 0;
        data.rewards.push_back({q.value(0).toLongLong(), q.value(1).toDouble(), at,
                                q.value(3).toLongLong(), q.value(4).toLongLong()});
    }
    return data;
}

} // namespace rapport::storage
