// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Community and code platforms: Discourse, Slack, Discord and GitHub. Members become
// people known by their platform handle (and email where the platform exports one);
// only what the file dates becomes an activity: a count without a time is not turned
// into activities at a made-up time, so re-importing a later export adds only what is new.
// Bots and system accounts are not people: they are skipped with the line and the reason.
// Layouts and sources: IMPORT-FORMATS.md.
#include "core/io/ImportFormat.h"

#include "core/model/Person.h"

#include <QJsonObject>
#include <QSet>

namespace rapport::io {

namespace {

using namespace formats;

// ---------------------------------------------------------------------------------------

/** Discourse's escape_comma(): a value holding a comma arrives wrapped in one extra pair of
 *  quotes ("Müller, Zoë" with the quotes); the value is what is inside. */
QString discourseText(const PlatformRow& row, int column)
{
    const QString text = cell(row, column);
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"') && text.contains(u','))
        return text.mid(1, text.size() - 2).trimmed();
    return text;
}

/**
 * Discourse's admin user list (Admin → Users → Export). A user is a person with the
 * discourse handle (username), email and secondary emails, name, and created_at as the
 * joined date; the forum title (often a badge or group title) fills an empty role, a custom
 * user field named like "Company" the company. Not people: system accounts (id ≤ 0: system,
 * discobot) and staged users (created from an incoming email, they never signed up).
 * Suspended and unapproved users are people all the same.
 * Activities: the export has only counts since the account was made, and the times of the
 * last post and visit. A post count above zero with a last_posted_at is one `posted`
 * activity then: true, and the same on re-import until the person posts again. The counts
 * themselves are not made into activities (they have no times), nor is last_seen_at (a
 * visit is not a post).
 */
class DiscourseFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("discourse"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat", "Discourse user list");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && t.has(u"username") &&
               t.has(u"trust_level") && t.has(u"last_seen_at") && t.has(u"post_count");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        const int id = t.column(u"id");
        const int username = t.column(u"username");
        const int name = t.column(u"name");
        const int email = t.column(u"email");
        const int secondary = t.column(u"secondary_emails");
        const int title = t.column(u"title");
        const int created = t.column(u"created_at");
        const int lastPosted = t.column(u"last_posted_at");
        const int posts = t.column(u"post_count");
        const int staged = t.column(u"staged");
        int company = -1;
        for (const int c : t.columnsContaining(u"(custom user field)")) {
            const QString field = t.header[c].toLower();
            if (field.contains(u"company") || field.contains(u"organi") ||
                field.contains(u"employer")) {
                company = c;
                break;
            }
        }
        const TimeColumn order(DateOrder::YearMonthDay,
                               o.timeZone); // Rails: 2024-03-05 10:12:33 UTC
        for (const PlatformRow& row : t.rows) {
            const QString handle = cell(row, username);
            bool numeric = false;
            const qint64 userId = cell(row, id).toLongLong(&numeric);
            if (numeric && userId <= 0) {
                out->skipped.append({row.line, QCoreApplication::translate(
                                                   "rapport::io::ImportFormat",
                                                   "a Discourse system account (%1), not a person")
                                                   .arg(handle)});
                continue;
            }
            if (cell(row, staged).compare(u"true", Qt::CaseInsensitive) == 0) {
                out->skipped.append(
                    {row.line, QCoreApplication::translate(
                                   "rapport::io::ImportFormat",
                                   "a staged Discourse user (%1): created from an email, never "
                                   "signed up")
                                   .arg(handle)});
                continue;
            }
            QStringList emails;
            if (const QString primary = cell(row, email); !primary.isEmpty())
                emails << primary;
            emails += cell(row, secondary).split(u';', Qt::SkipEmptyParts);
            PlatformRow& p = out->people.add(row.line);
            out->people.set(p, u"discourse", handle);
            out->people.set(p, u"email", emails.join(u';'));
            out->people.set(p, u"name", discourseText(row, name));
            out->people.set(p, u"role", discourseText(row, title));
            out->people.set(p, u"company", discourseText(row, company));
            out->people.set(p, u"source", QStringLiteral("discourse"));
            if (handle.isEmpty())
                continue; // matched by email, if any; the people pass says when it cannot be
            qint64 at = 0;
            if (const QString text = cell(row, created); !text.isEmpty()) {
                if (!readTime(t, row.line, t.header.value(created), text, order, &at, error))
                    return false;
                out->people.set(p, u"joined", isoTime(at).left(10));
            }
            const QString lastPostedText = cell(row, lastPosted);
            if (cell(row, posts).toLongLong() > 0 && !lastPostedText.isEmpty()) {
                if (!readTime(t, row.line, t.header.value(lastPosted), lastPostedText, order, &at,
                              error))
                    return false;
                addActivity(out, row.line, u"discourse", handle, QStringLiteral("posted"), at,
                            o.campaign);
            }
        }
        return true;
    }
};

/**
 * Slack's member list (workspace settings → Export member list). A member is a person with
 * the slack handle (username: unique in the workspace, and what members know each other
 * by), email and name (fullname, else displayname). Bots (status Bot, or an address at
 * slack-bots.com) are skipped. Deactivated members and guests are people: they were part
 * of the community, and the file says no more about them. The file has no dates (account
 * creation and message counts are in the separate analytics export), so no activities.
 */
class SlackFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("slack"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat", "Slack member list");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && t.has(u"billing-active") &&
               t.has(u"has-2fa") && t.has(u"userid");
    }
    bool translate(const PlatformTable& t, const TranslateOptions&, Translation* out,
                   InputError*) const override
    {
        const int username = t.column(u"username");
        const int email = t.column(u"email");
        const int status = t.column(u"status");
        const int fullName = t.column(u"fullname");
        const int displayName = t.column(u"displayname");
        for (const PlatformRow& row : t.rows) {
            const QString handle = cell(row, username);
            const QString mail = cell(row, email);
            if (cell(row, status).compare(u"Bot", Qt::CaseInsensitive) == 0 ||
                mail.endsWith(u"@slack-bots.com", Qt::CaseInsensitive)) {
                out->skipped.append(
                    {row.line, QCoreApplication::translate("rapport::io::ImportFormat",
                                                           "a Slack bot (%1), not a person")
                                   .arg(handle)});
                continue;
            }
            QString name = cell(row, fullName);
            if (name.isEmpty())
                name = cell(row, displayName);
            PlatformRow& p = out->people.add(row.line);
            out->people.set(p, u"slack", handle);
            out->people.set(p, u"email", mail);
            out->people.set(p, u"name", name);
            out->people.set(p, u"source", QStringLiteral("slack"));
        }
        return true;
    }
};

// ---------------------------------------------------------------------------------------

/** The file's JSON elements as objects, each with its line; false on an element that is
 *  not an object (the file is then not the export the format expects). */
bool jsonObjects(const PlatformTable& t, const QString& what,
                 QList<std::pair<qint64, QJsonObject>>* out, InputError* error)
{
    for (qsizetype i = 0; i < t.items.size(); ++i) {
        const qint64 line = t.itemLines.value(i, 1);
        if (!t.items[i].isObject()) {
            *error =
                InputError{t.fileName, line,
                           QCoreApplication::translate("rapport::io::ImportFormat",
                                                       "this element is not a %1 (a JSON object)")
                               .arg(what)};
            return false;
        }
        out->append({line, t.items[i].toObject()});
    }
    return true;
}

/** The first element of a JSON export, if it is an object. */
QJsonObject firstObject(const PlatformTable& t)
{
    return t.kind == PlatformTable::Kind::Json && !t.items.isEmpty() ? t.items.first().toObject()
                                                                     : QJsonObject();
}

/**
 * Discord guild members (GET /guilds/{id}/members, or a bot's dump of it; an object holding
 * the array works too). A member is a person with the discord handle: the username, unique
 * since Discord's 2023 migration (a legacy account keeps its name#discriminator), and what
 * members give when asked for their Discord. The name is the global display name, else the
 * server nickname; joined_at is the joined date. Members still in membership screening
 * (pending) are people. Bots and Discord system users are skipped. Discord exports no
 * email and no activity: none are made up.
 */
class DiscordFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("discord"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "Discord member list (JSON)");
    }
    bool matches(const PlatformTable& t) const override
    {
        const QJsonObject first = firstObject(t);
        const QJsonObject user = first.value(u"user").toObject();
        return first.contains(u"joined_at") && first.contains(u"roles") && user.contains(u"id") &&
               user.contains(u"username");
    }
    bool translate(const PlatformTable& t, const TranslateOptions&, Translation* out,
                   InputError* error) const override
    {
        QList<std::pair<qint64, QJsonObject>> members;
        if (!jsonObjects(
                t, QCoreApplication::translate("rapport::io::ImportFormat", "Discord guild member"),
                &members, error))
            return false;
        for (const auto& [line, member] : std::as_const(members)) {
            const QJsonObject user = member.value(u"user").toObject();
            QString handle = user.value(u"username").toString().trimmed();
            if (user.value(u"bot").toBool()) {
                out->skipped.append(
                    {line, QCoreApplication::translate("rapport::io::ImportFormat",
                                                       "a Discord bot (%1), not a person")
                               .arg(handle)});
                continue;
            }
            if (user.value(u"system").toBool()) {
                out->skipped.append({line, QCoreApplication::translate(
                                               "rapport::io::ImportFormat",
                                               "a Discord system account (%1), not a person")
                                               .arg(handle)});
                continue;
            }
            if (handle.isEmpty()) {
                out->skipped.append(
                    {line, QCoreApplication::translate("rapport::io::ImportFormat",
                                                       "a member without a username")});
                continue;
            }
            const QString discriminator = user.value(u"discriminator").toString();
            if (!discriminator.isEmpty() && discriminator != u"0")
                handle += u'#' + discriminator;
            QString name = user.value(u"global_name").toString().trimmed();
            if (name.isEmpty())
                name = member.value(u"nick").toString().trimmed();
            PlatformRow& p = out->people.add(line);
            out->people.set(p, u"discord", handle);
            out->people.set(p, u"name", name);
            out->people.set(p, u"source", QStringLiteral("discord"));
            if (const QString joined = member.value(u"joined_at").toString(); !joined.isEmpty()) {
                qint64 at = 0;
                if (!readTime(t, line, QStringLiteral("joined_at"), joined, DateOrder::YearMonthDay,
                              &at, error))
                    return false;
                out->people.set(p, u"joined", isoTime(at).left(10));
            }
        }
        return true;
    }
};

// ---------------------------------------------------------------------------------------

/** Why a GitHub account (a simple-user object) is not a person; empty when it is one. */
QString notAPerson(const QJsonObject& user)
{
    const QString login = user.value(u"login").toString();
    const QString type = user.value(u"type").toString();
    if (isBotLogin(login, type))
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "a bot account (%1), not a person")
            .arg(login);
    if (type == u"Organization")
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "an organisation account (%1), not a person")
            .arg(login);
    if (type == u"Mannequin")
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "a mannequin (%1): a placeholder for the author of "
                                           "imported history, not an account")
            .arg(login);
    return {};
}

/** GitHub people of one file, each added once however many items name them. */
class GitHubPeople
{
public:
    explicit GitHubPeople(Translation* out) : m_out(out) {}
    void add(qint64 line, const QString& login)
    {
        if (m_logins.contains(login.toCaseFolded()))
            return;
        m_logins.insert(login.toCaseFolded());
        PlatformRow& p = m_out->people.add(line);
        m_out->people.set(p, u"github", login);
        m_out->people.set(p, u"source", QStringLiteral("github"));
    }

private:
    Translation* m_out;
    QSet<QString> m_logins;
};

/** The login of an item's account, or empty with the reason it is skipped. */
QString personLogin(const QJsonObject& user, qint64 line, Translation* out)
{
    const QString login = user.value(u"login").toString().trimmed();
    if (login.isEmpty()) {
        out->skipped.append(
            {line, QCoreApplication::translate("rapport::io::ImportFormat",
                                               "no GitHub account (a deleted user)")});
        return {};
    }
    if (const QString reason = notAPerson(user); !reason.isEmpty()) {
        out->skipped.append({line, reason});
        return {};
    }
    return login;
}

/**
 * GitHub stargazers as the REST API gives them with the star media type
 * (application/vnd.github.star+json): {starred_at, user}. Each star is a `starred`
 * activity at starred_at by the person with the github handle (the login).
 */
class GitHubStargazersFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("github-stargazers"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat", "GitHub stargazers (JSON)");
    }
    bool matches(const PlatformTable& t) const override
    {
        const QJsonObject first = firstObject(t);
        return first.contains(u"starred_at") && first.value(u"user").toObject().contains(u"login");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        QList<std::pair<qint64, QJsonObject>> stars;
        if (!jsonObjects(t, QCoreApplication::translate("rapport::io::ImportFormat", "stargazer"),
                         &stars, error))
            return false;
        GitHubPeople people(out);
        for (const auto& [line, star] : std::as_const(stars)) {
            const QString login = personLogin(star.value(u"user").toObject(), line, out);
            if (login.isEmpty())
                continue;
            qint64 at = 0;
            if (!readTime(t, line, QStringLiteral("starred_at"),
                          star.value(u"starred_at").toString(), DateOrder::YearMonthDay, &at,
                          error))
                return false;
            people.add(line, login);
            addActivity(out, line, u"github", login, QStringLiteral("starred"), at, o.campaign);
        }
        return true;
    }
};

/**
 * GitHub users without dates: a list of simple-user objects, as the API gives stargazers
 * without the star media type, watchers, forks' owners or organisation members. Which of
 * those it is the file does not say, so its users become people with the github handle
 * and nothing else.
 */
class GitHubUsersFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("github-users"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat", "GitHub user list (JSON)");
    }
    bool matches(const PlatformTable& t) const override
    {
        const QJsonObject first = firstObject(t);
        return first.contains(u"login") && first.contains(u"html_url") && first.contains(u"type") &&
               !first.contains(u"contributions");
    }
    bool translate(const PlatformTable& t, const TranslateOptions&, Translation* out,
                   InputError* error) const override
    {
        QList<std::pair<qint64, QJsonObject>> users;
        if (!jsonObjects(t, QCoreApplication::translate("rapport::io::ImportFormat", "GitHub user"),
                         &users, error))
            return false;
        GitHubPeople people(out);
        for (const auto& [line, user] : std::as_const(users))
            if (const QString login = personLogin(user, line, out); !login.isEmpty())
                people.add(line, login);
        return true;
    }
};

/**
 * GitHub repository contributors (GET /repos/{owner}/{repo}/contributors, with or without
 * anon=1). The file has a commit count per contributor and no time at all: a `contributed`
 * activity would need a date the file does not have (the import's time would make a
 * re-import next week count every contribution again), so contributors become people with
 * the github handle, and their dated contributions come from the issues and pull requests
 * export. Anonymous contributors (commits by an email GitHub links to no account) become
 * people with that email and name.
 */
class GitHubContributorsFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("github-contributors"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "GitHub contributors (JSON)");
    }
    bool matches(const PlatformTable& t) const override
    {
        const QJsonObject first = firstObject(t);
        return first.contains(u"contributions") &&
               (first.contains(u"login") || first.value(u"type").toString() == u"Anonymous");
    }
    bool translate(const PlatformTable& t, const TranslateOptions&, Translation* out,
                   InputError* error) const override
    {
        QList<std::pair<qint64, QJsonObject>> contributors;
        if (!jsonObjects(t, QCoreApplication::translate("rapport::io::ImportFormat", "contributor"),
                         &contributors, error))
            return false;
        GitHubPeople people(out);
        for (const auto& [line, contributor] : std::as_const(contributors)) {
            if (contributor.value(u"type").toString() == u"Anonymous") {
                const QString email = contributor.value(u"email").toString().trimmed();
                const QString name = contributor.value(u"name").toString().trimmed();
                if (name.endsWith(u"[bot]", Qt::CaseInsensitive)) {
                    out->skipped.append(
                        {line, QCoreApplication::translate("rapport::io::ImportFormat",
                                                           "a bot's commits (%1), not a person")
                                   .arg(name)});
                    continue;
                }
                if (!model::isWellFormedEmail(model::normalizeEmail(email))) {
                    // Commit emails are whatever git was told ("root", "none").
                    out->skipped.append(
                        {line, QCoreApplication::translate(
                                   "rapport::io::ImportFormat",
                                   "an anonymous contributor without a usable email (“%1”)")
                                   .arg(email.left(64))});
                    continue;
                }
                PlatformRow& p = out->people.add(line);
                out->people.set(p, u"email", email);
                out->people.set(p, u"name", name);
                out->people.set(p, u"source", QStringLiteral("github"));
                continue;
            }
            if (const QString login = personLogin(contributor, line, out); !login.isEmpty())
                people.add(line, login);
        }
        return true;
    }
};

/**
 * GitHub issues of a repository (GET /repos/{owner}/{repo}/issues; the API counts every
 * pull request as an issue and marks it with a `pull_request` key). The author of an issue
 * `posted`, of a pull request `contributed`, at created_at; no campaign unless --campaign
 * names one. A merge is the maintainer's act, not the author's, and is not made an
 * activity.
 */
class GitHubIssuesFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("github-issues"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "GitHub issues and pull requests (JSON)");
    }
    bool matches(const PlatformTable& t) const override
    {
        const QJsonObject first = firstObject(t);
        return first.contains(u"number") && first.contains(u"user") &&
               first.contains(u"author_association") && first.contains(u"html_url");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        QList<std::pair<qint64, QJsonObject>> issues;
        if (!jsonObjects(t,
                         QCoreApplication::translate("rapport::io::ImportFormat", "GitHub issue"),
                         &issues, error))
            return false;
        GitHubPeople people(out);
        for (const auto& [line, issue] : std::as_const(issues)) {
            const QString login = personLogin(issue.value(u"user").toObject(), line, out);
            if (login.isEmpty())
                continue;
            qint64 at = 0;
            if (!readTime(t, line, QStringLiteral("created_at"),
                          issue.value(u"created_at").toString(), DateOrder::YearMonthDay, &at,
                          error))
                return false;
            people.add(line, login);
            const bool pullRequest = issue.contains(u"pull_request");
            addActivity(out, line, u"github", login,
                        pullRequest ? QStringLiteral("contributed") : QStringLiteral("posted"), at,
                        o.campaign);
        }
        return true;
    }
};

} // namespace

QList<const ImportFormat*> communityImportFormats()
{
    static const DiscourseFormat discourse;
    static const SlackFormat slack;
    static const DiscordFormat discord;
    static const GitHubStargazersFormat stargazers;
    static const GitHubContributorsFormat contributors;
    static const GitHubIssuesFormat issues;
    static const GitHubUsersFormat users; // last: the least specific of the GitHub shapes
    return {&discourse, &slack, &discord, &stargazers, &contributors, &issues, &users};
}

} // namespace rapport::io
