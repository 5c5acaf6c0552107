// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuthorReport.h"

#include "core/storage/ContentLoopReader.h"
#include "core/storage/ProjectRepositorySupport.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rapport::storage {

using detail::dateFrom;
using detail::idFrom;

namespace {

// The pieces person authored.
constexpr const char* kOwnPieces = "(SELECT content_key FROM content_authors WHERE person_key = ?)";

bool select(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

engine::ContentMetrics metricsFrom(const QSqlQuery& q, int first)
{
    return {q.value(first).toLongLong(), q.value(first + 1).toLongLong(),
            q.value(first + 2).toLongLong(), q.value(first + 3).toLongLong(),
            q.value(first + 4).toLongLong()};
}

} // namespace

void addRewardTotal(QList<RewardTotal>* totals, model::RewardKind kind, const QString& currency,
                    double value)
{
    const auto before = [](const RewardTotal& t, const std::pair<model::RewardKind, QString>& k) {
        return t.kind != k.first ? t.kind < k.first : t.currency < k.second;
    };
    const auto it =
        std::lower_bound(totals->begin(), totals->end(), std::pair(kind, currency), before);
    if (it != totals->end() && it->kind == kind && it->currency == currency) {
        it->value += value;
        ++it->count;
        return;
    }
    totals->insert(it, RewardTotal{kind, currency, value, 1});
}

AuthorReport::AuthorReport(QSqlDatabase db)
    : m_db(std::move(db)), m_loop(readContentLoopData(m_db, &m_error))
{
}

QList<AuthorRow> AuthorReport::authors() const
{
    QHash<RowKey, int> rewards;
    QSqlQuery q(m_db);
    if (select(q, QStringLiteral("SELECT person_key, COUNT(*) FROM rewards GROUP BY person_key"),
               {}))
        while (q.next())
            rewards.insert(q.value(0).toLongLong(), q.value(1).toInt());

    QHash<RowKey, AuthorRow> rows;
    for (const engine::ContentReach& reach :
         m_loop.reach(engine::ContentLoop::ReachBy::Author, {}).rows) {
        AuthorRow row;
        row.key = reach.key;
        row.pieces = qint64(reach.pieces);
        row.metrics = reach.metrics;
        row.rewards = rewards.value(reach.key);
        rows.insert(reach.key, row);
    }
    QList<AuthorRow> result;
    if (!select(q,
                QStringLiteral("SELECT key, id, display_name FROM people WHERE key IN "
                               "(SELECT DISTINCT person_key FROM content_authors)"),
                {}))
        return result;
    while (q.next()) {
        const auto it = rows.find(q.value(0).toLongLong());
        if (it == rows.end())
            continue;
        it->id = idFrom(q.value(1));
        it->name = q.value(2).toString();
        result << *it;
    }
    std::sort(result.begin(), result.end(), [](const AuthorRow& a, const AuthorRow& b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.key < b.key;
    });
    return result;
}

std::optional<AuthorSummary> AuthorReport::summary(const model::Uuid& person) const
{
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT key, display_name FROM people WHERE id = ?"),
                {person.toString()}) ||
        !q.next())
        return std::nullopt;
    AuthorSummary s;
    s.key = q.value(0).toLongLong();
    s.id = person;
    s.name = q.value(1).toString();
    const QVariant key = s.key;
    const QString own = QLatin1String(kOwnPieces);

    QHash<RowKey, qsizetype> pieceAt;
    select(
        q,
        QStringLiteral("SELECT c.key, c.id, c.title, c.kind, s.name, c.published_on FROM content c "
                       "LEFT JOIN series s ON s.key = c.series_key WHERE c.key IN %1 "
                       "ORDER BY c.published_on IS NULL, c.published_on, c.title, c.key")
            .arg(own),
        {key});
    while (q.next()) {
        AuthorPiece piece;
        piece.key = q.value(0).toLongLong();
        piece.id = idFrom(q.value(1));
        piece.title = q.value(2).toString();
        piece.kind = q.value(3).toString();
        piece.series = q.value(4).toString();
        piece.published = dateFrom(q.value(5));
        piece.metrics = m_loop.gained(piece.key, {});
        pieceAt.insert(piece.key, s.pieces.size());
        s.pieces << piece;
    }

    for (const engine::ContentReach& reach :
         m_loop.reach(engine::ContentLoop::ReachBy::Author, {}).rows) {
        if (reach.key == s.key)
            s.total = reach.metrics;
    }

    select(q,
           QStringLiteral("SELECT a.content_key, p.display_name FROM content_authors a "
                          "JOIN people p ON p.key = a.person_key WHERE a.content_key IN %1 "
                          "AND a.person_key <> ? ORDER BY a.content_key, a.position")
               .arg(own),
           {key, key});
    while (q.next())
        if (const auto it = pieceAt.constFind(q.value(0).toLongLong()); it != pieceAt.cend())
            s.pieces[*it].coauthors << q.value(1).toString();

    // Each distribution with its latest totals.
    QHash<model::Uuid, qsizetype> channelAt;
    QHash<model::Uuid, QSet<RowKey>> channelPieces;
    select(q,
           QStringLiteral("SELECT d.content_key, ch.id, ch.name, COALESCE(m.views, 0), "
                          "COALESCE(m.reads, 0), COALESCE(m.likes, 0), COALESCE(m.shares, 0), "
                          "COALESCE(m.onward_clicks, 0) FROM content_distributions d "
                          "JOIN channels ch ON ch.key = d.channel_key "
                          "LEFT JOIN content_metrics m ON m.distribution_key = d.key AND m.at = "
                          "(SELECT MAX(at) FROM content_metrics WHERE distribution_key = d.key) "
                          "WHERE d.content_key IN %1 ORDER BY d.content_key, d.key")
               .arg(own),
           {key});
    while (q.next()) {
        const RowKey piece = q.value(0).toLongLong();
        const model::Uuid channel = idFrom(q.value(1));
        const QString name = q.value(2).toString();
        if (const auto it = pieceAt.constFind(piece); it != pieceAt.cend()) {
            QStringList& channels = s.pieces[*it].channels;
            if (!channels.contains(name))
                channels << name;
        }
        auto at = channelAt.constFind(channel);
        if (at == channelAt.cend()) {
            at = channelAt.insert(channel, s.channels.size());
            s.channels << AuthorChannel{channel, name, 0, {}};
        }
        AuthorChannel& row = s.channels[*at];
        row.metrics += metricsFrom(q, 3);
        QSet<RowKey>& pieces = channelPieces[channel];
        pieces.insert(piece);
        row.pieces = int(pieces.size());
    }
    std::stable_sort(s.channels.begin(), s.channels.end(),
                     [](const AuthorChannel& a, const AuthorChannel& b) {
                         return a.metrics.views > b.metrics.views;
                     });

    select(q,
           QStringLiteral("SELECT f.id, f.title, t.id, t.title, l.kind, EXISTS (SELECT 1 FROM "
                          "content_authors x WHERE x.content_key = l.to_key AND x.person_key = ?) "
                          "FROM content_links l JOIN content f ON f.key = l.from_key "
                          "JOIN content t ON t.key = l.to_key WHERE l.from_key IN %1 "
                          "ORDER BY f.published_on IS NULL, f.published_on, f.title, f.key, "
                          "t.title, t.key")
               .arg(own),
           {key, key});
    while (q.next()) {
        s.onwardLinks << AuthorLink{idFrom(q.value(0)),    q.value(1).toString(),
                                    idFrom(q.value(2)),    q.value(3).toString(),
                                    q.value(4).toString(), q.value(5).toBool()};
    }

    select(q,
           QStringLiteral("SELECT r.id, r.kind, r.value, r.currency, r.reason, r.given_on, t.id, "
                          "t.title, c.name, r.content_key FROM rewards r "
                          "LEFT JOIN content t ON t.key = r.content_key "
                          "LEFT JOIN campaigns c ON c.key = r.campaign_key "
                          "WHERE r.person_key = ? ORDER BY r.given_on, r.key"),
           {key});
    while (q.next()) {
        AuthorReward r;
        r.id = idFrom(q.value(0));
        model::rewardKindFromName(q.value(1).toString(), &r.kind);
        r.value = q.value(2).toDouble();
        r.currency = q.value(3).toString();
        r.reason = q.value(4).toString();
        r.date = dateFrom(q.value(5));
        r.content = idFrom(q.value(6));
        r.contentTitle = q.value(7).toString();
        r.campaign = q.value(8).toString();
        addRewardTotal(&s.rewardTotals, r.kind, r.currency, r.value);
        if (const auto it = pieceAt.constFind(q.value(9).toLongLong()); it != pieceAt.cend())
            addRewardTotal(&s.pieces[*it].rewards, r.kind, r.currency, r.value);
        s.rewards << r;
    }
    return s;
}

} // namespace rapport::storage
