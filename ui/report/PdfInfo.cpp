// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/PdfInfo.h"

#include <QCoreApplication>
#include <QRegularExpression>
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
    const qsizetype xrefAt = pdf->size();
    QByteArray update = "xref\n" + QByteArray::number(object) + " 1\n";
    update += QByteArray::number(qint64(objectAt)).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1() +
              "\n/Info " + QByteArray::number(object) + " 0 R\n/Prev " + start.captured(1).toLatin1() + "\n>>\n";
    update += "startxref\n" + QByteArray::number(qint64(xrefAt)) + "\n%%EOF\n";
    pdf->append(update);
    return true;
}

} // namespace rapport::report
