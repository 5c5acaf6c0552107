// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/WorkspaceAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <array>
#include <utility>

namespace rapport::workspace {

namespace {

constexpr std::array<std::pair<TlsMode, const char*>, 5> kModes{{
    {TlsMode::Disable, "disable"},
    {TlsMode::Prefer, "prefer"},
    {TlsMode::Require, "require"},
    {TlsMode::VerifyCa, "verify-ca"},
    {TlsMode::VerifyFull, "verify-full"},
}};

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::workspace::WorkspaceAddress", text);
}

// libpq's keyword = 'value' quoting: backslash and single quote escaped.
QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool WorkspaceAddress::fromUrl(const QString& text, WorkspaceAddress* address, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!url.isValid())
        return fail(tr("“%1” is not a workspace address: %2").arg(text, url.errorString()));
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return fail(tr("“%1” is not a workspace address: it must start with postgresql://").arg(text));
    if (!url.password().isEmpty())
        return fail(tr("The address must not contain the password; Rapport keeps it in the system keychain."));
    WorkspaceAddress result;
    result.host = url.host();
    result.port = url.port(5432);
    result.user = url.userName();
    result.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("sslmode"))) {
        const QString mode = query.queryItemValue(QStringLiteral("sslmode"));
        bool known = false;
        for (const auto& [value, name] : kModes) {
            if (mode == QLatin1String(name)) {
                result.tls = value;
                known = true;
            }
        }
        if (!known)
            return fail(tr("Unknown TLS mode “%1”: use disable, prefer, require, verify-ca or verify-full.").arg(mode));
    }
    if (result.host.isEmpty())
        return fail(tr("The address “%1” names no server.").arg(text));
    if (result.user.isEmpty())
        return fail(tr("The address “%1” names no user: write postgresql://USER@%2/…").arg(text, result.host));
    if (result.database.isEmpty() || result.database.contains(QLatin1Char('/')))
        return fail(tr("The address “%1” names no database: write …/DATABASE at its end.").arg(text));
    *address = result;
    return true;
}

QString WorkspaceAddress::sslModeName() const
{
    for (const auto& [value, name] : kModes) {
        if (value == tls)
            return QLatin1String(name);
    }
    return QStringLiteral("prefer");
}

QString WorkspaceAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (tls != TlsMode::Prefer) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslModeName());
        url.setQuery(query);
    }
    return url.toString();
}

QString WorkspaceAddress::secretKey() const
{
    return QStringLiteral("workspace/%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString WorkspaceAddress::connectionString(const QString& password) const
{
    QString s = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=%5 application_name='Rapport'")
                    .arg(quoted(host))
                    .arg(port)
                    .arg(quoted(database), quoted(user), sslModeName());
    if (!password.isEmpty())
        s += QStringLiteral(" password=") + quoted(password);
    return s;
}

} // namespace rapport::workspace
