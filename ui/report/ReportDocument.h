// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/ReportData.h"

#include <QSizeF>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace rapport::report {

class ReportCanvas;
class ReportLanguage;

/**
 * Draws an executive report (ReportData) page by page on a paged device (a QPdfWriter):
 * one page per section, each with the section's title, the project and period in a footer
 * and "page N of M". All vector: the charts are the canvas's own drawing.
 */
class ReportDocument
{
public:
    ReportDocument(const ReportData& data, const ReportLanguage& language, QString fontFamily);

    int pageCount() const { return int(m_data.options.sections.size()); }
    /** The report's title as on its first page and in the PDF's properties. */
    QString title() const;
    QString subject() const;

    /** Draws every page on device (its page layout already set); progress gets the share of
     *  pages drawn and may return false to stop (then false with *error). */
    bool render(QPagedPaintDevice& device, const std::function<bool(double)>& progress, QString* error) const;

private:
    QString t(const char* source) const;
    QString periodText() const;
    QString kpiLabel(int id) const;
    void pageFrame(ReportCanvas& canvas, const QString& title, const QString& subtitle, int page) const;

    void headline(ReportCanvas& canvas) const;
    void funnel(ReportCanvas& canvas) const;
    void satisfaction(ReportCanvas& canvas) const;
    void engagement(ReportCanvas& canvas) const;
    void campaigns(ReportCanvas& canvas) const;
    void content(ReportCanvas& canvas) const;
    void retention(ReportCanvas& canvas) const;
    void methodology(ReportCanvas& canvas) const;

    QRectF body() const; ///< the area between the title and the footer, in points

    const ReportData& m_data;
    const ReportLanguage& m_language;
    QString m_family;
    mutable QSizeF m_page; ///< points
};

} // namespace rapport::report
