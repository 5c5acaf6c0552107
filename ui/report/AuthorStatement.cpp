// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/AuthorStatement.h"

#include "core/model/Person.h"
#include "core/model/Reward.h"
#include "ui/report/ReportCanvas.h"
#include "ui/report/ReportCharts.h"
#include "ui/report/ReportLanguage.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::report {

using namespace ReportColors;

namespace {

constexpr double kMargin = 36;

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::report::AuthorStatement", text);
}

} // namespace

std::optional<AuthorStatementData> AuthorStatementData::read(QSqlDatabase db, const QString& email, QString* error)
{
    const QString wanted = email.trimmed().toLower();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT p.id FROM identities i JOIN people p ON p.key = i.person_key "
                                 "WHERE i.kind = 'email' AND i.normalized = ? ORDER BY p.key LIMIT 1"));
    query.addBindValue(wanted);
    if (!query.exec()) {
        *error = tr("cannot read the people: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("nobody has the email “%1”").arg(email.trimmed());
        return std::nullopt;
    }
    const model::Uuid id = model::Uuid::fromString(query.value(0).toString());
    storage::AuthorReport report(db);
    if (!report.error().isEmpty()) {
        *error = report.error();
        return std::nullopt;
    }
    std::optional<storage::AuthorSummary> summary = report.summary(id);
    if (!summary || summary->pieces.isEmpty()) {
        *error = tr("“%1” has authored no content").arg(email.trimmed());
        return std::nullopt;
    }
    AuthorStatementData data;
    data.email = email.trimmed();
    data.summary = std::move(*summary);
    return data;
}

AuthorStatement::AuthorStatement(const AuthorStatementData& data, const ReportLanguage& language, QString fontFamily)
    : m_data(data), m_language(language), m_family(std::move(fontFamily))
{
}

QString AuthorStatement::t(const char* source) const
{
    return m_language.text(source);
}

QString AuthorStatement::title() const
{
    return t(QT_TRANSLATE_NOOP("Report", "Author statement · %1")).arg(m_data.summary.name);
}

QString AuthorStatement::subject() const
{
    return t(QT_TRANSLATE_NOOP("Report", "The reach of %1’s writing in %2, up to %3"))
        .arg(m_data.summary.name, m_data.projectName, m_language.date(m_data.takenAt.date()));
}

int AuthorStatement::pageCount() const
{
    const storage::AuthorSummary& s = m_data.summary;
    return s.channels.isEmpty() && s.onwardLinks.isEmpty() && s.rewards.isEmpty() ? 1 : 2;
}

QString AuthorStatement::rewardText(const storage::RewardTotal& total) const
{
    switch (total.kind) {
    case model::RewardKind::Points:
        return t(QT_TRANSLATE_NOOP("Report", "%1 points")).arg(m_language.integer(total.value));
    case model::RewardKind::Money:
        return m_language.money(total.value * 100, total.currency);
    case model::RewardKind::Swag:
        return t(QT_TRANSLATE_NOOP("Report", "%1 × swag")).arg(total.count);
    case model::RewardKind::Recognition:
        return t(QT_TRANSLATE_NOOP("Report", "%1 × recognition")).arg(total.count);
    }
    return {};
}

void AuthorStatement::frame(ReportCanvas& canvas, int page) const
{
    const double w = m_page.width() - 2 * kMargin;
    canvas.text(QRectF(kMargin, 26, w, 26), Qt::AlignLeft | Qt::AlignVCenter, title(), 17, kInk, true);
    canvas.text(QRectF(kMargin, 52, w, 14), Qt::AlignLeft | Qt::AlignVCenter, subject(), 8.5, kMuted);
    canvas.line({kMargin, 69}, {kMargin + w, 69}, kInk, 0.8);
    const double footer = m_page.height() - 30;
    canvas.line({kMargin, footer}, {kMargin + w, footer}, kRule, 0.5);
    canvas.text(QRectF(kMargin, footer + 4, w * 0.7, 12), Qt::AlignLeft | Qt::AlignVCenter,
                m_data.projectName + QStringLiteral(" · ") +
                    t(QT_TRANSLATE_NOOP("Report", "all time up to %1")).arg(m_language.dateTime(m_data.takenAt)),
                7, kMuted);
    canvas.text(QRectF(kMargin + w * 0.5, footer + 4, w * 0.5, 12), Qt::AlignRight | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")).arg(page).arg(pageCount()), 7, kMuted);
}

bool AuthorStatement::render(QPagedPaintDevice& device, QString* error) const
{
    m_page = device.pageLayout().fullRect(QPageLayout::Point).size();
    QPainter painter;
    if (!painter.begin(&device)) {
        *error = tr("cannot start drawing the PDF");
        return false;
    }
    ReportCanvas canvas(painter, double(device.logicalDpiX()) / 72.0, m_family);
    frame(canvas, 1);
    firstPage(canvas);
    if (pageCount() == 2) {
        device.newPage();
        frame(canvas, 2);
        secondPage(canvas);
    }
    painter.end();
    return true;
}

void AuthorStatement::firstPage(ReportCanvas& canvas) const
{
    const storage::AuthorSummary& s = m_data.summary;
    const QRectF area(kMargin, 80, m_page.width() - 2 * kMargin, m_page.height() - 80 - 44);
    QStringList rewards;
    for (const storage::RewardTotal& r : s.rewardTotals)
        rewards << rewardText(r);
    const std::vector<std::pair<QString, QString>> tiles = {
        {t(QT_TRANSLATE_NOOP("Report", "Pieces")), m_language.integer(double(s.pieces.size()))},
        {t(QT_TRANSLATE_NOOP("Report", "Views")), m_language.integer(double(s.total.views))},
        {t(QT_TRANSLATE_NOOP("Report", "Reads")), m_language.integer(double(s.total.reads))},
        {t(QT_TRANSLATE_NOOP("Report", "Shares")), m_language.integer(double(s.total.shares))},
        {t(QT_TRANSLATE_NOOP("Report", "Onward clicks")), m_language.integer(double(s.total.onwardClicks))},
        {t(QT_TRANSLATE_NOOP("Report", "Rewards")),
         rewards.isEmpty() ? QStringLiteral("—") : rewards.join(QStringLiteral(", "))}};
    const double gap = 8;
    const double tileW = (area.width() - gap * double(tiles.size() - 1)) / double(tiles.size());
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const QRectF tile(area.left() + (tileW + gap) * double(i), area.top(), tileW, 52);
        canvas.fill(tile, kPanel);
        canvas.text(tile.adjusted(8, 6, -8, -34), Qt::AlignLeft | Qt::AlignVCenter, tiles[i].first, 8, kMuted);
        canvas.text(tile.adjusted(8, 20, -8, -6), Qt::AlignLeft | Qt::AlignVCenter, tiles[i].second,
                    i + 1 == tiles.size() ? 10 : 16, kInk, true);
    }
    const double w = area.width();
    std::vector<Column> columns = {
        {t(QT_TRANSLATE_NOOP("Report", "Piece")), w * 0.27, Qt::AlignLeft},
        {t(QT_TRANSLATE_NOOP("Report", "Series")), w * 0.13, Qt::AlignLeft},
        {t(QT_TRANSLATE_NOOP("Report", "Published")), w * 0.1, Qt::AlignLeft},
        {t(QT_TRANSLATE_NOOP("Report", "Distributed on")), w * 0.16, Qt::AlignLeft},
        {t(QT_TRANSLATE_NOOP("Report", "Views")), w * 0.08, Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("Report", "Reads")), w * 0.07, Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("Report", "Onward clicks")), w * 0.09, Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("Report", "Rewards")), w * 0.1, Qt::AlignLeft},
    };
    const double top = area.top() + 66;
    const double rowH = 17;
    const int fit = int((area.bottom() - top - 16) / rowH) - 1;
    QList<QStringList> rows;
    for (qsizetype i = 0; i < s.pieces.size() && i < fit; ++i) {
        const storage::AuthorPiece& p = s.pieces[i];
        QStringList pieceRewards;
        for (const storage::RewardTotal& r : p.rewards)
            pieceRewards << rewardText(r);
        rows << QStringList{p.title,
                            p.series.isEmpty() ? QStringLiteral("—") : p.series,
                            m_language.date(p.published),
                            p.channels.join(QStringLiteral(", ")),
                            m_language.integer(double(p.metrics.views)),
                            m_language.integer(double(p.metrics.reads)),
                            m_language.integer(double(p.metrics.onwardClicks)),
                            pieceRewards.join(QStringLiteral(", "))};
    }
    const double used = ReportCharts::table(canvas, {area.left(), top}, columns, rows, 7.5, rowH);
    if (rows.size() < s.pieces.size())
        canvas.text(QRectF(area.left(), top + used + 4, area.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                    t(QT_TRANSLATE_NOOP("Report", "… and %1 more pieces")).arg(s.pieces.size() - rows.size()), 7.5,
                    kMuted);
}

void AuthorStatement::secondPage(ReportCanvas& canvas) const
{
    const storage::AuthorSummary& s = m_data.summary;
    const QRectF area(kMargin, 80, m_page.width() - 2 * kMargin, m_page.height() - 80 - 44);
    const double gap = 24;
    const double colW = (area.width() - gap) / 2;
    // Left: where the pieces were distributed.
    canvas.text(QRectF(area.left(), area.top(), colW, 14), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "Where your pieces were distributed")), 10, kInk, true);
    std::vector<Bar> bars;
    for (const storage::AuthorChannel& c : s.channels)
        bars.push_back({c.name, double(c.metrics.views),
                        m_language.integer(double(c.metrics.views)) + QStringLiteral("  ·  ") +
                            m_language.pieces(c.pieces)});
    if (bars.size() > 10)
        bars.resize(10);
    ReportCharts::horizontalBars(canvas, QRectF(area.left(), area.top() + 20, colW, 22.0 * double(bars.size())), bars,
                                 kAccent, colW * 0.3);
    double y = area.top() + 30 + 22.0 * double(bars.size());
    // Below: rewards received.
    canvas.text(QRectF(area.left(), y, colW, 14), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "Rewards received")), 10, kInk, true);
    y += 18;
    QList<QStringList> rewardRows;
    for (const storage::AuthorReward& r : s.rewards) {
        storage::RewardTotal one{r.kind, r.currency, r.value, 1};
        rewardRows << QStringList{m_language.date(r.date), rewardText(one), r.reason,
                                  r.contentTitle.isEmpty() ? r.campaign : r.contentTitle};
    }
    const int fit = std::max(0, int((area.bottom() - y) / 15) - 2);
    const qsizetype total = rewardRows.size();
    if (rewardRows.size() > fit)
        rewardRows = rewardRows.mid(rewardRows.size() - fit); // the latest
    if (rewardRows.isEmpty())
        canvas.text(QRectF(area.left(), y, colW, 14), Qt::AlignLeft | Qt::AlignVCenter,
                    t(QT_TRANSLATE_NOOP("Report", "None yet.")), 8.5, kMuted);
    else
        y += ReportCharts::table(canvas, {area.left(), y},
                                 {{t(QT_TRANSLATE_NOOP("Report", "Date")), colW * 0.2, Qt::AlignLeft},
                                  {t(QT_TRANSLATE_NOOP("Report", "Reward")), colW * 0.2, Qt::AlignLeft},
                                  {t(QT_TRANSLATE_NOOP("Report", "Reason")), colW * 0.3, Qt::AlignLeft},
                                  {t(QT_TRANSLATE_NOOP("Report", "For")), colW * 0.3, Qt::AlignLeft}},
                                 rewardRows, 7.5, 15);
    if (rewardRows.size() < total)
        canvas.text(QRectF(area.left(), y + 2, colW, 12), Qt::AlignLeft | Qt::AlignVCenter,
                    t(QT_TRANSLATE_NOOP("Report", "The latest %1 of %2 rewards")).arg(rewardRows.size()).arg(total), 7,
                    kMuted);

    // Right: where readers went on to.
    const double rx = area.left() + colW + gap;
    canvas.text(QRectF(rx, area.top(), colW, 14), Qt::AlignLeft | Qt::AlignVCenter,
                t(QT_TRANSLATE_NOOP("Report", "Where readers went next")), 10, kInk, true);
    QList<QStringList> links;
    for (const storage::AuthorLink& l : s.onwardLinks)
        links << QStringList{l.fromTitle, l.toTitle,
                             l.toOwnPiece ? t(QT_TRANSLATE_NOOP("Report", "yours")) : QString()};
    const int linkFit = int((area.bottom() - area.top() - 40) / 15);
    if (links.size() > linkFit)
        links = links.mid(0, linkFit);
    if (links.isEmpty())
        canvas.text(QRectF(rx, area.top() + 20, colW, 14), Qt::AlignLeft | Qt::AlignVCenter,
                    t(QT_TRANSLATE_NOOP("Report", "Your pieces link to no other piece yet.")), 8.5, kMuted);
    else
        ReportCharts::table(canvas, {rx, area.top() + 20},
                            {{t(QT_TRANSLATE_NOOP("Report", "From your piece")), colW * 0.45, Qt::AlignLeft},
                             {t(QT_TRANSLATE_NOOP("Report", "On to")), colW * 0.43, Qt::AlignLeft},
                             {QString(), colW * 0.12, Qt::AlignLeft}},
                            links, 7.5, 15);
}

} // namespace rapport::report
