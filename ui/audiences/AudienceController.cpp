// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiences/AudienceController.h"

#include "core/model/Validation.h"
#include "core/storage/AudienceRepository.h"
#include "core/storage/EngineLoader.h"
#include "ui/ProjectSession.h"
#include "ui/audiences/AudienceCommand.h"

#include <QSqlQuery>

#include <algorithm>

namespace rapport::ui {

namespace {

QString messages(const model::ValidationErrors& errors)
{
    QStringList list;
    for (const model::ValidationError& error : errors)
        list << error.message;
    return list.join(u' ');
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

/** Runs sql once per chunk of keys, with "%1" replaced by the chunk's placeholders. */
template <typename Row>
void forKeyChunks(const QSqlDatabase& db, const QList<qint64>& keys, const QString& sql, Row row)
{
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < keys.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, keys.size() - from);
        QStringList marks(n, QStringLiteral("?"));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql.arg(marks.join(u',')));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(keys[from + i]);
        if (q.exec()) {
            while (q.next())
                row(q);
        }
    }
}

} // namespace

AudienceController::AudienceController(QObject* parent) : QObject(parent) {}

void AudienceController::setSession(ProjectSession* session)
{
    m_session = session;
}

ProjectSession* AudienceController::session() const
{
    return m_session;
}

bool AudienceController::canEdit() const
{
    return m_session && !m_session->isReadOnly();
}

QList<model::Audience> AudienceController::audiences() const
{
    if (!m_session)
        return {};
    return storage::AudienceRepository(m_session->file().database(), m_clock).list();
}

std::optional<model::Audience> AudienceController::audience(const model::Uuid& id) const
{
    if (!m_session || id.isNull())
        return std::nullopt;
    return storage::AudienceRepository(m_session->file().database(), m_clock).get(id);
}

QString AudienceController::uniqueName(const QString& base) const
{
    if (!m_session)
        return base;
    QSqlQuery q(m_session->file().database());
    q.prepare(QStringLiteral("SELECT 1 FROM audiences WHERE name = ? COLLATE NOCASE"));
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? base : QStringLiteral("%1 %2").arg(base).arg(n);
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            return name;
    }
}

bool AudienceController::checkName(const QString& name, const model::Uuid& self,
                                   QString* error) const
{
    if (model::isBlank(name))
        return fail(error, tr("An audience needs a name."));
    if (name.size() > model::kMaxNameLength)
        return fail(
            error, tr("The name is too long (at most %L1 characters).").arg(model::kMaxNameLength));
    QSqlQuery q(m_session->file().database());
    q.prepare(
        QStringLiteral("SELECT name FROM audiences WHERE name = ? COLLATE NOCASE AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(self.toString());
    if (q.exec() && q.next())
        return fail(error,
                    tr("There is already an audience called “%1”.").arg(q.value(0).toString()));
    return true;
}

bool AudienceController::push(std::optional<model::Audience> before,
                              std::optional<model::Audience> after, const QString& text,
                              const QString& mergeKey, QString* error)
{
    if (!canEdit())
        return fail(error, tr("The project is read-only."));
    if (after) {
        if (const model::ValidationErrors errors = model::validate(*after); !errors.isEmpty())
            return fail(error, messages(errors));
        if (!checkName(after->name, after->meta.id, error))
            return false;
    }
    auto* command = new AudienceCommand(*m_session, m_clock, std::move(before), std::move(after),
                                        text, mergeKey);
    if (!command->apply(error)) {
        delete command;
        return false;
    }
    command->setErrorSink([this](const QString& message) { emit failed(message); });
    m_session->undoStack()->push(command);
    return true;
}

model::Uuid AudienceController::create(model::Audience::Kind kind, QString* error)
{
    if (!canEdit())
        return fail(error, tr("The project is read-only.")), model::Uuid();
    model::Audience audience;
    audience.meta = model::RecordMeta::create(m_clock);
    audience.kind = kind;
    if (kind == model::Audience::Kind::Rule) {
        audience.name = uniqueName(tr("New audience"));
        // A rule needs a condition to be valid: start from the most common one.
        model::AudienceCondition level;
        level.kind = model::AudienceCondition::Kind::Level;
        level.op = model::AudienceCondition::Op::AtLeast;
        level.value = QStringLiteral("Participant");
        audience.rule.conditions = {level};
    } else {
        audience.name = uniqueName(tr("New list"));
    }
    const model::Uuid id = audience.meta.id;
    const QString text = tr("Create audience “%1”").arg(audience.name);
    return push(std::nullopt, std::move(audience), text, {}, error) ? id : model::Uuid();
}

model::Uuid AudienceController::duplicate(const model::Uuid& id, QString* error)
{
    const std::optional<model::Audience> original = audience(id);
    if (!original)
        return fail(error, tr("The audience no longer exists.")), model::Uuid();
    model::Audience copy = *original;
    copy.meta = model::RecordMeta::create(m_clock);
    copy.name = uniqueName(tr("%1 (copy)").arg(original->name));
    const QString text = tr("Duplicate audience “%1”").arg(original->name);
    return push(std::nullopt, copy, text, {}, error) ? copy.meta.id : model::Uuid();
}

bool AudienceController::rename(const model::Uuid& id, const QString& name, QString* error)
{
    const std::optional<model::Audience> before = audience(id);
    if (!before)
        return fail(error, tr("The audience no longer exists."));
    model::Audience after = *before;
    after.name = name.trimmed();
    if (after.name == before->name)
        return true;
    return push(before, after, tr("Rename audience “%1” to “%2”").arg(before->name, after.name), {},
                error);
}

bool AudienceController::setDescription(const model::Uuid& id, const QString& description,
                                        QString* error)
{
    const std::optional<model::Audience> before = audience(id);
    if (!before)
        return fail(error, tr("The audience no longer exists."));
    model::Audience after = *before;
    after.description = description.trimmed();
    if (after.description == before->description)
        return true;
    return push(before, after, tr("Change the description of “%1”").arg(before->name),
                QStringLiteral("description"), error);
}

bool AudienceController::setRule(const model::Uuid& id, const model::AudienceRule& rule,
                                 const QString& undoText, const QString& mergeKey, QString* error)
{
    const std::optional<model::Audience> before = audience(id);
    if (!before)
        return fail(error, tr("The audience no longer exists."));
    if (before->kind != model::Audience::Kind::Rule)
        return fail(error, tr("“%1” is a static list, not a rule.").arg(before->name));
    if (before->rule == rule)
        return true;
    model::Audience after = *before;
    after.rule = rule;
    return push(before, after, undoText.arg(before->name),
                mergeKey.isEmpty() ? QString() : QStringLiteral("rule:") + mergeKey, error);
}

bool AudienceController::addMembers(const model::Uuid& id, const QList<qint64>& personKeys,
                                    QString* error)
{
    const std::optional<model::Audience> before = audience(id);
    if (!before)
        return fail(error, tr("The audience no longer exists."));
    model::Audience after = *before;
    int added = 0;
    for (const model::Uuid& person : personIds(personKeys)) {
        if (!after.members.contains(person)) {
            after.members.append(person);
            ++added;
        }
    }
    if (added == 0)
        return true;
    return push(before, after, tr("Add %n people to “%1”", nullptr, added).arg(before->name), {},
                error);
}

bool AudienceController::removeMembers(const model::Uuid& id, const QList<qint64>& personKeys,
                                       QString* error)
{
    const std::optional<model::Audience> before = audience(id);
    if (!before)
        return fail(error, tr("The audience no longer exists."));
    model::Audience after = *before;
    int removed = 0;
    for (const model::Uuid& person : personIds(personKeys))
        removed += int(after.members.removeAll(person));
    if (removed == 0)
        return true;
    return push(before, after, tr("Remove %n people from “%1”", nullptr, removed).arg(before->name),
                {}, error);
}

bool AudienceController::remove(const model::Uuid& id, QString* error)
{
    const std::optional<model::Audience> before = audience(id);
    if (!before)
        return fail(error, tr("The audience no longer exists."));
    return push(before, std::nullopt, tr("Delete audience “%1”").arg(before->name), {}, error);
}

QList<qint64> AudienceController::memberKeys(const model::Uuid& id) const
{
    QList<qint64> keys;
    if (!m_session)
        return keys;
    QSqlQuery q(m_session->file().database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.person_key FROM audience_members m JOIN audiences a ON "
                             "a.key = m.audience_key WHERE a.id = ? ORDER BY m.person_key"));
    q.addBindValue(id.toString());
    if (q.exec()) {
        while (q.next())
            keys << q.value(0).toLongLong();
    }
    return keys;
}

int AudienceController::campaignCount(const model::Uuid& id) const
{
    if (!m_session)
        return 0;
    QSqlQuery q(m_session->file().database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM campaign_audiences c JOIN audiences a ON "
                             "a.key = c.audience_key WHERE a.id = ?"));
    q.addBindValue(id.toString());
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<std::pair<model::Uuid, QString>> AudienceController::campaigns() const
{
    QList<std::pair<model::Uuid, QString>> list;
    if (!m_session)
        return list;
    QSqlQuery q(m_session->file().database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name FROM campaigns ORDER BY name COLLATE NOCASE"))) {
        while (q.next())
            list.append({model::Uuid::fromString(q.value(0).toString()), q.value(1).toString()});
    }
    return list;
}

QHash<model::Uuid, storage::RowKey>
AudienceController::campaignKeys(const model::AudienceRule& rule) const
{
    if (!m_session)
        return {};
    return storage::EngineLoader(m_session->file().database()).campaignKeys(rule);
}

QList<model::Uuid> AudienceController::personIds(const QList<qint64>& keys) const
{
    QHash<qint64, model::Uuid> ids;
    forKeyChunks(
        m_session->file().database(), keys,
        QStringLiteral("SELECT key, id FROM people WHERE key IN (%1)"), [&](const QSqlQuery& q) {
            ids.insert(q.value(0).toLongLong(), model::Uuid::fromString(q.value(1).toString()));
        });
    QList<model::Uuid> list;
    for (const qint64 key : keys) {
        if (ids.contains(key))
            list << ids.value(key);
    }
    return list;
}

} // namespace rapport::ui
