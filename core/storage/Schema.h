// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace rapport::storage {

/** `PRAGMA application_id` of every Rapport project file ("RPRT" in ASCII). */
inline constexpr qint32 kApplicationId = 0x52505254;

/** One ordered step of the schema: run on a file whose user_version is toVersion − 1. */
struct MigrationStep
{
    int toVersion;
    QString description;
    QStringList statements; // SQL run in order inside one transaction
};

/** Every step from an empty database to the current schema, in order. */
const std::vector<MigrationStep>& migrationSteps();
/** The user_version this build writes: migrationSteps().back().toVersion. */
int currentSchemaVersion();

} // namespace rapport::storage
