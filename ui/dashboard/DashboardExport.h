// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace rapport::ui {

/**
 * The dashboard's exports: a view's table as TSV (clipboard) or CSV (file), and a view's
 * image widget as PNG or SVG. Files are written through QSaveFile, so a failed export never
 * leaves half a file behind.
 */
class DashboardExport
{
public:
    /** Tab-separated, one line per row ("\n"); tabs and line breaks inside a cell become
     *  spaces, as spreadsheets paste it. */
    static QString tsv(const QList<QStringList>& table);
    /** RFC 4180 CSV in UTF-8 with a byte order mark and CRLF line ends (io::CsvWriter: cells
     *  quoted when they hold a comma, quote or line break; formula-looking text prefixed
     *  with ' as the importers expect). */
    static bool writeCsv(const QString& path, const QList<QStringList>& table,
                         QString* error = nullptr);

    /** widget rendered at `ratio` device pixels per pixel (2: sharp on a high-density screen
     *  and in print), on its window colour. */
    static QImage image(QWidget* widget, qreal ratio = 2);
    static bool writePng(QWidget* widget, const QString& path, QString* error = nullptr);
    /** widget rendered as vector graphics (QSvgGenerator), titled `title`. */
    static bool writeSvg(QWidget* widget, const QString& path, const QString& title,
                         QString* error = nullptr);
};

} // namespace rapport::ui
