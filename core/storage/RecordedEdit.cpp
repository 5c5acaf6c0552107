// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RecordedEdit.h"

#include "core/storage/ImportLog.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectRepositorySqlite.h"

#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

namespace rapport::storage {

namespace {

QByteArray inverted(const QByteArray& changes, int* rc)
{
    if (changes.isEmpty()) {
        *rc = SQLITE_OK;
        return {};
    }
    int size = 0;
    void* out = nullptr;
    *rc = sqlite3changeset_invert(int(changes.size()), const_cast<char*>(changes.constData()),
                                  &size, &out);
    if (*rc != SQLITE_OK)
        return {};
    QByteArray result(static_cast<const char*>(out), size);
    sqlite3_free(out);
    return result;
}

} // namespace

StoreResult RecordedEdit::record(ProjectFile& file, const std::function<StoreResult()>& edit,
                                 RecordedEdit* recorded)
{
    Transaction transaction = file.transaction();
    if (!transaction.isActive())
        return StoreResult::fail(StoreError::Database,
                                 tr("The project cannot be changed (no transaction)."));
    StoreResult result;
    QByteArray inverse;
    {
        const ChangeRecorder recorder(file.database());
        QString error;
        if (!recorder.isActive(&error))
            return StoreResult::fail(StoreError::Database, error);
        result = edit();
        if (!result)
            return result; // the transaction rolls back
        inverse = recorder.inverse(&error);
        if (inverse.isEmpty() && !error.isEmpty())
            return StoreResult::fail(StoreError::Database, error);
    }
    int rc = SQLITE_OK;
    const QByteArray forward = inverted(inverse, &rc);
    if (rc != SQLITE_OK)
        return StoreResult::fail(StoreError::Database,
                                 tr("The change could not be recorded (SQLite error %1).").arg(rc));
    QString error;
    if (!transaction.commit(&error))
        return StoreResult::fail(StoreError::Database, error);
    recorded->m_forward = forward;
    recorded->m_inverse = inverse;
    return result;
}

bool RecordedEdit::undo(ProjectFile& file, QString* error) const
{
    return apply(file, m_inverse, error);
}

bool RecordedEdit::redo(ProjectFile& file, QString* error) const
{
    return apply(file, m_forward, error);
}

bool RecordedEdit::apply(ProjectFile& file, const QByteArray& changes, QString* error)
{
    if (changes.isEmpty())
        return true;
    sqlite3* db = detail::sqliteHandle(file.database());
    if (!db) {
        *error = tr("Changes can only be undone in a SQLite project.");
        return false;
    }
    Transaction transaction = file.transaction();
    if (!transaction.isActive()) {
        *error = tr("The project cannot be changed (no transaction).");
        return false;
    }
    QString conflictTable;
    const auto onConflict = [](void* context, int kind, sqlite3_changeset_iter* it) -> int {
        const char* table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        if (sqlite3changeset_op(it, &table, &columns, &op, &indirect) != SQLITE_OK)
            return SQLITE_CHANGESET_ABORT;
        // A row to delete that is already gone went with its parent (ON DELETE CASCADE).
        if (op == SQLITE_DELETE && kind == SQLITE_CHANGESET_NOTFOUND)
            return SQLITE_CHANGESET_OMIT;
        auto* name = static_cast<QString*>(context);
        if (name->isEmpty() && table)
            *name = QString::fromUtf8(table);
        return SQLITE_CHANGESET_ABORT;
    };
    const int rc =
        sqlite3changeset_apply(db, int(changes.size()), const_cast<char*>(changes.constData()),
                               nullptr, onConflict, &conflictTable);
    if (rc != SQLITE_OK) {
        transaction.rollback();
        *error =
            conflictTable.isEmpty()
                ? QString::fromUtf8(sqlite3_errstr(rc))
                : tr("its rows in “%1” have changed since; nothing was changed").arg(conflictTable);
        return false;
    }
    return transaction.commit(error);
}

} // namespace rapport::storage
