// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rapport::storage {

/**
 * Writes a consistent snapshot of db to target so that target is always either what it
 * was or the complete new database: `VACUUM INTO` a hidden temporary file in target's
 * folder (`.NAME.saving-XXXXXX`), fsync it, rename it over target, fsync the folder.
 * An existing target keeps its permissions. On failure target is untouched, the temporary
 * file is removed and *error holds the reason (the OS's or SQLite's words).
 */
bool writeSnapshot(QSqlDatabase db, const QString& target, QString* error);

/** Copies source to target by the same write-beside, fsync, rename dance. */
bool copyFileAtomically(const QString& source, const QString& target, QString* error);

/** Removes temporary files a crashed save left beside target. */
void removeLeftoverSaves(const QString& target);

/** fsyncs a folder so a rename in it is durable. */
bool syncFolder(const QString& folder, QString* error);

} // namespace rapport::storage
