// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Person.h"

namespace rapport::model {

/**
 * The merge of one person record into another: the same human seen on two channels.
 * Both records are kept; the absorbed one points at the survivor, whose view gains the
 * absorbed identities, tags and missing attributes. Activities keep their original person,
 * so undoing is exact: unmerge() gives back both records as they were.
 */
struct PersonMerge
{
    Person survivorBefore;
    Person absorbedBefore;
    Person survivorAfter; // what the merged person looks like

    /** Fails (returns false, sets *error) for the same person twice or a null id. */
    static bool merge(const Person& survivor, const Person& absorbed, const Clock& clock,
                      PersonMerge* result, QString* error);
};

} // namespace rapport::model
