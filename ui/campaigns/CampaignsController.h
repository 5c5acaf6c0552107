// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"
#include "ui/campaigns/CampaignField.h"

#include <QObject>

#include <memory>
#include <optional>
#include <utility>

namespace rapport::storage {
class CampaignResults;
struct CampaignResult;
} // namespace rapport::storage

namespace rapport::ui {

class ProjectSession;

/**
 * What the Campaigns area reads and how it edits: campaigns, calendar moments, the pick
 * lists of the editor, and each campaign's results. Every edit is one RecordedEditCommand
 * on the session's undo stack; an edit that is refused (read-only project, invalid value)
 * changes nothing, returns false and says why in lastError() and statusMessage.
 */
class CampaignsController : public QObject
{
    Q_OBJECT

public:
    explicit CampaignsController(QObject* parent = nullptr);
    ~CampaignsController() override;

    void setSession(ProjectSession* session);
    ProjectSession* session() const { return m_session; }
    /** A project is open and not read-only. */
    bool canEdit() const;
    QString lastError() const { return m_lastError; }

    QList<model::Campaign> campaigns() const;
    std::optional<model::Campaign> campaign(const model::Uuid& id) const;
    QList<model::CalendarMoment> moments() const;
    QList<std::pair<model::Uuid, QString>> audienceNames() const;
    QList<std::pair<model::Uuid, QString>> channelNames() const;
    /** Metrics a goal can measure: the project's activity types, then nps, csat, reach, advocates.
     */
    QStringList goalMetrics() const;
    /** Today by the project's clock (UTC). */
    QDate today() const;

    /** The results of a stored campaign (goals and budget as given); nullopt with *error. */
    std::optional<storage::CampaignResult> results(const model::Campaign& campaign,
                                                   QString* error) const;

    /** A new planned event starting today, named "New campaign" (numbered if taken); its
     *  id, or null when refused. */
    model::Uuid createCampaign();
    /** Copies of campaigns (goals included, with new ids), named "… (copy)". */
    QList<model::Uuid> duplicateCampaigns(const QList<model::Uuid>& ids);
    bool removeCampaigns(const QList<model::Uuid>& ids);
    /** Sets one field; consecutive edits of the same field of a campaign merge into one
     *  undo step. Setting the value it has is no edit (true, nothing pushed). */
    bool setField(const model::Uuid& id, CampaignField field, const QVariant& value);
    /** One undo step for several campaigns. */
    bool setStatus(const QList<model::Uuid>& ids, model::CampaignStatus status);

    /** A release today named "New moment" (numbered if taken). */
    model::Uuid addMoment();
    bool removeMoments(const QList<model::Uuid>& ids);
    bool setMomentField(const model::Uuid& id, MomentField field, const QVariant& value);

signals:
    void statusMessage(const QString& message);

private:
    bool refuse(const QString& message);
    bool checkEditable();
    /** Runs edit as one undo step called text. */
    template <typename Edit> bool push(const QString& text, const QString& mergeKey, Edit edit);
    QString uniqueCampaignName(const QString& wanted) const;
    QString uniqueMomentName(const QString& wanted) const;

    ProjectSession* m_session = nullptr;
    std::unique_ptr<storage::CampaignResults> m_results;
    QString m_lastError;
};

} // namespace rapport::ui
