// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Event platforms: registrations and check-ins become `registered` and `attended`
// activities on a campaign named after the event. Layouts and sources: IMPORT-FORMATS.md.
#include "core/io/ImportFormat.h"

namespace rapport::io {

namespace {

using namespace formats;

/** The campaign of an event export: the option, else an event-name column, else the file. */
QString campaignOf(const PlatformTable& table, const PlatformRow& row, int eventColumn,
                   const TranslateOptions& o)
{
    if (!o.campaign.isEmpty())
        return o.campaign;
    if (const QString name = cell(row, eventColumn); !name.isEmpty())
        return name;
    return table.baseName;
}

/**
 * Eventbrite's attendee report, one row per ticket. US accounts write `Order #`, `Last Name`
 * and month-first dates (`3/1/24 9:15` once Excel has touched the file); UK/EU accounts
 * write `Order no.`, `Surname` and ISO dates with an offset. `Attendee Status` is
 * Attending, Checked In, Not Attending, Refunded, Transferred or Deleted: every ticket but a
 * deleted one is a registration at its order date; Checked In is also an attendance, at the
 * check-in or event date when the report has one, else at the order date (the report has
 * no event date unless the organiser added it; --event-date would be the place to say it).
 */
class EventbriteFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("eventbrite"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "Eventbrite attendee report");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table &&
               t.anyColumn({u"Order #", u"Order no."}) >= 0 && t.has(u"Attendee Status");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        const bool uk = t.column(u"Order no.") >= 0 || t.column(u"Surname") >= 0;
        const int email = t.anyColumn({u"Email", u"Email Address"});
        const int first = t.column(u"First Name");
        const int last = t.anyColumn({u"Last Name", u"Surname"});
        const int status = t.column(u"Attendee Status");
        const int ordered = t.anyColumn({u"Order Date", u"Date"});
        const int attendedAt = t.anyColumn({u"Check-In Date", u"Checked In Date", u"Check In Date",
                                            u"Event Date", u"Date Attending", u"Event Start Date"});
        const int event = t.anyColumn({u"Event Name", u"Event"});
        const int company = t.anyColumn({u"Company", u"Company / Organization", u"Organization",
                                         u"Organisation", u"Work Company"});
        const int role = t.anyColumn({u"Job Title", u"Work Job Title", u"Role"});
        const int country = t.anyColumn({u"Home Country", u"Work Country", u"Country"});
        if (email < 0 || ordered < 0)
            return fail(t, error,
                        QCoreApplication::translate("rapport::io::ImportFormat",
                                                    "an Eventbrite report without an Email or "
                                                    "Order Date column cannot be imported"));
        const DateOrder fallback = uk ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
        const TimeColumn orderOfOrdered = columnOrder(t, ordered, o, fallback);
        const TimeColumn orderOfAttended = columnOrder(t, attendedAt, o, fallback);
        for (const PlatformRow& row : t.rows) {
            const QString state = cell(row, status);
            if (state.compare(u"Deleted", Qt::CaseInsensitive) == 0) {
                out->skipped.append(
                    {row.line,
                     QCoreApplication::translate("rapport::io::ImportFormat", "a deleted order")});
                continue;
            }
            PlatformRow& p = out->people.add(row.line);
            out->people.set(p, u"email", cell(row, email));
            out->people.set(p, u"first_name", cell(row, first));
            out->people.set(p, u"last_name", cell(row, last));
            out->people.set(p, u"company", cell(row, company));
            out->people.set(p, u"role", cell(row, role));
            out->people.set(p, u"country", cell(row, country));
            out->people.set(p, u"source", QStringLiteral("eventbrite"));
            if (cell(row, email).isEmpty())
                continue; // the people pass skips the row and says why
            qint64 at = 0;
            const QString orderText = cell(row, ordered);
            if (!readTime(t, row.line, t.header.value(ordered), orderText, orderOfOrdered, &at,
                          error))
                return false;
            const QString campaign = campaignOf(t, row, event, o);
            PlatformRow& registered = out->activities.add(row.line);
            out->activities.set(registered, u"email", cell(row, email));
            out->activities.set(registered, u"type", QStringLiteral("registered"));
            out->activities.set(registered, u"timestamp", isoTime(at));
            out->activities.set(registered, u"campaign", campaign);
            if (state.compare(u"Checked In", Qt::CaseInsensitive) == 0) {
                qint64 when = at;
                const QString attendedText = cell(row, attendedAt);
                if (!attendedText.isEmpty() &&
                    !readTime(t, row.line, t.header.value(attendedAt), attendedText,
                              orderOfAttended, &when, error))
                    return false;
                PlatformRow& attended = out->activities.add(row.line);
                out->activities.set(attended, u"email", cell(row, email));
                out->activities.set(attended, u"type", QStringLiteral("attended"));
                out->activities.set(attended, u"timestamp", isoTime(when));
                out->activities.set(attended, u"campaign", campaign);
            }
        }
        return true;
    }

private:
    static bool fail(const PlatformTable& t, InputError* error, const QString& reason)
    {
        *error = InputError{t.fileName, t.headerLine, reason};
        return false;
    }
};

/** The first column whose header contains one of the fragments (a registration question
 *  such as "What's your company?"), or −1. */
int questionColumn(const PlatformTable& t, std::initializer_list<const char16_t*> fragments)
{
    for (const char16_t* f : fragments)
        if (const QList<int> columns = t.columnsContaining(QStringView(f)); !columns.isEmpty())
            return columns.front();
    return -1;
}

/**
 * Luma's guest list (`<Event> - Guests - <date>.csv`, UTF-8 with a BOM). Two layouts: the
 * older `api_id … custom_source` and the newer `guest_id … utm_source, referrer`;
 * registration questions follow `ticket_name`, headed by their text. approval_status:
 * approved, pending_approval, waitlist and session are registrations at created_at;
 * invited is an invitation; declined is neither (the person is still known). A non-empty
 * checked_in_at is an attendance then. Times are ISO 8601 UTC. The campaign is the event
 * name of the file name. Luma's post-event rating (survey_response_rating) is left out:
 * its scale is not documented.
 */
class LumaFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("luma"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat", "Luma guest list");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && t.anyColumn({u"guest_id", u"api_id"}) >= 0 &&
               t.has(u"approval_status") && t.has(u"checked_in_at");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        const int email = t.column(u"email");
        const int name = t.column(u"name");
        const int first = t.column(u"first_name");
        const int last = t.column(u"last_name");
        const int created = t.column(u"created_at");
        const int status = t.column(u"approval_status");
        const int checkedIn = t.column(u"checked_in_at");
        const int ticket = t.column(u"ticket_name");
        // Questions come after ticket_name; only they may say company and role.
        auto question = [&](std::initializer_list<const char16_t*> fragments) {
            const int c = questionColumn(t, fragments);
            return c > ticket ? c : -1;
        };
        const int company = question({u"company", u"organi", u"employer"});
        const int role = question({u"role", u"job", u"title", u"position"});
        QString campaign = o.campaign;
        if (campaign.isEmpty()) {
            const qsizetype guests = t.baseName.indexOf(QStringLiteral(" - Guests"));
            campaign = guests > 0 ? t.baseName.left(guests) : t.baseName;
        }
        const TimeColumn order(DateOrder::YearMonthDay, o.timeZone);
        for (const PlatformRow& row : t.rows) {
            const QString mail = cell(row, email);
            PlatformRow& p = out->people.add(row.line);
            out->people.set(p, u"email", mail);
            out->people.set(p, u"name", cell(row, name));
            out->people.set(p, u"first_name", cell(row, first));
            out->people.set(p, u"last_name", cell(row, last));
            out->people.set(p, u"company", cell(row, company));
            out->people.set(p, u"role", cell(row, role));
            out->people.set(p, u"source", QStringLiteral("luma"));
            if (mail.isEmpty())
                continue;
            const QString state = cell(row, status).toLower();
            qint64 at = 0;
            const QString createdText = cell(row, created);
            if (!readTime(t, row.line, t.header.value(created), createdText, order, &at, error))
                return false;
            if (state == u"invited")
                addActivity(out, row.line, u"email", mail, QStringLiteral("invited"), at, campaign);
            else if (state != u"declined")
                addActivity(out, row.line, u"email", mail, QStringLiteral("registered"), at,
                            campaign);
            const QString checkedText = cell(row, checkedIn);
            if (!checkedText.isEmpty()) {
                qint64 when = 0;
                if (!readTime(t, row.line, t.header.value(checkedIn), checkedText, order, &when,
                              error))
                    return false;
                addActivity(out, row.line, u"email", mail, QStringLiteral("attended"), when,
                            campaign);
            }
        }
        return true;
    }
};

/** Meetup's member ids: "user 12537919" (User ID) or "12537919" (Member ID) → the digits. */
QString meetupId(const QString& text)
{
    QString id = text.trimmed();
    if (id.startsWith(u"user ", Qt::CaseInsensitive))
        id = id.mid(5).trimmed();
    return id;
}

/**
 * Meetup's member list ("Download membership list"): the legacy file is tab-separated text
 * with an .xls name, newer ones are real .xlsx; both have Member ID, Joined Group on and URL
 * of Member Profile, dates month-first (04/24/2014) or written out (April 24, 2014). Meetup
 * exports no email: people are matched by their Meetup id. The join date is the person's
 * joined date; "Last Attended" is one attendance at that date (the file only has counts
 * otherwise, and counts are not activities).
 */
class MeetupMembersFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("meetup-members"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat", "Meetup member list");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && t.has(u"Member ID") &&
               t.has(u"Joined Group on") && t.has(u"URL of Member Profile") && !t.has(u"RSVP");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        const int name = t.column(u"Name");
        const int member = t.column(u"Member ID");
        const int title = t.column(u"Title");
        const int company = t.column(u"Company");
        const int joined = t.column(u"Joined Group on");
        const int lastAttended = t.column(u"Last Attended");
        const TimeColumn joinedOrder = columnOrder(t, joined, o, DateOrder::MonthDayYear);
        const TimeColumn attendedOrder = columnOrder(t, lastAttended, o, DateOrder::MonthDayYear);
        for (const PlatformRow& row : t.rows) {
            const QString id = meetupId(cell(row, member));
            PlatformRow& p = out->people.add(row.line);
            out->people.set(p, u"meetup", id);
            out->people.set(p, u"name", cell(row, name));
            out->people.set(p, u"role", cell(row, title));
            out->people.set(p, u"company", cell(row, company));
            out->people.set(p, u"source", QStringLiteral("meetup"));
            if (id.isEmpty())
                continue;
            qint64 at = 0;
            if (const QString text = cell(row, joined); !text.isEmpty()) {
                if (!readTime(t, row.line, t.header.value(joined), text, joinedOrder, &at, error))
                    return false;
                out->people.set(p, u"joined", isoTime(at).left(10));
            }
            if (const QString text = cell(row, lastAttended); !text.isEmpty()) {
                if (!readTime(t, row.line, t.header.value(lastAttended), text, attendedOrder, &at,
                              error))
                    return false;
                addActivity(out, row.line, u"meetup", id, QStringLiteral("attended"), at,
                            o.campaign);
            }
        }
        return true;
    }
};

/**
 * Meetup's attendee export of one event: Name, Attendance, User ID, RSVP, Guests, RSVPed on.
 * RSVP "Yes" is a registration at RSVPed on; Attendance "Attended" (or "Yes") an attendance,
 * at the same date because the file has no event date (say --campaign to name the event;
 * the default is the file's name). Column names come from one third-party parser only
 * (IMPORT-FORMATS.md: low confidence).
 */
class MeetupAttendeesFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("meetup-attendees"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "Meetup event attendee list");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && t.has(u"RSVP") && t.has(u"RSVPed on") &&
               t.has(u"User ID");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        const int name = t.column(u"Name");
        const int user = t.column(u"User ID");
        const int title = t.column(u"Title");
        const int rsvp = t.column(u"RSVP");
        const int rsvpOn = t.column(u"RSVPed on");
        const int attendance = t.column(u"Attendance");
        const int joined = t.column(u"Joined Group on");
        const QString campaign = o.campaign.isEmpty() ? t.baseName : o.campaign;
        const TimeColumn order = columnOrder(t, rsvpOn, o, DateOrder::MonthDayYear);
        const TimeColumn joinedOrder = columnOrder(t, joined, o, DateOrder::MonthDayYear);
        for (const PlatformRow& row : t.rows) {
            const QString id = meetupId(cell(row, user));
            PlatformRow& p = out->people.add(row.line);
            out->people.set(p, u"meetup", id);
            out->people.set(p, u"name", cell(row, name));
            out->people.set(p, u"role", cell(row, title));
            out->people.set(p, u"source", QStringLiteral("meetup"));
            if (id.isEmpty())
                continue;
            qint64 at = 0;
            if (const QString text = cell(row, joined); !text.isEmpty()) {
                if (!readTime(t, row.line, t.header.value(joined), text, joinedOrder, &at, error))
                    return false;
                out->people.set(p, u"joined", isoTime(at).left(10));
            }
            const QString answer = cell(row, rsvp).toLower();
            const QString came = cell(row, attendance).toLower();
            if (answer != u"yes" && came != u"attended" && came != u"yes")
                continue;
            const QString text = cell(row, rsvpOn);
            if (!readTime(t, row.line, t.header.value(rsvpOn), text, order, &at, error))
                return false;
            if (answer == u"yes")
                addActivity(out, row.line, u"meetup", id, QStringLiteral("registered"), at,
                            campaign);
            if (came == u"attended" || came == u"yes")
                addActivity(out, row.line, u"meetup", id, QStringLiteral("attended"), at, campaign);
        }
        return true;
    }
};

} // namespace

QList<const ImportFormat*> eventImportFormats()
{
    static const EventbriteFormat eventbrite;
    static const LumaFormat luma;
    static const MeetupAttendeesFormat meetupAttendees;
    static const MeetupMembersFormat meetupMembers;
    return {&eventbrite, &luma, &meetupAttendees, &meetupMembers};
}

} // namespace rapport::io
