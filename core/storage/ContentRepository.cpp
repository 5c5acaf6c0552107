// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ContentRepository.h"

#include "core/storage/ProjectRepositorySupport.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::storage {

using namespace detail;
using model::Content;
using model::Series;
using model::Uuid;

namespace {

const QString kContent = QStringLiteral("content");
const QString kSeries = QStringLiteral("series");

StoreResult insertSnapshot(QSqlQuery& q, RowKey distribution, const model::MetricSnapshot& s)
{
    if (!run(q, QStringLiteral("INSERT INTO content_metrics (distribution_key, at, views, reads, likes, shares, "
                               "onward_clicks) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {distribution, timeValue(s.at), s.views, s.reads, s.likes, s.shares, s.onwardClicks}))
        return queryError(q);
    return StoreResult::ok();
}

StoreResult writeContent(const QSqlDatabase& db, Content& c, RowKey key)
{
    StoreResult result;
    const RowKey seriesKey = referenceKey(
        db, kSeries, c.series, QCoreApplication::translate("rapport::storage", "series"), &result);
    if (seriesKey < 0)
        return result;
    QList<RowKey> authorKeys;
    for (const Uuid& author : std::as_const(c.authors)) {
        const RowKey k =
            referenceKey(db, QStringLiteral("people"), author,
                         QCoreApplication::translate("rapport::storage", "person"), &result);
        if (k <= 0)
            return k < 0 ? result
                         : notFound(QCoreApplication::translate("rapport::storage", "person"),
                                    author);
        authorKeys << k;
    }
    QList<RowKey> channelKeys;
    for (const model::Distribution& d : std::as_const(c.distributions)) {
        const RowKey k =
            referenceKey(db, QStringLiteral("channels"), d.channel,
                         QCoreApplication::translate("rapport::storage", "channel"), &result);
        if (k <= 0)
            return k < 0 ? result
                         : notFound(QCoreApplication::translate("rapport::storage", "channel"),
                                    d.channel);
        channelKeys << k;
    }
    QSqlQuery q(db);
    QVariantList values{c.title, model::contentKindName(c.kind), keyValue(seriesKey), dateValue(c.published),
                        c.meta.createdAt.toMSecsSinceEpoch(), c.meta.updatedAt.toMSecsSinceEpoch(), c.meta.rowVersion};
    if (key) {
        values << key;
        if (!run(q, QStringLiteral("UPDATE content SET title = ?, kind = ?, series_key = ?, published_on = ?, "
                                   "created_at = ?, updated_at = ?, row_version = ? WHERE key = ?"),
                 values))
            return queryError(q);
    } else {
        values << c.meta.id.toString();
        if (!runInsert(q, QStringLiteral("INSERT INTO content (title, kind, series_key, published_on, created_at, updated_at, "
                                   "row_version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 values))
            return queryError(q);
        key = insertedKey(q);
    }
    // Links may point at pieces created later in the same import only if those exist by now.
    QList<std::pair<RowKey, model::ContentLink>> links;
    for (const model::ContentLink& link : std::as_const(c.links)) {
        const RowKey k = detail::keyOf(db, kContent, link.target);
        if (!k)
            return notFound(QCoreApplication::translate("rapport::storage", "content"),
                            link.target);
        links.append({k, link});
    }
    std::sort(links.begin(), links.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    c.links.clear();
    for (const auto& [k, link] : links)
        c.links << link;

    const QStringList cleanup = {
        QStringLiteral("DELETE FROM content_authors WHERE content_key = ?"),
        QStringLiteral("DELETE FROM content_metrics WHERE distribution_key IN "
                       "(SELECT key FROM content_distributions WHERE content_key = ?)"),
        QStringLiteral("DELETE FROM content_distributions WHERE content_key = ?"),
        QStringLiteral("DELETE FROM content_links WHERE from_key = ?"),
    };
    for (const QString& sql : cleanup) {
        if (!run(q, sql, {key}))
            return queryError(q);
    }
    for (qsizetype i = 0; i < authorKeys.size(); ++i) {
        if (!run(q, QStringLiteral("INSERT INTO content_authors (content_key, person_key, position) VALUES (?, ?, ?)"),
                 {key, authorKeys[i], i}))
            return queryError(q);
    }
    for (qsizetype i = 0; i < c.distributions.size(); ++i) {
        const model::Distribution& d = c.distributions[i];
        if (!runInsert(q, QStringLiteral("INSERT INTO content_distributions (content_key, channel_key, url, published_at) "
                                   "VALUES (?, ?, ?, ?)"),
                 {key, channelKeys[i], d.url.toString(), timeValue(d.publishedAt)}))
            return queryError(q);
        const RowKey distribution = insertedKey(q);
        for (const model::MetricSnapshot& s : d.snapshots) {
            if (StoreResult r = insertSnapshot(q, distribution, s); !r)
                return r;
        }
    }
    for (const auto& [k, link] : std::as_const(links)) {
        if (!run(q, QStringLiteral("INSERT INTO content_links (from_key, to_key, kind) VALUES (?, ?, ?)"), {key, k, link.kind}))
            return queryError(q);
    }
    return StoreResult::ok(key);
}

} // namespace

ContentRepository::ContentRepository(QSqlDatabase db, const model::Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

StoreResult ContentRepository::create(Content& content)
{
    Content candidate = content;
    ensureMeta(candidate.meta, m_clock);
    if (const auto errors = model::validate(candidate); !errors.isEmpty())
        return invalid(errors);
    StoreResult r = atomically(m_db, [&] { return writeContent(m_db, candidate, 0); });
    if (r)
        content = candidate;
    return r;
}

StoreResult ContentRepository::update(Content& content)
{
    if (const auto errors = model::validate(content); !errors.isEmpty())
        return invalid(errors);
    Content candidate = content;
    StoreResult r = atomically(m_db, [&] {
        RowKey key = 0;
        if (StoreResult v =
                checkVersion(m_db, kContent, candidate.meta,
                             QCoreApplication::translate("rapport::storage", "content"), &key);
            !v)
            return v;
        candidate.meta.touch(m_clock);
        return writeContent(m_db, candidate, key);
    });
    if (r)
        content = candidate;
    return r;
}

StoreResult ContentRepository::remove(const Uuid& id)
{
    return atomically(m_db, [&] {
        const RowKey key = keyOf(id);
        if (!key)
            return notFound(QCoreApplication::translate("rapport::storage", "content"), id);
        QSqlQuery q(m_db);
        const QStringList statements = {
            QStringLiteral("DELETE FROM content_authors WHERE content_key = ?"),
            QStringLiteral("DELETE FROM content_metrics WHERE distribution_key IN "
                           "(SELECT key FROM content_distributions WHERE content_key = ?)"),
            QStringLiteral("DELETE FROM content_distributions WHERE content_key = ?"),
            QStringLiteral("DELETE FROM content_links WHERE from_key = ?"),
            QStringLiteral("DELETE FROM content_links WHERE to_key = ?"),
            QStringLiteral("UPDATE rewards SET content_key = NULL WHERE content_key = ?"),
            QStringLiteral("DELETE FROM content WHERE key = ?"),
        };
        for (const QString& sql : statements) {
            if (!run(q, sql, {key}))
                return queryError(q);
        }
        return StoreResult::ok(key);
    });
}

std::optional<Content> ContentRepository::get(const Uuid& id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT c.key, c.id, c.created_at, c.updated_at, c.row_version, c.title, c.kind, s.id, "
                               "c.published_on FROM content c LEFT JOIN series s ON s.key = c.series_key WHERE c.id = ?"),
             {id.toString()})
        || !q.next())
        return std::nullopt;
    Content c;
    const RowKey key = q.value(0).toLongLong();
    c.meta = metaFrom(q, 1);
    c.title = q.value(5).toString();
    model::contentKindFromName(q.value(6).toString(), &c.kind);
    c.series = idFrom(q.value(7));
    c.published = dateFrom(q.value(8));
    q.finish();
    run(q, QStringLiteral("SELECT p.id FROM content_authors a JOIN people p ON p.key = a.person_key "
                          "WHERE a.content_key = ? ORDER BY a.position"),
        {key});
    while (q.next())
        c.authors << idFrom(q.value(0));
    QList<RowKey> distributionKeys;
    run(q, QStringLiteral("SELECT d.key, ch.id, d.url, d.published_at FROM content_distributions d "
                          "JOIN channels ch ON ch.key = d.channel_key WHERE d.content_key = ? ORDER BY d.key"),
        {key});
    while (q.next()) {
        model::Distribution d;
        distributionKeys << q.value(0).toLongLong();
        d.channel = idFrom(q.value(1));
        d.url = QUrl(q.value(2).toString());
        d.publishedAt = timeFrom(q.value(3));
        c.distributions << d;
    }
    for (qsizetype i = 0; i < distributionKeys.size(); ++i) {
        run(q, QStringLiteral("SELECT at, views, reads, likes, shares, onward_clicks FROM content_metrics "
                              "WHERE distribution_key = ? ORDER BY at"),
            {distributionKeys[i]});
        while (q.next()) {
            c.distributions[i].snapshots << model::MetricSnapshot{timeFrom(q.value(0)), q.value(1).toLongLong(),
                                                                  q.value(2).toLongLong(), q.value(3).toLongLong(),
                                                                  q.value(4).toLongLong(), q.value(5).toLongLong()};
        }
    }
    run(q, QStringLiteral("SELECT t.id, l.kind FROM content_links l JOIN content t ON t.key = l.to_key "
                          "WHERE l.from_key = ? ORDER BY l.to_key"),
        {key});
    while (q.next())
        c.links << model::ContentLink{idFrom(q.value(0)), q.value(1).toString()};
    return c;
}

QList<Content> ContentRepository::list() const
{
    QList<Uuid> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM content ORDER BY published_on IS NULL, published_on, title, key"));
    while (q.next())
        ids << Uuid::fromString(q.value(0).toString());
    q.finish();
    QList<Content> result;
    for (const Uuid& id : std::as_const(ids)) {
        if (auto c = get(id))
            result << *c;
    }
    return result;
}

qint64 ContentRepository::count() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM content"));
}

Uuid ContentRepository::findByTitle(const QString& title) const
{
    const Uuid exact = idFrom(scalar(m_db, QStringLiteral("SELECT id FROM content WHERE title = ? ORDER BY key"), {title}));
    if (!exact.isNull())
        return exact;
    return idFrom(scalar(m_db, QStringLiteral("SELECT id FROM content WHERE %1 ORDER BY key").arg(noCaseEquals(m_db, QStringLiteral("title"))), {title}));
}

Uuid ContentRepository::findByUrl(const QUrl& url) const
{
    return idFrom(scalar(m_db, QStringLiteral("SELECT c.id FROM content_distributions d JOIN content c ON c.key = d.content_key "
                                              "WHERE d.url = ? ORDER BY c.key"),
                         {url.toString()}));
}

RowKey ContentRepository::keyOf(const Uuid& id) const
{
    return detail::keyOf(m_db, kContent, id);
}

Uuid ContentRepository::idOf(RowKey key) const
{
    return detail::idOf(m_db, kContent, key);
}

StoreResult ContentRepository::addSnapshot(const Uuid& content, int distribution, const model::MetricSnapshot& snapshot)
{
    return atomically(m_db, [&] {
        const RowKey key = keyOf(content);
        if (!key)
            return notFound(QCoreApplication::translate("rapport::storage", "content"), content);
        const RowKey distributionKey = detail::count(
            m_db, QStringLiteral("SELECT key FROM content_distributions WHERE content_key = ? ORDER BY key LIMIT 1 OFFSET ?"),
            {key, distribution});
        if (distribution < 0 || !distributionKey)
            return StoreResult::fail(
                StoreError::NotFound,
                QCoreApplication::translate("rapport::storage", "The piece has no distribution %1.")
                    .arg(distribution));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        run(q, QStringLiteral("SELECT at, views, reads, likes, shares, onward_clicks FROM content_metrics "
                              "WHERE distribution_key = ? ORDER BY at DESC LIMIT 1"),
            {distributionKey});
        if (q.next()) {
            if (q.value(0).toLongLong() >= snapshot.at.toMSecsSinceEpoch() || q.value(1).toLongLong() > snapshot.views
                || q.value(2).toLongLong() > snapshot.reads || q.value(3).toLongLong() > snapshot.likes
                || q.value(4).toLongLong() > snapshot.shares || q.value(5).toLongLong() > snapshot.onwardClicks)
                return StoreResult::fail(
                    StoreError::Invalid,
                    QCoreApplication::translate("rapport::storage",
                                                "A snapshot must be later than the last one and "
                                                "its counters must not go down."));
        }
        q.finish();
        if (StoreResult r = insertSnapshot(q, distributionKey, snapshot); !r)
            return r;
        if (!run(q, QStringLiteral("UPDATE content SET row_version = row_version + 1, updated_at = ? WHERE key = ?"),
                 {m_clock.now().toMSecsSinceEpoch(), key}))
            return queryError(q);
        return StoreResult::ok(key);
    });
}

// --- series ---

namespace {

StoreResult writeSeries(const QSqlDatabase& db, const Series& s, RowKey key)
{
    QSqlQuery q(db);
    QVariantList values{s.name, s.description, s.meta.createdAt.toMSecsSinceEpoch(), s.meta.updatedAt.toMSecsSinceEpoch(),
                        s.meta.rowVersion};
    if (key) {
        values << key;
        if (!run(q, QStringLiteral("UPDATE series SET name = ?, description = ?, created_at = ?, updated_at = ?, "
                                   "row_version = ? WHERE key = ?"),
                 values))
            return queryError(q);
        return StoreResult::ok(key);
    }
    values << s.meta.id.toString();
    if (!runInsert(q, QStringLiteral("INSERT INTO series (name, description, created_at, updated_at, row_version, id) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
             values))
        return queryError(q);
    return StoreResult::ok(insertedKey(q));
}

QList<Series> selectSeries(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    QList<Series> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT key, id, created_at, updated_at, row_version, name, description FROM series %1 "
                          "ORDER BY %2, key")
               .arg(where, noCaseOrder(db, QStringLiteral("name"))),
        values);
    while (q.next()) {
        Series s;
        s.meta = metaFrom(q, 1);
        s.name = q.value(5).toString();
        s.description = q.value(6).toString();
        result << s;
    }
    return result;
}

} // namespace

StoreResult ContentRepository::create(Series& series)
{
    Series candidate = series;
    ensureMeta(candidate.meta, m_clock);
    if (const auto errors = model::validate(candidate); !errors.isEmpty())
        return invalid(errors);
    StoreResult r = atomically(m_db, [&] { return writeSeries(m_db, candidate, 0); });
    if (r)
        series = candidate;
    return r;
}

StoreResult ContentRepository::update(Series& series)
{
    if (const auto errors = model::validate(series); !errors.isEmpty())
        return invalid(errors);
    Series candidate = series;
    StoreResult r = atomically(m_db, [&] {
        RowKey key = 0;
        if (StoreResult v =
                checkVersion(m_db, kSeries, candidate.meta,
                             QCoreApplication::translate("rapport::storage", "series"), &key);
            !v)
            return v;
        candidate.meta.touch(m_clock);
        return writeSeries(m_db, candidate, key);
    });
    if (r)
        series = candidate;
    return r;
}

StoreResult ContentRepository::removeSeries(const Uuid& id)
{
    return atomically(m_db, [&] {
        QSqlQuery q(m_db);
        if (!run(q, QStringLiteral("UPDATE content SET series_key = NULL WHERE series_key = (SELECT key FROM series WHERE id = ?)"),
                 {id.toString()}))
            return queryError(q);
        return removeRow(m_db, kSeries, id,
                         QCoreApplication::translate("rapport::storage", "series"));
    });
}

std::optional<Series> ContentRepository::series(const Uuid& id) const
{
    const auto found = selectSeries(m_db, QStringLiteral("WHERE id = ?"), {id.toString()});
    return found.isEmpty() ? std::nullopt : std::optional<Series>(found.first());
}

QList<Series> ContentRepository::seriesList() const
{
    return selectSeries(m_db, {}, {});
}

qint64 ContentRepository::seriesCount() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM series"));
}

Uuid ContentRepository::findSeriesByName(const QString& name) const
{
    const Uuid exact = idFrom(scalar(m_db, QStringLiteral("SELECT id FROM series WHERE name = ?"), {name}));
    if (!exact.isNull())
        return exact;
    return idFrom(scalar(m_db, QStringLiteral("SELECT id FROM series WHERE %1 ORDER BY key").arg(noCaseEquals(m_db, QStringLiteral("name"))), {name}));
}

} // namespace rapport::storage
