// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QString>

namespace rapport::io {

/** What a command printed: output for stdout, or one line for stderr and a non-zero exit code. */
struct CommandResult
{
    int exitCode = 0;
    QString output; // stdout, may be several lines
    QString error;  // stderr: exactly one line, naming the file (and line for bad input)

    static CommandResult ok(QString output = {}) { return {0, std::move(output), {}}; }
    static CommandResult fail(QString error, int exitCode = 1) { return {exitCode, {}, std::move(error)}; }
};

/**
 * The project commands of `rapport-cli` (issue 2 §4), so that app/cli.cpp only parses
 * arguments. Every command opens the project itself and closes it before returning; read-only
 * commands (info, export) open it read-only, so they work while someone else holds the lock.
 */
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    explicit CliCommands(storage::ProjectEnvironment env);

    /** `new FILE [--demo small|medium|large|PEOPLE]`; demo empty = an empty project. */
    CommandResult createProject(const QString& path, const QString& demo);
    /** `info FILE [--json]`. */
    CommandResult info(const QString& path, bool json);
    /** `import FILE SOURCE --as KIND [--mapping MAP.json] [--dry-run] [--json]`; saves on success. */
    CommandResult importFile(const QString& path, const QString& source, const QString& kind,
                             const QString& mappingPath, bool dryRun, bool json);
    /** `export FILE --what KIND --out OUT.csv`. */
    CommandResult exportFile(const QString& path, const QString& what, const QString& outPath);

private:
    std::unique_ptr<storage::ProjectFile> open(const QString& path, storage::OpenMode mode, CommandResult* failure);

    storage::ProjectEnvironment m_env;
    model::SystemClock m_systemClock;
};

} // namespace rapport::io
