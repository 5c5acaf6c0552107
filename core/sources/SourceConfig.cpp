// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sources/SourceConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rapport::sources {

namespace {

const QString kConfigPrefix = QStringLiteral("source:");
const QString kStatePrefix = QStringLiteral("source-state:");

bool writeMeta(const QSqlDatabase& db, const QString& name, const QString& value, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

QString sourceKindName(SourceKind kind)
{
    return kind == SourceKind::GitHub ? QStringLiteral("github") : QStringLiteral("discourse");
}

bool sourceKindFromName(QStringView name, SourceKind* kind)
{
    if (name.compare(u"github", Qt::CaseInsensitive) == 0)
        *kind = SourceKind::GitHub;
    else if (name.compare(u"discourse", Qt::CaseInsensitive) == 0)
        *kind = SourceKind::Discourse;
    else
        return false;
    return true;
}

QString SourceConfig::kindTitle() const
{
    return kind == SourceKind::GitHub ? QStringLiteral("GitHub") : QStringLiteral("Discourse");
}

QString SourceConfig::description() const
{
    if (kind == SourceKind::GitHub)
        return repositories.join(QStringLiteral(", "));
    return baseUrl.host();
}

QUrl SourceConfig::defaultBaseUrl(SourceKind kind)
{
    return kind == SourceKind::GitHub ? QUrl(QStringLiteral("https://api.github.com")) : QUrl();
}

QString SourceConfig::normalizeRepository(const QString& text)
{
    QString t = text.trimmed();
    static const QRegularExpression web(QStringLiteral(R"(^(?:https?://)?(?:www\.)?github\.com/)"),
                                        QRegularExpression::CaseInsensitiveOption);
    t.remove(web);
    if (t.endsWith(u".git"))
        t.chop(4);
    while (t.endsWith(u'/'))
        t.chop(1);
    static const QRegularExpression shape(QStringLiteral(R"(^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$)"));
    return shape.match(t).hasMatch() ? t : QString();
}

bool SourceConfig::validate(QString* error) const
{
    if (name.trimmed().isEmpty()) {
        *error = tr("a source needs a name");
        return false;
    }
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()
        || (baseUrl.scheme() != u"https" && baseUrl.scheme() != u"http")) {
        *error = tr("“%1” is not a web address (like https://forum.example.org)").arg(baseUrl.toString().left(100));
        return false;
    }
    if (!baseUrl.userInfo().isEmpty()) {
        *error = tr("the address must not hold a user name or password; the token goes to the keychain");
        return false;
    }
    if (kind == SourceKind::GitHub) {
        if (repositories.isEmpty()) {
            *error = tr("a GitHub source needs at least one repository (owner/name)");
            return false;
        }
        for (const QString& repository : repositories) {
            if (normalizeRepository(repository) != repository) {
                *error = tr("“%1” is not a repository (owner/name)").arg(repository.left(100));
                return false;
            }
        }
    }
    return true;
}

QJsonObject SourceConfig::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id.toString()},
                  {QStringLiteral("kind"), sourceKindName(kind)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("base_url"), baseUrl.toString()},
                  {QStringLiteral("has_token"), hasToken}};
    if (kind == SourceKind::GitHub)
        o.insert(QStringLiteral("repositories"), QJsonArray::fromStringList(repositories));
    if (!apiUser.isEmpty())
        o.insert(QStringLiteral("api_user"), apiUser);
    return o;
}

std::optional<SourceConfig> SourceConfig::fromJson(const QJsonObject& o)
{
    SourceConfig s;
    s.id = model::Uuid::fromString(o.value(u"id").toString());
    if (s.id.isNull() || !sourceKindFromName(o.value(u"kind").toString(), &s.kind))
        return std::nullopt;
    s.name = o.value(u"name").toString();
    s.baseUrl = QUrl(o.value(u"base_url").toString());
    s.hasToken = o.value(u"has_token").toBool();
    s.apiUser = o.value(u"api_user").toString();
    for (const QJsonValue& v : o.value(u"repositories").toArray())
        s.repositories.append(v.toString());
    return s;
}

QList<SourceConfig> SourceList::list() const
{
    QList<SourceConfig> sources;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE name >= ? AND name < ?"));
    q.addBindValue(kConfigPrefix);
    q.addBindValue(QStringLiteral("source;")); // ';' follows ':'
    if (!q.exec())
        return sources;
    while (q.next()) {
        if (auto s = SourceConfig::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()))
            sources.append(*s);
    }
    std::sort(sources.begin(), sources.end(), [](const SourceConfig& a, const SourceConfig& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return sources;
}

std::optional<SourceConfig> SourceList::find(const QString& nameOrId) const
{
    const model::Uuid id = model::Uuid::fromString(nameOrId.trimmed());
    for (const SourceConfig& s : list())
        if ((!id.isNull() && s.id == id) || s.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

bool SourceList::save(const SourceConfig& source, QString* error)
{
    if (!source.validate(error))
        return false;
    for (const SourceConfig& other : list()) {
        if (other.id != source.id && other.name.compare(source.name.trimmed(), Qt::CaseInsensitive) == 0) {
            *error = tr("there is already a source named “%1”").arg(other.name);
            return false;
        }
    }
    return writeMeta(m_db, kConfigPrefix + source.id.toString(),
                     QString::fromUtf8(QJsonDocument(source.toJson()).toJson(QJsonDocument::Compact)), error);
}

bool SourceList::remove(const model::Uuid& id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM meta WHERE name IN (?, ?)"));
    q.addBindValue(kConfigPrefix + id.toString());
    q.addBindValue(kStatePrefix + id.toString());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QJsonObject SourceList::state(const model::Uuid& id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE name = ?"));
    q.addBindValue(kStatePrefix + id.toString());
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

bool SourceList::setState(const model::Uuid& id, const QJsonObject& state, QString* error)
{
    return writeMeta(m_db, kStatePrefix + id.toString(),
                     QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)), error);
}

} // namespace rapport::sources
