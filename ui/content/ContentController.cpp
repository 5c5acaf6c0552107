// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/ContentController.h"

#include "ui/ProjectSession.h"
#include "ui/RecordedEditCommand.h"

#include <QUndoStack>

namespace rapport::ui {

ContentController::ContentController(QObject* parent) : QObject(parent) {}

ContentController::~ContentController() = default;

void ContentController::setSession(ProjectSession* session)
{
    m_session = session;
    m_repository =
        session ? std::make_unique<storage::ProjectRepository>(session->file().database(), m_clock)
                : nullptr;
}

ProjectSession* ContentController::session() const
{
    return m_session;
}

bool ContentController::isEditable() const
{
    return m_session && !m_session->isReadOnly();
}

QSqlDatabase ContentController::database() const
{
    return m_session ? m_session->file().database() : QSqlDatabase();
}

bool ContentController::push(const QString& text, const std::function<storage::StoreResult()>& edit)
{
    if (!isEditable())
        return false;
    auto command = std::make_unique<RecordedEditCommand>(*m_session, text);
    command->setOnFailed(this, &ContentController::failed);
    QString error;
    if (!RecordedEditCommand::push(std::move(command), edit, &error)) {
        emit failed(error);
        return false;
    }
    return true;
}

std::optional<model::Content> ContentController::piece(const model::Uuid& id) const
{
    return m_repository ? m_repository->content().get(id) : std::nullopt;
}

bool ContentController::changePiece(const model::Uuid& id, const QString& text,
                                    const std::function<void(model::Content&)>& change)
{
    return push(text, [&] {
        std::optional<model::Content> piece = m_repository->content().get(id);
        if (!piece)
            return storage::StoreResult::fail(storage::StoreError::NotFound,
                                              tr("The piece no longer exists."));
        change(*piece);
        return m_repository->content().update(*piece);
    });
}

model::Uuid ContentController::createPiece(model::Content piece)
{
    piece.meta = {};
    if (!push(tr("New piece “%1”").arg(piece.title),
              [&] { return m_repository->content().create(piece); }))
        return {};
    return piece.meta.id;
}

model::Uuid ContentController::duplicatePiece(const model::Uuid& id)
{
    std::optional<model::Content> original = piece(id);
    if (!original)
        return {};
    model::Content copy = *original;
    copy.meta = {};
    copy.title = tr("%1 (copy)").arg(original->title);
    copy.distributions.clear();
    if (!push(tr("Duplicate “%1”").arg(original->title),
              [&] { return m_repository->content().create(copy); }))
        return {};
    return copy.meta.id;
}

bool ContentController::removePieces(const QList<model::Uuid>& ids)
{
    if (ids.isEmpty())
        return false;
    const std::optional<model::Content> first = piece(ids.first());
    const QString text = ids.size() == 1 && first
                             ? tr("Delete “%1”").arg(first->title)
                             : tr("Delete %n pieces", nullptr, int(ids.size()));
    return push(text, [&] {
        for (const model::Uuid& id : ids)
            if (storage::StoreResult r = m_repository->content().remove(id); !r)
                return r;
        return storage::StoreResult::ok();
    });
}

model::Uuid ContentController::createSeries(const QString& name)
{
    model::Series series;
    series.name = name.trimmed();
    if (!push(tr("New series “%1”").arg(series.name),
              [&] { return m_repository->content().create(series); }))
        return {};
    return series.meta.id;
}

bool ContentController::changeSeries(const model::Uuid& id, const QString& text,
                                     const std::function<void(model::Series&)>& change)
{
    return push(text, [&] {
        std::optional<model::Series> series = m_repository->content().series(id);
        if (!series)
            return storage::StoreResult::fail(storage::StoreError::NotFound,
                                              tr("The series no longer exists."));
        change(*series);
        return m_repository->content().update(*series);
    });
}

bool ContentController::removeSeries(const model::Uuid& id)
{
    const std::optional<model::Series> series =
        m_repository ? m_repository->content().series(id) : std::nullopt;
    if (!series)
        return false;
    return push(tr("Delete series “%1”").arg(series->name),
                [&] { return m_repository->content().removeSeries(id); });
}

model::Uuid ContentController::createReward(model::Reward reward)
{
    reward.meta = {};
    if (!push(tr("New reward"), [&] { return m_repository->rewards().create(reward); }))
        return {};
    return reward.meta.id;
}

bool ContentController::updateReward(model::Reward reward)
{
    return push(tr("Edit reward"), [&] { return m_repository->rewards().update(reward); });
}

bool ContentController::removeRewards(const QList<model::Uuid>& ids)
{
    if (ids.isEmpty())
        return false;
    return push(tr("Delete %n reward(s)", nullptr, int(ids.size())), [&] {
        for (const model::Uuid& id : ids)
            if (storage::StoreResult r = m_repository->rewards().remove(id); !r)
                return r;
        return storage::StoreResult::ok();
    });
}

} // namespace rapport::ui
