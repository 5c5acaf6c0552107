// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Record.h"

#include <QString>

namespace rapport::storage {

/** The local integer key of a row (`key INTEGER PRIMARY KEY`); 0 means "none". */
using RowKey = qint64;

enum class StoreError {
    None,
    NotFound,  // no record with that id (or a referenced record is missing)
    Conflict,  // the stored row_version differs from the one the caller holds
    Invalid,   // model::validate refused the record; see StoreResult::validation
    Duplicate, // the id, or a unique name/identity, is already taken
    Database,  // SQL failed; message has the driver's text
};

/**
 * The outcome of a repository write. On success `key` is the row's local key and the record
 * passed in has its meta updated (new id/version/updatedAt). On failure nothing was written.
 */
struct StoreResult
{
    StoreError error = StoreError::None;
    QString message;                     // one line, user-facing
    model::ValidationErrors validation;  // for Invalid
    RowKey key = 0;

    explicit operator bool() const { return error == StoreError::None; }
    static StoreResult ok(RowKey key = 0)
    {
        StoreResult r;
        r.key = key;
        return r;
    }
    static StoreResult fail(StoreError error, QString message)
    {
        StoreResult r;
        r.error = error;
        r.message = std::move(message);
        return r;
    }
};

} // namespace rapport::storage
