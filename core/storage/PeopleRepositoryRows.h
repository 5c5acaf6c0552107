// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the people table's column layout, shared by PeopleRepository and its bulk insert.

#include "core/model/Person.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QSqlQuery>
#include <QVariantList>

namespace rapport::storage::people {

inline constexpr const char* kPersonSelect =
    "key, id, created_at, updated_at, row_version, display_name, company, role, country, timezone, "
    "internal, source, marketing_consent, consent_date, notes, joined";

/** display_name .. joined, in kPersonSelect order. */
QVariantList personValues(const model::Person& person);
model::Person personFrom(const QSqlQuery& query);

} // namespace rapport::storage::people
