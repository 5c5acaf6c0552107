// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Discourse, through the JSON every forum serves (an API key is needed only for a private
// forum):
//   users   GET /directory_items.json?period=all&order=post_count   people: handle, name, title
//   posts   GET /posts.json[?before=ID]                             `posted` at created_at
//   likes   GET /user_actions.json?username=U&filter=1&offset=N     `liked` at created_at, for
//                                                                   each user who gave any
// Incremental: posts down to the newest post id seen; each user's likes down to the newest
// like seen. Directory pages are asked for with their ETags. System accounts (id ≤ 0:
// system, discobot) are not people.
#include "core/sources/Harvest.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace rapport::sources {

namespace {

const QByteArray kJson = "application/json";
constexpr int kMaxUsersForLikes = 5000; // a like is one request per user; the most active first

QUrl forumUrl(const QUrl& base, const QString& path, const QList<std::pair<QString, QString>>& query = {})
{
    QUrl url = base;
    QString root = url.path();
    while (root.endsWith(u'/'))
        root.chop(1);
    url.setPath(root + path);
    QUrlQuery q;
    for (const auto& [name, value] : query)
        q.addQueryItem(name, value);
    url.setQuery(q);
    return url;
}

bool isSystemAccount(const QJsonObject& object, const QString& username)
{
    const QJsonValue id = object.value(u"user_id").isUndefined() ? object.value(u"id") : object.value(u"user_id");
    return (id.isDouble() && id.toDouble() <= 0) || username.compare(u"system", Qt::CaseInsensitive) == 0
           || username.compare(u"discobot", Qt::CaseInsensitive) == 0;
}

bool readTime(Harvest& h, const QUrl& url, qint64 line, const QString& text, qint64* at)
{
    if (io::formats::parseTime(text, io::TimeColumn(), at))
        return true;
    return h.fail(Harvest::tr("%1: item %2: “%3” is not a time").arg(ApiClient::shortUrl(url)).arg(line).arg(text.left(64)));
}

void addPerson(io::Translation& page, qint64 line, const QString& username, const QString& name, const QString& title)
{
    io::PlatformRow& p = page.people.add(line);
    page.people.set(p, u"discourse", username);
    page.people.set(p, u"name", name);
    page.people.set(p, u"role", title);
    page.people.set(p, u"source", QStringLiteral("discourse"));
}

} // namespace

bool harvestDiscourse(Harvest& h)
{
    const QUrl base = h.source.baseUrl;
    const QJsonObject etags = h.previous.value(u"etags").toObject();
    QJsonObject keptEtags;

    // Users, and who has given likes.
    QList<std::pair<QString, qint64>> likers; // username, likes given
    qint64 listed = 0;
    const auto nextDirectoryPage = [&](const QJsonDocument& page, const QUrl& url) {
        const QJsonObject meta = page.object().value(u"meta").toObject();
        const qint64 total = meta.value(u"total_rows_directory_items").toInteger(-1);
        QString more = meta.value(u"load_more_directory_items").toString();
        if (more.isEmpty() || page.object().value(u"directory_items").toArray().isEmpty()
            || (total >= 0 && listed >= total))
            return QUrl();
        // "/directory_items?page=1&..." is the HTML route; the same path with .json is the data.
        QUrl next = url.resolved(QUrl(more));
        if (!next.path().endsWith(u".json"))
            next.setPath(next.path() + QStringLiteral(".json"));
        return next;
    };
    if (!h.walk(forumUrl(base, QStringLiteral("/directory_items.json"),
                         {{QStringLiteral("period"), QStringLiteral("all")},
                          {QStringLiteral("order"), QStringLiteral("post_count")}}),
                kJson, etags, &keptEtags,
                [&](const QJsonDocument& doc, const QUrl& url, bool*) {
                    const QJsonValue items = doc.object().value(u"directory_items");
                    if (!items.isArray())
                        return h.fail(Harvest::tr("%1: not a Discourse user directory (no directory_items)")
                                          .arg(ApiClient::shortUrl(url)));
                    io::Translation page;
                    for (const QJsonValue& value : items.toArray()) {
                        const qint64 line = h.nextLine();
                        ++listed;
                        const QJsonObject item = value.toObject();
                        const QJsonObject user = item.value(u"user").toObject();
                        const QString username = user.value(u"username").toString().trimmed();
                        if (username.isEmpty()) {
                            page.skipped.append({line, Harvest::tr("a directory entry without a username")});
                            continue;
                        }
                        if (isSystemAccount(user, username)) {
                            page.skipped.append(
                                {line, Harvest::tr("a Discourse system account (%1), not a person").arg(username)});
                            continue;
                        }
                        addPerson(page, line, username, user.value(u"name").toString().trimmed(),
                                  user.value(u"title").toString().trimmed());
                        if (const qint64 given = item.value(u"likes_given").toInteger(); given > 0)
                            likers.append({username, given});
                    }
                    h.append(page);
                    return true;
                },
                0.0, 0.2, nullptr, nextDirectoryPage))
        return false;

    // Posts, newest first, down to the newest one the last sync saw.
    const qint64 postsAfter = h.previous.value(u"posts_after").toInteger();
    qint64 newestPost = postsAfter;
    const auto olderPosts = [&](const QJsonDocument& doc, const QUrl&) {
        qint64 lowest = 0;
        for (const QJsonValue& post : doc.object().value(u"latest_posts").toArray()) {
            const qint64 id = post.toObject().value(u"id").toInteger();
            lowest = lowest == 0 ? id : qMin(lowest, id);
        }
        return lowest > 1 ? forumUrl(base, QStringLiteral("/posts.json"),
                                     {{QStringLiteral("before"), QString::number(lowest)}})
                          : QUrl();
    };
    if (!h.walk(forumUrl(base, QStringLiteral("/posts.json")), kJson, {}, nullptr,
                [&](const QJsonDocument& doc, const QUrl& url, bool* more) {
                    const QJsonValue posts = doc.object().value(u"latest_posts");
                    if (!posts.isArray())
                        return h.fail(Harvest::tr("%1: not a Discourse post list (no latest_posts)")
                                          .arg(ApiClient::shortUrl(url)));
                    io::Translation page;
                    *more = !posts.toArray().isEmpty();
                    for (const QJsonValue& value : posts.toArray()) {
                        const qint64 line = h.nextLine();
                        const QJsonObject post = value.toObject();
                        const qint64 id = post.value(u"id").toInteger();
                        if (id <= postsAfter) {
                            *more = false; // reached what the last sync read
                            continue;
                        }
                        newestPost = qMax(newestPost, id);
                        const QString username = post.value(u"username").toString().trimmed();
                        if (username.isEmpty() || isSystemAccount(post, username)) {
                            page.skipped.append(
                                {line, Harvest::tr("a post by a Discourse system account (%1)").arg(username)});
                            continue;
                        }
                        qint64 at = 0;
                        if (!readTime(h, url, line, post.value(u"created_at").toString(), &at))
                            return false;
                        addPerson(page, line, username, post.value(u"name").toString().trimmed(), QString());
                        io::formats::addActivity(&page, line, u"discourse", username, QStringLiteral("posted"), at,
                                                 QString());
                    }
                    h.append(page);
                    return true;
                },
                0.2, 0.5, nullptr, olderPosts))
        return false;
    h.next.insert(QStringLiteral("posts_after"), newestPost);

    // Likes given, per user, down to the newest like the last sync saw of each.
    std::sort(likers.begin(), likers.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (likers.size() > kMaxUsersForLikes)
        likers.resize(kMaxUsersForLikes);
    const QJsonObject likesBefore = h.previous.value(u"likes_after").toObject();
    QJsonObject likesAfter = likesBefore;
    for (qsizetype i = 0; i < likers.size(); ++i) {
        const QString username = likers[i].first;
        const QString after = likesBefore.value(username).toString();
        QString newest = after;
        qint64 offset = 0;
        const auto nextOffset = [&](const QJsonDocument&, const QUrl&) {
            return forumUrl(base, QStringLiteral("/user_actions.json"),
                            {{QStringLiteral("username"), username},
                             {QStringLiteral("filter"), QStringLiteral("1")},
                             {QStringLiteral("offset"), QString::number(offset)}});
        };
        const double from = 0.5 + 0.5 * double(i) / double(likers.size());
        const double to = 0.5 + 0.5 * double(i + 1) / double(likers.size());
        if (!h.walk(nextOffset({}, {}), kJson, {}, nullptr,
                    [&](const QJsonDocument& doc, const QUrl& url, bool* more) {
                        const QJsonValue actions = doc.object().value(u"user_actions");
                        if (!actions.isArray())
                            return h.fail(Harvest::tr("%1: not a Discourse action list (no user_actions)")
                                              .arg(ApiClient::shortUrl(url)));
                        io::Translation page;
                        *more = !actions.toArray().isEmpty();
                        offset += actions.toArray().size();
                        for (const QJsonValue& value : actions.toArray()) {
                            const qint64 line = h.nextLine();
                            const QJsonObject action = value.toObject();
                            const QString created = action.value(u"created_at").toString();
                            if (!after.isEmpty() && created <= after) {
                                *more = false;
                                continue;
                            }
                            newest = qMax(newest, created);
                            QString who = action.value(u"acting_username").toString().trimmed();
                            if (who.isEmpty())
                                who = username;
                            qint64 at = 0;
                            if (!readTime(h, url, line, created, &at))
                                return false;
                            io::formats::addActivity(&page, line, u"discourse", who, QStringLiteral("liked"), at,
                                                     QString());
                        }
                        h.append(page);
                        return true;
                    },
                    from, to, nullptr, nextOffset))
            return false;
        if (!newest.isEmpty())
            likesAfter.insert(username, newest);
    }
    h.next.insert(QStringLiteral("likes_after"), likesAfter);
    h.next.insert(QStringLiteral("etags"), keptEtags);
    return true;
}

} // namespace rapport::sources
