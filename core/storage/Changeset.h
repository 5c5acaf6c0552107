// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace rapport::storage {

/**
 * Replaying recorded changes (ChangeRecorder::changes to redo an edit, ::inverse to undo
 * it): how the desktop's undo steps put every row back exactly, keys and row versions
 * included, whatever tables an edit touched.
 */
class Changeset
{
    Q_DECLARE_TR_FUNCTIONS(Changeset)

public:
    /**
     * Applies changes on db, all or nothing (run it inside the caller's Transaction). A row to
     * delete that is already gone is skipped; any other conflict (a row changed since the
     * changes were recorded) changes nothing and returns false with *error naming the table.
     */
    static bool apply(const QSqlDatabase& db, const QByteArray& changes, QString* error);
};

} // namespace rapport::storage
