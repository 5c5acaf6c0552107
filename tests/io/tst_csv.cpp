// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport::io;

namespace {

// Records as "L<line>:field|field", one per line, so expectations read like the file.
QString readAll(const QByteArray& bytes, CsvOptions options, QString* error, QString* encoding = nullptr,
                QChar* delimiter = nullptr)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(options);
    QStringList out;
    if (reader.open(&buffer, QStringLiteral("data.csv"))) {
        CsvRecord record;
        while (reader.next(&record)) {
            QStringList fields;
            for (int i = 0; i < record.size(); ++i)
                fields << record.string(i);
            out << QStringLiteral("L%1:%2").arg(record.line()).arg(fields.join(u'|'));
        }
    }
    *error = reader.hasError() ? reader.error().toString() : QString();
    if (encoding)
        *encoding = textEncodingName(reader.encoding());
    if (delimiter)
        *delimiter = reader.delimiter();
    return out.join(u'\n');
}

QByteArray utf16(const QString& text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder(text);
}

} // namespace

class CsvTest : public QObject
{
    Q_OBJECT

private slots:
    void quirks_data();
    void quirks();
    void hostile_data();
    void hostile();
    void fieldAtTheLimitIsKept();
    void openMissingFileAndFolder();
    void neutralise_data();
    void neutralise();
    void writerRoundTrip();
    void writerQuotesAndBom();
};

void CsvTest::quirks_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");

    const QString ab = QStringLiteral("L1:email|name\nL2:a@x.org|Ann");
    QTest::newRow("utf-8 LF") << QByteArray("email,name\na@x.org,Ann\n") << ab << "utf-8" << ",";
    QTest::newRow("no final newline") << QByteArray("email,name\na@x.org,Ann") << ab << "utf-8" << ",";
    QTest::newRow("CRLF") << QByteArray("email,name\r\na@x.org,Ann\r\n") << ab << "utf-8" << ",";
    QTest::newRow("CR only") << QByteArray("email,name\ra@x.org,Ann\r") << ab << "utf-8" << ",";
    QTest::newRow("utf-8 BOM") << QByteArray("\xEF\xBB\xBF" "email,name\r\na@x.org,Zo\xC3\xAB\r\n")
                               << QStringLiteral("L1:email|name\nL2:a@x.org|Zoë") << "utf-8-bom" << ",";
    QTest::newRow("utf-8 CJK") << QByteArray("name\n\xE5\xBC\xA0\xE4\xBC\x9F\n")
                               << QStringLiteral("L1:name\nL2:张伟") << "utf-8" << ",";
    const QString unicodeText = QStringLiteral("email\tname\r\nw@x.cn\t王伟\r\nz@x.de\tZoë\r\n");
    const QString unicodeExpected = QStringLiteral("L1:email|name\nL2:w@x.cn|王伟\nL3:z@x.de|Zoë");
    QTest::newRow("utf-16le BOM tab (Excel Unicode Text)")
        << utf16(unicodeText, QStringConverter::Utf16LE, true) << unicodeExpected << "utf-16le" << "\t";
    QTest::newRow("utf-16be BOM") << utf16(unicodeText, QStringConverter::Utf16BE, true) << unicodeExpected
                                  << "utf-16be" << "\t";
    QTest::newRow("utf-16le without BOM")
        << utf16(unicodeText, QStringConverter::Utf16LE, false) << unicodeExpected << "utf-16le" << "\t";
    QTest::newRow("windows-1252") << QByteArray("name;city;price\nJos\xE9;K\xF6ln;\x80 5\n")
                                  << QStringLiteral("L1:name|city|price\nL2:José|Köln|€ 5") << "windows-1252"
                                  << ";";
    QTest::newRow("windows-1252 quotes and dashes")
        << QByteArray("title\n\x93Hello\x94 \x96 it\x92s\n")
        << QStringLiteral("L1:title\nL2:“Hello” – it’s") << "windows-1252" << ",";
    QTest::newRow("semicolon") << QByteArray("email;name\na@x.org;Ann\n") << ab << "utf-8" << ";";
    QTest::newRow("tab") << QByteArray("email\tname\na@x.org\tAnn\n") << ab << "utf-8" << "\t";
    QTest::newRow("quoted delimiter does not vote")
        << QByteArray("\"a,b,c\";d\n1;2\n") << QStringLiteral("L1:a,b,c|d\nL2:1|2") << "utf-8" << ";";
    QTest::newRow("excel sep= line") << QByteArray("sep=;\r\nemail;name\r\na@x.org;Ann\r\n")
                                     << QStringLiteral("L2:email|name\nL3:a@x.org|Ann") << "utf-8" << ";";
    QTest::newRow("embedded newline")
        << QByteArray("note,n\n\"first\nsecond\",1\nx,2\n")
        << QStringLiteral("L1:note|n\nL2:first\nsecond|1\nL4:x|2") << "utf-8" << ",";
    QTest::newRow("embedded CRLF keeps physical lines")
        << QByteArray("note,n\r\n\"a\r\nb\r\nc\",1\r\nx,2\r\n")
        << QStringLiteral("L1:note|n\nL2:a\r\nb\r\nc|1\nL5:x|2") << "utf-8" << ",";
    QTest::newRow("doubled quotes") << QByteArray("q,n\n\"He said \"\"hi\"\"\",1\n\"\"\"\",2\n")
                                    << QStringLiteral("L1:q|n\nL2:He said \"hi\"|1\nL3:\"|2") << "utf-8"
                                    << ",";
    QTest::newRow("empty quoted and unquoted fields")
        << QByteArray("a,b,c\n\"\",,\"\"\n") << QStringLiteral("L1:a|b|c\nL2:||") << "utf-8" << ",";
    QTest::newRow("empty trailing columns") << QByteArray("a,b,,\n1,2,,\n")
                                            << QStringLiteral("L1:a|b||\nL2:1|2||") << "utf-8" << ",";
    QTest::newRow("duplicate header names") << QByteArray("email,email,name\n1,2,3\n")
                                            << QStringLiteral("L1:email|email|name\nL2:1|2|3") << "utf-8"
                                            << ",";
    QTest::newRow("blank lines are skipped, lines still counted")
        << QByteArray("a\n\n\r\n1\n\n") << QStringLiteral("L1:a\nL4:1") << "utf-8" << ",";
    QTest::newRow("quote inside an unquoted field is text")
        << QByteArray("a,b\n5\" disk,x\n") << QStringLiteral("L1:a|b\nL2:5\" disk|x") << "utf-8" << ",";
    QTest::newRow("text after a closing quote (lenient)")
        << QByteArray("a\n\"abc\"def\n") << QStringLiteral("L1:a\nL2:abcdef") << "utf-8" << ",";
    QTest::newRow("quoted field at end of file without newline")
        << QByteArray("a,b\n1,\"x\"") << QStringLiteral("L1:a|b\nL2:1|x") << "utf-8" << ",";
    QTest::newRow("single column") << QByteArray("email\na@x.org\n")
                                   << QStringLiteral("L1:email\nL2:a@x.org") << "utf-8" << ",";
}

void CsvTest::quirks()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    // Every chunk size, so records, quotes, CRLF and multi-byte characters split across reads.
    for (const qint64 chunk : {qint64(1), qint64(2), qint64(3), qint64(7), qint64(1) << 20}) {
        CsvOptions options;
        options.chunkSize = chunk;
        QString error, usedEncoding;
        QChar usedDelimiter;
        const QString got = readAll(input, options, &error, &usedEncoding, &usedDelimiter);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(got, expected);
        QCOMPARE(usedEncoding, encoding);
        QCOMPARE(QString(usedDelimiter), delimiter);
        QVERIFY(!got.contains(QChar::ReplacementCharacter));
    }
}

void CsvTest::hostile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("maxField");
    QTest::addColumn<QString>("expected");

    const qsizetype big = 16 * 1024 * 1024;
    QTest::newRow("empty") << QByteArray() << big << "data.csv:1: empty file";
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << big << "data.csv:1: empty file";
    QTest::newRow("only blank lines") << QByteArray("\r\n\n\n") << big << "data.csv:1: empty file";
    QTest::newRow("NUL byte") << QByteArray("a,b\n1,2\n3,\0\n", 12) << big
                              << "data.csv:3: binary content (a NUL byte): this is not a text file";
    QTest::newRow("PNG named .csv") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << big
                                    << "data.csv:3: binary content (a NUL byte): this is not a text file";
    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n1,2\n3,\"oops\n4,5\n") << big
        << "data.csv:3: unterminated quoted field: the quote opened on this line is never closed";
    QTest::newRow("1001 columns") << (QByteArray("x") + QByteArray(1000, ',') + "\n") << big
                                  << "data.csv:1: more than 1000 columns: not a table this importer reads";
    QTest::newRow("1001 columns on line 2")
        << (QByteArray("a,b\n") + QByteArray(1000, ',') + "\n") << big
        << "data.csv:2: more than 1000 columns: not a table this importer reads";
    QTest::newRow("field over the limit") << QByteArray("a,b\n1,12345678901\n") << qsizetype(10)
                                          << "data.csv:2: a field longer than 10 characters; refused rather "
                                             "than cut short";
    QTest::newRow("quoted field over the limit")
        << QByteArray("a,b\n1,2\n3,\"12345\n67890\n1\"\n") << qsizetype(10)
        << "data.csv:3: a quoted field longer than 10 characters starts on this line (an unterminated "
           "quote?); refused rather than cut short";
    QTest::newRow("GBK is not Windows-1252")
        << QByteArray("name\nAnn\n\xD5\xC5\xCE\xB0\n") << big
        << "data.csv:3: neither UTF-8 nor Windows-1252 text (byte 0xD5); save the file as UTF-8 and import "
           "it again";
    QTest::newRow("byte undefined in Windows-1252")
        << QByteArray("name\n\x81x\n") << big
        << "data.csv:2: neither UTF-8 nor Windows-1252 text (byte 0x81); save the file as UTF-8 and import "
           "it again";
    QTest::newRow("mixed UTF-8 and Windows-1252")
        << QByteArray("name\nZo\xC3\xAB\nJos\xE9\n") << big
        << "data.csv:3: neither UTF-8 nor Windows-1252 text (byte 0xE9); save the file as UTF-8 and import "
           "it again";
    QTest::newRow("UTF-8 BOM with invalid bytes")
        << QByteArray("\xEF\xBB\xBF" "name\n\xE9t\xE9\n") << big
        << "data.csv:2: not valid UTF-8 (byte 0xE9) although the file says it is UTF-8";
    QTest::newRow("UTF-16 with a NUL character")
        << utf16(QStringLiteral("a\tb\r\n1\t") + QChar(0) + QStringLiteral("\r\n"), QStringConverter::Utf16LE, true)
        << big << "data.csv:2: binary content (a NUL character): this is not a text file";
    QTest::newRow("UTF-32") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << big
                            << "data.csv:1: UTF-32 text is not supported; save the file as UTF-8";
}

void CsvTest::hostile()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, maxField);
    QFETCH(QString, expected);
    for (const qint64 chunk : {qint64(1), qint64(3), qint64(1) << 20}) {
        CsvOptions options;
        options.maxFieldLength = maxField;
        options.chunkSize = chunk;
        QString error;
        readAll(input, options, &error);
        QCOMPARE(error, expected);
    }
}

void CsvTest::fieldAtTheLimitIsKept()
{
    CsvOptions options;
    options.maxFieldLength = 10;
    QString error;
    QCOMPARE(readAll("a,b\n1,1234567890\n", options, &error), QStringLiteral("L1:a|b\nL2:1|1234567890"));
    QVERIFY(error.isEmpty());

    // A real 16 MiB + 1 field is refused with its line, not truncated.
    QByteArray huge = "a,b\n1,2\n3,";
    huge += QByteArray(16 * 1024 * 1024 + 1, 'x');
    huge += "\n";
    readAll(huge, CsvOptions{}, &error);
    QCOMPARE(error, QStringLiteral("data.csv:3: a field longer than 16 MiB; refused rather than cut short"));
}

void CsvTest::openMissingFileAndFolder()
{
    QTemporaryDir dir;
    CsvReader missing;
    QVERIFY(!missing.open(dir.filePath(QStringLiteral("nope.csv"))));
    QVERIFY(missing.error().toString().startsWith(QStringLiteral("nope.csv: cannot read the file")));
    CsvReader folder;
    QVERIFY(!folder.open(dir.path()));
    QVERIFY(folder.error().toString().endsWith(QStringLiteral(": is a folder, not a file")));
}

void CsvTest::neutralise_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("neutralised");
    QTest::newRow("formula") << "=HYPERLINK(\"http://x\",\"y\")" << "'=HYPERLINK(\"http://x\",\"y\")";
    QTest::newRow("plus") << "+cmd|' /C calc'!A0" << "'+cmd|' /C calc'!A0";
    QTest::newRow("minus") << "-2+3+cmd|' /C calc'!A0" << "'-2+3+cmd|' /C calc'!A0";
    QTest::newRow("at") << "@SUM(1+1)*cmd" << "'@SUM(1+1)*cmd";
    QTest::newRow("tab") << "\t=1+1" << "'\t=1+1";
    QTest::newRow("carriage return") << "\r=1+1" << "'\r=1+1";
    QTest::newRow("plain text") << "Ann O'Neil" << "Ann O'Neil";
    QTest::newRow("negative number") << "-5" << "-5";
    QTest::newRow("number with exponent") << "+1.5e3" << "+1.5e3";
    QTest::newRow("phone number") << "+49 30 1234" << "'+49 30 1234";
    QTest::newRow("leading quote before a trigger") << "'=x" << "''=x";
    QTest::newRow("two leading quotes before a trigger") << "''-x" << "'''-x";
    QTest::newRow("leading quote before text") << "'hello" << "'hello";
    QTest::newRow("quote before a number") << "'-5" << "''-5";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("lone trigger") << "-" << "'-";
}

void CsvTest::neutralise()
{
    QFETCH(QString, cell);
    QFETCH(QString, neutralised);
    QCOMPARE(neutraliseFormula(cell), neutralised);
    QCOMPARE(restoreNeutralisedFormula(neutralised), cell);
}

void CsvTest::writerRoundTrip()
{
    const QList<QStringList> rows = {
        {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("note")},
        {QStringLiteral("a@x.org"), QStringLiteral("=1+1"), QStringLiteral("line\nbreak, and \"quotes\"")},
        {QStringLiteral("b@x.org"), QStringLiteral("  spaced  "), QStringLiteral("王伟; Zoë")},
        {QStringLiteral(""), QStringLiteral("'=x"), QStringLiteral("-7")},
    };
    QByteArray bytes;
    {
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out);
        for (const QStringList& row : rows)
            writer.writeRow(row);
        QVERIFY(writer.flush());
    }
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY(reader.open(&in, QStringLiteral("out.csv")));
    CsvRecord record;
    QList<QStringList> back;
    while (reader.next(&record)) {
        QStringList fields;
        for (int i = 0; i < record.size(); ++i)
            fields << restoreNeutralisedFormula(record.field(i));
        back << fields;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
    QCOMPARE(back, rows);
}

void CsvTest::writerQuotesAndBom()
{
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&out);
        writer.writeRow({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("@x"), QStringLiteral("-3")});
    }
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF" "a,\"b,c\",'@x,-3\r\n"));
}

QTEST_GUILESS_MAIN(CsvTest)
#include "tst_csv.moc"
