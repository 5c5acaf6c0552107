// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/CliCommands.h"
#include "core/secrets/SecretStore.h"
#include "core/sources/SourceSync.h"

#include <functional>

namespace rapport::sources {

/** The options of `source` as given on the command line. */
struct SourceArguments
{
    QString action;          ///< add, list, sync, remove
    QStringList positional;  ///< after FILE: add: KIND NAME; sync: [NAME...]; remove: NAME
    QStringList repositories; ///< --repo (GitHub), repeated or comma-separated
    QString url;             ///< --url: the forum, or a GitHub Enterprise API root
    QString apiUser;         ///< --api-user (Discourse)
    bool tokenFromStdin = false;
    bool json = false;
};

/**
 * `rapport-cli source add|list|sync|remove FILE ...`: the project's live data sources. Tokens
 * go to the system keychain (read once from standard input with --token-stdin) and never
 * to the project, the output or an error message. Changes are saved; a failed sync leaves
 * the project as it was.
 */
class SourceCommands
{
    Q_DECLARE_TR_FUNCTIONS(SourceCommands)

public:
    /** readToken reads the token once (standard input; without echo on a terminal). */
    SourceCommands(storage::ProjectEnvironment env, secrets::SecretStore& secrets,
                   std::function<QString()> readToken = {});

    io::CommandResult run(const QString& path, const SourceArguments& arguments);

    /** Reads one line from standard input, without echo when it is a terminal. */
    static QString readTokenFromStdin();
    /** The same with another prompt (for a terminal), e.g. for a password. */
    static QString readSecretFromStdin(const QString& prompt);

    /** API options for the command line (tests shorten the retry pauses). */
    void setApiOptions(const ApiClientOptions& options) { m_api = options; }

private:
    io::CommandResult add(storage::ProjectFile& project, const SourceArguments& a);
    io::CommandResult list(storage::ProjectFile& project, bool json);
    io::CommandResult sync(storage::ProjectFile& project, const SourceArguments& a);
    io::CommandResult remove(storage::ProjectFile& project, const SourceArguments& a);
    /** Reads the token and stores it for source; empty result on success. */
    std::optional<io::CommandResult> storeToken(SourceConfig& source);

    storage::ProjectEnvironment m_env;
    secrets::SecretStore& m_secrets;
    std::function<QString()> m_readToken;
    model::SystemClock m_systemClock;
    ApiClientOptions m_api;
};

} // namespace rapport::sources
