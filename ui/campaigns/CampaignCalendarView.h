// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"
#include "ui/campaigns/CampaignField.h"

#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
class QTableView;

namespace rapport::ui {

class CampaignTimeline;
class MomentTableModel;

/**
 * The Calendar tab: the timeline of campaigns above the list of moments that matter,
 * which are edited in place (Insert adds one, Delete removes the selected, F2 renames).
 */
class CampaignCalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignCalendarView(QWidget* parent = nullptr);

    CampaignTimeline* timeline() const { return m_timeline; }
    QTableView* momentsView() const { return m_momentsView; }
    MomentTableModel* momentModel() const { return m_momentModel; }
    QAction* addMomentAction() const { return m_addMoment; }
    QAction* removeMomentAction() const { return m_removeMoment; }

    /** The campaigns on the timeline (those the filter lets through). */
    void setCampaigns(const QList<model::Campaign>& campaigns);
    void setMoments(const QList<model::CalendarMoment>& moments);
    void setEditable(bool editable);
    /** Selects a moment in the list; edit opens its name for editing. */
    void selectMoment(const model::Uuid& id, bool edit);
    QList<model::Uuid> selectedMoments() const;
    /** Scrolls the timeline so that today is in view. */
    void scrollToToday();
    /** Scrolls the timeline so that the campaign's bar is in view. */
    void scrollToCampaign(const model::Uuid& id);

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void momentEdited(const model::Uuid& id, MomentField field, const QVariant& value);
    void addMomentRequested();
    void removeMomentsRequested(const QList<model::Uuid>& ids);

private:
    void updateActions();

    CampaignTimeline* m_timeline;
    QScrollArea* m_scroll;
    QLabel* m_undatedLabel;
    MomentTableModel* m_momentModel;
    QTableView* m_momentsView;
    QAction* m_addMoment;
    QAction* m_removeMoment;
    bool m_editable = false;
    bool m_scrollToToday = false; // once shown, with its real width
};

} // namespace rapport::ui
