// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IdentityMerge.h"

#include <QCoreApplication>
#include <QSet>

namespace rapport::model {

namespace {

/** Identities are the same when kind and normalized value match; unusable values compare raw. */
QPair<int, QString> identityKey(const Identity& identity)
{
    const QString normalized = identity.normalized();
    return {int(identity.kind), normalized.isEmpty() ? identity.value : normalized};
}

void fillIfEmpty(QString* target, const QString& source)
{
    if (target->trimmed().isEmpty() && !source.trimmed().isEmpty())
        *target = source;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

/*
 * Beyond the listed attributes the display name is also filled when the survivor has none:
 * a person known only by an email address should gain the name the other record carries.
 */
bool PersonMerge::merge(const Person& survivor, const Person& absorbed, const Clock& clock,
                        PersonMerge* result, QString* error)
{
    if (survivor.meta.id.isNull() || absorbed.meta.id.isNull()) {
        return fail(error, QCoreApplication::translate("rapport::model",
                                                       "Only saved people can be merged."));
    }
    if (survivor.meta.id == absorbed.meta.id) {
        return fail(error, QCoreApplication::translate("rapport::model",
                                                       "A person cannot be merged with "
                                                       "themselves."));
    }
    if (!result)
        return fail(error, QString());

    Person after = survivor;

    QSet<QPair<int, QString>> identities;
    for (const Identity& identity : after.identities)
        identities.insert(identityKey(identity));
    for (const Identity& identity : absorbed.identities) {
        const auto key = identityKey(identity);
        if (!identities.contains(key)) {
            after.identities.append(identity);
            identities.insert(key);
        }
    }

    QSet<QString> tags;
    for (const QString& tag : after.tags)
        tags.insert(normalizeTag(tag));
    for (const QString& tag : absorbed.tags) {
        const QString key = normalizeTag(tag);
        if (!key.isEmpty() && !tags.contains(key)) {
            after.tags.append(tag);
            tags.insert(key);
        }
    }

    fillIfEmpty(&after.displayName, absorbed.displayName);
    fillIfEmpty(&after.company, absorbed.company);
    fillIfEmpty(&after.role, absorbed.role);
    fillIfEmpty(&after.country, absorbed.country);
    fillIfEmpty(&after.timezone, absorbed.timezone);
    fillIfEmpty(&after.source, absorbed.source);

    if (absorbed.joined.isValid() && (!after.joined.isValid() || absorbed.joined < after.joined))
        after.joined = absorbed.joined;

    if (after.notes.trimmed().isEmpty())
        after.notes = absorbed.notes;
    else if (!absorbed.notes.trimmed().isEmpty() && absorbed.notes != after.notes)
        after.notes = after.notes + QStringLiteral("\n\n") + absorbed.notes;

    after.internal = survivor.internal || absorbed.internal;

    // The more recent decision stands; an undated consent never beats a dated one.
    if (absorbed.consent.date.isValid() &&
        (!after.consent.date.isValid() || absorbed.consent.date > after.consent.date))
        after.consent = absorbed.consent;

    after.meta.touch(clock);

    result->survivorBefore = survivor;
    result->absorbedBefore = absorbed;
    result->survivorAfter = after;
    return true;
}

} // namespace rapport::model
