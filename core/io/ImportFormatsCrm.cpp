// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Mailing lists and CRMs: Mailchimp audiences and HubSpot contacts. They hold people,
// with their email (the key that joins them to every other platform) and what the list
// knows of them; they hold no community activity. Layouts and sources: IMPORT-FORMATS.md.
#include "core/io/ImportFormat.h"

#include <QTimeZone>

namespace rapport::io {

namespace {

using namespace formats;

/** Mailchimp's TAGS cell: a CSV list inside the CSV cell (`"Speaker","Berlin 2024"`).
 *  Rapport lists are `;`-separated, so a `;` inside a tag becomes a `,`. */
QStringList mailchimpTags(const QString& text)
{
    QStringList tags;
    QString tag;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                tag += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                tag += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            tags << tag.trimmed();
            tag.clear();
        } else {
            tag += c;
        }
    }
    tags << tag.trimmed();
    QStringList out;
    for (QString& t : tags)
        if (!t.isEmpty())
            out << t.replace(u';', u',');
    return out;
}

/**
 * Mailchimp's audience export: a zip of one CSV per status, each imported as it is.
 * subscribed_… (it has LAST_CHANGED) gives marketing consent, dated when it was confirmed
 * (CONFIRM_TIME, the double opt-in), else given (OPTIN_TIME), else — for contacts added by
 * the list's owner, who have neither — the last change, the latest date the subscription
 * is known by. unsubscribed_… (UNSUB_TIME) withdraws it on that date; cleaned_… (CLEAN_TIME:
 * the address bounced) and nonsubscribed_… (transactional contacts, who never opted in)
 * hold no consent. Merge fields: Email Address, First Name, Last Name, Company; system
 * columns: CC (the ISO country code), TIMEZONE (the subscriber's geo-IP zone, kept when it
 * is an IANA name), NOTES, TAGS. Opt-in is consent, not community activity (`registered`
 * is a registration for a campaign here), so there are no activities. Times are written
 * without a zone and read as UTC.
 */
class MailchimpFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("mailchimp"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "Mailchimp audience export");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && t.has(u"Email Address") &&
               t.has(u"MEMBER_RATING") && t.has(u"LEID") && t.has(u"EUID");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        const int email = t.column(u"Email Address");
        const int first = t.column(u"First Name");
        const int last = t.column(u"Last Name");
        const int company = t.anyColumn({u"Company", u"Company Name"});
        const int country = t.column(u"CC");
        const int zone = t.column(u"TIMEZONE");
        const int notes = t.column(u"NOTES");
        const int tags = t.column(u"TAGS");
        const int unsubscribed = t.column(u"UNSUB_TIME");
        const int cleaned = t.column(u"CLEAN_TIME");
        const bool nonsubscribed = t.baseName.startsWith(u"nonsubscribed", Qt::CaseInsensitive);
        // The columns that date the consent, the first non-empty one winning.
        QList<int> consentColumns;
        if (unsubscribed >= 0)
            consentColumns = {unsubscribed};
        else if (cleaned < 0 && !nonsubscribed)
            consentColumns = {t.column(u"CONFIRM_TIME"), t.column(u"OPTIN_TIME"),
                              t.column(u"LAST_CHANGED")};
        // Each column's date order, found once (it reads the whole column).
        QList<TimeColumn> consentTimes;
        for (const int column : std::as_const(consentColumns))
            consentTimes.append(columnOrder(t, column, o, DateOrder::YearMonthDay));
        for (const PlatformRow& row : t.rows) {
            PlatformRow& p = out->people.add(row.line);
            out->people.set(p, u"email", cell(row, email));
            out->people.set(p, u"first_name", cell(row, first));
            out->people.set(p, u"last_name", cell(row, last));
            out->people.set(p, u"company", cell(row, company));
            out->people.set(p, u"country", cell(row, country).toUpper());
            if (const QString z = cell(row, zone);
                !z.isEmpty() && QTimeZone::isTimeZoneIdAvailable(z.toUtf8()))
                out->people.set(p, u"timezone", z);
            out->people.set(p, u"notes", cell(row, notes));
            out->people.set(p, u"tags", mailchimpTags(cell(row, tags)).join(u';'));
            out->people.set(p, u"source", QStringLiteral("mailchimp"));
            if (unsubscribed >= 0 || cleaned >= 0)
                out->people.set(p, u"marketing_consent", QStringLiteral("false"));
            for (qsizetype c = 0; c < consentColumns.size(); ++c) {
                const int column = consentColumns[c];
                const QString text = cell(row, column);
                if (text.isEmpty())
                    continue;
                qint64 at = 0;
                if (!readTime(t, row.line, t.header.value(column), text, consentTimes[c], &at,
                              error))
                    return false;
                if (unsubscribed < 0)
                    out->people.set(p, u"marketing_consent", QStringLiteral("true"));
                out->people.set(p, u"consent_date", isoTime(at).left(10));
                break;
            }
        }
        return true;
    }
};

/**
 * HubSpot's contacts export (CSV; every field quoted). The first column is Record ID (Zoho
 * writes "Record Id"); the rest are the view's properties by label. A contact is a person:
 * Email, First Name, Last Name, Company Name (else the first Associated Company), Job Title,
 * Country/Region, and Create Date — when the contact entered the CRM — as the joined date.
 * HubSpot writes dates in the exporting user's time zone without saying which; the date is
 * kept as written. Lifecycle stage, lead status and owner are sales states that change, not
 * facts about the person, and are left out (tags would keep every stage ever seen).
 */
class HubSpotFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("hubspot"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat", "HubSpot contacts export");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && !t.header.isEmpty() &&
               t.header.front() == u"Record ID" &&
               t.anyColumn({u"Contact owner", u"Lifecycle Stage", u"Create Date"}) >= 0;
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        const int email = t.column(u"Email");
        const int first = t.column(u"First Name");
        const int last = t.column(u"Last Name");
        const int company = t.column(u"Company Name");
        const int associated = t.column(u"Associated Company");
        const int role = t.column(u"Job Title");
        const int country = t.anyColumn({u"Country/Region", u"Country"});
        const int created = t.column(u"Create Date");
        const TimeColumn order = columnOrder(t, created, o, DateOrder::MonthDayYear);
        for (const PlatformRow& row : t.rows) {
            QString companyName = cell(row, company);
            if (companyName.isEmpty())
                companyName = cell(row, associated).section(u';', 0, 0).trimmed();
            PlatformRow& p = out->people.add(row.line);
            out->people.set(p, u"email", cell(row, email));
            out->people.set(p, u"first_name", cell(row, first));
            out->people.set(p, u"last_name", cell(row, last));
            out->people.set(p, u"company", companyName);
            out->people.set(p, u"role", cell(row, role));
            out->people.set(p, u"country", cell(row, country));
            out->people.set(p, u"source", QStringLiteral("hubspot"));
            if (const QString text = cell(row, created); !text.isEmpty()) {
                qint64 at = 0;
                if (!readTime(t, row.line, t.header.value(created), text, order, &at, error))
                    return false;
                out->people.set(p, u"joined", isoTime(at).left(10));
            }
        }
        return true;
    }
};

} // namespace

QList<const ImportFormat*> crmImportFormats()
{
    static const MailchimpFormat mailchimp;
    static const HubSpotFormat hubspot;
    return {&mailchimp, &hubspot};
}

} // namespace rapport::io
