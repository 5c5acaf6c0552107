// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/TransferCommands.h"

#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace rapport::workspace {

namespace {

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.trimmed();
}

CommandOutcome failure(const QString& message, int exitCode = 1)
{
    return {exitCode, {}, oneLine(message)};
}

/** A transfer's failure; when the server wanted a password nobody gave, says how to give one. */
CommandOutcome transferFailure(const QString& message)
{
    if (message.contains(QLatin1String("no password supplied")))
        return failure(message + u' '
                       + QCoreApplication::translate("TransferCommands",
                                                     "Give the password with --password-stdin (it is then kept in "
                                                     "the keychain) or in PGPASSWORD."));
    return failure(message);
}

/** A line on standard error that follows the copy (for a terminal). */
TransferProgress progressLine(bool show)
{
    if (!show)
        return {};
    return [](std::int64_t done, std::int64_t total, const QString& what) {
        const QLocale locale;
        std::fprintf(stderr, "\r\033[K%s  %s / %s",
                     what.toLocal8Bit().constData(), locale.toString(qlonglong(done)).toLocal8Bit().constData(),
                     locale.toString(qlonglong(total)).toLocal8Bit().constData());
        std::fflush(stderr);
    };
}

void endProgressLine(bool show)
{
    if (show)
        std::fprintf(stderr, "\r\033[K");
}

} // namespace

TransferCommands::TransferCommands(secrets::SecretStore& secrets, std::function<QString()> readPassword)
    : m_secrets(secrets), m_readPassword(std::move(readPassword))
{
}

bool TransferCommands::password(const WorkspaceAddress& address, const TransferArguments& arguments, QString* password,
                                CommandOutcome* stop)
{
    if (arguments.passwordFromStdin) {
        *password = m_readPassword ? m_readPassword() : QString();
        if (password->isEmpty()) {
            *stop = failure(tr("%1: no password on standard input").arg(address.toUrl()), 2);
            return false;
        }
        return true;
    }
    const secrets::SecretResult stored = m_secrets.read(address.secretKey());
    if (stored) {
        *password = stored.value;
        return true;
    }
    // Not in the keychain (or no keychain): libpq may still find one (PGPASSWORD, ~/.pgpass),
    // or the server may not ask for one.
    password->clear();
    return true;
}

QString TransferCommands::keep(const WorkspaceAddress& address, const QString& password)
{
    const secrets::SecretResult kept = m_secrets.write(address.secretKey(), password);
    if (kept)
        return {};
    return tr("The password was not kept in the keychain: %1").arg(oneLine(kept.message));
}

QString TransferCommands::summary(const QString& headline, const TransferReport& report, const QString& warning)
{
    const QLocale locale;
    QStringList lines{headline};
    int width = 0;
    for (const TableContent& t : report.content.tables)
        width = std::max(width, int(t.table.size()));
    for (const TableContent& t : report.content.tables)
        lines << QStringLiteral("  %1  %2").arg(t.table, -width).arg(locale.toString(qlonglong(t.rows)), 12);
    lines << tr("Content hash (BLAKE2b-256): %1").arg(report.content.hex());
    lines << tr("%1 rows, %2 MB, %3 s; the counts and the hash of both sides are equal.")
                 .arg(locale.toString(qlonglong(report.content.rows())),
                      locale.toString(double(report.bytes) / 1e6, 'f', 1),
                      locale.toString(report.milliseconds / 1000.0, 'f', 1));
    if (!warning.isEmpty())
        lines << warning;
    return lines.join(u'\n');
}

CommandOutcome TransferCommands::publish(const QString& file, const QString& url, const TransferArguments& arguments)
{
    WorkspaceAddress address;
    QString error;
    if (!WorkspaceAddress::fromUrl(url, &address, &error))
        return failure(error, 2);
    QString secret;
    CommandOutcome stop;
    if (!password(address, arguments, &secret, &stop))
        return stop;
    PublishOptions options;
    options.replace = arguments.replace;
    options.progress = progressLine(arguments.showProgress);
    TransferReport report;
    const WorkspaceResult result = Transfer::publishFile(file, address, secret, options, &report);
    endProgressLine(arguments.showProgress);
    if (!result)
        return transferFailure(result.message);
    const QString warning = arguments.passwordFromStdin ? keep(address, secret) : QString();
    QString headline = tr("Published %1 to %2.").arg(QFileInfo(file).fileName(), address.toUrl());
    if (report.replacedPeople > 0)
        headline += u' ' + tr("It replaced a project of %1 people.").arg(QLocale().toString(qlonglong(report.replacedPeople)));
    return {0, summary(headline, report, warning), {}};
}

CommandOutcome TransferCommands::pull(const QString& url, const QString& file, const TransferArguments& arguments)
{
    WorkspaceAddress address;
    QString error;
    if (!WorkspaceAddress::fromUrl(url, &address, &error))
        return failure(error, 2);
    QString secret;
    CommandOutcome stop;
    if (!password(address, arguments, &secret, &stop))
        return stop;
    TransferReport report;
    const WorkspaceResult result =
        Transfer::pullToFile(address, secret, file, &report, progressLine(arguments.showProgress));
    endProgressLine(arguments.showProgress);
    if (!result)
        return transferFailure(result.message);
    const QString warning = arguments.passwordFromStdin ? keep(address, secret) : QString();
    return {0, summary(tr("Pulled %1 into %2.").arg(address.toUrl(), QFileInfo(file).fileName()), report, warning), {}};
}

} // namespace rapport::workspace
