// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace rapport::workspace {

/**
 * `rapport-cli workspace grant URL USER viewer|editor`, `workspace revoke URL USER` and
 * `workspace who URL`: who may read or change a team workspace (WorkspaceRoles). The
 * password of the URL's user comes from the system keychain (under the address's
 * secretKey()), or once from standard input (--password-stdin); it is never printed.
 */
class WorkspaceAccessCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceAccessCommands)

public:
    /** As io::CommandResult: exit status, standard output, one line for standard error. */
    struct Outcome
    {
        int exitCode = 0;
        QString output;
        QString error;
    };

    /** readPassword, if given, reads the password instead of the keychain. */
    WorkspaceAccessCommands(secrets::SecretStore& keychain, std::function<QString()> readPassword = {});

    /** arguments: what follows `workspace` (grant|revoke|who URL ...). */
    Outcome run(const QStringList& arguments);

private:
    secrets::SecretStore& m_keychain;
    std::function<QString()> m_readPassword;
};

} // namespace rapport::workspace
