// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace rapport::storage {

/**
 * Applies a changeset recorded by ChangeRecorder (changes() to redo an edit, inverse() to
 * undo it) on db, inside the caller's transaction. Every row the changeset touches must
 * still be as it left it: a row changed since (by an import, say) makes it fail, naming
 * the table, and the caller rolls its transaction back. A row to delete that is already
 * gone is taken as deleted.
 */
class Changeset
{
    Q_DECLARE_TR_FUNCTIONS(Changeset)

public:
    static bool apply(const QSqlDatabase& db, const QByteArray& changes, QString* error);
};

} // namespace rapport::storage
