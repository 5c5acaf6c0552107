// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/RecordedEditCommand.h"

#include "core/storage/Changeset.h"
#include "core/storage/ImportLog.h"
#include "ui/ProjectSession.h"

#include <QCoreApplication>

namespace rapport::ui {

namespace {
// All recorded edits share one id; mergeWith compares their keys.
constexpr int kRecordedEditId = 0x52454331; // "REC1"
} // namespace

RecordedEditCommand::RecordedEditCommand(ProjectSession& session, const QString& text,
                                         QString mergeKey, ErrorSink reportError)
    : QUndoCommand(text), m_session(session), m_mergeKey(std::move(mergeKey)),
      m_reportError(std::move(reportError))
{
}

bool RecordedEditCommand::run(const Edit& edit, QString* error)
{
    error->clear();
    const QSqlDatabase db = m_session.file().database();
    storage::Transaction transaction = m_session.file().transaction();
    if (!transaction.isActive()) {
        *error = QCoreApplication::translate("rapport::ui::RecordedEditCommand",
                                             "The project cannot be changed.");
        return false;
    }
    QByteArray changes;
    {
        const storage::ChangeRecorder recorder(db);
        if (!recorder.isActive(error))
            return false;
        const storage::StoreResult result = edit();
        if (!result) {
            *error =
                result.validation.isEmpty() ? result.message : result.validation.first().message;
            return false;
        }
        changes = recorder.changes(error);
        if (changes.isEmpty() && !error->isEmpty())
            return false;
    }
    QByteArray inverse = storage::invertChangeset(changes, error);
    if (inverse.isEmpty() && !changes.isEmpty())
        return false;
    if (!transaction.commit(error))
        return false;
    m_changes = std::move(changes);
    m_inverse = std::move(inverse);
    m_pending = true;
    return true;
}

bool RecordedEditCommand::hasChanges() const
{
    return !storage::isEmptyChangeset(m_changes);
}

bool RecordedEditCommand::apply(const QByteArray& changes)
{
    QString error;
    storage::Transaction transaction = m_session.file().transaction();
    if (transaction.isActive() &&
        storage::applyChangeset(m_session.file().database(), changes, &error) &&
        transaction.commit(&error))
        return true;
    if (m_reportError)
        m_reportError(QCoreApplication::translate("rapport::ui::RecordedEditCommand",
                                                  "“%1” cannot be undone or redone: %2")
                          .arg(text(), error));
    // Leave the stack as it is: the record no longer fits the file.
    setObsolete(true);
    return false;
}

void RecordedEditCommand::undo()
{
    apply(m_inverse);
}

void RecordedEditCommand::redo()
{
    if (m_pending) {
        m_pending = false;
        return;
    }
    apply(m_changes);
}

int RecordedEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kRecordedEditId;
}

bool RecordedEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const RecordedEditCommand*>(other);
    if (!next || next->m_mergeKey != m_mergeKey || &next->m_session != &m_session)
        return false;
    QString error;
    QByteArray joined = storage::concatChangesets(m_changes, next->m_changes, &error);
    if (joined.isEmpty() && !error.isEmpty())
        return false;
    QByteArray inverse = storage::invertChangeset(joined, &error);
    if (inverse.isEmpty() && !joined.isEmpty())
        return false;
    m_changes = std::move(joined);
    m_inverse = std::move(inverse);
    setText(next->text());
    if (storage::isEmptyChangeset(m_changes))
        setObsolete(true);
    return true;
}

} // namespace rapport::ui
