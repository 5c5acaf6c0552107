// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every import is one step that can be undone (storage::ImportLog over SQLite sessions).
#include "core/storage/ImportLog.h"
#include "tests/io/ImportTestSupport.h"

using namespace rapport;
using test::importFixture;

class ImportUndoTest : public QObject
{
    Q_OBJECT

private slots:
    void undoesNewestFirst();
    void undoesBulkActivitiesAndUpdates();
    void refusedWhenRowsChangedSince();
    void dryRunIsNotLogged();
};

void ImportUndoTest::undoesNewestFirst()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    const QJsonObject empty = p.summary();
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("eventbrite_attendees_us.csv")), &r, &e),
             qPrintable(e.toString()));
    const QJsonObject afterFirst = p.summary();
    QVERIFY2(p.import(importFixture(QStringLiteral("luma_guests.csv")), &r, &e),
             qPrintable(e.toString()));
    QVERIFY(p.summary() != afterFirst);
    storage::ImportLog log(p.db());
    const auto entries = log.list();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].file, QStringLiteral("eventbrite_attendees_us.csv"));
    QCOMPARE(entries[1].format, QStringLiteral("luma"));
    QCOMPARE(entries[1].summary.value(QStringLiteral("people_created")).toInt(), 3);

    storage::ImportLogEntry undone;
    QString error;
    QVERIFY2(log.undoLatest(&undone, &error), qPrintable(error));
    QCOMPARE(undone.file, QStringLiteral("luma_guests.csv"));
    QCOMPARE(p.summary(), afterFirst);
    // Ada (matched by Luma, created by Eventbrite) is still there, without her Luma activities.
    const auto ada = p.personByEmail(QStringLiteral("ada@example.com"));
    QVERIFY(ada);
    QCOMPARE(p.activityTypes(p.keyOf(*ada)), test::typeCounts({{"registered", 1}}));
    QVERIFY(!p.personByEmail(QStringLiteral("jose@example.org")));

    QVERIFY2(log.undoLatest(&undone, &error), qPrintable(error));
    QCOMPARE(p.summary(), empty);
    QVERIFY(!log.undoLatest(&undone, &error));
    QCOMPARE(error, QStringLiteral("there is no import to undo"));
}

void ImportUndoTest::undoesBulkActivitiesAndUpdates()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    // People first, with a company; then a platform file that fills in Ada's role.
    const QString people =
        p.write(QStringLiteral("people.csv"), "email,name,company\nada@example.com,Ada Example,\n");
    QVERIFY2(p.import(people, &r, &e), qPrintable(e.toString()));
    const QJsonObject before = p.summary();
    // Enough activity rows to be written as compressed segments, not change rows.
    QByteArray csv = "email,type,timestamp,campaign\n";
    for (int i = 0; i < 30000; ++i)
        csv += "member" + QByteArray::number(i % 700) + "@example.org,attended,2025-03-" +
               QByteArray::number(1 + i / 1200 % 28).rightJustified(2, '0') + "T" +
               QByteArray::number(i / 60 % 20).rightJustified(2, '0') + ":" +
               QByteArray::number(i % 60).rightJustified(2, '0') + ":00Z,Meetup " +
               QByteArray::number(i % 9) + "\n";
    QVERIFY2(p.import(p.write(QStringLiteral("activities.csv"), csv), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.activitiesCreated, 30000);
    QVERIFY2(p.import(importFixture(QStringLiteral("eventbrite_attendees_us.csv")), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(p.personByEmail(QStringLiteral("ada@example.com"))->company,
             QStringLiteral("Example Corp"));

    storage::ImportLog log(p.db());
    storage::ImportLogEntry undone;
    QString error;
    QVERIFY2(log.undoLatest(&undone, &error), qPrintable(error));
    QVERIFY(p.personByEmail(QStringLiteral("ada@example.com"))
                ->company.isEmpty()); // the update is undone
    QVERIFY2(log.undoLatest(&undone, &error), qPrintable(error));
    QCOMPARE(undone.file, QStringLiteral("activities.csv"));
    QCOMPARE(p.summary(), before);
    QCOMPARE(storage::ActivityStore(p.db()).count(), 0);
}

void ImportUndoTest::refusedWhenRowsChangedSince()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("eventbrite_attendees_uk.csv")), &r, &e),
             qPrintable(e.toString()));
    // Someone edits a person the import created.
    storage::PeopleRepository people(p.db(), p.clock());
    model::Person tom = *p.personByEmail(QStringLiteral("tom@example.net"));
    tom.notes = QStringLiteral("met at the booth");
    QVERIFY(people.update(tom));
    const QJsonObject edited = p.summary();
    storage::ImportLogEntry undone;
    QString error;
    QVERIFY(!storage::ImportLog(p.db()).undoLatest(&undone, &error));
    QVERIFY2(error.contains(QStringLiteral("“people”")) &&
                 error.contains(QLatin1String("nothing was changed")),
             qPrintable(error));
    QCOMPARE(p.summary(), edited);
    QCOMPARE(p.personByEmail(QStringLiteral("tom@example.net"))->notes,
             QStringLiteral("met at the booth"));
    QCOMPARE(storage::ImportLog(p.db()).list().size(), 1);
}

void ImportUndoTest::dryRunIsNotLogged()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    io::FileImportOptions options;
    options.dryRun = true;
    QVERIFY2(p.import(importFixture(QStringLiteral("luma_guests.csv")), &r, &e, options),
             qPrintable(e.toString()));
    QVERIFY(storage::ImportLog(p.db()).list().isEmpty());
}

QTEST_GUILESS_MAIN(ImportUndoTest)
#include "tst_import_undo.moc"
