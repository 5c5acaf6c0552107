// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QString>

namespace rapport::storage {
struct EngineData;
}

namespace rapport::io {

/** The options of `funnel` as given on the command line (validated by CliCommands). */
struct FunnelArguments
{
    QString steps;     // "invited,registered,attended"
    QString window;    // "30d", "12h", "2w"; empty = 30d
    QString mode;      // ordered|strict|unordered; empty = ordered
    QString from;      // ISO date, start of that day (UTC); empty = all time
    QString to;        // ISO date, inclusive (to the end of that day, UTC)
    QString audience;  // audience name
    QString breakdown; // person attribute or "campaign"
};

/** The options of `retention`. */
struct RetentionArguments
{
    QString start;     // activity type
    QString returning; // activity type or "any"
    QString period;    // week|month; empty = month
    QString periods;   // 1..64; empty = 12
};

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
/** The options of `import`. */
struct ImportArguments
{
    QString preset;      ///< empty = auto
    QString kind;        ///< --as: a canonical kind (the same as --preset KIND)
    QString mappingPath; ///< canonical CSVs only
    QString campaign;
    QString survey;
    QString dateOrder; ///< mdy, dmy, ymd or empty
    QString timeZone;  ///< IANA name for times written without a zone; empty = UTC
    bool dryRun = false;
};

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    explicit CliCommands(storage::ProjectEnvironment env);

    /** `new FILE [--demo small|medium|large|PEOPLE]`; demo empty = an empty project. */
    CommandResult createProject(const QString& path, const QString& demo);
    /** `info FILE [--json]`. */
    CommandResult info(const QString& path, bool json);
    /** `import FILE SOURCE [--preset auto|NAME] [--as KIND] [--mapping MAP.json] [--campaign NAME]
     *  [--survey NAME] [--date-order mdy|dmy|ymd] [--timezone ZONE] [--dry-run] [--json]`; saves on
     *  success. */
    CommandResult importFile(const QString& path, const QString& source, const ImportArguments& arguments,
                             bool json);
    /** `imports FILE [--json]`: the project's imports, newest last. */
    CommandResult imports(const QString& path, bool json);
    /** `undo-import FILE`: undoes the newest import; saves. */
    CommandResult undoImport(const QString& path);
    /** The import presets, one per line: name and what it reads. */
    static QString presetList();
    /** `export FILE --what KIND --out OUT.csv`. */
    CommandResult exportFile(const QString& path, const QString& what, const QString& outPath);

    // Analytics (issue 3, CliAnalytics.cpp): the engine's store is loaded from the project
    // (EngineLoader), then the query runs; "elapsed_ms" is the query alone. JSON always; json =
    // false prints it indented.
    /** `funnel FILE --steps T1,T2[,...] [--window 30d] [--mode ...] [--from D] [--to D]
     *  [--audience NAME] [--breakdown FIELD|campaign]`. */
    CommandResult funnel(const QString& path, const FunnelArguments& arguments, bool json);
    /** `retention FILE --start TYPE --return TYPE|any [--period week|month] [--periods N]`. */
    CommandResult retention(const QString& path, const RetentionArguments& arguments, bool json);
    /** `nps FILE [--survey NAME] [--breakdown FIELD|campaign|survey|week|month]`. */
    CommandResult nps(const QString& path, const QString& survey, const QString& breakdown, bool json);
    /** `levels FILE`: engagement levels as of now (the clock), default weights and thresholds. */
    CommandResult levels(const QString& path, bool json);

private:
    std::unique_ptr<storage::ProjectFile> open(const QString& path, storage::OpenMode mode, CommandResult* failure,
                                               storage::PageCheck pageCheck = storage::PageCheck::Full);
    /** Opens read-only and loads the engine's data; null with *failure otherwise. */
    std::unique_ptr<storage::EngineData> loadEngine(const QString& path, std::unique_ptr<storage::ProjectFile>* project,
                                                    CommandResult* failure);

    storage::ProjectEnvironment m_env;
    model::SystemClock m_systemClock;
};

} // namespace rapport::io
