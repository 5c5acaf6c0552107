// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Platform files as they really arrive, hostile ones included: each bad file is refused
// with its name and line, and leaves the project as it was.
#include "tests/io/ImportTestSupport.h"

using namespace rapport;
using test::importFixture;

namespace {

QByteArray fixtureBytes(const char* name)
{
    QFile f(importFixture(QString::fromUtf8(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kEventbriteHeader =
    "Order #,Order Date,First Name,Last Name,Email,Attendee Status,Company\n";

} // namespace

class ImportHostileTest : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void encodingsAndLineEndings_data();
    void encodingsAndLineEndings();
    void hugeFieldIsKeptWhole();
    void formulaStaysText();
    void headerOnlyImportsNothing();
};

void ImportHostileTest::refused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");

    QByteArray binary("Order #,Attendee Status\n1,Attending\n");
    binary += QByteArray("\x00\x01\x02\xff\xfe\x00\x13\x37", 8).repeated(64);
    QTest::newRow("binary named .csv") << "attendees.csv" << binary << 3 << "binary";
    QTest::newRow("empty") << "empty.csv" << QByteArray() << 1 << "empty";
    QTest::newRow("truncated row")
        << "cut.csv"
        << kEventbriteHeader + "1,3/1/24 9:15,Ada,Example,ada@example.com,Attending,X\n"
                               "2,3/1/24 9:20,Bob,Example\n"
        << 3 << "truncated";
    QTest::newRow("unterminated quote")
        << "quote.csv"
        << kEventbriteHeader + "1,3/1/24 9:15,\"Ada,Example,ada@example.com,Attending,X\n"
        << 2 << "quote";
    QByteArray wide = "Order #,Attendee Status";
    for (int i = 0; i < 5000; ++i)
        wide += ",c" + QByteArray::number(i);
    QTest::newRow("absurd column count") << "wide.csv" << wide + "\n" << 1 << "columns";
    QTest::newRow("malformed json")
        << "stars.json"
        << QByteArray("[\n {\"starred_at\": \"2024-01-01T00:00:00Z\",\n  \"user\": {\"login\": "
                      "\"ada\"\n]\n")
        << 4 << "JSON";
    QTest::newRow("broken xlsx") << "forms.xlsx"
                                 << QByteArray("PK\x03\x04 this is not really a zip file at all",
                                               44)
                                 << 0 << "xlsx";
    QTest::newRow("not a known format")
        << "notes.csv" << QByteArray("colour,flavour\nred,sweet\n") << 1 << "recognises";
    QTest::newRow("bad date") << "dates.csv"
                              << kEventbriteHeader +
                                     "1,31/31/2024,Ada,Example,ada@example.com,Attending,X\n"
                              << 2 << "31/31/2024";
    QTest::newRow("windows-1252 with undefined byte")
        << "legacy.csv"
        << kEventbriteHeader + "1,3/1/24 9:15,Ad\x81,Example,ada@example.com,Attending,X\n"
        << 2 << "Windows-1252";
}

void ImportHostileTest::refused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, reason);
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(importFixture(QStringLiteral("luma_guests.csv")), &r, &e),
             qPrintable(e.toString()));
    const QJsonObject before = p.summary();
    QVERIFY(!p.import(p.write(name, bytes), &r, &e));
    QCOMPARE(e.file, name);
    QCOMPARE(e.line, qint64(line));
    QVERIFY2(e.reason.contains(reason, Qt::CaseInsensitive), qPrintable(e.toString()));
    QCOMPARE(p.summary(), before);
}

void ImportHostileTest::encodingsAndLineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray csv = fixtureBytes("eventbrite_attendees_uk.csv");
    QVERIFY(!csv.isEmpty());
    QTest::newRow("utf-8") << csv;
    QTest::newRow("utf-8 bom crlf")
        << QByteArray("\xEF\xBB\xBF") + QByteArray(csv).replace("\n", "\r\n");
    QTest::newRow("cr only") << QByteArray(csv).replace("\n", "\r");
    // Excel's "Unicode Text": UTF-16 LE with a BOM, tab separated.
    const QString text = QString::fromUtf8(csv).replace(u',', u'\t');
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QTest::newRow("utf-16le tabs") << utf16;
    QByteArray utf16be("\xFE\xFF");
    for (const QChar c : text) {
        utf16be.append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() & 0xff));
    }
    QTest::newRow("utf-16be tabs") << utf16be;
    QTest::newRow("semicolons") << QByteArray(csv).replace(',', ';');
    QTest::newRow("windows-1252")
        << QString::fromUtf8(csv).toLatin1(); // Siobhán, Ó: Latin-1 = 1252 here
}

void ImportHostileTest::encodingsAndLineEndings()
{
    QFETCH(QByteArray, bytes);
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(p.write(QStringLiteral("attendees.csv"), bytes), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.format, QStringLiteral("eventbrite"));
    QCOMPARE(r.peopleCreated, 3);
    const auto siobhan = p.personByEmail(QStringLiteral("siobhan@example.org"));
    QVERIFY(siobhan);
    QCOMPARE(siobhan->displayName, QStringLiteral("Siobhán Ó Example")); // never mojibake
}

void ImportHostileTest::hugeFieldIsKeptWhole()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    const QByteArray company = QByteArray("Example ").repeated(128 * 1024); // 1 MB
    const QByteArray csv = kEventbriteHeader +
                           "1,3/1/24 9:15,Ada,Example,ada@example.com,Attending,\"" + company +
                           "\"\n";
    io::ImportReport r;
    io::InputError e;
    const bool ok = p.import(p.write(QStringLiteral("big.csv"), csv), &r, &e);
    if (ok) {
        QCOMPARE(p.personByEmail(QStringLiteral("ada@example.com"))->company.size(),
                 company.trimmed().size());
    } else { // refused is fine too, with the line; truncated never
        QCOMPARE(e.line, 2);
        QCOMPARE(p.peopleCount(), 0);
    }
}

void ImportHostileTest::formulaStaysText()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    const QByteArray csv =
        kEventbriteHeader +
        "1,3/1/24 9:15,\"=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\",Example,"
        "ada@example.com,Attending,+cmd|' /C calc'!A0\n";
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(p.write(QStringLiteral("formula.csv"), csv), &r, &e),
             qPrintable(e.toString()));
    const auto ada = p.personByEmail(QStringLiteral("ada@example.com"));
    QVERIFY(ada);
    QVERIFY(ada->displayName.startsWith(QStringLiteral("=HYPERLINK(\"http://x.example\"")));
    QCOMPARE(ada->company, QStringLiteral("+cmd|' /C calc'!A0"));
}

void ImportHostileTest::headerOnlyImportsNothing()
{
    test::ImportProject p;
    QVERIFY(p.isOk());
    io::ImportReport r;
    io::InputError e;
    QVERIFY2(p.import(p.write(QStringLiteral("none.csv"), kEventbriteHeader), &r, &e),
             qPrintable(e.toString()));
    QCOMPARE(r.rows, 0);
    QCOMPARE(p.peopleCount(), 0);
}

QTEST_GUILESS_MAIN(ImportHostileTest)
#include "tst_import_hostile.moc"
