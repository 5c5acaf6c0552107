// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QStringList>

namespace rapport::model {

/** The vocabulary that ships; users may add their own types. */
const QStringList& defaultActivityTypes(); // invited, registered, attended, contributed, posted,
                                           // commented, starred, shared, referred, spoke,
                                           // authored, responded, rewarded

/**
 * One thing a person did: the event stream the engine reads. Activities are immutable
 * facts; their identity is their content, so importing the same fact twice stores it once
 * (see contentId()).
 */
struct Activity
{
    Uuid person;
    QString type; // lower-case word: [a-z][a-z0-9_]{0,63}
    QDateTime at; // UTC
    Uuid campaign;
    Uuid content;
    Uuid channel;
    double value = 0;

    /** A v7-shaped id whose time is `at` and whose other bits are a hash of the rest:
     *  the same fact always has the same id. */
    Uuid contentId() const;
    friend bool operator==(const Activity&, const Activity&) = default;
};

/** Rules: a person; a well-formed type; a valid time between 1970 and 9999; a finite value. */
ValidationErrors validate(const Activity& activity);
bool isValidActivityType(QStringView type);

} // namespace rapport::model
