// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The report's pages after the headline: funnel, satisfaction, engagement, campaigns,
// content and retention (ReportDocument.cpp draws the frame, headline and methodology).
#include "ui/report/LifecycleFunnelText.h"
#include "ui/report/ReportCanvas.h"
#include "ui/report/ReportCharts.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportLanguage.h"

#include <algorithm>
#include <cmath>

namespace rapport::report {

using namespace ReportColors;

namespace {

void noData(ReportCanvas& canvas, const QRectF& area, const QString& text)
{
    canvas.text(QRectF(area.left(), area.top() + 10, area.width(), 16), Qt::AlignLeft | Qt::AlignVCenter, text, 10,
                kMuted);
}

} // namespace

void ReportDocument::funnel(ReportCanvas& canvas) const
{
    const QRectF area = body();
    const LifecycleFunnelText words(m_data, m_language);
    // Wide enough for what counts at each step ("attended, contributed, posted, commented").
    double detailW = 0;
    for (const FunnelStepRow& s : m_data.funnel)
        detailW = std::max({detailW, canvas.textWidth(words.stepActivities(s), 7.5),
                            canvas.textWidth(words.stepName(s), 10, true)});
    const double labelW = std::clamp(detailW + 4, 120.0, 200.0);
    const double chartW = area.width() * 0.58;
    // Up to 16 steps (the engine's limit) on the page: rows shrink to fit.
    const double rowH = std::min(58.0, (area.height() - 6) / double(m_data.funnel.size() + 1));
    const double barH = std::min(30.0, rowH - 12);
    const double audience = double(std::max<std::uint64_t>(1, m_data.audiencePeople));
    struct Row
    {
        QString label;
        QString detail;
        std::uint64_t persons;
        double rate;
    };
    std::vector<Row> rows;
    rows.push_back({t(QT_TRANSLATE_NOOP("Report", "In audience")), t(QT_TRANSLATE_NOOP("Report", "people counted")),
                    m_data.audiencePeople, 1.0});
    for (const FunnelStepRow& s : m_data.funnel)
        rows.push_back({words.stepName(s), words.stepActivities(s), s.persons, s.overallRate});
    const double barSpace = chartW - labelW - 12;
    double y = area.top() + 6;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const double middle = y + barH / 2;
        canvas.text(QRectF(area.left(), middle - 13, labelW, 14), Qt::AlignRight | Qt::AlignBottom, r.label, 10, kInk,
                    true);
        canvas.text(QRectF(area.left(), middle + 1, labelW, 11), Qt::AlignRight | Qt::AlignTop, r.detail, 7.5, kMuted);
        const double w = std::max(0.8, barSpace * double(r.persons) / audience);
        const double x = area.left() + labelW + 12 + (barSpace - w) / 2; // centred: a funnel
        canvas.fill(QRectF(x, y, w, barH), i == 0 ? kAccentLight : kAccent);
        const QString value = m_language.integer(double(r.persons));
        const QString share = m_language.percent(r.rate);
        const double inside = canvas.textWidth(value + QStringLiteral("  ") + share, 9, true) + 12;
        if (w > inside)
            canvas.text(QRectF(x, y, w, barH), Qt::AlignCenter, value + QStringLiteral("  ·  ") + share, 9,
                        i == 0 ? kInk : Qt::white, true);
        else
            canvas.text(QRectF(x + w + 6, y, 160, barH), Qt::AlignLeft | Qt::AlignVCenter,
                        value + QStringLiteral("  ·  ") + share, 9, kInk, true);
        if (i + 1 < rows.size()) {
            const FunnelStepRow& next = m_data.funnel[i];
            const double cx = area.left() + labelW + 12 + barSpace / 2;
            canvas.arrow({cx - 40, y + barH + (rowH - barH) / 2}, 6, false, kMuted);
            canvas.text(QRectF(cx - 32, y + barH, 200, rowH - barH), Qt::AlignLeft | Qt::AlignVCenter,
                        t(QT_TRANSLATE_NOOP("Report", "%1 of the step before")).arg(m_language.percent(next.stepRate)),
                        7.5, kMuted);
        }
        y += rowH;
    }

    // The figures as a table, with the time to convert.
    const double tx = area.left() + chartW + 18;
    const double tw = area.right() - tx;
    std::vector<Column> columns = {{t(QT_TRANSLATE_NOOP("Report", "Step")), tw * 0.32, Qt::AlignLeft},
                                   {t(QT_TRANSLATE_NOOP("Report", "People")), tw * 0.14, Qt::AlignRight},
                                   {t(QT_TRANSLATE_NOOP("Report", "Of audience")), tw * 0.18, Qt::AlignRight},
                                   {t(QT_TRANSLATE_NOOP("Report", "Of previous")), tw * 0.18, Qt::AlignRight},
                                   {t(QT_TRANSLATE_NOOP("Report", "Median time")), tw * 0.18, Qt::AlignRight}};
    QList<QStringList> table;
    table << QStringList{t(QT_TRANSLATE_NOOP("Report", "In audience")), m_language.integer(double(m_data.audiencePeople)),
                         m_language.percent(1.0), QString(), QString()};
    for (const FunnelStepRow& s : m_data.funnel)
        table << QStringList{words.stepName(s), m_language.integer(double(s.persons)),
                             m_language.percent(s.overallRate), m_language.percent(s.stepRate),
                             s.medianSeconds ? m_language.duration(*s.medianSeconds) : QStringLiteral("—")};
    double ty = area.top() + 6;
    ty += ReportCharts::table(canvas, {tx, ty}, columns, table, 7.5, 17);
    ty += 14;
    canvas.paragraph(QRectF(tx, ty, tw, 120), words.summary(), 7.5, kMuted);
}

void ReportDocument::satisfaction(ReportCanvas& canvas) const
{
    const QRectF area = body();
    const engine::NpsFigures& p = m_data.npsPeriod;
    // Left: the period's answers.
    const double leftW = area.width() * 0.28;
    double y = area.top();
    canvas.text(QRectF(area.left(), y, leftW, 12), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "NPS in the period")), 8.5, kMuted);
    y += 14;
    canvas.text(QRectF(area.left(), y, leftW, 30), Qt::AlignLeft | Qt::AlignVCenter,
                p.nps ? m_language.number(*p.nps, 1) : QStringLiteral("—"), 24, kInk, true);
    y += 32;
    if (p.moe95)
        canvas.text(QRectF(area.left(), y, leftW, 12), Qt::AlignLeft | Qt::AlignVCenter,
                    t(QT_TRANSLATE_NOOP("Report", "± %1 points (95 %), %2 answers"))
                        .arg(m_language.number(*p.moe95, 1), m_language.integer(double(p.responses))),
                    8, kMuted);
    y += 22;
    if (p.responses > 0) {
        const double n = double(p.responses);
        struct Part
        {
            QString label;
            std::uint64_t count;
            QColor color;
        };
        const std::vector<Part> parts = {{t(QT_TRANSLATE_NOOP("Report", "Promoters (9–10)")), p.promoters, kPositive},
                                         {t(QT_TRANSLATE_NOOP("Report", "Passives (7–8)")), p.passives, kNeutral},
                                         {t(QT_TRANSLATE_NOOP("Report", "Detractors (0–6)")), p.detractors, kNegative}};
        double x = area.left();
        for (const Part& part : parts) {
            const double w = leftW * double(part.count) / n;
            canvas.fill(QRectF(x, y, w, 14), part.color);
            x += w;
        }
        y += 20;
        for (const Part& part : parts) {
            canvas.fill(QRectF(area.left(), y + 3, 8, 8), part.color);
            canvas.text(QRectF(area.left() + 12, y, leftW - 12, 14), Qt::AlignLeft | Qt::AlignVCenter,
                        part.label + QStringLiteral("  ") + m_language.integer(double(part.count)) +
                            QStringLiteral(" (") + m_language.percent(double(part.count) / n, 0) + u')',
                        8);
            y += 15;
        }
    }
    y += 16;
    canvas.text(QRectF(area.left(), y, leftW, 12), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "CSAT in the period")), 8.5, kMuted);
    y += 14;
    canvas.text(QRectF(area.left(), y, leftW, 30), Qt::AlignLeft | Qt::AlignVCenter,
                p.csat ? m_language.percent(*p.csat) : QStringLiteral("—"), 24, kInk, true);
    y += 32;
    canvas.text(QRectF(area.left(), y, leftW, 12), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "%1 of %2 answers were 4 or 5"))
                    .arg(m_language.integer(double(p.csatSatisfied)), m_language.integer(double(p.csatResponses))),
                8, kMuted);

    // Right: the trend.
    const double rx = area.left() + leftW + 50;
    const double rw = area.right() - rx;
    QStringList labels, npsLabels, csatLabels;
    std::vector<std::optional<double>> npsValues, margins, csatValues;
    double lo = 0, hi = 0;
    for (const NpsPoint& point : m_data.npsTrend) {
        labels << (m_language.isChinese() ? m_language.locale().toString(point.month, QStringLiteral("yy年M月"))
                                          : m_language.locale().toString(point.month, QStringLiteral("MMM yy")));
        npsValues.push_back(point.figures.nps);
        margins.push_back(point.figures.moe95);
        csatValues.push_back(point.figures.csat);
        npsLabels << (point.figures.nps ? m_language.number(*point.figures.nps, 0) : QString());
        csatLabels << (point.figures.csat ? m_language.percent(*point.figures.csat, 0) : QString());
        if (point.figures.nps) {
            lo = std::min(lo, *point.figures.nps - point.figures.moe95.value_or(0));
            hi = std::max(hi, *point.figures.nps + point.figures.moe95.value_or(0));
        }
    }
    auto roundOut = [](double v) { return std::ceil(std::abs(v) / 25.0) * 25.0 * (v < 0 ? -1 : 1); };
    double yMin = std::max(-100.0, roundOut(lo)), yMax = std::min(100.0, roundOut(hi));
    if (yMax <= yMin)
        yMax = yMin + 25;
    const double chartH = (area.height() - 60) * 0.58;
    canvas.text(QRectF(rx - 30, area.top(), rw, 12), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "NPS by month, with its 95 % margin of error (shaded)")), 9, kInk, true);
    const QRectF npsPlot(rx, area.top() + 26, rw, chartH - 26);
    ReportCharts::lineChart(canvas, npsPlot, labels, npsValues, yMin, yMax, margins, npsLabels);
    const double csatTop = npsPlot.bottom() + 34;
    canvas.text(QRectF(rx - 30, csatTop, rw, 12), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "CSAT by month (share of 4 and 5 answers)")), 9, kInk, true);
    ReportCharts::columnChart(canvas, QRectF(rx, csatTop + 26, rw, area.bottom() - csatTop - 44), labels, csatValues,
                              1.0, csatLabels, kAccentLight.darker(125));
}

void ReportDocument::engagement(ReportCanvas& canvas) const
{
    const QRectF area = body();
    const char* names[] = {QT_TRANSLATE_NOOP("Report", "Observer"), QT_TRANSLATE_NOOP("Report", "Participant"),
                           QT_TRANSLATE_NOOP("Report", "Contributor"), QT_TRANSLATE_NOOP("Report", "Advocate")};
    const double leftW = area.width() * 0.55;
    std::uint64_t maxCount = 1;
    for (int l = 0; l < 4; ++l)
        maxCount = std::max({maxCount, m_data.levelsAtStart[l], m_data.levelsAtEnd[l]});
    const double labelW = 90, valueW = 110;
    const double barSpace = leftW - labelW - valueW - 12;
    double y = area.top() + 4;
    canvas.fill(QRectF(area.left() + labelW + 8, y + 3, 8, 8), kAccentLight);
    canvas.text(QRectF(area.left() + labelW + 20, y, 200, 14), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "Start of period (%1)")).arg(m_language.date(m_data.options.from.addDays(-1))),
                7.5, kMuted);
    canvas.fill(QRectF(area.left() + labelW + 190, y + 3, 8, 8), kAccent);
    canvas.text(QRectF(area.left() + labelW + 202, y, 200, 14), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "End of period (%1)")).arg(m_language.date(m_data.options.to)), 7.5, kMuted);
    y += 26;
    for (int l = 3; l >= 0; --l) { // the top of the ladder first
        const double rowH = 64;
        canvas.text(QRectF(area.left(), y, labelW, rowH - 12), Qt::AlignRight | Qt::AlignVCenter, t(names[l]), 10, kInk,
                    true);
        const double x0 = area.left() + labelW + 8;
        const double w0 = barSpace * double(m_data.levelsAtStart[l]) / double(maxCount);
        const double w1 = barSpace * double(m_data.levelsAtEnd[l]) / double(maxCount);
        canvas.fill(QRectF(x0, y + 6, std::max(0.6, w0), 18), kAccentLight);
        canvas.text(QRectF(x0 + w0 + 4, y + 6, valueW, 18), Qt::AlignLeft | Qt::AlignVCenter,
                    m_language.integer(double(m_data.levelsAtStart[l])), 8, kMuted);
        canvas.fill(QRectF(x0, y + 26, std::max(0.6, w1), 18), kAccent);
        const double delta = double(m_data.levelsAtEnd[l]) - double(m_data.levelsAtStart[l]);
        canvas.text(QRectF(x0 + w1 + 4, y + 26, valueW + 40, 18), Qt::AlignLeft | Qt::AlignVCenter,
                    m_language.integer(double(m_data.levelsAtEnd[l])) + QStringLiteral("  (") +
                        m_language.signedNumber(delta, 0) + u')',
                    8.5, delta > 0 ? kPositive : delta < 0 ? kNegative : kInk, true);
        y += rowH;
    }

    // Right: where people moved.
    const double rx = area.left() + leftW + 24;
    const double rw = area.right() - rx;
    double ry = area.top() + 4;
    canvas.text(QRectF(rx, ry, rw, 14), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "Moves between levels during the period")), 9, kInk, true);
    ry += 22;
    std::vector<Column> columns = {{t(QT_TRANSLATE_NOOP("Report", "From \\ to")), rw * 0.24, Qt::AlignLeft}};
    for (int l = 0; l < 4; ++l)
        columns.push_back({t(names[l]), rw * 0.19, Qt::AlignRight});
    QList<QStringList> rows;
    for (int from = 0; from < 4; ++from) {
        QStringList row{t(names[from])};
        for (int to = 0; to < 4; ++to)
            row << m_language.integer(double(m_data.transitions[from][to]));
        rows << row;
    }
    ry += ReportCharts::table(canvas, {rx, ry}, columns, rows, 8, 18) + 16;
    canvas.text(QRectF(rx, ry, rw, 16), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "Moved up: %1")).arg(m_language.integer(double(m_data.promoted))), 10,
                kPositive, true);
    ry += 18;
    canvas.text(QRectF(rx, ry, rw, 16), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "Moved down: %1")).arg(m_language.integer(double(m_data.demoted))), 10,
                kNegative, true);
    ry += 26;
    canvas.paragraph(QRectF(rx, ry, rw, area.bottom() - ry),
                     t(QT_TRANSLATE_NOOP("Report",
                                         "Levels come from an engagement score in which recent activity weighs more: "
                                         "people move down when they go quiet. See the methodology page.")),
                     7.5, kMuted);
}

void ReportDocument::campaigns(ReportCanvas& canvas) const
{
    const QRectF area = body();
    if (m_data.campaigns.isEmpty()) {
        noData(canvas, area, t(QT_TRANSLATE_NOOP("Report", "No campaign ran in this period.")));
        return;
    }
    const double w = area.width();
    std::vector<Column> columns = {
        {t(QT_TRANSLATE_NOOP("Report", "Campaign")), w * 0.22, Qt::AlignLeft},
        {t(QT_TRANSLATE_NOOP("Report", "Dates")), w * 0.17, Qt::AlignLeft},
        {t(QT_TRANSLATE_NOOP("Report", "Reached")), w * 0.07, Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("Report", "Registered")), w * 0.08, Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("Report", "Attended")), w * 0.19, Qt::AlignLeft},
        {t(QT_TRANSLATE_NOOP("Report", "NPS (n)")), w * 0.09, Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("Report", "Budget")), w * 0.09, Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("Report", "Per attendee")), w * 0.09, Qt::AlignRight},
    };
    const int shown = std::min<int>(12, int(m_data.campaigns.size()));
    QList<QStringList> rows;
    std::uint64_t maxAttended = 1;
    for (int i = 0; i < shown; ++i)
        maxAttended = std::max(maxAttended, m_data.campaigns[i].attended);
    for (int i = 0; i < shown; ++i) {
        const CampaignRow& c = m_data.campaigns[i];
        rows << QStringList{c.name,
                            m_language.dateRange(c.starts, c.ends.isValid() ? c.ends : c.starts),
                            m_language.integer(double(c.reached)),
                            m_language.integer(double(c.registered)),
                            QString(),
                            c.nps ? m_language.number(*c.nps, 0) + QStringLiteral(" (") +
                                        m_language.integer(double(c.npsResponses)) + u')'
                                  : QStringLiteral("—"),
                            c.budgetMinor > 0 ? m_language.money(double(c.budgetMinor), c.currency) : QStringLiteral("—"),
                            c.costPerAttendee ? m_language.money(*c.costPerAttendee, c.currency) : QStringLiteral("—")};
    }
    const double rowH = 24;
    ReportCharts::table(canvas, area.topLeft(), columns, rows, 8, rowH);
    // Attendance as bars inside its column.
    double x = area.left();
    for (int c = 0; c < 4; ++c)
        x += columns[std::size_t(c)].width;
    const double colW = columns[4].width;
    for (int i = 0; i < shown; ++i) {
        const CampaignRow& c = m_data.campaigns[i];
        const double top = area.top() + rowH * (i + 1);
        const double bw = (colW - 52) * double(c.attended) / double(maxAttended);
        canvas.fill(QRectF(x + 4, top + 6, std::max(0.6, bw), rowH - 12), kAccent);
        canvas.text(QRectF(x + 8 + bw, top, 46, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                    m_language.integer(double(c.attended)), 8, kInk, true);
    }
    const double below = area.top() + rowH * (shown + 1) + 10;
    canvas.text(QRectF(area.left(), below, area.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                shown < m_data.campaigns.size()
                    ? t(QT_TRANSLATE_NOOP("Report", "The %1 campaigns with the most attendees of %2 in the period."))
                          .arg(shown)
                          .arg(m_data.campaignsInPeriod)
                    : t(QT_TRANSLATE_NOOP("Report", "All %1 campaigns of the period.")).arg(m_data.campaignsInPeriod),
                7.5, kMuted);
}

void ReportDocument::content(ReportCanvas& canvas) const
{
    const QRectF area = body();
    const double gap = 30;
    const double colW = (area.width() - gap) / 2;
    // Summary line.
    const std::vector<std::pair<QString, QString>> figures = {
        {t(QT_TRANSLATE_NOOP("Report", "Views gained")), m_language.integer(double(m_data.contentViews))},
        {t(QT_TRANSLATE_NOOP("Report", "Onward clicks")), m_language.integer(double(m_data.contentOnwardClicks))},
        {t(QT_TRANSLATE_NOOP("Report", "Pieces")), m_language.integer(double(m_data.contentPieces))},
        {t(QT_TRANSLATE_NOOP("Report", "Authors")), m_language.integer(double(m_data.authorCount))}};
    const double figW = area.width() / double(figures.size());
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const double x = area.left() + figW * double(i);
        canvas.text(QRectF(x, area.top(), figW, 12), Qt::AlignLeft | Qt::AlignVCenter, figures[i].first, 8.5, kMuted);
        canvas.text(QRectF(x, area.top() + 13, figW, 26), Qt::AlignLeft | Qt::AlignVCenter, figures[i].second, 18,
                    kInk, true);
    }
    const double top = area.top() + 58;
    auto chart = [&](double x, const QString& title, const QList<ReachRow>& rows, bool authors) {
        canvas.text(QRectF(x, top, colW, 14), Qt::AlignLeft | Qt::AlignVCenter, title, 10, kInk, true);
        if (rows.isEmpty()) {
            noData(canvas, QRectF(x, top + 16, colW, 20), t(QT_TRANSLATE_NOOP("Report", "No views in this period.")));
            return;
        }
        std::vector<Bar> bars;
        for (const ReachRow& r : rows) {
            QString label = r.label;
            if (authors && !m_data.options.includePersonalData)
                label = t(QT_TRANSLATE_NOOP("Report", "Author %1")).arg(r.label);
            bars.push_back({label, double(r.views),
                            m_language.integer(double(r.views)) + QStringLiteral("  ·  ") +
                                m_language.pieces(qint64(r.pieces))});
        }
        ReportCharts::horizontalBars(canvas, QRectF(x, top + 22, colW, std::min(area.bottom() - top - 40, 22.0 * 10)),
                                     bars, kAccent, colW * 0.32);
    };
    chart(area.left(), t(QT_TRANSLATE_NOOP("Report", "Top authors by views")), m_data.authors, true);
    chart(area.left() + colW + gap, t(QT_TRANSLATE_NOOP("Report", "Top series by views")), m_data.series, false);
    if (!m_data.options.includePersonalData && !m_data.authors.isEmpty())
        canvas.text(QRectF(area.left(), area.bottom() - 12, area.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                    t(QT_TRANSLATE_NOOP("Report", "Authors are numbered by rank: personal data is left out of this "
                                                  "report.")),
                    7.5, kMuted);
}

void ReportDocument::retention(ReportCanvas& canvas) const
{
    const QRectF area = body();
    if (m_data.cohorts.isEmpty()) {
        noData(canvas, area, t(QT_TRANSLATE_NOOP("Report", "Nobody started in these months.")));
        return;
    }
    const int periods = m_data.retentionPeriods;
    const double labelW = 110, sizeW = 80;
    const double cellW = std::min(90.0, (area.width() - labelW - sizeW) / periods);
    const double rowH = std::min(26.0, (area.height() - 50) / double(m_data.cohorts.size() + 1));
    double y = area.top();
    canvas.text(QRectF(area.left(), y, labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "First active")), 8, kMuted, true);
    canvas.text(QRectF(area.left() + labelW, y, sizeW - 8, rowH), Qt::AlignRight | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "People")), 8, kMuted, true);
    for (int k = 0; k < periods; ++k)
        canvas.text(QRectF(area.left() + labelW + sizeW + cellW * k, y, cellW, rowH), Qt::AlignCenter,
                    t(QT_TRANSLATE_NOOP("Report", "Month %1")).arg(k), 8, kMuted, true);
    y += rowH;
    const QDate periodEnd = m_data.options.to;
    for (const CohortRow& c : m_data.cohorts) {
        const QString label = m_language.isChinese() ? m_language.locale().toString(c.month, QStringLiteral("yyyy年M月"))
                                                     : m_language.locale().toString(c.month, QStringLiteral("MMMM yyyy"));
        canvas.text(QRectF(area.left(), y, labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter, label, 8.5);
        canvas.text(QRectF(area.left() + labelW, y, sizeW - 8, rowH), Qt::AlignRight | Qt::AlignVCenter,
                    m_language.integer(double(c.size)), 8.5);
        for (int k = 0; k < periods && k < int(c.retained.size()); ++k) {
            const QRectF cell(area.left() + labelW + sizeW + cellW * k + 1, y + 1, cellW - 2, rowH - 2);
            if (c.month.addMonths(k) > periodEnd)
                continue; // not begun by the period's end
            const double share = c.size ? double(c.retained[std::size_t(k)]) / double(c.size) : 0.0;
            canvas.fill(cell, ReportCharts::heat(share * 1.6));
            canvas.text(cell, Qt::AlignCenter, c.size ? m_language.percent(share, 0) : QStringLiteral("—"), 8,
                        share * 1.6 > 0.55 ? Qt::white : kInk);
        }
        y += rowH;
    }
    y += 10;
    canvas.paragraph(QRectF(area.left(), y, area.width(), area.bottom() - y),
                     t(QT_TRANSLATE_NOOP("Report",
                                         "A cohort is everyone whose first activity fell in that month; a cell is the "
                                         "share of them active again in the month so many months later. Months after "
                                         "the period’s end are left empty.")),
                     7.5, kMuted);
}

} // namespace rapport::report
