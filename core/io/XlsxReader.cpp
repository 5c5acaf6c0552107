// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/XlsxReader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <cmath>

namespace rapport::io {

namespace {

/** Largest expanded part read; spreadsheets exported by platforms are far smaller. */
constexpr qint64 kMaxPartBytes = 256LL * 1024 * 1024;
constexpr int kMaxColumns = 16384; // Excel's own limit (XFD)

struct Workbook
{
    QuaZip* zip = nullptr;
    QString displayName;
    InputError* error = nullptr;

    bool fail(const QString& part, const QString& reason)
    {
        *error = InputError{displayName, 0, XlsxReader::tr("%1 (%2)").arg(reason, part)};
        return false;
    }

    /** The part's bytes; false when it is missing (required) or too large. */
    bool read(const QString& part, QByteArray* bytes, bool required)
    {
        if (!zip->setCurrentFile(part)) {
            if (required)
                return fail(part, XlsxReader::tr("not an .xlsx workbook: a part is missing"));
            bytes->clear();
            return true;
        }
        QuaZipFileInfo64 info;
        if (zip->getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > kMaxPartBytes)
            return fail(part, XlsxReader::tr("a part of the workbook expands to more than %1 MB")
                                  .arg(kMaxPartBytes / (1024 * 1024)));
        QuaZipFile file(zip);
        if (!file.open(QIODevice::ReadOnly))
            return fail(part, XlsxReader::tr("a part of the workbook cannot be read"));
        *bytes = file.read(kMaxPartBytes + 1);
        if (bytes->size() > kMaxPartBytes)
            return fail(part, XlsxReader::tr("a part of the workbook expands to more than %1 MB")
                                  .arg(kMaxPartBytes / (1024 * 1024)));
        if (file.getZipError() != UNZ_OK)
            return fail(part, XlsxReader::tr("the workbook is damaged"));
        return true;
    }
};

bool xmlFailed(Workbook& book, const QString& part, const QXmlStreamReader& xml)
{
    return book.fail(part, XlsxReader::tr("malformed XML at line %1: %2")
                               .arg(xml.lineNumber())
                               .arg(xml.errorString()));
}

/** The text of an <si> or <is> element: its <t> runs, without phonetic (<rPh>) runs. */
QString richText(QXmlStreamReader& xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

/** Whether a number format code shows a date or time: d, m, y, h or s outside quotes,
 *  brackets ([Red], [$-409]) and escapes. */
bool isDateFormatCode(const QString& code)
{
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            ++bracket;
        } else if (c == u']') {
            bracket = qMax(0, bracket - 1);
        } else if (bracket == 0) {
            const QChar l = c.toLower();
            // "e" is an era year in a date, but E+ / E- is a scientific number (0.00E+00)
            const bool scientific =
                l == u'e' && i + 1 < code.size() && (code[i + 1] == u'+' || code[i + 1] == u'-');
            if (l == u'd' || l == u'm' || l == u'y' || l == u'h' || l == u's' ||
                (l == u'e' && !scientific))
                return true;
        }
    }
    return false;
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

/** Column index of a cell reference such as "AB12" (A = 0), or −1. */
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        column = column * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

QString numberText(const QString& raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return raw;
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 17).contains(u'e') ? raw : QString::number(v, 'g', 15);
}

QString serialDateText(double serial, bool date1904)
{
    const QDateTime epoch = date1904
                                ? QDateTime(QDate(1904, 1, 1), QTime(0, 0), QTimeZone::utc())
                                : QDateTime(QDate(1899, 12, 30), QTime(0, 0), QTimeZone::utc());
    const QDateTime at = epoch.addSecs(std::llround(serial * 86400.0)); // to the second
    if (serial < 1.0 && serial >= 0)                                    // a time of day only
        return at.time().toString(QStringLiteral("HH:mm:ss"));
    if (at.time() == QTime(0, 0))
        return at.date().toString(Qt::ISODate);
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace

bool XlsxReader::readFirstSheet(const QByteArray& bytes, const QString& displayName,
                                QList<XlsxRow>* rows, InputError* error)
{
    rows->clear();
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = InputError{displayName, 0, tr("not an .xlsx workbook (the zip cannot be opened)")};
        return false;
    }
    Workbook book{&zip, displayName, error};

    // workbook.xml: the first sheet's relationship id, and the date system.
    QByteArray part;
    if (!book.read(QStringLiteral("xl/workbook.xml"), &part, true))
        return false;
    QString sheetRelation;
    bool date1904 = false;
    {
        QXmlStreamReader xml(part);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr") {
                const QString v = xml.attributes().value(QStringLiteral("date1904")).toString();
                date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet" && sheetRelation.isEmpty()) {
                for (const QXmlStreamAttribute& a : xml.attributes())
                    if (a.name() == u"id")
                        sheetRelation = a.value().toString();
            }
        }
        if (xml.hasError())
            return xmlFailed(book, QStringLiteral("xl/workbook.xml"), xml);
    }
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!book.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &part, false))
        return false;
    if (!part.isEmpty() && !sheetRelation.isEmpty()) {
        QXmlStreamReader xml(part);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship" &&
                xml.attributes().value(QStringLiteral("Id")) == sheetRelation) {
                QString target = xml.attributes().value(QStringLiteral("Target")).toString();
                sheetPath =
                    target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            }
        }
        if (xml.hasError())
            return xmlFailed(book, QStringLiteral("xl/_rels/workbook.xml.rels"), xml);
    }

    // sharedStrings.xml
    QStringList shared;
    if (!book.read(QStringLiteral("xl/sharedStrings.xml"), &part, false))
        return false;
    if (!part.isEmpty()) {
        QXmlStreamReader xml(part);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                shared.append(richText(xml));
        }
        if (xml.hasError())
            return xmlFailed(book, QStringLiteral("xl/sharedStrings.xml"), xml);
    }

    // styles.xml: which cell formats show dates.
    QList<bool> dateStyle;
    if (!book.read(QStringLiteral("xl/styles.xml"), &part, false))
        return false;
    if (!part.isEmpty()) {
        QSet<int> customDates;
        QXmlStreamReader xml(part);
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"numFmt") {
                    if (isDateFormatCode(
                            xml.attributes().value(QStringLiteral("formatCode")).toString()))
                        customDates.insert(
                            xml.attributes().value(QStringLiteral("numFmtId")).toInt());
                } else if (xml.name() == u"cellXfs") {
                    inCellXfs = true;
                } else if (xml.name() == u"xf" && inCellXfs) {
                    const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                    dateStyle.append(isBuiltInDateFormat(id) || customDates.contains(id));
                }
            } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
                inCellXfs = false;
            }
        }
        if (xml.hasError())
            return xmlFailed(book, QStringLiteral("xl/styles.xml"), xml);
    }

    // The sheet.
    if (!book.read(sheetPath, &part, true))
        return false;
    QXmlStreamReader xml(part);
    XlsxRow row;
    qint64 nextRow = 1;
    int column = 0;
    QString type, value;
    int style = 0;
    bool inCell = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"row") {
                row = XlsxRow{};
                bool ok = false;
                row.row = xml.attributes().value(QStringLiteral("r")).toLongLong(&ok);
                if (!ok)
                    row.row = nextRow;
                nextRow = row.row + 1;
                column = 0;
            } else if (xml.name() == u"c") {
                const QStringView reference = xml.attributes().value(QStringLiteral("r"));
                if (!reference.isEmpty()) {
                    column = columnOf(reference);
                    if (column < 0)
                        return book.fail(sheetPath,
                                         tr("a cell beyond column XFD in row %1").arg(row.row));
                }
                type = xml.attributes().value(QStringLiteral("t")).toString();
                style = xml.attributes().value(QStringLiteral("s")).toInt();
                value.clear();
                inCell = true;
                if (type == u"inlineStr")
                    value.clear();
            } else if (inCell && xml.name() == u"v") {
                value = xml.readElementText();
            } else if (inCell && xml.name() == u"is") {
                value = richText(xml);
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"c" && inCell) {
                inCell = false;
                QString text;
                if (type == u"s") {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size())
                        return book.fail(
                            sheetPath,
                            tr("row %1 names a shared string that does not exist").arg(row.row));
                    text = shared[index];
                } else if (type == u"inlineStr" || type == u"str" || type == u"e") {
                    text = value;
                } else if (type == u"b") {
                    text = value == u"1" ? QStringLiteral("true") : QStringLiteral("false");
                } else if (!value.isEmpty()) {
                    bool ok = false;
                    const double number = value.toDouble(&ok);
                    text = ok && style >= 0 && style < dateStyle.size() && dateStyle[style]
                               ? serialDateText(number, date1904)
                               : numberText(value);
                }
                while (row.cells.size() < column)
                    row.cells.append(QString());
                if (row.cells.size() == column)
                    row.cells.append(text);
                else
                    row.cells[column] = text;
                ++column;
            } else if (xml.name() == u"row") {
                bool blank = true;
                for (const QString& c : row.cells)
                    blank = blank && c.trimmed().isEmpty();
                if (!blank)
                    rows->append(row);
            }
        }
    }
    if (xml.hasError())
        return xmlFailed(book, sheetPath, xml);
    return true;
}

} // namespace rapport::io
