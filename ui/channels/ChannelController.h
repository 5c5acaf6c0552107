// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Channel.h"
#include "core/model/Clock.h"
#include "core/model/Goal.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ChannelRepository.h"

#include <QObject>

#include <functional>

namespace rapport::ui {

class ProjectSession;

/**
 * The edits of the Channels & goals area: channels, their audience sizes over time and
 * goals; each one undo step (RecordedEditCommand). A refused edit changes nothing and says why
 * through failed().
 */
class ChannelController : public QObject
{
    Q_OBJECT

public:
    explicit ChannelController(QObject* parent = nullptr);

    void setSession(ProjectSession* session);
    ProjectSession* session() const { return m_session; }
    bool canEdit() const;
    const model::Clock& clock() const { return m_clock; }
    storage::ChannelRepository channels() const;
    storage::CampaignRepository campaigns() const;
    /** Called whenever one of these edits is applied (done, undone, redone). */
    void setOnApplied(std::function<void()> onApplied) { m_onApplied = std::move(onApplied); }

    /** Known channel kinds, for the Kind column. */
    static QStringList channelKinds();

    /** A new blog channel; its id, or null. */
    model::Uuid createChannel();
    bool removeChannels(const QList<model::Uuid>& ids);
    bool renameChannel(const model::Uuid& id, const QString& name);
    bool setChannelKind(const model::Uuid& id, const QString& kind);
    bool setChannelUrl(const model::Uuid& id, const QString& url);

    /** Records a size on a date (refused if the channel has one that day). */
    bool addSize(const model::Uuid& channel, const model::AudienceSize& size);
    /** Replaces the measurement of date by size (another date moves it). */
    bool changeSize(const model::Uuid& channel, const QDate& date, const model::AudienceSize& size);
    bool removeSizes(const model::Uuid& channel, const QList<QDate>& dates);

    /** A new project-wide goal ("attended" ≥ 100 this quarter); its id, or null. */
    model::Uuid createGoal();
    bool removeGoals(const QList<model::Uuid>& ids);
    /** Stores goal (found by its id) as changed; text names the step. */
    bool changeGoal(const model::Goal& goal, const QString& text);

signals:
    void failed(const QString& message);
    void succeeded(const QString& message);

private:
    bool edit(const QString& text, const std::function<storage::StoreResult()>& body);
    bool refuse(const QString& message);
    std::optional<model::Channel> channel(const model::Uuid& id);
    bool updateChannel(model::Channel& channel, const QString& text);

    ProjectSession* m_session = nullptr;
    model::SystemClock m_clock;
    std::function<void()> m_onApplied;
};

} // namespace rapport::ui
