// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Campaign.h"

#include "core/model/EnumNames.h"
#include "core/model/Validation.h"

#include <QCoreApplication>
#include <QSet>

namespace rapport::model {

namespace {

using detail::EnumName;

constexpr std::array<EnumName<CampaignKind>, 8> kCampaignKindNames{{
    {CampaignKind::Event, u"event"},
    {CampaignKind::Meetup, u"meetup"},
    {CampaignKind::Conference, u"conference"},
    {CampaignKind::ContentSeries, u"content_series"},
    {CampaignKind::Hackathon, u"hackathon"},
    {CampaignKind::AmbassadorProgram, u"ambassador_program"},
    {CampaignKind::Launch, u"launch"},
    {CampaignKind::Other, u"other"},
}};

constexpr std::array<EnumName<CampaignStatus>, 4> kCampaignStatusNames{{
    {CampaignStatus::Planned, u"planned"},
    {CampaignStatus::Active, u"active"},
    {CampaignStatus::Done, u"done"},
    {CampaignStatus::Cancelled, u"cancelled"},
}};

constexpr std::array<EnumName<CalendarMoment::Kind>, 4> kMomentKindNames{{
    {CalendarMoment::Kind::Release, u"release"},
    {CalendarMoment::Kind::HiringPeak, u"hiring_peak"},
    {CalendarMoment::Kind::PromotionSeason, u"promotion_season"},
    {CalendarMoment::Kind::Other, u"other"},
}};

void validateMoney(const Money& money, const QString& field, ValidationErrors* errors)
{
    if (money.minorUnits < 0) {
        errors->append({field, QCoreApplication::translate("rapport::model",
                                                           "The amount cannot be negative.")});
    }
    if (!isCurrencyCode(money.currency)) {
        errors->append({field, QCoreApplication::translate(
                                   "rapport::model",
                                   "“%1” is not a currency code: use three capital letters "
                                   "such as EUR.")
                                   .arg(money.currency)});
    }
}

void validateIds(const QList<Uuid>& ids, const QString& field, ValidationErrors* errors)
{
    QSet<Uuid> seen;
    for (const Uuid& id : ids) {
        if (id.isNull()) {
            errors->append({field, QCoreApplication::translate("rapport::model",
                                                               "An entry has no id.")});
            continue;
        }
        if (seen.contains(id)) {
            errors->append({field, QCoreApplication::translate("rapport::model",
                                                               "An entry is listed twice.")});
        }
        seen.insert(id);
    }
}

} // namespace

QString campaignKindName(CampaignKind kind)
{
    return detail::nameOf(kCampaignKindNames, kind);
}

bool campaignKindFromName(QStringView name, CampaignKind* kind)
{
    return detail::valueOf(kCampaignKindNames, name, kind);
}

QString campaignStatusName(CampaignStatus status)
{
    return detail::nameOf(kCampaignStatusNames, status);
}

bool campaignStatusFromName(QStringView name, CampaignStatus* status)
{
    return detail::valueOf(kCampaignStatusNames, name, status);
}

QString calendarMomentKindName(CalendarMoment::Kind kind)
{
    return detail::nameOf(kMomentKindNames, kind);
}

bool calendarMomentKindFromName(QStringView name, CalendarMoment::Kind* kind)
{
    return detail::valueOf(kMomentKindNames, name, kind);
}

ValidationErrors validate(const Campaign& campaign)
{
    ValidationErrors errors;
    if (isBlank(campaign.name)) {
        errors.append({QStringLiteral("name"),
                       QCoreApplication::translate("rapport::model",
                                                   "A campaign needs a name.")});
    }
    if (campaign.starts.isValid() && campaign.ends.isValid() && campaign.ends < campaign.starts) {
        errors.append({QStringLiteral("ends"),
                       QCoreApplication::translate("rapport::model",
                                                   "The campaign ends before it starts.")});
    }
    validateMoney(campaign.budget, QStringLiteral("budget"), &errors);
    validateMoney(campaign.cost, QStringLiteral("cost"), &errors);
    validateIds(campaign.targetAudiences, QStringLiteral("targetAudiences"), &errors);
    validateIds(campaign.channels, QStringLiteral("channels"), &errors);
    for (qsizetype i = 0; i < campaign.goals.size(); ++i) {
        for (const ValidationError& error : validate(campaign.goals.at(i))) {
            errors.append({QStringLiteral("goals"),
                           QCoreApplication::translate("rapport::model", "Goal %1: %2")
                               .arg(i + 1)
                               .arg(error.message)});
        }
    }
    return errors;
}

ValidationErrors validate(const CalendarMoment& moment)
{
    ValidationErrors errors;
    if (isBlank(moment.name)) {
        errors.append({QStringLiteral("name"),
                       QCoreApplication::translate("rapport::model",
                                                   "A calendar moment needs a name.")});
    }
    if (!moment.starts.isValid()) {
        errors.append({QStringLiteral("starts"),
                       QCoreApplication::translate("rapport::model",
                                                   "A calendar moment needs a start date.")});
    }
    if (!moment.ends.isValid()) {
        errors.append({QStringLiteral("ends"),
                       QCoreApplication::translate("rapport::model",
                                                   "A calendar moment needs an end date.")});
    } else if (moment.starts.isValid() && moment.ends < moment.starts) {
        errors.append({QStringLiteral("ends"),
                       QCoreApplication::translate("rapport::model",
                                                   "The moment ends before it starts.")});
    }
    return errors;
}

} // namespace rapport::model
