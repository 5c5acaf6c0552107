// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Schema.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace rapport::storage {

/**
 * Brings db from its user_version up to the last of steps: every step with a higher
 * toVersion runs in its own transaction, which also sets user_version, so a failing step
 * leaves the database at the previous version. Returns false with *error (naming the step).
 */
bool migrateDatabase(QSqlDatabase db, const std::vector<MigrationStep>& steps, QString* error);

/** user_version of db, or -1 if it cannot be read. */
int databaseSchemaVersion(QSqlDatabase db);

} // namespace rapport::storage
