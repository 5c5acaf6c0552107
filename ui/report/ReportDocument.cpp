// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportDocument.h"

#include "ui/report/LifecycleFunnelText.h"
#include "ui/report/ReportCanvas.h"
#include "ui/report/ReportCharts.h"
#include "ui/report/ReportLanguage.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <cmath>

namespace rapport::report {

using namespace ReportColors;

namespace {

constexpr double kMargin = 36;

} // namespace

ReportDocument::ReportDocument(const ReportData& data, const ReportLanguage& language, QString fontFamily)
    : m_data(data), m_language(language), m_family(std::move(fontFamily))
{
}

QString ReportDocument::t(const char* source) const
{
    return m_language.text(source);
}

QString ReportDocument::title() const
{
    return t(QT_TRANSLATE_NOOP("Report", "Community report")) + QStringLiteral(" · ") + m_data.projectName;
}

QString ReportDocument::subject() const
{
    QString s = t(QT_TRANSLATE_NOOP("Report", "Community figures for %1")).arg(periodText());
    if (!m_data.audienceName.isEmpty())
        s += QStringLiteral(" · ") + t(QT_TRANSLATE_NOOP("Report", "audience: %1")).arg(m_data.audienceName);
    return s;
}

QString ReportDocument::periodText() const
{
    return m_language.dateRange(m_data.options.from, m_data.options.to);
}

QRectF ReportDocument::body() const
{
    return QRectF(kMargin, 78, m_page.width() - 2 * kMargin, m_page.height() - 78 - 44);
}

void ReportDocument::pageFrame(ReportCanvas& canvas, const QString& title, const QString& subtitle, int page) const
{
    const double w = m_page.width() - 2 * kMargin;
    canvas.text(QRectF(kMargin, 26, w, 26), Qt::AlignLeft | Qt::AlignVCenter, title, 17, kInk, true);
    canvas.text(QRectF(kMargin, 52, w, 14), Qt::AlignLeft | Qt::AlignVCenter, subtitle, 8.5, kMuted);
    canvas.line({kMargin, 69}, {kMargin + w, 69}, kInk, 0.8);
    const double footer = m_page.height() - 30;
    canvas.line({kMargin, footer}, {kMargin + w, footer}, kRule, 0.5);
    QString left = m_data.projectName + QStringLiteral(" · ") + periodText();
    if (!m_data.audienceName.isEmpty())
        left += QStringLiteral(" · ") + m_data.audienceName;
    canvas.text(QRectF(kMargin, footer + 4, w * 0.7, 12), Qt::AlignLeft | Qt::AlignVCenter, left, 7, kMuted);
    canvas.text(QRectF(kMargin + w * 0.5, footer + 4, w * 0.5, 12), Qt::AlignRight | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")).arg(page).arg(pageCount()), 7, kMuted);
}

bool ReportDocument::render(QPagedPaintDevice& device, const std::function<bool(double)>& progress,
                            QString* error) const
{
    const QPageLayout layout = device.pageLayout();
    m_page = layout.fullRect(QPageLayout::Point).size();
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = QCoreApplication::translate("rapport::report::ReportDocument", "cannot start drawing the PDF");
        return false;
    }
    // The writer's painter starts at the page's printable area; the layout has no margins, so
    // (0, 0) is the paper's corner.
    const double k = double(device.logicalDpiX()) / 72.0;
    ReportCanvas canvas(painter, k, m_family);
    int page = 0;
    for (ReportSection section : m_data.options.sections) {
        if (page > 0 && !device.newPage()) {
            if (error)
                *error = QCoreApplication::translate("rapport::report::ReportDocument", "cannot add a page to the PDF");
            painter.end();
            return false;
        }
        ++page;
        switch (section) {
        case ReportSection::Headline:
            pageFrame(canvas, title(), subject(), page);
            headline(canvas);
            break;
        case ReportSection::Funnel:
            pageFrame(canvas, t(QT_TRANSLATE_NOOP("Report", "Lifecycle funnel")),
                      LifecycleFunnelText(m_data, m_language).subtitle(periodText()), page);
            funnel(canvas);
            break;
        case ReportSection::Satisfaction:
            pageFrame(canvas, t(QT_TRANSLATE_NOOP("Report", "Satisfaction")),
                      t(QT_TRANSLATE_NOOP("Report", "NPS and CSAT of the survey responses, month by month")), page);
            satisfaction(canvas);
            break;
        case ReportSection::Engagement:
            pageFrame(canvas, t(QT_TRANSLATE_NOOP("Report", "Engagement ladder")),
                      t(QT_TRANSLATE_NOOP("Report", "People by engagement level at the start and end of %1"))
                          .arg(periodText()),
                      page);
            engagement(canvas);
            break;
        case ReportSection::Campaigns:
            pageFrame(canvas, t(QT_TRANSLATE_NOOP("Report", "Top campaigns")),
                      t(QT_TRANSLATE_NOOP("Report", "Campaigns running in the period, by attendance")), page);
            campaigns(canvas);
            break;
        case ReportSection::Content:
            pageFrame(canvas, t(QT_TRANSLATE_NOOP("Report", "Content reach")),
                      t(QT_TRANSLATE_NOOP("Report", "Views gained in %1 by author and by series")).arg(periodText()),
                      page);
            content(canvas);
            break;
        case ReportSection::Retention:
            pageFrame(canvas, t(QT_TRANSLATE_NOOP("Report", "Cohort retention")),
                      t(QT_TRANSLATE_NOOP("Report",
                                          "Share of each month's newcomers active again in the months that follow")),
                      page);
            retention(canvas);
            break;
        case ReportSection::Methodology:
            pageFrame(canvas, t(QT_TRANSLATE_NOOP("Report", "Methodology")),
                      t(QT_TRANSLATE_NOOP("Report", "How each figure was computed, and from which data")), page);
            methodology(canvas);
            break;
        }
        if (progress && !progress(double(page) / double(pageCount()))) {
            painter.end();
            if (error)
                *error = QCoreApplication::translate("rapport::report::ReportDocument", "cancelled");
            return false;
        }
    }
    painter.end();
    return true;
}

QString ReportDocument::kpiLabel(int id) const
{
    switch (Kpi::Id(id)) {
    case Kpi::Id::ActivePeople:
        return t(QT_TRANSLATE_NOOP("Report", "Active people"));
    case Kpi::Id::Attended:
        return t(QT_TRANSLATE_NOOP("Report", "Attended an event"));
    case Kpi::Id::Contributors:
        return t(QT_TRANSLATE_NOOP("Report", "Contributors"));
    case Kpi::Id::Nps:
        return t(QT_TRANSLATE_NOOP("Report", "Net Promoter Score"));
    case Kpi::Id::Csat:
        return t(QT_TRANSLATE_NOOP("Report", "Satisfaction (CSAT)"));
    case Kpi::Id::Advocates:
        return t(QT_TRANSLATE_NOOP("Report", "Advocates"));
    case Kpi::Id::ContentReach:
        return t(QT_TRANSLATE_NOOP("Report", "Content views"));
    }
    return {};
}

void ReportDocument::headline(ReportCanvas& canvas) const
{
    const QRectF area = body();
    const int columns = 4;
    const double gap = 10;
    const double tileW = (area.width() - gap * (columns - 1)) / columns;
    const double tileH = 86;
    canvas.text(QRectF(area.left(), area.top() - 4, area.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "Compared with the previous %1 days (%2)"))
                    .arg(m_data.options.from.daysTo(m_data.options.to) + 1)
                    .arg(m_language.dateRange(m_data.previousFrom, m_data.previousTo)),
                7.5, kMuted);
    const double top = area.top() + 12;
    // Tile 0: the people counted; then the KPIs.
    for (int i = 0; i <= int(m_data.kpis.size()); ++i) {
        const QRectF tile(area.left() + (i % columns) * (tileW + gap), top + (i / columns) * (tileH + gap), tileW,
                          tileH);
        canvas.fill(tile, kPanel);
        const QRectF inner = tile.adjusted(10, 8, -10, -8);
        if (i == 0) {
            canvas.text(QRectF(inner.left(), inner.top(), inner.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                        m_data.audienceName.isEmpty() ? t(QT_TRANSLATE_NOOP("Report", "People in the community"))
                                                      : t(QT_TRANSLATE_NOOP("Report", "People in the audience")),
                        8.5, kMuted);
            canvas.text(QRectF(inner.left(), inner.top() + 14, inner.width(), 28), Qt::AlignLeft | Qt::AlignVCenter,
                        m_language.integer(double(m_data.audiencePeople)), 20, kInk, true);
            canvas.paragraph(QRectF(inner.left(), inner.top() + 46, inner.width(), 24),
                             m_data.audienceName.isEmpty()
                                 ? t(QT_TRANSLATE_NOOP("Report", "Everyone in the project (merged people once)"))
                                 : t(QT_TRANSLATE_NOOP("Report", "Audience “%1”")).arg(m_data.audienceName),
                             7, kMuted);
            continue;
        }
        const Kpi& kpi = m_data.kpis[std::size_t(i - 1)];
        canvas.text(QRectF(inner.left(), inner.top(), inner.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                    kpiLabel(int(kpi.id)), 8.5, kMuted);
        const bool isNps = kpi.id == Kpi::Id::Nps;
        const bool isShare = kpi.id == Kpi::Id::Csat;
        auto format = [&](double v) {
            return isNps ? m_language.number(v, 1) : isShare ? m_language.percent(v) : m_language.integer(v);
        };
        QString value = kpi.value ? format(*kpi.value) : QStringLiteral("—");
        canvas.text(QRectF(inner.left(), inner.top() + 14, inner.width(), 28), Qt::AlignLeft | Qt::AlignVCenter, value,
                    20, kInk, true);
        if (isNps && kpi.margin) {
            const double w = canvas.textWidth(value, 20, true);
            canvas.text(QRectF(inner.left() + w + 5, inner.top() + 20, inner.width() - w - 5, 20),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        QStringLiteral("± ") + m_language.number(*kpi.margin, 1) + QStringLiteral(" · n = ") +
                            m_language.integer(double(kpi.sample)),
                        8, kMuted);
        }
        QString change;
        QColor color = kMuted;
        std::optional<bool> up;
        if (kpi.value && kpi.previous) {
            const double delta = *kpi.value - *kpi.previous;
            if (isNps)
                change = t(QT_TRANSLATE_NOOP("Report", "%1 points vs. %2"))
                             .arg(m_language.signedNumber(delta, 1), m_language.number(*kpi.previous, 1));
            else if (isShare)
                change = t(QT_TRANSLATE_NOOP("Report", "%1 points vs. %2"))
                             .arg(m_language.signedNumber(delta * 100, 1), m_language.percent(*kpi.previous));
            else if (*kpi.previous > 0)
                change = t(QT_TRANSLATE_NOOP("Report", "%1 % vs. %2"))
                             .arg(m_language.signedNumber(delta / *kpi.previous * 100, 1),
                                  m_language.integer(*kpi.previous));
            else
                change = t(QT_TRANSLATE_NOOP("Report", "%1 vs. none before")).arg(m_language.signedNumber(delta, 0));
            if (std::abs(delta) > 1e-9) {
                up = delta > 0;
                color = *up ? kPositive : kNegative;
            }
            if (isNps && kpi.significance == Kpi::Significance::WithinMargin)
                color = kMuted; // a change inside the margin of error is not a signal
        } else if (kpi.value) {
            change = t(QT_TRANSLATE_NOOP("Report", "no figure for the previous period"));
        } else {
            change = isNps || isShare ? t(QT_TRANSLATE_NOOP("Report", "no answers in the period"))
                                      : t(QT_TRANSLATE_NOOP("Report", "no data in the period"));
        }
        double x = inner.left();
        if (up) {
            canvas.arrow({x + 3.5, inner.top() + 52}, 7, *up, color);
            x += 10;
        }
        canvas.text(QRectF(x, inner.top() + 46, inner.right() - x, 12), Qt::AlignLeft | Qt::AlignVCenter, change, 7.5,
                    color, up.has_value());
        QString note;
        if (isNps && kpi.significance == Kpi::Significance::Significant)
            note = t(QT_TRANSLATE_NOOP("Report", "Significant change (95 % confidence)"));
        else if (isNps && kpi.significance == Kpi::Significance::WithinMargin)
            note = t(QT_TRANSLATE_NOOP("Report", "Within the margin of error: no clear change"));
        else if (isShare && kpi.value)
            note = t(QT_TRANSLATE_NOOP("Report", "%1 answers")).arg(m_language.integer(double(kpi.sample)));
        if (!note.isEmpty())
            canvas.text(QRectF(inner.left(), inner.top() + 59, inner.width(), 11), Qt::AlignLeft | Qt::AlignVCenter,
                        note, 7, kMuted);
    }

    // Goals against targets.
    const int tileRows = (int(m_data.kpis.size()) + 1 + columns - 1) / columns;
    double y = top + tileRows * (tileH + gap) + 6;
    canvas.text(QRectF(area.left(), y, area.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "Goals against targets")), 11, kInk, true);
    y += 20;
    if (m_data.goals.isEmpty()) {
        canvas.text(QRectF(area.left(), y, area.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                    t(QT_TRANSLATE_NOOP("Report", "No goal’s period overlaps this period.")), 8.5, kMuted);
        return;
    }
    const double rowH = 15;
    const int fit = std::max(1, int((area.bottom() - y - rowH - 14) / rowH));
    const double wGoal = area.width() * 0.34, wPeriod = area.width() * 0.2, wNum = area.width() * 0.1;
    const double wBar = area.width() - wGoal - wPeriod - 2 * wNum;
    std::vector<Column> columnsSpec = {
        {t(QT_TRANSLATE_NOOP("Report", "Goal")), wGoal, Qt::AlignLeft},
        {t(QT_TRANSLATE_NOOP("Report", "Period")), wPeriod, Qt::AlignLeft},
        {t(QT_TRANSLATE_NOOP("Report", "Target")), wNum, Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("Report", "Achieved")), wNum, Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("Report", "Progress")), wBar, Qt::AlignLeft},
    };
    QList<QStringList> rows;
    const int shown = std::min<int>(fit, int(m_data.goals.size()));
    auto metricValue = [&](const QString& metric, double v) {
        return metric == u"csat" ? m_language.percent(v) : metric == u"nps" ? m_language.number(v, 1)
                                                                              : m_language.integer(v);
    };
    for (int i = 0; i < shown; ++i) {
        const GoalRow& g = m_data.goals[i];
        QString name = g.metric == u"nps"         ? t(QT_TRANSLATE_NOOP("Report", "NPS"))
                       : g.metric == u"csat"      ? t(QT_TRANSLATE_NOOP("Report", "CSAT"))
                       : g.metric == u"advocates" ? t(QT_TRANSLATE_NOOP("Report", "Advocates"))
                       : g.metric == u"reach"     ? t(QT_TRANSLATE_NOOP("Report", "Content views"))
                                                  : t(QT_TRANSLATE_NOOP("Report", "People who %1")).arg(m_language.activityType(g.metric));
        if (!g.campaign.isEmpty())
            name += QStringLiteral(" · ") + g.campaign;
        rows << QStringList{name, m_language.dateRange(g.start, g.end), metricValue(g.metric, g.target),
                            g.value ? metricValue(g.metric, *g.value) : QStringLiteral("—"), QString()};
    }
    ReportCharts::table(canvas, {area.left(), y}, columnsSpec, rows, 8, rowH);
    const double barLeft = area.left() + wGoal + wPeriod + 2 * wNum + 4;
    for (int i = 0; i < shown; ++i) {
        const GoalRow& g = m_data.goals[i];
        const double rowTop = y + rowH * (i + 1);
        ReportCharts::progress(canvas, QRectF(barLeft, rowTop + 4, wBar - 60, rowH - 8), g.fraction);
        canvas.text(QRectF(barLeft + wBar - 56, rowTop, 52, rowH), Qt::AlignRight | Qt::AlignVCenter,
                    g.fraction ? m_language.percent(*g.fraction, 0) : QStringLiteral("—"), 8,
                    g.fraction && *g.fraction >= 1 ? kPositive : kInk, g.fraction && *g.fraction >= 1);
    }
    if (shown < m_data.goals.size())
        canvas.text(QRectF(area.left(), y + rowH * (shown + 1) + 2, area.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                    t(QT_TRANSLATE_NOOP("Report", "… and %1 more goals in the project"))
                        .arg(m_data.goals.size() - shown),
                    7.5, kMuted);
}

void ReportDocument::methodology(ReportCanvas& canvas) const
{
    const QRectF area = body();
    const double gap = 18;
    const double colW = (area.width() - 2 * gap) / 3;
    // Two columns of definitions, the third for filters and the snapshot.
    double x = area.left();
    double y = area.top();
    const double bottom = area.bottom();
    for (const MethodEntry& m : m_data.methods) {
        const QString definition =
            m.lifecycleFunnel ? LifecycleFunnelText(m_data, m_language).methodology() : t(m.definition);
        QString parameters;
        for (const auto& [name, value] : m.provenance.parameters)
            parameters += (parameters.isEmpty() ? QString() : QStringLiteral("; ")) + QString::fromStdString(name) +
                          QStringLiteral(": ") + QString::fromStdString(value);
        const double need = 13 + canvas.paragraphHeight(colW, definition, 7) +
                            (parameters.isEmpty() ? 0 : 3 + canvas.paragraphHeight(colW, parameters, 6)) + 8;
        if (y + need > bottom && x < area.left() + colW) {
            x += colW + gap;
            y = area.top();
        }
        canvas.text(QRectF(x, y, colW, 12), Qt::AlignLeft | Qt::AlignVCenter, t(m.title), 8.5, kInk, true);
        y += 13;
        y += canvas.paragraph(QRectF(x, y, colW, bottom - y), definition, 7, kInk);
        if (!parameters.isEmpty()) {
            y += 3;
            y += canvas.paragraph(QRectF(x, y, colW, bottom - y), parameters, 6, kMuted);
        }
        y += 8;
    }

    const double right = area.left() + 2 * (colW + gap);
    y = area.top();
    auto heading = [&](const QString& text) {
        canvas.text(QRectF(right, y, colW, 12), Qt::AlignLeft | Qt::AlignVCenter, text, 8.5, kInk, true);
        y += 14;
    };
    auto field = [&](const QString& name, const QString& value, double points = 7.5) {
        canvas.text(QRectF(right, y, colW, 10), Qt::AlignLeft | Qt::AlignVCenter, name, 6.5, kMuted);
        y += 10;
        y += canvas.paragraph(QRectF(right, y, colW, bottom - y), value, points, kInk) + 4;
    };
    canvas.fill(QRectF(right - 8, area.top() - 6, colW + 16, area.height() + 6), kPanel);
    heading(t(QT_TRANSLATE_NOOP("Report", "Filters in force")));
    field(t(QT_TRANSLATE_NOOP("Report", "Period (UTC days, both included)")), periodText());
    field(t(QT_TRANSLATE_NOOP("Report", "Compared with")),
          m_language.dateRange(m_data.previousFrom, m_data.previousTo));
    field(t(QT_TRANSLATE_NOOP("Report", "Audience")),
          m_data.audienceName.isEmpty()
              ? t(QT_TRANSLATE_NOOP("Report", "Everyone (%1 people)")).arg(m_language.integer(double(m_data.audiencePeople)))
              : t(QT_TRANSLATE_NOOP("Report", "%1 (%2 people)"))
                    .arg(m_data.audienceName, m_language.integer(double(m_data.audiencePeople))));
    field(t(QT_TRANSLATE_NOOP("Report", "Personal data")),
          m_data.options.includePersonalData
              ? t(QT_TRANSLATE_NOOP("Report", "Names included at the sender’s request"))
              : t(QT_TRANSLATE_NOOP("Report", "Left out: no names or emails appear in this report")));
    QStringList sections;
    for (ReportSection s : m_data.options.sections)
        sections << reportSectionId(s);
    field(t(QT_TRANSLATE_NOOP("Report", "Sections")), sections.join(QStringLiteral(", ")));
    y += 6;
    heading(t(QT_TRANSLATE_NOOP("Report", "Data snapshot")));
    field(t(QT_TRANSLATE_NOOP("Report", "Computed at")), m_language.dateTime(m_data.snapshot.takenAt));
    if (m_data.snapshot.fileTime.isValid())
        field(t(QT_TRANSLATE_NOOP("Report", "Project file last changed")), m_language.dateTime(m_data.snapshot.fileTime));
    field(t(QT_TRANSLATE_NOOP("Report", "Contents")),
          t(QT_TRANSLATE_NOOP("Report", "%1 people, %2 activities, %3 survey responses"))
              .arg(m_language.integer(double(m_data.snapshot.people)),
                   m_language.integer(double(m_data.snapshot.activities)),
                   m_language.integer(double(m_data.snapshot.responses))));
    const QString hash = m_data.snapshot.contentHash;
    field(t(QT_TRANSLATE_NOOP("Report", "Content hash (BLAKE2b-256)")),
          hash.left(32) + u'\n' + hash.mid(32), 7);
    y += 2;
    canvas.paragraph(QRectF(right, y, colW, bottom - y),
                     t(QT_TRANSLATE_NOOP("Report",
                                         "Two reports with the same content hash were computed from the same people, "
                                         "activities, survey responses and content figures.")),
                     6.5, kMuted);
}

} // namespace rapport::report
