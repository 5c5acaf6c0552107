// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiences/AudienceCommand.h"

#include "core/model/Validation.h"
#include "core/storage/AudienceRepository.h"
#include "ui/ProjectSession.h"
#include "ui/RecordedEditCommand.h" // storeMessage

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::ui {

namespace {

constexpr int kMergeId = 0x41554449; // "AUDI"

} // namespace

bool sameContent(const model::Audience& a, const model::Audience& b)
{
    return a.name == b.name && a.description == b.description && a.kind == b.kind &&
           (a.kind == model::Audience::Kind::Static ? a.members == b.members : a.rule == b.rule);
}

AudienceCommand::AudienceCommand(ProjectSession& session, const model::Clock& clock,
                                 std::optional<model::Audience> before,
                                 std::optional<model::Audience> after, const QString& text,
                                 const QString& mergeKey)
    : QUndoCommand(text), m_session(session), m_clock(clock), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeKey(mergeKey)
{
    Q_ASSERT(m_before || m_after);
}

model::Uuid AudienceCommand::audienceId() const
{
    return m_after ? m_after->meta.id : m_before->meta.id;
}

bool AudienceCommand::apply(QString* error)
{
    m_applied = write(m_before, m_after, error);
    return m_applied;
}

void AudienceCommand::redo()
{
    if (m_applied) {
        m_applied = false; // the change apply() made; later redos write it again
        return;
    }
    replay(m_before, m_after);
}

void AudienceCommand::undo()
{
    replay(m_after, m_before);
}

void AudienceCommand::replay(const std::optional<model::Audience>& from,
                             const std::optional<model::Audience>& to)
{
    QString error;
    if (write(from, to, &error))
        return;
    if (m_errorSink)
        m_errorSink(QCoreApplication::translate("rapport::ui::AudienceCommand",
                                                "“%1” could not be undone or redone: %2")
                        .arg(text(), error));
    setObsolete(true); // the stack drops a step it cannot take
}

bool AudienceCommand::write(const std::optional<model::Audience>& from,
                            const std::optional<model::Audience>& to, QString* error)
{
    storage::ProjectFile& file = m_session.file();
    storage::Transaction transaction = file.transaction();
    if (!transaction.isActive()) {
        *error = QCoreApplication::translate("rapport::ui::AudienceCommand",
                                             "The project cannot be changed right now.");
        return false;
    }
    const QSqlDatabase db = file.database();
    storage::AudienceRepository audiences(db, m_clock);
    storage::StoreResult result;
    if (!to) {
        // Keep the campaigns that target it, to link them again on undo.
        const storage::RowKey key = audiences.keyOf(from->meta.id);
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT campaign_key FROM campaign_audiences WHERE audience_key = ?"));
        q.addBindValue(key);
        m_campaigns.clear();
        if (q.exec()) {
            while (q.next())
                m_campaigns << q.value(0).toLongLong();
        }
        result = audiences.remove(from->meta.id);
    } else if (const std::optional<model::Audience> current = audiences.get(to->meta.id)) {
        model::Audience target = *to;
        target.meta = current->meta; // the stored version: this is the next edit of it
        result = audiences.update(target);
    } else {
        model::Audience target = *to;
        result = audiences.create(target);
        if (result) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO campaign_audiences (campaign_key, "
                                     "audience_key) SELECT key, ? FROM campaigns WHERE key = ?"));
            for (const storage::RowKey campaign : std::as_const(m_campaigns)) {
                q.addBindValue(result.key);
                q.addBindValue(campaign);
                if (!q.exec()) {
                    *error = q.lastError().text();
                    return false;
                }
            }
        }
    }
    if (!result) {
        *error = storeMessage(result);
        return false;
    }
    return transaction.commit(error);
}

int AudienceCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeId;
}

bool AudienceCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const AudienceCommand*>(other);
    if (!next || m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey || !m_after ||
        !next->m_before || !next->m_after || next->audienceId() != audienceId())
        return false;
    m_after = next->m_after;
    if (m_before && sameContent(*m_before, *m_after))
        setObsolete(true);
    return true;
}

} // namespace rapport::ui
