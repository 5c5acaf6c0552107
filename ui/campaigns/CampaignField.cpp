// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignField.h"

#include <QLocale>

namespace rapport::ui {

using model::CalendarMoment;
using model::Campaign;
using model::CampaignKind;
using model::CampaignStatus;

QString CampaignTexts::kind(CampaignKind kind)
{
    switch (kind) {
    case CampaignKind::Event:
        return tr("Event");
    case CampaignKind::Meetup:
        return tr("Meetup");
    case CampaignKind::Conference:
        return tr("Conference");
    case CampaignKind::ContentSeries:
        return tr("Content series");
    case CampaignKind::Hackathon:
        return tr("Hackathon");
    case CampaignKind::AmbassadorProgram:
        return tr("Ambassador program");
    case CampaignKind::Launch:
        return tr("Launch");
    case CampaignKind::Other:
        break;
    }
    return tr("Other");
}

QString CampaignTexts::status(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Planned:
        return tr("Planned");
    case CampaignStatus::Active:
        return tr("Active");
    case CampaignStatus::Done:
        return tr("Done");
    case CampaignStatus::Cancelled:
        break;
    }
    return tr("Cancelled");
}

QString CampaignTexts::momentKind(CalendarMoment::Kind kind)
{
    switch (kind) {
    case CalendarMoment::Kind::Release:
        return tr("Release");
    case CalendarMoment::Kind::HiringPeak:
        return tr("Hiring peak");
    case CalendarMoment::Kind::PromotionSeason:
        return tr("Promotion season");
    case CalendarMoment::Kind::Other:
        break;
    }
    return tr("Other");
}

QString CampaignTexts::editText(CampaignField field, const QString& name)
{
    switch (field) {
    case CampaignField::Name:
        return tr("Rename campaign “%1”").arg(name);
    case CampaignField::Kind:
        return tr("Change the kind of “%1”").arg(name);
    case CampaignField::Status:
        return tr("Change the status of “%1”").arg(name);
    case CampaignField::Owner:
        return tr("Change the owner of “%1”").arg(name);
    case CampaignField::Starts:
        return tr("Change the start of “%1”").arg(name);
    case CampaignField::Ends:
        return tr("Change the end of “%1”").arg(name);
    case CampaignField::Budget:
        return tr("Change the budget of “%1”").arg(name);
    case CampaignField::Cost:
        return tr("Change the cost of “%1”").arg(name);
    case CampaignField::Currency:
        return tr("Change the currency of “%1”").arg(name);
    case CampaignField::Audiences:
        return tr("Change the target audiences of “%1”").arg(name);
    case CampaignField::Channels:
        return tr("Change the channels of “%1”").arg(name);
    case CampaignField::Goals:
        return tr("Change the goals of “%1”").arg(name);
    case CampaignField::Moment:
        return tr("Change the moment of “%1”").arg(name);
    case CampaignField::Notes:
        break;
    }
    return tr("Change the notes of “%1”").arg(name);
}

QString CampaignTexts::editText(MomentField field, const QString& name)
{
    switch (field) {
    case MomentField::Name:
        return tr("Rename moment “%1”").arg(name);
    case MomentField::Kind:
        return tr("Change the kind of moment “%1”").arg(name);
    case MomentField::Starts:
    case MomentField::Ends:
        break;
    }
    return tr("Change the dates of moment “%1”").arg(name);
}

QString CampaignTexts::money(double minorUnits, const QString& currency)
{
    // The user's own currency as the locale writes it ($1,200.00); any other with its code
    // (EUR 1,200.00), since a symbol such as "$" would be ambiguous.
    const QLocale locale;
    if (currency == locale.currencySymbol(QLocale::CurrencyIsoCode))
        return locale.toCurrencyString(minorUnits / 100.0, locale.currencySymbol(), 2);
    return tr("%1 %2", "currency code, amount")
        .arg(currency, locale.toString(minorUnits / 100.0, 'f', 2));
}

QVariant campaignValue(const Campaign& campaign, CampaignField field)
{
    switch (field) {
    case CampaignField::Name:
        return campaign.name;
    case CampaignField::Kind:
        return int(campaign.kind);
    case CampaignField::Status:
        return int(campaign.status);
    case CampaignField::Owner:
        return campaign.owner;
    case CampaignField::Starts:
        return campaign.starts;
    case CampaignField::Ends:
        return campaign.ends;
    case CampaignField::Budget:
        return campaign.budget.minorUnits;
    case CampaignField::Cost:
        return campaign.cost.minorUnits;
    case CampaignField::Currency:
        return campaign.budget.currency;
    case CampaignField::Audiences:
        return QVariant::fromValue(campaign.targetAudiences);
    case CampaignField::Channels:
        return QVariant::fromValue(campaign.channels);
    case CampaignField::Goals:
        return QVariant::fromValue(campaign.goals);
    case CampaignField::Moment:
        return QVariant::fromValue(campaign.moment);
    case CampaignField::Notes:
        break;
    }
    return campaign.notes;
}

void setCampaignValue(Campaign& campaign, CampaignField field, const QVariant& value)
{
    switch (field) {
    case CampaignField::Name:
        campaign.name = value.toString();
        break;
    case CampaignField::Kind:
        campaign.kind = CampaignKind(value.toInt());
        break;
    case CampaignField::Status:
        campaign.status = CampaignStatus(value.toInt());
        break;
    case CampaignField::Owner:
        campaign.owner = value.toString();
        break;
    case CampaignField::Starts:
        campaign.starts = value.toDate();
        break;
    case CampaignField::Ends:
        campaign.ends = value.toDate();
        break;
    case CampaignField::Budget:
        campaign.budget.minorUnits = value.toLongLong();
        break;
    case CampaignField::Cost:
        campaign.cost.minorUnits = value.toLongLong();
        break;
    case CampaignField::Currency:
        campaign.budget.currency = campaign.cost.currency = value.toString();
        break;
    case CampaignField::Audiences:
        campaign.targetAudiences = value.value<QList<model::Uuid>>();
        break;
    case CampaignField::Channels:
        campaign.channels = value.value<QList<model::Uuid>>();
        break;
    case CampaignField::Goals:
        campaign.goals = value.value<QList<model::Goal>>();
        break;
    case CampaignField::Moment:
        campaign.moment = value.value<model::Uuid>();
        break;
    case CampaignField::Notes:
        campaign.notes = value.toString();
        break;
    }
}

namespace {

bool sameGoals(const QList<model::Goal>& a, const QList<model::Goal>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].meta.id != b[i].meta.id || a[i].metric != b[i].metric ||
            a[i].target != b[i].target || a[i].periodStart != b[i].periodStart ||
            a[i].periodEnd != b[i].periodEnd)
            return false;
    }
    return true;
}

} // namespace

bool sameCampaignValue(const Campaign& a, const Campaign& b, CampaignField field)
{
    switch (field) {
    case CampaignField::Audiences:
        return a.targetAudiences == b.targetAudiences;
    case CampaignField::Channels:
        return a.channels == b.channels;
    case CampaignField::Goals:
        return sameGoals(a.goals, b.goals);
    case CampaignField::Moment:
        return a.moment == b.moment;
    case CampaignField::Starts:
        return a.starts == b.starts;
    case CampaignField::Ends:
        return a.ends == b.ends;
    default:
        return campaignValue(a, field) == campaignValue(b, field);
    }
}

QVariant momentValue(const CalendarMoment& moment, MomentField field)
{
    switch (field) {
    case MomentField::Name:
        return moment.name;
    case MomentField::Kind:
        return int(moment.kind);
    case MomentField::Starts:
        return moment.starts;
    case MomentField::Ends:
        break;
    }
    return moment.ends;
}

void setMomentValue(CalendarMoment& moment, MomentField field, const QVariant& value)
{
    switch (field) {
    case MomentField::Name:
        moment.name = value.toString();
        break;
    case MomentField::Kind:
        moment.kind = CalendarMoment::Kind(value.toInt());
        break;
    case MomentField::Starts:
        moment.starts = value.toDate();
        break;
    case MomentField::Ends:
        moment.ends = value.toDate();
        break;
    }
}

} // namespace rapport::ui
