// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/CliCommands.h"

namespace rapport::report {

/** The options of `rapport-cli report` as given on the command line. */
struct ReportArguments
{
    QString pdf;      ///< --pdf OUT.pdf
    QString from;     ///< ISO date; empty: 89 days before --to
    QString to;       ///< ISO date; empty: today (UTC)
    QString audience; ///< audience name
    QString language; ///< en | zh_CN; empty: en
    QString sections; ///< "headline,funnel,…" or "all"; empty: all
    QString paper;    ///< a4 | letter; empty: a4
    QString author;   ///< email: an author statement instead
    bool includePersonalData = false;
};

/**
 * `rapport-cli report FILE --pdf OUT.pdf [--from DATE] [--to DATE] [--audience NAME]
 * [--lang en|zh_CN] [--sections LIST] [--paper a4|letter] [--author EMAIL]
 * [--include-personal]`: opens the project read-only (it may be open elsewhere), writes the
 * report and prints where it went, its pages and how long it took. Needs a QGuiApplication
 * (the offscreen platform will do).
 */
io::CommandResult reportCommand(const QString& path, const ReportArguments& arguments,
                                const storage::ProjectEnvironment& environment);

} // namespace rapport::report
