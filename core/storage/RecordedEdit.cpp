// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RecordedEdit.h"

#include "core/storage/Changeset.h"
#include "core/storage/ImportLog.h"
#include "core/storage/ProjectFile.h"

namespace rapport::storage {

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
    QString error;
    const QByteArray forward = invertChangeset(inverse, &error);
    if (forward.isEmpty() && !inverse.isEmpty())
        return StoreResult::fail(StoreError::Database, error);
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

bool RecordedEdit::append(const RecordedEdit& next, QString* error)
{
    error->clear();
    QByteArray forward = concatChangesets(m_forward, next.m_forward, error);
    if (forward.isEmpty() && !error->isEmpty())
        return false;
    QByteArray inverse = invertChangeset(forward, error);
    if (inverse.isEmpty() && !forward.isEmpty())
        return false;
    m_forward = std::move(forward);
    m_inverse = std::move(inverse);
    return true;
}

bool RecordedEdit::isEmpty() const
{
    return isEmptyChangeset(m_forward);
}

bool RecordedEdit::apply(ProjectFile& file, const QByteArray& changes, QString* error)
{
    if (changes.isEmpty())
        return true;
    Transaction transaction = file.transaction();
    if (!transaction.isActive()) {
        *error = tr("The project cannot be changed (no transaction).");
        return false;
    }
    QString conflictTable;
    if (!applyChangeset(file.database(), changes, error, &conflictTable)) {
        if (!conflictTable.isEmpty())
            *error = tr("its rows in “%1” have changed since; nothing was changed").arg(conflictTable);
        return false; // the transaction rolls back
    }
    return transaction.commit(error);
}

} // namespace rapport::storage
