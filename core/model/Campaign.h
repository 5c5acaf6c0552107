// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Goal.h"
#include "core/model/Record.h"

#include <QDate>

namespace rapport::model {

enum class CampaignKind { Event, Meetup, Conference, ContentSeries, Hackathon, AmbassadorProgram, Launch, Other };
enum class CampaignStatus { Planned, Active, Done, Cancelled };
QString campaignKindName(CampaignKind kind);      // stable: "event", "meetup", "conference", "content_series", ...
bool campaignKindFromName(QStringView name, CampaignKind* kind);
QString campaignStatusName(CampaignStatus status); // "planned", "active", "done", "cancelled"
bool campaignStatusFromName(QStringView name, CampaignStatus* status);

/** An amount of money in minor units (cents), with an ISO 4217 currency code. */
struct Money
{
    qint64 minorUnits = 0;
    QString currency = QStringLiteral("USD");
    friend bool operator==(const Money&, const Money&) = default;
};

/** A date that matters to the community: a release, a hiring peak, a promotion season. */
struct CalendarMoment
{
    enum class Kind { Release, HiringPeak, PromotionSeason, Other };
    RecordMeta meta;
    QString name;
    Kind kind = Kind::Release;
    QDate starts;
    QDate ends;
};

QString calendarMomentKindName(CalendarMoment::Kind kind); // "release", "hiring_peak", "promotion_season", "other"
bool calendarMomentKindFromName(QStringView name, CalendarMoment::Kind* kind);

/** Something we do to activate people. */
struct Campaign
{
    RecordMeta meta;
    CampaignKind kind = CampaignKind::Event;
    QString name;
    QString owner;
    CampaignStatus status = CampaignStatus::Planned;
    QDate starts;
    QDate ends;
    QList<Uuid> targetAudiences;
    QList<Uuid> channels;
    QList<Goal> goals;
    Money budget;
    Money cost;
    Uuid moment; // CalendarMoment it is timed to, or null
    QString notes;
};

/** Rules: a name; ends ≥ starts when both are set; budget and cost ≥ 0 with a 3-letter
 *  currency; no null or repeated audience/channel ids; each goal valid. */
ValidationErrors validate(const Campaign& campaign);
/** Rules: a name; both dates; ends ≥ starts. */
ValidationErrors validate(const CalendarMoment& moment);

} // namespace rapport::model
