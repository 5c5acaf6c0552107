// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rapport::model {

/**
 * What every stored record carries: a stable id, when it was created and last changed
 * (UTC), and a row version that grows by one on every change, so that two copies can be
 * merged and team storage can detect concurrent edits.
 */
struct RecordMeta
{
    Uuid id;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    /** A fresh meta for a new record: v7 id, both times = now, version 1. */
    static RecordMeta create(const Clock& clock);
    /** Marks a change: updatedAt = now, rowVersion + 1. */
    void touch(const Clock& clock);
};

/** One problem found by validation: which field, and a translated, user-facing message. */
struct ValidationError
{
    QString field;
    QString message;
    friend bool operator==(const ValidationError&, const ValidationError&) = default;
};
using ValidationErrors = QList<ValidationError>;

} // namespace rapport::model
