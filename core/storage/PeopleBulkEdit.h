// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QList>
#include <QSqlDatabase>

namespace rapport::storage {

/**
 * One change to many people at once: a tag added or removed, or the company, role or
 * country set. A few statements over the list of keys, not one update per person, so a
 * selection of a hundred thousand people is edited in a moment. Only the people the change
 * really alters are written, and those get their meta touched (updated_at = now,
 * row_version + 1), as PeopleRepository::update would.
 *
 * Writes run inside a savepoint; wrap them in a Transaction as with the repositories.
 */
class PeopleBulkEdit
{
public:
    enum class Field { Company, Role, Country };

    PeopleBulkEdit(QSqlDatabase db, const model::Clock& clock);

    /** Gives the tag to each person lacking it (tags compare by model::normalizeTag).
     *  Invalid for an empty or over-long tag. StoreResult::key is the number changed. */
    StoreResult addTag(const QList<RowKey>& people, const QString& tag);
    /** Takes the tag (by model::normalizeTag) from each person holding it. */
    StoreResult removeTag(const QList<RowKey>& people, const QString& tag);
    /** Sets the field (trimmed; empty clears it) on each person whose value differs. */
    StoreResult setField(const QList<RowKey>& people, Field field, const QString& value);

private:
    StoreResult touch(const QList<RowKey>& changed);
    QSqlDatabase m_db;
    const model::Clock& m_clock;
};

} // namespace rapport::storage
