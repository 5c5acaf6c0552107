// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/PdfInfo.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace rapport::report {

namespace {

QByteArray pdfText(const QString& text)
{
    QByteArray out = "<FEFF";
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

QByteArray pdfDate(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return "(D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

/** The Unicode a glyph should extract as, for a code QPdfWriter picked: Qt maps a glyph back
 *  to the lowest code point the font gives it, and CJK fonts give an ideograph's glyph to its
 *  Kangxi radical too (月 U+6708 and ⽉ U+2F49), an en dash's to the figure dash. Search and
 *  copy then miss the text; the compatibility code points are mapped to what was drawn. */
uint intendedCodePoint(uint cp)
{
    if (cp == 0x2012)
        return 0x2013; // the report draws en dashes, never figure dashes
    if ((cp >= 0x2E80 && cp <= 0x2EFF) || (cp >= 0x2F00 && cp <= 0x2FDF)) {
        const QString n = QString(QChar(char16_t(cp))).normalized(QString::NormalizationForm_KC);
        if (n.size() == 1)
            return n.at(0).unicode();
    }
    return cp;
}

QByteArray fixedToken(const QByteArray& token)
{
    if (token.size() != 6 || !token.startsWith('<') || !token.endsWith('>'))
        return token;
    bool ok = false;
    const uint cp = token.mid(1, 4).toUInt(&ok, 16);
    if (!ok)
        return token;
    const uint fixed = intendedCodePoint(cp);
    return fixed == cp ? token : '<' + QByteArray::number(fixed, 16).rightJustified(4, '0').toUpper() + '>';
}

/** The CMap with its destination codes fixed (sources are glyph ids and stay). */
QByteArray fixedCMap(const QByteArray& cmap)
{
    QList<QByteArray> lines = cmap.split('\n');
    enum { None, Range, Char } section = None;
    for (QByteArray& line : lines) {
        if (line.endsWith("beginbfrange"))
            section = Range;
        else if (line.endsWith("beginbfchar"))
            section = Char;
        else if (line.startsWith("endbf"))
            section = None;
        else if (section != None) {
            QList<QByteArray> tokens;
            for (QByteArray t : line.split(' ')) {
                // "[<0043>" and "<2212>]" carry the bracket on the token.
                const bool open = t.startsWith('['), close = t.endsWith(']');
                t = t.mid(open ? 1 : 0, t.size() - (open ? 1 : 0) - (close ? 1 : 0));
                tokens << (open ? QByteArray("[") : QByteArray()) + t + (close ? QByteArray("]") : QByteArray());
            }
            const int sources = section == Range ? 2 : 1;
            const bool single = section == Char || (tokens.size() == 3 && tokens[0] == tokens[1]) ||
                                line.contains('[');
            if (!single)
                continue; // an incrementing range: leave it whole
            for (qsizetype i = sources; i < tokens.size(); ++i) {
                QByteArray t = tokens[i];
                const bool open = t.startsWith('['), close = t.endsWith(']');
                t = fixedToken(t.mid(open ? 1 : 0, t.size() - (open ? 1 : 0) - (close ? 1 : 0)));
                tokens[i] = (open ? QByteArray("[") : QByteArray()) + t + (close ? QByteArray("]") : QByteArray());
            }
            line = tokens.join(' ');
        }
    }
    return lines.join('\n');
}

/** The ToUnicode CMaps whose text changes: (object number, new stream content). */
QList<QPair<qint64, QByteArray>> fixedToUnicodeMaps(const QByteArray& pdf)
{
    QList<QPair<qint64, QByteArray>> fixed;
    QSet<qint64> seen;
    static const QRegularExpression reference(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    const QString text = QString::fromLatin1(pdf);
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const qint64 object = it.next().captured(1).toLongLong();
        if (seen.contains(object))
            continue;
        seen.insert(object);
        const QByteArray head = '\n' + QByteArray::number(object) + " 0 obj\n<< /Length ";
        const qsizetype at = pdf.indexOf(head);
        if (at < 0)
            continue;
        const qsizetype lengthAt = at + head.size();
        const qsizetype dictEnd = pdf.indexOf(">>", lengthAt);
        bool ok = false;
        const qsizetype length = pdf.mid(lengthAt, dictEnd - lengthAt).trimmed().toLongLong(&ok);
        const qsizetype streamAt = pdf.indexOf("stream\n", dictEnd);
        if (!ok || streamAt < 0 || streamAt - dictEnd > 4)
            continue; // compressed or otherwise unexpected: left as it is
        const QByteArray cmap = pdf.mid(streamAt + 7, length);
        const QByteArray changed = fixedCMap(cmap);
        if (changed != cmap)
            fixed << qMakePair(object, changed);
    }
    return fixed;
}

} // namespace

bool addPdfInfo(QByteArray* pdf, const PdfInfo& info, QString* error)
{
    auto fail = [error](const char* why) {
        if (error)
            *error = QCoreApplication::translate("rapport::report::PdfInfo", "cannot set the PDF's properties: %1")
                         .arg(QString::fromLatin1(why));
        return false;
    };
    const qsizetype trailerAt = pdf->lastIndexOf("trailer");
    const qsizetype startAt = pdf->lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return fail("no trailer");
    const QString trailer = QString::fromLatin1(pdf->mid(trailerAt, startAt - trailerAt));
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const QRegularExpressionMatch root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(trailer);
    const QRegularExpressionMatch start =
        QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")).match(QString::fromLatin1(pdf->mid(startAt, 64)));
    if (!size.hasMatch() || !root.hasMatch() || !start.hasMatch())
        return fail("unexpected trailer");
    const qint64 object = size.captured(1).toLongLong();

    if (!pdf->endsWith('\n'))
        pdf->append('\n');
    const qsizetype objectAt = pdf->size();
    QByteArray dictionary = QByteArray::number(object) + " 0 obj\n<<\n";
    dictionary += "/Title " + pdfText(info.title) + '\n';
    dictionary += "/Author " + pdfText(info.author) + '\n';
    dictionary += "/Subject " + pdfText(info.subject) + '\n';
    if (!info.keywords.isEmpty())
        dictionary += "/Keywords " + pdfText(info.keywords) + '\n';
    dictionary += "/Creator " + pdfText(info.creator) + '\n';
    dictionary += "/Producer " + pdfText(QStringLiteral("Rapport (Qt " QT_VERSION_STR ")")) + '\n';
    dictionary += "/CreationDate " + pdfDate(info.created) + '\n';
    dictionary += "/ModDate " + pdfDate(info.created) + '\n';
    dictionary += ">>\nendobj\n";
    pdf->append(dictionary);
    QList<QPair<qint64, qsizetype>> replaced;
    for (const auto& [number, cmap] : fixedToUnicodeMaps(*pdf)) {
        replaced << qMakePair(number, pdf->size());
        pdf->append(QByteArray::number(number) + " 0 obj\n<< /Length " + QByteArray::number(cmap.size()) +
                    " >>\nstream\n" + cmap + "\nendstream\nendobj\n");
    }
    const qsizetype xrefAt = pdf->size();
    QByteArray update = "xref\n" + QByteArray::number(object) + " 1\n";
    update += QByteArray::number(qint64(objectAt)).rightJustified(10, '0') + " 00000 n \n";
    for (const auto& [number, at] : replaced) {
        update += QByteArray::number(number) + " 1\n";
        update += QByteArray::number(qint64(at)).rightJustified(10, '0') + " 00000 n \n";
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1() +
              "\n/Info " + QByteArray::number(object) + " 0 R\n/Prev " + start.captured(1).toLatin1() + "\n>>\n";
    update += "startxref\n" + QByteArray::number(qint64(xrefAt)) + "\n%%EOF\n";
    pdf->append(update);
    return true;
}

} // namespace rapport::report
