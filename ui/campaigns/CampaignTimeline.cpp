// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignTimeline.h"

#include "ui/campaigns/CampaignField.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace rapport::ui {

namespace {

constexpr int kPadding = 6;
constexpr int kMinimumMonths = 12;

QDate firstOfMonth(const QDate& date)
{
    return QDate(date.year(), date.month(), 1);
}

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString spanText(const QDate& from, const QDate& to)
{
    if (!to.isValid() || to == from)
        return dateText(from);
    return CampaignTimeline::tr("%1 – %2").arg(dateText(from), dateText(to));
}

} // namespace

CampaignTimeline::CampaignTimeline(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    m_today = QDate::currentDate();
    relayout();
}

void CampaignTimeline::setCampaigns(const QList<model::Campaign>& campaigns)
{
    m_campaigns = campaigns;
    relayout();
}

void CampaignTimeline::setMoments(const QList<model::CalendarMoment>& moments)
{
    m_moments = moments;
    relayout();
}

void CampaignTimeline::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    m_today = today;
    relayout();
}

void CampaignTimeline::setSelected(const QList<model::Uuid>& ids)
{
    if (ids == m_selected)
        return;
    m_selected = ids;
    update();
}

int CampaignTimeline::monthWidth() const
{
    return std::max(64, fontMetrics().horizontalAdvance(QStringLiteral("September 2026")) + 8);
}

int CampaignTimeline::laneHeight() const
{
    return fontMetrics().height() + 10;
}

int CampaignTimeline::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int CampaignTimeline::xOf(const QDate& date) const
{
    const int month = (date.year() - m_first.year()) * 12 + date.month() - m_first.month();
    const int width = monthWidth();
    return month * width + (date.day() - 1) * width / date.daysInMonth();
}

void CampaignTimeline::relayout()
{
    // The months shown: every dated campaign and moment, and today, a month either side.
    QDate first = m_today, last = m_today;
    m_undated = 0;
    for (const model::Campaign& c : std::as_const(m_campaigns)) {
        if (!c.starts.isValid()) {
            ++m_undated;
            continue;
        }
        first = std::min(first, c.starts);
        last = std::max(last, c.ends.isValid() ? c.ends : c.starts);
    }
    for (const model::CalendarMoment& m : std::as_const(m_moments)) {
        first = std::min(first, m.starts);
        last = std::max(last, m.ends);
    }
    m_first = firstOfMonth(first).addMonths(-1);
    QDate end = firstOfMonth(last).addMonths(2);
    m_months = std::max(kMinimumMonths,
                        (end.year() - m_first.year()) * 12 + end.month() - m_first.month());
    m_last = m_first.addMonths(m_months).addDays(-1);

    const QFontMetrics fm = fontMetrics();
    const int lane = laneHeight();

    // Moments: a label in the first moment lane where it does not overlap another.
    m_flags.clear();
    QList<int> momentLaneEnds;
    const int momentsTop = headerHeight() + 2;
    for (const model::CalendarMoment& m : std::as_const(m_moments)) {
        Flag flag;
        flag.moment = m;
        const int x = xOf(m.starts);
        const int endX = std::max(xOf(m.ends.addDays(1)), x + 2);
        const int labelWidth = fm.horizontalAdvance(m.name) + 2 * kPadding;
        int laneIndex = 0;
        while (laneIndex < momentLaneEnds.size() && momentLaneEnds[laneIndex] > x)
            ++laneIndex;
        if (laneIndex == momentLaneEnds.size())
            momentLaneEnds << 0;
        // Only the label takes room: the band lies behind everything anyway.
        momentLaneEnds[laneIndex] = x + labelWidth + 4;
        flag.label = QRect(x, momentsTop + laneIndex * lane, labelWidth, lane - 4);
        flag.band = QRect(x, headerHeight(), endX - x, 0); // height set below
        m_flags << flag;
    }
    m_momentLanes = int(momentLaneEnds.size());

    // Campaigns: by start, each in the first lane free by then.
    QList<model::Campaign> dated;
    for (const model::Campaign& c : std::as_const(m_campaigns)) {
        if (c.starts.isValid())
            dated << c;
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const auto& a, const auto& b) { return a.starts < b.starts; });
    m_bars.clear();
    QList<int> laneEnds;
    const int barsTop = momentsTop + m_momentLanes * lane + (m_momentLanes ? 6 : 0);
    for (const model::Campaign& c : std::as_const(dated)) {
        const QDate ends = c.ends.isValid() && c.ends >= c.starts ? c.ends : c.starts;
        const int x = xOf(c.starts);
        const int endX = std::max(xOf(ends.addDays(1)), x + 6);
        // A bar too short for its name (a one-day meetup) has the name beside it.
        const int textWidth = fm.horizontalAdvance(c.name) + 2 * kPadding;
        const bool outside = endX - x < textWidth;
        const int occupied = outside ? endX + textWidth : endX;
        int laneIndex = 0;
        while (laneIndex < laneEnds.size() && laneEnds[laneIndex] > x)
            ++laneIndex;
        if (laneIndex == laneEnds.size())
            laneEnds << 0;
        laneEnds[laneIndex] = occupied + 2;
        m_bars.append({c, QRect(x, barsTop + laneIndex * lane, endX - x, lane - 4), outside});
    }
    m_campaignLanes = int(laneEnds.size());
    const int height = barsTop + std::max(1, m_campaignLanes) * lane + kPadding + fm.height();
    for (Flag& flag : m_flags)
        flag.band.setHeight(height - headerHeight());
    updateGeometry();
    update();
}

QSize CampaignTimeline::sizeHint() const
{
    const int lanes = m_momentLanes + std::max(3, m_campaignLanes);
    return QSize(m_months * monthWidth(),
                 headerHeight() + lanes * laneHeight() + 3 * kPadding + fontMetrics().height());
}

QSize CampaignTimeline::minimumSizeHint() const
{
    return sizeHint();
}

QRect CampaignTimeline::barRect(const model::Uuid& campaign) const
{
    for (const Bar& bar : m_bars) {
        if (bar.campaign.meta.id == campaign)
            return bar.rect;
    }
    return {};
}

QRect CampaignTimeline::momentRect(const model::Uuid& moment) const
{
    for (const Flag& flag : m_flags) {
        if (flag.moment.meta.id == moment)
            return flag.label;
    }
    return {};
}

model::Uuid CampaignTimeline::campaignAt(const QPoint& pos) const
{
    for (const Bar& bar : m_bars) {
        QRect hit = bar.rect;
        if (bar.labelOutside) // the name beside the bar is part of it
            hit.setRight(hit.right() + 4 + fontMetrics().horizontalAdvance(bar.campaign.name));
        if (hit.contains(pos))
            return bar.campaign.meta.id;
    }
    return {};
}

model::Uuid CampaignTimeline::momentAt(const QPoint& pos) const
{
    for (const Flag& flag : m_flags) {
        if (flag.label.contains(pos))
            return flag.moment.meta.id;
    }
    return {};
}

QColor CampaignTimeline::momentColor(model::CalendarMoment::Kind kind) const
{
    switch (kind) {
    case model::CalendarMoment::Kind::Release:
        return QColor(0x2b, 0x6c, 0xb0);
    case model::CalendarMoment::Kind::HiringPeak:
        return QColor(0x2e, 0x8b, 0x57);
    case model::CalendarMoment::Kind::PromotionSeason:
        return QColor(0xc8, 0x6a, 0x12);
    case model::CalendarMoment::Kind::Other:
        break;
    }
    return palette().color(QPalette::Mid);
}

void CampaignTimeline::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();
    const int width = monthWidth();
    const int header = headerHeight();

    // Months: a header cell each, a faint line between them.
    const QColor grid = palette().color(QPalette::Mid);
    for (int i = 0; i < m_months; ++i) {
        const QDate month = m_first.addMonths(i);
        const QRect cell(i * width, 0, width, header);
        if (i % 2)
            p.fillRect(QRect(cell.left(), header, width, height() - header),
                       palette().color(QPalette::AlternateBase));
        p.setPen(grid);
        p.drawLine(cell.left(), 0, cell.left(), height());
        p.setPen(palette().color(QPalette::Text));
        const QString label = month.month() == 1 || i == 0
                                  ? QLocale().toString(month, QStringLiteral("MMM yyyy"))
                                  : QLocale().toString(month, QStringLiteral("MMM"));
        QFont font = p.font();
        font.setBold(month.month() == 1 || i == 0);
        p.setFont(font);
        p.drawText(cell.adjusted(kPadding, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    p.setFont(font());
    p.setPen(grid);
    p.drawLine(0, header, m_months * width, header);

    // Moments: a translucent band over their days, a label in their lane.
    for (const Flag& flag : std::as_const(m_flags)) {
        QColor color = momentColor(flag.moment.kind);
        QColor band = color;
        band.setAlpha(flag.band.width() > 4 ? 28 : 90);
        p.fillRect(flag.band, band);
        p.setPen(color);
        p.drawLine(flag.band.topLeft(), flag.band.bottomLeft());
        QColor label = color;
        label.setAlpha(40);
        p.fillRect(flag.label, label);
        p.fillRect(QRect(flag.label.left(), flag.label.top(), 3, flag.label.height()), color);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(flag.label.adjusted(kPadding, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   flag.moment.name);
    }

    // Campaigns: filled while active, outlined while planned, grey when done or cancelled.
    p.setRenderHint(QPainter::Antialiasing);
    const QColor highlight = palette().color(QPalette::Highlight);
    for (const Bar& bar : std::as_const(m_bars)) {
        const model::Campaign& c = bar.campaign;
        QColor fill = highlight, border = highlight,
               text = palette().color(QPalette::HighlightedText);
        Qt::PenStyle style = Qt::SolidLine;
        switch (c.status) {
        case model::CampaignStatus::Planned:
            fill = highlight.lighter(185);
            text = palette().color(QPalette::Text);
            style = Qt::DashLine;
            break;
        case model::CampaignStatus::Active:
            break;
        case model::CampaignStatus::Done:
            fill = border = palette().color(QPalette::Mid);
            text = palette().color(QPalette::Text);
            break;
        case model::CampaignStatus::Cancelled:
            fill = palette().color(QPalette::Button);
            border = palette().color(QPalette::Mid);
            text = palette().color(QPalette::PlaceholderText);
            break;
        }
        const bool selected = m_selected.contains(c.meta.id);
        QPainterPath path;
        path.addRoundedRect(QRectF(bar.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        p.fillPath(path, fill);
        p.setPen(
            QPen(selected ? palette().color(QPalette::Text) : border, selected ? 2 : 1, style));
        p.drawPath(path);
        QFont font = this->font();
        font.setStrikeOut(c.status == model::CampaignStatus::Cancelled);
        p.setFont(font);
        if (bar.labelOutside) {
            p.setPen(c.status == model::CampaignStatus::Cancelled
                         ? palette().color(QPalette::PlaceholderText)
                         : palette().color(QPalette::Text));
            p.drawText(QRect(bar.rect.right() + 4, bar.rect.top(),
                             fm.horizontalAdvance(c.name) + kPadding, bar.rect.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, c.name);
        } else {
            p.setPen(text);
            const QRect textRect = bar.rect.adjusted(kPadding, 0, -kPadding, 0);
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(c.name, Qt::ElideRight, textRect.width()));
        }
    }
    p.setFont(font());
    p.setRenderHint(QPainter::Antialiasing, false);

    if (m_bars.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        const int top = header + (m_momentLanes + 1) * laneHeight();
        p.drawText(QRect(0, top, std::max(this->width(), 400), laneHeight()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("   ") + tr("No dated campaign to show."));
    }

    // Today.
    if (m_today >= m_first && m_today <= m_last) {
        const int x = xOf(m_today) + width / (2 * m_today.daysInMonth());
        const QColor red(0xd0, 0x21, 0x21);
        p.setPen(QPen(red, 2));
        p.drawLine(x, header - 4, x, height());
        p.setPen(red);
        QFont font = p.font();
        font.setBold(true);
        p.setFont(font);
        p.drawText(QRect(x + 4, height() - fm.height() - 4, 200, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, tr("Today"));
    }

    if (hasFocus()) {
        p.setPen(QPen(highlight, 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

bool CampaignTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (const Bar& bar : std::as_const(m_bars)) {
            if (campaignAt(help->pos()) == bar.campaign.meta.id) {
                const model::Campaign& c = bar.campaign;
                QToolTip::showText(help->globalPos(),
                                   tr("<b>%1</b><br>%2 · %3<br>%4")
                                       .arg(c.name.toHtmlEscaped(), CampaignTexts::kind(c.kind),
                                            CampaignTexts::status(c.status),
                                            spanText(c.starts, c.ends)),
                                   this, bar.rect);
                return true;
            }
        }
        for (const Flag& flag : std::as_const(m_flags)) {
            if (flag.label.contains(help->pos())) {
                const model::CalendarMoment& m = flag.moment;
                QToolTip::showText(help->globalPos(),
                                   tr("<b>%1</b><br>%2 · %3")
                                       .arg(m.name.toHtmlEscaped(),
                                            CampaignTexts::momentKind(m.kind),
                                            spanText(m.starts, m.ends)),
                                   this, flag.label);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void CampaignTimeline::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
        return;
    const model::Uuid id = campaignAt(event->position().toPoint());
    // A right click on a selected bar keeps the selection for the context menu.
    if (event->button() == Qt::RightButton && (id.isNull() || m_selected.contains(id)))
        return;
    if (!id.isNull())
        emit campaignClicked(id, event->modifiers());
}

void CampaignTimeline::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (const model::Uuid campaign = campaignAt(pos); !campaign.isNull())
        emit campaignActivated(campaign);
    else if (const model::Uuid moment = momentAt(pos); !moment.isNull())
        emit momentActivated(moment);
}

void CampaignTimeline::contextMenuEvent(QContextMenuEvent* event)
{
    emit contextMenuRequested(event->globalPos());
}

void CampaignTimeline::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() != Qt::Key_Left && event->key() != Qt::Key_Right) || m_bars.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    // m_bars is in start order.
    int current = -1;
    for (int i = 0; i < m_bars.size(); ++i) {
        if (m_selected.contains(m_bars[i].campaign.meta.id))
            current = i;
    }
    int next = event->key() == Qt::Key_Right ? current + 1 : current - 1;
    if (current < 0)
        next = event->key() == Qt::Key_Right ? 0 : int(m_bars.size()) - 1;
    if (next >= 0 && next < m_bars.size())
        emit campaignClicked(m_bars[next].campaign.meta.id, Qt::NoModifier);
}

void CampaignTimeline::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        relayout();
    QWidget::changeEvent(event);
}

} // namespace rapport::ui
