// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Event platforms: registrations and check-ins become `registered` and `attended`
// activities on a campaign named after the event. Layouts and sources: IMPORT-FORMATS.md.
#include "core/io/ImportFormat.h"

namespace rapport::io {

namespace {

using namespace formats;

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::io::ImportFormat", text);
}

/** The campaign of an event export: the option, else an event-name column, else the file. */
QString campaignOf(const PlatformTable& table, const PlatformRow& row, int eventColumn, const TranslateOptions& o)
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
    QString title() const override { return tr("Eventbrite attendee report"); }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && t.anyColumn({u"Order #", u"Order no."}) >= 0
               && t.has(u"Attendee Status");
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
        const int attendedAt = t.anyColumn({u"Check-In Date", u"Checked In Date", u"Check In Date", u"Event Date",
                                            u"Date Attending", u"Event Start Date"});
        const int event = t.anyColumn({u"Event Name", u"Event"});
        const int company = t.anyColumn({u"Company", u"Company / Organization", u"Organization", u"Organisation",
                                         u"Work Company"});
        const int role = t.anyColumn({u"Job Title", u"Work Job Title", u"Role"});
        const int country = t.anyColumn({u"Home Country", u"Work Country", u"Country"});
        if (email < 0 || ordered < 0)
            return fail(t, error, tr("an Eventbrite report without an Email or Order Date column cannot be imported"));
        const DateOrder fallback = uk ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
        const DateOrder orderOfOrdered = columnOrder(t, ordered, o, fallback);
        const DateOrder orderOfAttended = columnOrder(t, attendedAt, o, fallback);
        for (const PlatformRow& row : t.rows) {
            const QString state = cell(row, status);
            if (state.compare(u"Deleted", Qt::CaseInsensitive) == 0) {
                out->skipped.append({row.line, tr("a deleted order")});
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
            if (!parseTime(orderText, orderOfOrdered, &at)) {
                *error = badTime(t, row.line, t.header.value(ordered), orderText);
                return false;
            }
            const QString campaign = campaignOf(t, row, event, o);
            PlatformRow& registered = out->activities.add(row.line);
            out->activities.set(registered, u"email", cell(row, email));
            out->activities.set(registered, u"type", QStringLiteral("registered"));
            out->activities.set(registered, u"timestamp", isoTime(at));
            out->activities.set(registered, u"campaign", campaign);
            if (state.compare(u"Checked In", Qt::CaseInsensitive) == 0) {
                qint64 when = at;
                const QString attendedText = cell(row, attendedAt);
                if (!attendedText.isEmpty() && !parseTime(attendedText, orderOfAttended, &when)) {
                    *error = badTime(t, row.line, t.header.value(attendedAt), attendedText);
                    return false;
                }
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

} // namespace

QList<const ImportFormat*> eventImportFormats()
{
    static const EventbriteFormat eventbrite;
    return {&eventbrite};
}

} // namespace rapport::io
