// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sources/SourceCommands.h"

#include "core/storage/ProjectFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace rapport::sources {

using io::CommandResult;

namespace {

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.trimmed();
}

} // namespace

SourceCommands::SourceCommands(storage::ProjectEnvironment env, secrets::SecretStore& secrets,
                               std::function<QString()> readToken)
    : m_env(std::move(env)), m_secrets(secrets), m_readToken(std::move(readToken))
{
    if (!m_env.clock)
        m_env.clock = &m_systemClock;
    if (!m_readToken)
        m_readToken = &SourceCommands::readTokenFromStdin;
}

QString SourceCommands::readTokenFromStdin()
{
    return readSecretFromStdin(tr("Token (not shown): "));
}

QString SourceCommands::readSecretFromStdin(const QString& prompt)
{
    std::string line;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
        termios before{};
        tcgetattr(STDIN_FILENO, &before);
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
        std::fprintf(stderr, "\n");
        return QString::fromStdString(line).trimmed();
    }
#endif
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

CommandResult SourceCommands::run(const QString& path, const SourceArguments& a)
{
    const QString name = QFileInfo(path).fileName();
    const bool changes = a.action != u"list";
    if (a.action != u"add" && a.action != u"list" && a.action != u"sync" && a.action != u"remove")
        return CommandResult::fail(tr("source: unknown action “%1” (add, list, sync or remove)").arg(a.action), 2);
    storage::FileResult opened;
    auto project = storage::ProjectFile::open(path, m_env, changes ? storage::OpenMode::ReadWrite : storage::OpenMode::ReadOnly,
                                              storage::RecoveryChoice::Ask, &opened);
    if (!project) {
        QString message = opened.message.isEmpty() ? tr("%1: cannot be opened").arg(name) : opened.message;
        if (opened.error == storage::FileError::RecoveryAvailable)
            message += u' ' + tr("Open it in Rapport to recover or discard that work first.");
        return CommandResult::fail(oneLine(message));
    }
    CommandResult result;
    if (a.action == u"add")
        result = add(*project, a);
    else if (a.action == u"list")
        return list(*project, a.json);
    else if (a.action == u"sync")
        result = sync(*project, a);
    else
        result = remove(*project, a);
    if (project->hasUnsavedChanges()) {
        const storage::FileResult saved = project->save();
        if (!saved)
            return CommandResult::fail(oneLine(saved.message));
    }
    return result;
}

std::optional<CommandResult> SourceCommands::storeToken(SourceConfig& source)
{
    const QString token = m_readToken();
    if (token.isEmpty())
        return CommandResult::fail(tr("%1: no token on standard input").arg(source.name), 2);
    const secrets::SecretResult stored = m_secrets.write(source.secretKey(), token);
    if (!stored)
        return CommandResult::fail(oneLine(tr("%1: %2").arg(source.name, stored.message)));
    source.hasToken = true;
    return std::nullopt;
}

CommandResult SourceCommands::add(storage::ProjectFile& project, const SourceArguments& a)
{
    const QString usage =
        tr("usage: source add FILE github NAME --repo OWNER/NAME [--repo ...] [--url API] [--token-stdin] | "
           "source add FILE discourse NAME --url https://FORUM [--api-user USER] [--token-stdin]");
    if (a.positional.size() != 2)
        return CommandResult::fail(usage, 2);
    SourceConfig source;
    if (!sourceKindFromName(a.positional[0], &source.kind))
        return CommandResult::fail(tr("source add: “%1” is not a kind of source (github or discourse)")
                                       .arg(a.positional[0]),
                                   2);
    source.id = model::Uuid::createV7(*m_env.clock);
    source.name = a.positional[1].trimmed();
    source.apiUser = a.apiUser.trimmed();
    QString address = a.url.trimmed();
    if (!address.isEmpty() && !address.contains(QStringLiteral("://")))
        address.prepend(QStringLiteral("https://")); // never plain http by default
    source.baseUrl = address.isEmpty() ? SourceConfig::defaultBaseUrl(source.kind) : QUrl(address);
    if (source.kind == SourceKind::Discourse && a.url.isEmpty())
        return CommandResult::fail(tr("source add: a Discourse source needs --url (the forum's address)"), 2);
    for (const QString& text : a.repositories) {
        for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
            const QString repository = SourceConfig::normalizeRepository(part);
            if (repository.isEmpty())
                return CommandResult::fail(tr("source add: “%1” is not a repository (owner/name)").arg(part.trimmed()),
                                           2);
            if (!source.repositories.contains(repository))
                source.repositories.append(repository);
        }
    }
    SourceList sources(project.database());
    QString error;
    if (!source.validate(&error) || sources.find(source.name)) {
        if (error.isEmpty())
            error = tr("there is already a source named “%1”").arg(source.name);
        return CommandResult::fail(oneLine(tr("source add: %1").arg(error)), 2);
    }
    if (a.tokenFromStdin)
        if (auto failed = storeToken(source))
            return *failed;
    storage::Transaction transaction = project.transaction();
    if (!sources.save(source, &error) || !transaction.commit(&error)) {
        if (source.hasToken)
            m_secrets.remove(source.secretKey());
        return CommandResult::fail(oneLine(tr("source add: %1").arg(error)));
    }
    return CommandResult::ok(source.hasToken ? tr("Added %1 (%2: %3); its token is in the system keychain.")
                                                   .arg(source.name, source.kindTitle(), source.description())
                                             : tr("Added %1 (%2: %3), without a token.")
                                                   .arg(source.name, source.kindTitle(), source.description()));
}

CommandResult SourceCommands::list(storage::ProjectFile& project, bool json)
{
    const QList<SourceConfig> sources = SourceList(project.database()).list();
    if (json) {
        QJsonArray array;
        for (const SourceConfig& s : sources)
            array.append(s.toJson());
        return CommandResult::ok(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    }
    if (sources.isEmpty())
        return CommandResult::ok(tr("No sources; add one with: source add FILE github NAME --repo OWNER/NAME"));
    QStringList lines;
    for (const SourceConfig& s : sources)
        lines << tr("%1  %2  %3  %4  %5")
                     .arg(s.name, s.kindTitle(), s.description(), s.baseUrl.toString(),
                          s.hasToken ? tr("token in keychain") : tr("no token"));
    return CommandResult::ok(lines.join(u'\n'));
}

CommandResult SourceCommands::sync(storage::ProjectFile& project, const SourceArguments& a)
{
    SourceList list(project.database());
    QList<SourceConfig> chosen;
    if (a.positional.isEmpty()) {
        chosen = list.list();
        if (chosen.isEmpty())
            return CommandResult::fail(tr("%1: no sources to sync; add one with source add").arg(QFileInfo(project.path()).fileName()));
    }
    for (const QString& name : a.positional) {
        const auto source = list.find(name);
        if (!source)
            return CommandResult::fail(tr("source sync: no source named “%1”").arg(name), 2);
        chosen.append(*source);
    }
    if (a.tokenFromStdin) {
        if (chosen.size() != 1)
            return CommandResult::fail(tr("source sync: --token-stdin needs exactly one source named"), 2);
        if (auto failed = storeToken(chosen.first()))
            return *failed;
        QString error;
        storage::Transaction transaction = project.transaction();
        if (!list.save(chosen.first(), &error) || !transaction.commit(&error))
            return CommandResult::fail(oneLine(error));
    }
    SourceSync syncer(project, *m_env.clock, m_secrets);
    SyncOptions options;
    options.api = m_api;
    options.status = [](const QString& text) { std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData()); };
    QStringList lines;
    QJsonArray results;
    const QLocale locale;
    for (const SourceConfig& source : std::as_const(chosen)) {
        const SyncOutcome outcome = syncer.sync(source, options);
        if (!outcome.ok)
            return CommandResult::fail(oneLine(outcome.error));
        QJsonObject o = outcome.report.toJson();
        o.insert(QStringLiteral("requests"), outcome.requests);
        o.insert(QStringLiteral("not_modified"), outcome.notModified);
        results.append(o);
        lines << outcome.report.toText()
              << tr("  requests:   %1, of which %2 unchanged since the last sync")
                     .arg(locale.toString(outcome.requests), locale.toString(outcome.notModified));
    }
    if (a.json)
        return CommandResult::ok(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact)));
    return CommandResult::ok(lines.join(u'\n'));
}

CommandResult SourceCommands::remove(storage::ProjectFile& project, const SourceArguments& a)
{
    if (a.positional.size() != 1)
        return CommandResult::fail(tr("usage: source remove FILE NAME"), 2);
    SourceList list(project.database());
    const auto source = list.find(a.positional.first());
    if (!source)
        return CommandResult::fail(tr("source remove: no source named “%1”").arg(a.positional.first()), 2);
    QString error;
    storage::Transaction transaction = project.transaction();
    if (!list.remove(source->id, &error) || !transaction.commit(&error))
        return CommandResult::fail(oneLine(error));
    QString text = tr("Removed %1; what it synced stays in the project.").arg(source->name);
    if (source->hasToken) {
        const secrets::SecretResult forgotten = m_secrets.remove(source->secretKey());
        if (!forgotten)
            text += u' ' + tr("Its token could not be removed from the system keychain: %1").arg(forgotten.message);
        else
            text += u' ' + tr("Its token was removed from the system keychain.");
    }
    return CommandResult::ok(oneLine(text));
}

} // namespace rapport::sources
