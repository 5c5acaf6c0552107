// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectFile.h"

#include <QString>

#include <optional>

namespace rapport::storage {

/**
 * The lock file beside a project (`NAME.rapport.lock`): JSON {user, host, pid, since, app},
 * created exclusively so two writers cannot both believe they hold it.
 */
class LockFile
{
public:
    enum class Outcome
    {
        Acquired,
        HeldByOther, // *holder says by whom
        Failed,      // could not be written (*error says why)
    };

    static QString lockPathFor(const QString& projectPath);
    /** Reads the lock; stale = written on thisHost by a process that no longer exists. */
    static std::optional<LockInfo> read(const QString& projectPath, const QString& thisHost);
    /** Takes the lock for env's user and this process; a stale lock is taken over. */
    static Outcome acquire(const QString& projectPath, const ProjectEnvironment& env,
                           LockInfo* holder, QString* error);
    /** Removes the lock if it is this process's. */
    static void release(const QString& projectPath, const QString& thisHost);
};

} // namespace rapport::storage
