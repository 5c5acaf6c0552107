// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"
#include "core/model/Content.h"
#include "core/model/Reward.h"
#include "core/storage/ProjectRepository.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace rapport::ui {

class ProjectSession;

/**
 * The content area's edits: pieces (with their distributions, snapshots and links),
 * series and rewards. Every edit reads the stored record, changes it and writes it back
 * through the repositories as one RecordedEditCommand on the session's undo stack; a
 * refused edit changes nothing and says why through failed().
 */
class ContentController : public QObject
{
    Q_OBJECT

public:
    explicit ContentController(QObject* parent = nullptr);
    ~ContentController() override;

    void setSession(ProjectSession* session);
    ProjectSession* session() const;
    /** A project is open and can be changed. */
    bool isEditable() const;
    /** The open project's repositories (nullptr when none is open). */
    storage::ProjectRepository* repository() const { return m_repository.get(); }
    QSqlDatabase database() const;

    std::optional<model::Content> piece(const model::Uuid& id) const;
    /** Changes the stored piece id with change, as one undo step named text. */
    bool changePiece(const model::Uuid& id, const QString& text,
                     const std::function<void(model::Content&)>& change);
    /** Creates piece; its id, or null if refused. */
    model::Uuid createPiece(model::Content piece);
    /** A new piece like id (kind, series, authors, links; no distributions). */
    model::Uuid duplicatePiece(const model::Uuid& id);
    bool removePieces(const QList<model::Uuid>& ids);

    model::Uuid createSeries(const QString& name);
    bool changeSeries(const model::Uuid& id, const QString& text,
                      const std::function<void(model::Series&)>& change);
    bool removeSeries(const model::Uuid& id);

    model::Uuid createReward(model::Reward reward);
    /** Writes reward (read earlier, with its row version) over the stored one. */
    bool updateReward(model::Reward reward);
    bool removeRewards(const QList<model::Uuid>& ids);

signals:
    /** An edit was refused or could not be undone; message says why. */
    void failed(const QString& message);

private:
    bool push(const QString& text, const std::function<storage::StoreResult()>& edit);

    QPointer<ProjectSession> m_session;
    model::SystemClock m_clock;
    std::unique_ptr<storage::ProjectRepository> m_repository;
};

} // namespace rapport::ui
