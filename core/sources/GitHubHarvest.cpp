// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// GitHub (REST v3) for each repository of a source:
//   contributors  GET /repos/{r}/contributors          people (the API gives no dates)
//   stargazers    GET /repos/{r}/stargazers            `starred` at starred_at (star media type)
//   issues        GET /repos/{r}/issues?state=all      `posted` (issue) / `contributed` (pull request)
//   comments      GET /repos/{r}/issues/comments       `commented` at created_at
// mapped exactly as the file imports of the same API answers map them (io::ImportFormat
// github-*), so a sync and an imported export of the same data never double up.
// Incremental: stargazers continue from the last page read (new stars are appended);
// issues and comments ask only for what was updated since the newest one seen. Every page
// is asked for with the ETag it had, so an unchanged one costs a 304.
#include "core/sources/Harvest.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace rapport::sources {

namespace {

constexpr int kPerPage = 100;
const QByteArray kJson = "application/vnd.github+json";
const QByteArray kStars = "application/vnd.github.star+json";

QUrl endpoint(const QUrl& base, const QString& repository, const QString& path,
              const QList<std::pair<QString, QString>>& query)
{
    QUrl url = base;
    QString root = url.path();
    while (root.endsWith(u'/'))
        root.chop(1);
    url.setPath(root + QStringLiteral("/repos/") + repository + path);
    QUrlQuery q;
    for (const auto& [name, value] : query)
        q.addQueryItem(name, value);
    q.addQueryItem(QStringLiteral("per_page"), QString::number(kPerPage));
    url.setQuery(q);
    return url;
}

bool requireArray(Harvest& h, const QJsonDocument& page, const QUrl& url, const QString& what)
{
    if (page.isArray())
        return true;
    return h.fail(Harvest::tr("%1: the answer is not a list of %2").arg(ApiClient::shortUrl(url), what));
}

/** `commented` activities (and their people) from a page of issue comments. */
bool addComments(Harvest& h, const QJsonArray& comments, const QUrl& url, QString* newest)
{
    io::Translation page;
    for (const QJsonValue& value : comments) {
        const qint64 line = h.nextLine();
        const QJsonObject comment = value.toObject();
        if (!value.isObject())
            return h.fail(Harvest::tr("%1: item %2 is not a comment").arg(ApiClient::shortUrl(url)).arg(line));
        const QString updated = comment.value(u"updated_at").toString();
        if (updated > *newest)
            *newest = updated;
        const QJsonObject user = comment.value(u"user").toObject();
        const QString login = user.value(u"login").toString().trimmed();
        const QString type = user.value(u"type").toString();
        if (login.isEmpty()) {
            page.skipped.append({line, Harvest::tr("a comment without a GitHub account (a deleted user)")});
            continue;
        }
        if (io::formats::isBotLogin(login, type) || type == u"Organization") {
            page.skipped.append({line, Harvest::tr("a bot or organisation account (%1), not a person").arg(login)});
            continue;
        }
        qint64 at = 0;
        const QString created = comment.value(u"created_at").toString();
        if (!io::formats::parseTime(created, io::TimeColumn(), &at))
            return h.fail(Harvest::tr("%1: item %2: created_at “%3” is not a time")
                              .arg(ApiClient::shortUrl(url))
                              .arg(line)
                              .arg(created.left(64)));
        io::PlatformRow& person = page.people.add(line);
        page.people.set(person, u"github", login);
        page.people.set(person, u"source", QStringLiteral("github"));
        io::formats::addActivity(&page, line, u"github", login, QStringLiteral("commented"), at, QString());
    }
    h.append(page);
    return true;
}

} // namespace

bool harvestGitHub(Harvest& h)
{
    const QJsonObject previousRepos = h.previous.value(u"repositories").toObject();
    QJsonObject repos;
    const qsizetype count = h.source.repositories.size();
    for (qsizetype r = 0; r < count; ++r) {
        const QString& repository = h.source.repositories[r];
        const QJsonObject before = previousRepos.value(repository).toObject();
        const QJsonObject etags = before.value(u"etags").toObject();
        QJsonObject after, keptEtags;
        const auto share = [&](int phase) { return (double(r) + phase / 4.0) / double(count); };

        // Contributors: people only (the API gives commit counts, not dates).
        const QUrl contributors = endpoint(h.source.baseUrl, repository, QStringLiteral("/contributors"), {});
        if (!h.walk(contributors, kJson, etags, &keptEtags,
                    [&](const QJsonDocument& page, const QUrl& url, bool*) {
                        return requireArray(h, page, url, Harvest::tr("contributors"))
                               && h.translatePage(QStringLiteral("github-contributors"), page.array(), url);
                    },
                    share(0), share(1)))
            return false;

        // Stargazers, from the last page read: new stars are added at the end.
        QUrl stars(before.value(u"stargazers_page").toString());
        if (!stars.isValid() || stars.isEmpty())
            stars = endpoint(h.source.baseUrl, repository, QStringLiteral("/stargazers"), {});
        QUrl lastStars;
        if (!h.walk(stars, kStars, etags, &keptEtags,
                    [&](const QJsonDocument& page, const QUrl& url, bool*) {
                        return requireArray(h, page, url, Harvest::tr("stargazers"))
                               && h.translatePage(QStringLiteral("github-stargazers"), page.array(), url);
                    },
                    share(1), share(2), &lastStars))
            return false;
        after.insert(QStringLiteral("stargazers_page"), lastStars.toString(QUrl::FullyEncoded));

        // Issues and pull requests updated since the newest seen.
        QString issuesSince = before.value(u"issues_since").toString();
        QList<std::pair<QString, QString>> query{{QStringLiteral("state"), QStringLiteral("all")},
                                                 {QStringLiteral("sort"), QStringLiteral("updated")},
                                                 {QStringLiteral("direction"), QStringLiteral("asc")}};
        if (!issuesSince.isEmpty())
            query.append({QStringLiteral("since"), issuesSince});
        if (!h.walk(endpoint(h.source.baseUrl, repository, QStringLiteral("/issues"), query), kJson, etags,
                    &keptEtags,
                    [&](const QJsonDocument& page, const QUrl& url, bool*) {
                        if (!requireArray(h, page, url, Harvest::tr("issues")))
                            return false;
                        for (const QJsonValue& issue : page.array())
                            issuesSince = qMax(issuesSince, issue.toObject().value(u"updated_at").toString());
                        return h.translatePage(QStringLiteral("github-issues"), page.array(), url);
                    },
                    share(2), share(3)))
            return false;
        after.insert(QStringLiteral("issues_since"), issuesSince);

        // Comments on issues and pull requests, likewise.
        QString commentsSince = before.value(u"comments_since").toString();
        query = {{QStringLiteral("sort"), QStringLiteral("updated")}, {QStringLiteral("direction"), QStringLiteral("asc")}};
        if (!commentsSince.isEmpty())
            query.append({QStringLiteral("since"), commentsSince});
        if (!h.walk(endpoint(h.source.baseUrl, repository, QStringLiteral("/issues/comments"), query), kJson, etags,
                    &keptEtags,
                    [&](const QJsonDocument& page, const QUrl& url, bool*) {
                        return requireArray(h, page, url, Harvest::tr("comments"))
                               && addComments(h, page.array(), url, &commentsSince);
                    },
                    share(3), share(4)))
            return false;
        after.insert(QStringLiteral("comments_since"), commentsSince);
        after.insert(QStringLiteral("etags"), keptEtags);
        repos.insert(repository, after);
    }
    h.next.insert(QStringLiteral("repositories"), repos);
    return true;
}

} // namespace rapport::sources
