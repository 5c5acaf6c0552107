// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the desktop import wizard needs from the importer: progress and cancelling, columns
// left out of a canonical CSV, the line of a file that cannot be read further, redoing an
// undone import, and a demo community that can be followed and cancelled.
#include "core/io/DemoCommunity.h"
#include "core/storage/ImportLog.h"
#include "tests/io/ImportTestSupport.h"

#include <QSqlQuery>

#include <algorithm>

using namespace rapport;
using test::importFixture;

namespace {

/** A canonical people CSV of n people. */
QByteArray peopleCsv(int n)
{
    QByteArray csv = "email,name,company\n";
    for (int i = 0; i < n; ++i)
        csv += "member" + QByteArray::number(i) + "@example.org,Member " + QByteArray::number(i) +
               ",Company " + QByteArray::number(i % 17) + "\n";
    return csv;
}

} // namespace

class ImportProgressTest : public QObject
{
    Q_OBJECT

private slots:
    void reportsProgress_data();
    void reportsProgress();
    void cancelLeavesTheProjectUnchanged_data();
    void cancelLeavesTheProjectUnchanged();
    void unreadableRecordNamesItsLine();
    void ignoredColumns();
    void redoMakesTheSameImportAgain();
    void redoRefusedWhenRowsAppearedSince();
    void demoCommunityProgressAndCancel();
};

void ImportProgressTest::reportsProgress_data()
{
    QTest::addColumn<bool>("canonical");
    QTest::newRow("canonical CSV") << true;
    QTest::newRow("platform export") << false;
}

void ImportProgressTest::reportsProgress()
{
    QFETCH(bool, canonical);
    test::ImportProject p;
    QVERIFY(p.isOk());
    const QString path = canonical ? p.write(QStringLiteral("people.csv"), peopleCsv(2000))
                                   : importFixture(QStringLiteral("eventbrite_attendees_us.csv"));
    QList<double> shares;
    io::FileImportOptions options;
    options.progress = [&shares](double share) {
        shares << share;
        return true;
    };
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(path, &r, &e, options), qPrintable(e.toString()));
    QVERIFY(shares.size() >= 2);
    QVERIFY(shares.first() >= 0.0);
    QCOMPARE(shares.last(), 1.0);
    QVERIFY(std::is_sorted(shares.begin(), shares.end()));
    if (canonical) {
        QCOMPARE(r.peopleCreated, 2000);
        QVERIFY(shares.size() >= 2000 / 256); // every few hundred records
    }
}

void ImportProgressTest::cancelLeavesTheProjectUnchanged_data()
{
    QTest::addColumn<bool>("canonical");
    QTest::addColumn<int>("cancelAfter"); // reports
    QTest::newRow("canonical, at once") << true << 0;
    QTest::newRow("canonical, half-way") << true << 4;
    QTest::newRow("canonical, at the last moment") << true << -1;
    QTest::newRow("platform, at once") << false << 0;
    QTest::newRow("platform, at the last moment") << false << -1;
}

void ImportProgressTest::cancelLeavesTheProjectUnchanged()
{
    QFETCH(bool, canonical);
    QFETCH(int, cancelAfter);
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("luma_guests.csv")), &r, &e),
             qPrintable(e.toString()));
    const QJsonObject before = p.summary();
    const qsizetype logged = storage::ImportLog(p.db()).list().size();

    const QString path = canonical ? p.write(QStringLiteral("people.csv"), peopleCsv(3000))
                                   : importFixture(QStringLiteral("eventbrite_attendees_us.csv"));
    int reports = 0;
    io::FileImportOptions options;
    options.progress = [&](double share) {
        ++reports;
        if (cancelAfter < 0)
            return share < 1.0; // cancel when everything is read, before the commit
        return reports <= cancelAfter;
    };
    QVERIFY(!p.import(path, &r, &e, options));
    QCOMPARE(e.reason, QStringLiteral("the import was cancelled"));
    QCOMPARE(e.file, QFileInfo(path).fileName());
    QCOMPARE(p.summary(), before);
    QCOMPARE(storage::ImportLog(p.db()).list().size(), logged);
    QSqlQuery q(p.db());
    QVERIFY(q.exec(QStringLiteral("BEGIN"))); // no transaction was left open
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
}

void ImportProgressTest::unreadableRecordNamesItsLine()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    const QString path = p.write(QStringLiteral("quote.csv"),
                                 "email,name\nann@example.org,Ann\nbob@example.org,\"Bob\n");
    io::ImportReport r;
    io::InputError e;
    QVERIFY(!p.import(path, &r, &e));
    QCOMPARE(e.file, QStringLiteral("quote.csv"));
    QCOMPARE(e.line, 3);
    QVERIFY2(!e.reason.isEmpty() && e.reason != QStringLiteral("the import failed"),
             qPrintable(e.toString()));
    QCOMPARE(p.peopleCount(), 0);
}

void ImportProgressTest::ignoredColumns()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    // "Company" would be the company; left out, it is not. "name" comes from "Full name".
    const QString path = p.write(QStringLiteral("people.csv"),
                                 "Email,Name,Full name,Company\nann@example.org,A,Ann Lee,Acme\n");
    io::FileImportOptions options;
    options.preset = QStringLiteral("people");
    options.mapping.set(QStringLiteral("name"), QStringLiteral("Full name"));
    options.mapping.ignore(QStringLiteral("Company"));
    QVERIFY(!options.mapping.isEmpty());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(path, &r, &e, options), qPrintable(e.toString()));
    const auto ann = p.personByEmail(QStringLiteral("ann@example.org"));
    QVERIFY(ann);
    QCOMPARE(ann->displayName, QStringLiteral("Ann Lee"));
    QVERIFY(ann->company.isEmpty());

    // In a responses file an ignored column is not a question either.
    const QString responses =
        p.write(QStringLiteral("responses.csv"),
                "email,submitted_at,survey,How likely are you to recommend us?,Internal note\n"
                "ann@example.org,2026-02-01T10:00:00Z,Pulse,9,call back\n");
    io::FileImportOptions answers;
    answers.preset = QStringLiteral("responses");
    answers.mapping.ignore(QStringLiteral("internal note"));
    QVERIFY2(p.import(responses, &r, &e, answers), qPrintable(e.toString()));
    const auto survey = p.survey(QStringLiteral("Pulse"));
    QVERIFY(survey);
    QCOMPARE(survey->questions.size(), 1);
}

void ImportProgressTest::redoMakesTheSameImportAgain()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("eventbrite_attendees_us.csv")), &r, &e),
             qPrintable(e.toString()));
    const QJsonObject before = p.summary();
    QVERIFY2(p.import(importFixture(QStringLiteral("luma_guests.csv")), &r, &e),
             qPrintable(e.toString()));
    const QJsonObject after = p.summary();
    const auto jose = p.personByEmail(QStringLiteral("jose@example.org"));
    QVERIFY(jose);

    storage::ImportLog log(p.db());
    storage::ImportLogEntry undone;
    storage::UndoneImport redo;
    QString error;
    QVERIFY2(log.undoLatest(&undone, &error, &redo), qPrintable(error));
    QCOMPARE(p.summary(), before);
    QCOMPARE(redo.entry.file, QStringLiteral("luma_guests.csv"));

    qint64 key = 0;
    QVERIFY2(log.redo(redo, &key, &error), qPrintable(error));
    QCOMPARE(p.summary(), after);
    const auto again = p.personByEmail(QStringLiteral("jose@example.org"));
    QVERIFY(again);
    QCOMPARE(again->meta.id, jose->meta.id); // the same person, not a new one
    QCOMPARE(again->displayName, jose->displayName);
    const auto entries = log.list();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().key, key);
    QCOMPARE(entries.last().file, QStringLiteral("luma_guests.csv"));
    QCOMPARE(entries.last().summary, redo.entry.summary);

    // And it can be undone again, as often as the user likes.
    QVERIFY2(log.undoLatest(&undone, &error, &redo), qPrintable(error));
    QCOMPARE(p.summary(), before);
    QVERIFY2(log.redo(redo, &key, &error), qPrintable(error));
    QCOMPARE(p.summary(), after);
}

void ImportProgressTest::redoRefusedWhenRowsAppearedSince()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    const QString first =
        p.write(QStringLiteral("a.csv"), "email,name\nann@example.org,Ann\nbo@example.org,Bo\n");
    QVERIFY2(p.import(first, &r, &e), qPrintable(e.toString()));
    storage::ImportLog log(p.db());
    storage::ImportLogEntry undone;
    storage::UndoneImport redo;
    QString error;
    QVERIFY2(log.undoLatest(&undone, &error, &redo), qPrintable(error));
    // Someone else's import takes the same row keys in the meantime.
    const QString second = p.write(QStringLiteral("b.csv"), "email,name\ncy@example.org,Cy\n");
    QVERIFY2(p.import(second, &r, &e), qPrintable(e.toString()));
    const QJsonObject before = p.summary();
    qint64 key = 0;
    QVERIFY(!log.redo(redo, &key, &error));
    QVERIFY2(error.startsWith(QStringLiteral("a.csv cannot be redone: its rows in")),
             qPrintable(error));
    QCOMPARE(p.summary(), before);
    QCOMPARE(log.list().size(), 1);
}

void ImportProgressTest::demoCommunityProgressAndCancel()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::DemoOptions options;
    options.people = 3000;
    options.activitiesPerPerson = 4;
    options.endDate = QDate(2026, 2, 28);
    int reports = 0;
    options.progress = [&reports](double share) {
        ++reports;
        return share < 0.6; // into the activities
    };
    io::DemoCommunity demo(p.db(), p.clock());
    QString error;
    QVERIFY(!demo.generate(options, nullptr, &error));
    QCOMPARE(error, QStringLiteral("Generating the demo community was cancelled."));
    QVERIFY(reports > 3);
    QCOMPARE(p.peopleCount(), 0);
    QCOMPARE(p.summary().value(QStringLiteral("campaigns")).toInt(), 0);

    QList<double> shares;
    options.progress = [&shares](double share) {
        shares << share;
        return true;
    };
    io::DemoReport report;
    QVERIFY2(demo.generate(options, &report, &error), qPrintable(error));
    QCOMPARE(report.people, 3000);
    QCOMPARE(p.peopleCount(), 3000);
    QVERIFY(std::is_sorted(shares.begin(), shares.end()));
    QCOMPARE(shares.last(), 1.0);
}

QTEST_GUILESS_MAIN(ImportProgressTest)
#include "tst_import_progress.moc"
