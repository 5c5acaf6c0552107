// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QCoreApplication>
#include <QVariant>

namespace rapport::ui {

/**
 * The editable properties of a campaign and of a calendar moment, each read and written as
 * a QVariant, so one command can change any of them (CampaignsController::setField).
 *
 * Campaign values: Name, Owner, Notes, Currency QString; Kind, Status int (the enum);
 * Starts, Ends QDate (invalid = none); Budget, Cost qint64 minor units; Audiences,
 * Channels QList<model::Uuid>; Goals QList<model::Goal>; Moment model::Uuid (null = none).
 * Currency sets budget and cost alike (they share it).
 */
enum class CampaignField
{
    Name,
    Kind,
    Status,
    Owner,
    Starts,
    Ends,
    Budget,
    Cost,
    Currency,
    Audiences,
    Channels,
    Goals,
    Moment,
    Notes,
};

/** Moment values: Name QString, Kind int (the enum), Starts and Ends QDate. */
enum class MomentField
{
    Name,
    Kind,
    Starts,
    Ends,
};

/** Translated names of kinds and statuses, as shown. */
class CampaignTexts
{
    Q_DECLARE_TR_FUNCTIONS(CampaignTexts)

public:
    static QString kind(model::CampaignKind kind);
    static QString status(model::CampaignStatus status);
    static QString momentKind(model::CalendarMoment::Kind kind);
    /** The undo text of an edit of field on the campaign called name. */
    static QString editText(CampaignField field, const QString& name);
    static QString editText(MomentField field, const QString& name);
    /** "USD 1,200.00" in the user's locale, from minor units. */
    static QString money(double minorUnits, const QString& currency);
};

QVariant campaignValue(const model::Campaign& campaign, CampaignField field);
void setCampaignValue(model::Campaign& campaign, CampaignField field, const QVariant& value);
/** Whether field holds the same value in a and b. */
bool sameCampaignValue(const model::Campaign& a, const model::Campaign& b, CampaignField field);

QVariant momentValue(const model::CalendarMoment& moment, MomentField field);
void setMomentValue(model::CalendarMoment& moment, MomentField field, const QVariant& value);

} // namespace rapport::ui
