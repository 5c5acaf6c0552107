// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rapport::report {

/** The document information a PDF reader shows (File → Properties, pdfinfo). */
struct PdfInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;
    QDateTime created;
};

/**
 * Gives a PDF written by QPdfWriter (which writes only a title and creator) a complete
 * information dictionary, as an incremental update appended to the file: a new Info object,
 * a one-entry cross-reference section and a trailer pointing back at the previous one — the
 * way PDF editors amend a file, so the original bytes stay untouched. Text is written as
 * UTF-16BE strings, so Chinese titles survive. The same update corrects the text a reader
 * extracts from CJK glyphs (QPdfWriter's ToUnicode maps give 月 as the Kangxi radical ⽉:
 * search and copy would miss it). False with *error when pdf has no trailer
 * QPdfWriter would have written.
 */
bool addPdfInfo(QByteArray* pdf, const PdfInfo& info, QString* error = nullptr);

} // namespace rapport::report
