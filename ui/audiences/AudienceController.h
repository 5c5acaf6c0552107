// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Audience.h"
#include "core/model/Clock.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace rapport::ui {

class ProjectSession;

/**
 * What the audiences area reads from and does to the project: each edit validated first (a
 * refusal comes back as a message), then made as one AudienceCommand on the session's undo
 * stack. No widgets here, so a test can drive it directly.
 */
class AudienceController : public QObject
{
    Q_OBJECT

public:
    explicit AudienceController(QObject* parent = nullptr);

    void setSession(ProjectSession* session);
    ProjectSession* session() const;
    /** Whether edits are possible: a session that is not read-only. */
    bool canEdit() const;

    QList<model::Audience> audiences() const; // by name
    std::optional<model::Audience> audience(const model::Uuid& id) const;
    /** `base`, or `base 2`, `base 3`… whichever no audience is called (ignoring case). */
    QString uniqueName(const QString& base) const;

    /** Each returns the audience's id, or a null id with *error set. */
    model::Uuid create(model::Audience::Kind kind, QString* error);
    model::Uuid duplicate(const model::Uuid& id, QString* error);

    bool rename(const model::Uuid& id, const QString& name, QString* error);
    bool setDescription(const model::Uuid& id, const QString& description, QString* error);
    /** mergeKey: consecutive edits with the same key make one undo step ("" never merges). */
    bool setRule(const model::Uuid& id, const model::AudienceRule& rule, const QString& undoText,
                 const QString& mergeKey, QString* error);
    bool addMembers(const model::Uuid& id, const QList<qint64>& personKeys, QString* error);
    bool removeMembers(const model::Uuid& id, const QList<qint64>& personKeys, QString* error);
    bool remove(const model::Uuid& id, QString* error);

    /** people.key of a static audience's members (merged people included), ascending. */
    QList<qint64> memberKeys(const model::Uuid& id) const;
    /** How many campaigns target the audience. */
    int campaignCount(const model::Uuid& id) const;
    /** The campaigns (id, name) by name, for behaviour conditions. */
    QList<std::pair<model::Uuid, QString>> campaigns() const;
    /** campaigns.key of the campaigns rule names (for counting it on the engine). */
    QHash<model::Uuid, storage::RowKey> campaignKeys(const model::AudienceRule& rule) const;

signals:
    /** An undo or redo could not be made (rare: the project changed underneath). */
    void failed(const QString& message);

private:
    bool push(std::optional<model::Audience> before, std::optional<model::Audience> after,
              const QString& text, const QString& mergeKey, QString* error);
    bool checkName(const QString& name, const model::Uuid& self, QString* error) const;
    QList<model::Uuid> personIds(const QList<qint64>& keys) const;

    QPointer<ProjectSession> m_session;
    model::SystemClock m_clock;
};

} // namespace rapport::ui
