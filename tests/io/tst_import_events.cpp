// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Event platforms: Eventbrite, Luma, Meetup (fixtures in tests/data/import, layouts in
// core/io/IMPORT-FORMATS.md).
#include "tests/io/ImportTestSupport.h"

using namespace rapport;
using test::importFixture;

class ImportEventsTest : public QObject
{
    Q_OBJECT

private slots:
    void eventbriteUs();
    void eventbriteUk();
    void recognisedFromTheHeader_data();
    void recognisedFromTheHeader();
    void reimportAddsNothing();
    void dryRunChangesNothing();
    void badDateNamesTheLine();
    void campaignOption();
    void timeZoneOption();
    void luma();
    void meetupMembers();
    void meetupAttendees();
    void oneAttendeeAcrossPlatforms();
};

void ImportEventsTest::eventbriteUs()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("eventbrite_attendees_us.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("eventbrite"));
    QCOMPARE(r.rows, 5);
    QCOMPARE(r.peopleCreated, 4); // Brian and Carla share the buyer's email: one person
    QCOMPARE(r.campaignsCreated, 1);
    // 5 tickets → 4 distinct registrations (the shared order is one), 1 check-in
    QCOMPARE(r.activitiesCreated, 5);
    const auto zoe = p.personByEmail(QStringLiteral("ZOE@example.org"));
    QVERIFY(zoe);
    QCOMPARE(zoe->displayName, QStringLiteral("Zoë Müller-Šimić"));
    QCOMPARE(zoe->company, QStringLiteral("Example GmbH"));
    QCOMPARE(zoe->role, QStringLiteral("Staff Engineer"));
    QCOMPARE(zoe->source, QStringLiteral("eventbrite"));
    const auto types = p.activityTypes(p.keyOf(*zoe));
    QCOMPARE(types.at(QStringLiteral("registered")), 1);
    QCOMPARE(types.at(QStringLiteral("attended")), 1);
    const auto ada = p.personByEmail(QStringLiteral("ada@example.com"));
    QVERIFY(ada);
    QCOMPARE(p.activityTypes(p.keyOf(*ada)).count(QStringLiteral("attended")), 0u);
    // Month-first dates (3/2/24 14:02) read as 2 March 2024, UTC.
    storage::CampaignRepository campaigns(p.db(), p.clock());
    const auto list = campaigns.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.front().name, QStringLiteral("eventbrite_attendees_us"));
    QCOMPARE(list.front().starts, QDate(2024, 3, 1));
    QCOMPARE(list.front().ends, QDate(2024, 3, 3));
}

void ImportEventsTest::eventbriteUk()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("eventbrite_attendees_uk.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("eventbrite"));
    QCOMPARE(r.peopleCreated, 3);
    QCOMPARE(r.activitiesCreated,
             4); // 3 registrations + Siobhán's check-in; Tom's refund is still a registration
    const auto siobhan = p.personByEmail(QStringLiteral("siobhan@example.org"));
    QVERIFY(siobhan);
    QCOMPARE(siobhan->displayName, QStringLiteral("Siobhán Ó Example"));
    // 2024-04-01 18:30:00+01:00 is 17:30 UTC
    storage::ActivityStore store(p.db());
    const auto tom = p.personByEmail(QStringLiteral("tom@example.net"));
    QVERIFY(tom);
    const storage::RowKey key = p.keyOf(*tom);
    bool found = false;
    store.forEachSegment([&](const storage::ActivitySpans& s) {
        for (std::size_t i = 0; i < s.size(); ++i)
            if (s.person[i] == key)
                found = s.at[i] == QDateTime(QDate(2024, 4, 1), QTime(17, 30), QTimeZone::utc())
                                       .toSecsSinceEpoch();
        return true;
    });
    QVERIFY(found);
}

void ImportEventsTest::recognisedFromTheHeader_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("eventbrite us") << "eventbrite_attendees_us.csv"
                                   << "eventbrite";
    QTest::newRow("eventbrite uk") << "eventbrite_attendees_uk.csv"
                                   << "eventbrite";
    QTest::newRow("luma") << "luma_guests.csv"
                          << "luma";
    QTest::newRow("luma legacy") << "luma_guests_legacy_api_id.csv"
                                 << "luma";
    QTest::newRow("meetup members (tsv .xls)") << "meetup_members_legacy.xls"
                                               << "meetup-members";
    QTest::newRow("meetup attendees") << "meetup_event_attendees.csv"
                                      << "meetup-attendees";
}

void ImportEventsTest::recognisedFromTheHeader()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    io::InputError e;
    QCOMPARE(io::FileImporter::recognise(importFixture(file), {}, &e), format);
}

void ImportEventsTest::reimportAddsNothing()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    const QString file = importFixture(QStringLiteral("eventbrite_attendees_us.csv"));
    QVERIFY2(p.import(file, &r, &e), qPrintable(e.toString()));
    const QJsonObject before = p.summary();
    QVERIFY2(p.import(file, &r, &e), qPrintable(e.toString()));
    QCOMPARE(r.peopleCreated, 0);
    QCOMPARE(r.peopleMatched, 4);
    QCOMPARE(r.activitiesCreated, 0);
    QCOMPARE(r.campaignsCreated, 0);
    QCOMPARE(p.summary(), before);
}

void ImportEventsTest::dryRunChangesNothing()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    const QJsonObject empty = p.summary();
    io::ImportReport dry, real;
    io::InputError e;
    io::FileImportOptions options;
    options.dryRun = true;
    const QString file = importFixture(QStringLiteral("eventbrite_attendees_uk.csv"));
    QVERIFY2(p.import(file, &dry, &e, options), qPrintable(e.toString()));
    QCOMPARE(p.summary(), empty);
    QVERIFY(dry.dryRun);
    QVERIFY2(p.import(file, &real, &e), qPrintable(e.toString()));
    QCOMPARE(dry.peopleCreated, real.peopleCreated);
    QCOMPARE(dry.activitiesCreated, real.activitiesCreated);
}

void ImportEventsTest::badDateNamesTheLine()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    QFile source(importFixture(QStringLiteral("eventbrite_attendees_us.csv")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    bytes.replace("3/3/24 8:05", "someday");
    const QString file = p.write(QStringLiteral("broken.csv"), bytes);
    const QJsonObject before = p.summary();
    io::ImportReport r;
    io::InputError e;
    QVERIFY(!p.import(file, &r, &e));
    QCOMPARE(e.file, QStringLiteral("broken.csv"));
    QCOMPARE(e.line, 6);
    QVERIFY2(e.reason.contains(QLatin1String("someday")), qPrintable(e.reason));
    QCOMPARE(p.summary(), before);
}

void ImportEventsTest::campaignOption()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    io::FileImportOptions options;
    options.translate.campaign = QStringLiteral("DevDay Berlin 2024");
    QVERIFY2(
        p.import(importFixture(QStringLiteral("eventbrite_attendees_uk.csv")), &r, &e, options),
        qPrintable(e.toString()));
    storage::CampaignRepository campaigns(p.db(), p.clock());
    QVERIFY(!campaigns.findByName(QStringLiteral("DevDay Berlin 2024")).isNull());
}

void ImportEventsTest::timeZoneOption()
{
    // Excel-saved US reports name no zone: 3/1/24 9:15 in New York (EST, before DST) is
    // 14:15 UTC; the UK report's times carry their offset and are not moved.
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    io::FileImportOptions options;
    options.translate.timeZone = QTimeZone("America/New_York");
    QVERIFY2(p.import(importFixture(QStringLiteral("eventbrite_attendees_us.csv")), &r, &e, options),
             qPrintable(e.toString()));
    QVERIFY2(p.import(importFixture(QStringLiteral("eventbrite_attendees_uk.csv")), &r, &e, options),
             qPrintable(e.toString()));
    auto firstTime = [&](const char* email) {
        const auto person = p.personByEmail(QString::fromUtf8(email));
        const storage::RowKey key = person ? p.keyOf(*person) : 0;
        qint64 at = 0;
        storage::ActivityStore(p.db()).forEachSegment([&](const storage::ActivitySpans& s) {
            for (std::size_t i = 0; i < s.size(); ++i)
                if (s.person[i] == key && (at == 0 || s.at[i] < at))
                    at = s.at[i];
            return true;
        });
        return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc());
    };
    QCOMPARE(firstTime("ada@example.com"), QDateTime(QDate(2024, 3, 1), QTime(14, 15), QTimeZone::utc()));
    QCOMPARE(firstTime("tom@example.net"), QDateTime(QDate(2024, 4, 1), QTime(17, 30), QTimeZone::utc()));
}

void ImportEventsTest::luma()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    // Named as Luma names its downloads: the event name comes first.
    QFile source(importFixture(QStringLiteral("luma_guests.csv")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString file =
        p.write(QStringLiteral("Rust Night - Guests - 2024-03-06-10-00-00.csv"), source.readAll());
    QVERIFY2(p.import(file, &r, &e), qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("luma"));
    QCOMPARE(r.encoding, QStringLiteral("utf-8-bom"));
    QCOMPARE(r.peopleCreated, 5); // the declined guest and the nameless invitee are people too
    const auto ada = p.personByEmail(QStringLiteral("ada@example.com"));
    QVERIFY(ada);
    QCOMPARE(ada->company, QStringLiteral("Example Corp"));
    QCOMPARE(ada->role, QStringLiteral("Developer Advocate"));
    QCOMPARE(p.activityTypes(p.keyOf(*ada)),
             test::typeCounts({{"attended", 1}, {"registered", 1}}));
    const auto jose = p.personByEmail(QStringLiteral("jose@example.org"));
    QVERIFY(jose);
    QCOMPARE(jose->displayName, QStringLiteral("José Ñúñez"));
    QCOMPARE(jose->company, QStringLiteral("Ejemplo, S.A."));
    const auto carla = p.personByEmail(QStringLiteral("carla@example.com"));
    QVERIFY(carla);
    QVERIFY(p.activityTypes(p.keyOf(*carla)).empty()); // declined
    const auto dana = p.personByEmail(QStringLiteral("dana@example.com"));
    QVERIFY(dana);
    QCOMPARE(p.activityTypes(p.keyOf(*dana)), test::typeCounts({{"invited", 1}}));
    storage::CampaignRepository campaigns(p.db(), p.clock());
    QVERIFY(!campaigns.findByName(QStringLiteral("Rust Night")).isNull());
}

void ImportEventsTest::meetupMembers()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("meetup_members_legacy.xls")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("meetup-members"));
    QCOMPARE(r.delimiter, QStringLiteral("\t"));
    QCOMPARE(r.peopleCreated, 3);
    const auto zoe = p.personByHandle(model::IdentityKind::Meetup, QStringLiteral("10000002"));
    QVERIFY(zoe);
    QCOMPARE(zoe->displayName, QStringLiteral("Zoë Ångström"));
    QCOMPARE(zoe->role, QStringLiteral("Organizer"));
    QCOMPARE(zoe->joined, QDate(2015, 1, 5)); // 01/05/2015 is month-first: 5 January
    QCOMPARE(p.activityTypes(p.keyOf(*zoe)), test::typeCounts({{"attended", 1}}));
    const auto brian = p.personByHandle(model::IdentityKind::Meetup, QStringLiteral("10000003"));
    QVERIFY(brian);
    QVERIFY(p.activityTypes(p.keyOf(*brian)).empty()); // never attended
}

void ImportEventsTest::meetupAttendees()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("meetup_event_attendees.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.peopleCreated, 3);
    const auto ada = p.personByHandle(model::IdentityKind::Meetup, QStringLiteral("10000001"));
    QVERIFY(ada);
    QCOMPARE(p.activityTypes(p.keyOf(*ada)),
             test::typeCounts({{"attended", 1}, {"registered", 1}}));
    const auto zoe = p.personByHandle(model::IdentityKind::Meetup, QStringLiteral("10000002"));
    QCOMPARE(p.activityTypes(p.keyOf(*zoe)), test::typeCounts({{"registered", 1}})); // absent
    const auto brian = p.personByHandle(model::IdentityKind::Meetup, QStringLiteral("10000003"));
    QVERIFY(p.activityTypes(p.keyOf(*brian)).empty()); // RSVP no
}

void ImportEventsTest::oneAttendeeAcrossPlatforms()
{
    // Ada registers on Eventbrite and on Luma with her email in two cases: one person, both
    // platforms' activities.
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("eventbrite_attendees_us.csv")), &r, &e),
             qPrintable(e.toString()));
    QFile source(importFixture(QStringLiteral("luma_guests_legacy_api_id.csv")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    bytes.replace("ada@example.com", "Ada@Example.COM");
    QVERIFY2(p.import(p.write(QStringLiteral("luma.csv"), bytes), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.peopleMatched, 2); // Ada, and Zoë with the same email on both
    QCOMPARE(r.peopleCreated, 0);
    const auto ada = p.personByEmail(QStringLiteral("ada@example.com"));
    QVERIFY(ada);
    QCOMPARE(p.activityTypes(p.keyOf(*ada)),
             test::typeCounts({{"attended", 1}, {"registered", 2}}));
    QCOMPARE(p.peopleCount(), 4);
}

QTEST_GUILESS_MAIN(ImportEventsTest)
#include "tst_import_events.moc"
