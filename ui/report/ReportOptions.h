// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace rapport::report {

/** The pages of the executive report, in the order they are printed. */
enum class ReportSection { Headline, Funnel, Satisfaction, Engagement, Campaigns, Content, Retention, Methodology };

/** Section ids as written on the command line ("headline", "funnel", …), in print order. */
QStringList reportSectionIds();
QString reportSectionId(ReportSection section);
bool reportSectionFromId(QStringView id, ReportSection* section);

enum class PaperSize { A4Landscape, LetterLandscape };

/**
 * What to put in a report and how: the period (both days included, UTC), the audience
 * (an audience's name; empty: everyone), the language ("en" or "zh_CN"), the sections,
 * the paper, and whether names and emails may appear (off by default: an executive report
 * travels). `author` (a person's email) asks for an author statement instead.
 */
struct ReportOptions
{
    QDate from;
    QDate to;
    QString audience;
    QString language = QStringLiteral("en");
    QList<ReportSection> sections = allSections();
    PaperSize paper = PaperSize::A4Landscape;
    bool includePersonalData = false;
    QString author;

    static QList<ReportSection> allSections();
    bool has(ReportSection section) const { return sections.contains(section); }
    /** The default period: the 90 days ending on `today`. */
    static ReportOptions lastDays(const QDate& today, int days = 90);
    /** Parses "headline,funnel,…" (or "all"); false with *error naming the unknown id. */
    static bool parseSections(const QString& list, QList<ReportSection>* sections, QString* error);
};

} // namespace rapport::report
