// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportOptions.h"

#include <QCoreApplication>

#include <array>

namespace rapport::report {

namespace {

struct SectionName
{
    ReportSection section;
    const char* id;
};

constexpr std::array kSections{
    SectionName{ReportSection::Headline, "headline"},         SectionName{ReportSection::Funnel, "funnel"},
    SectionName{ReportSection::Satisfaction, "satisfaction"}, SectionName{ReportSection::Engagement, "engagement"},
    SectionName{ReportSection::Campaigns, "campaigns"},       SectionName{ReportSection::Content, "content"},
    SectionName{ReportSection::Retention, "retention"},       SectionName{ReportSection::Methodology, "methodology"},
};

} // namespace

QStringList reportSectionIds()
{
    QStringList ids;
    for (const SectionName& s : kSections)
        ids << QString::fromLatin1(s.id);
    return ids;
}

QString reportSectionId(ReportSection section)
{
    for (const SectionName& s : kSections)
        if (s.section == section)
            return QString::fromLatin1(s.id);
    return {};
}

bool reportSectionFromId(QStringView id, ReportSection* section)
{
    for (const SectionName& s : kSections) {
        if (id.compare(QLatin1String(s.id), Qt::CaseInsensitive) == 0) {
            *section = s.section;
            return true;
        }
    }
    return false;
}

QList<ReportSection> ReportOptions::allSections()
{
    QList<ReportSection> all;
    for (const SectionName& s : kSections)
        all << s.section;
    return all;
}

ReportOptions ReportOptions::lastDays(const QDate& today, int days)
{
    ReportOptions options;
    options.to = today;
    options.from = today.addDays(1 - days);
    return options;
}

bool ReportOptions::parseSections(const QString& list, QList<ReportSection>* sections, QString* error)
{
    QList<ReportSection> wanted;
    const QStringList ids = list.split(u',', Qt::SkipEmptyParts);
    for (const QString& raw : ids) {
        const QString id = raw.trimmed();
        if (id.compare(u"all", Qt::CaseInsensitive) == 0) {
            wanted = allSections();
            continue;
        }
        ReportSection section;
        if (!reportSectionFromId(id, &section)) {
            if (error)
                *error = QCoreApplication::translate("rapport::report::ReportOptions",
                                                     "unknown section “%1” (sections: %2)")
                             .arg(id, reportSectionIds().join(QStringLiteral(", ")));
            return false;
        }
        if (!wanted.contains(section))
            wanted << section;
    }
    if (wanted.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("rapport::report::ReportOptions", "no section given");
        return false;
    }
    // Print order, whatever order they were listed in.
    QList<ReportSection> ordered;
    for (ReportSection s : allSections())
        if (wanted.contains(s))
            ordered << s;
    *sections = ordered;
    return true;
}

} // namespace rapport::report
