// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QWidget>

namespace rapport::ui {

/**
 * Campaigns against the calendar: months across, each campaign a bar in the first lane
 * where it fits, the moments that matter (releases, hiring peaks, promotion seasons) as
 * labelled bands behind them, and today marked. Clicking a bar selects its campaign;
 * Left and Right move to the previous or next campaign. Campaigns without a start date
 * cannot be placed and are counted in undatedCount().
 */
class CampaignTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignTimeline(QWidget* parent = nullptr);

    void setCampaigns(const QList<model::Campaign>& campaigns);
    void setMoments(const QList<model::CalendarMoment>& moments);
    void setToday(const QDate& today);
    QDate today() const { return m_today; }
    void setSelected(const QList<model::Uuid>& ids);
    const QList<model::Uuid>& selected() const { return m_selected; }

    /** The bar of a campaign (empty if it is not shown). */
    QRect barRect(const model::Uuid& campaign) const;
    /** The label of a moment (empty if it is not shown). */
    QRect momentRect(const model::Uuid& moment) const;
    model::Uuid campaignAt(const QPoint& pos) const;
    model::Uuid momentAt(const QPoint& pos) const;
    /** The x of the start of a day. */
    int xOf(const QDate& date) const;
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    int undatedCount() const { return m_undated; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void campaignClicked(const model::Uuid& campaign, Qt::KeyboardModifiers modifiers);
    void campaignActivated(const model::Uuid& campaign);
    void momentActivated(const model::Uuid& moment);
    void contextMenuRequested(const QPoint& globalPos);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Bar
    {
        model::Campaign campaign;
        QRect rect;
        bool labelOutside = false; ///< too short for its name: the name follows it
    };
    struct Flag
    {
        model::CalendarMoment moment;
        QRect label; ///< the name, in the moments lanes
        QRect band;  ///< its days, across the whole height
    };
    void relayout();
    int monthWidth() const;
    int laneHeight() const;
    int headerHeight() const;
    QColor momentColor(model::CalendarMoment::Kind kind) const;

    QList<model::Campaign> m_campaigns;
    QList<model::CalendarMoment> m_moments;
    QList<model::Uuid> m_selected;
    QDate m_today;
    QDate m_first; ///< first day of the first month shown
    QDate m_last;  ///< last day of the last month shown
    int m_months = 12;
    int m_momentLanes = 0;
    int m_campaignLanes = 0;
    int m_undated = 0;
    QList<Bar> m_bars;
    QList<Flag> m_flags;
};

} // namespace rapport::ui
