// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"
#include "core/workspace/Transfer.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace rapport::workspace {

/** The outcome of a command: stdout text, or one line for stderr and an exit status. */
struct CommandOutcome
{
    int exitCode = 0;
    QString output;
    QString error;
};

/** The options of `publish` and `pull`. */
struct TransferArguments
{
    bool replace = false;           // publish: replace the project the workspace holds
    bool passwordFromStdin = false; // read the password once and keep it in the keychain
    bool showProgress = false;      // a line on standard error that follows the copy
};

/**
 * `rapport-cli publish FILE URL` and `rapport-cli pull URL FILE`. The password of a workspace
 * comes from standard input (--password-stdin, read once, then kept in the system keychain
 * under WorkspaceAddress::secretKey() once the server accepted it), else from the keychain,
 * else libpq finds it (PGPASSWORD, ~/.pgpass). Both print the rows per table, the content
 * hash and the time; a failure is one line naming the file or workspace.
 */
class TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommands)

public:
    /** readPassword reads one line from standard input (no echo on a terminal). */
    TransferCommands(secrets::SecretStore& secrets, std::function<QString()> readPassword);

    CommandOutcome publish(const QString& file, const QString& url, const TransferArguments& arguments);
    CommandOutcome pull(const QString& url, const QString& file, const TransferArguments& arguments);

private:
    /** The password to use (maybe empty: libpq's own sources), or an outcome to stop with. */
    bool password(const WorkspaceAddress& address, const TransferArguments& arguments, QString* password,
                  CommandOutcome* stop);
    /** Keeps a password read from standard input; a keychain failure is a warning only. */
    QString keep(const WorkspaceAddress& address, const QString& password);
    static QString summary(const QString& headline, const TransferReport& report, const QString& warning);
    secrets::SecretStore& m_secrets;
    std::function<QString()> m_readPassword;
};

} // namespace rapport::workspace
