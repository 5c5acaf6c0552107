// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/FileIdentity.h"

#include <QDateTime>
#include <QString>

namespace rapport::storage {

/**
 * The JSON sidecar of a working copy in the recovery folder: which project it belongs to,
 * what that file looked like when the copy was taken, and whether it holds unsaved work.
 * Working copy and sidecar are named after a hash of the project's canonical path.
 */
struct RecoveryRecord
{
    QString original;              // canonical path of the project file
    FileIdentity originalIdentity; // the project file when the copy was taken or last saved
    bool dirty = false;
    QDateTime lastChange;           // UTC
    quint32 cleanChangeCounter = 0; // the working copy's change counter when it was last clean
    int migratedFrom = 0;           // schema of the file on disk if the copy was migrated, else 0

    /** recoveryDir/<hash>.rapport for a project path. */
    static QString workingCopyPath(const QString& recoveryDir, const QString& canonicalProject);
    /** recoveryDir/<hash>.json for a project path. */
    static QString sidecarPath(const QString& recoveryDir, const QString& canonicalProject);

    bool read(const QString& sidecar);
    bool write(const QString& sidecar, QString* error) const;
};

/** The canonical path of a project file that may not exist yet (canonical folder + name). */
QString canonicalProjectPath(const QString& path);

} // namespace rapport::storage
