// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SaveAudienceCommand.h"

#include "core/storage/AudienceRepository.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/ProjectFile.h"

#include <QCoreApplication>

namespace rapport::ui {

SaveAudienceCommand::SaveAudienceCommand(storage::ProjectFile& file, const QString& name,
                                         const QString& description,
                                         const QList<qint64>& personKeys)
    : QUndoCommand(
          QCoreApplication::translate("rapport::ui::SaveAudienceCommand", "Save audience “%1”")
              .arg(name)),
      m_file(file)
{
    m_audience.name = name;
    m_audience.description = description;
    m_audience.kind = model::Audience::Kind::Static;
    const storage::PeopleRepository people(file.database(), file.clock());
    // One query for many people, one per person for a few.
    if (personKeys.size() > 1000) {
        const QHash<storage::RowKey, model::Uuid> ids = people.idsByKey();
        for (qint64 key : personKeys)
            m_audience.members << ids.value(key);
    } else {
        for (qint64 key : personKeys)
            m_audience.members << people.idOf(key);
    }
}

void SaveAudienceCommand::redo()
{
    m_error.clear();
    storage::Transaction transaction = m_file.transaction();
    storage::AudienceRepository audiences(m_file.database(), m_file.clock());
    const storage::StoreResult result = audiences.create(m_audience);
    QString error;
    if (!result)
        m_error = result.message;
    else if (!transaction.commit(&error))
        m_error = error;
    if (m_report) {
        *m_report = m_error;
        m_report = nullptr;
    }
    if (!m_error.isEmpty())
        setObsolete(true);
}

void SaveAudienceCommand::undo()
{
    storage::Transaction transaction = m_file.transaction();
    storage::AudienceRepository audiences(m_file.database(), m_file.clock());
    if (audiences.remove(m_audience.meta.id))
        transaction.commit();
}

} // namespace rapport::ui
