// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace rapport::storage {
struct CampaignResult;
}

namespace rapport::ui {

/**
 * What a campaign achieved (storage::CampaignResults): the people it reached, registered,
 * brought and heard back from, how satisfied they were, what each attendee cost, and how
 * far each goal is. Every figure says in its tooltip how it is counted.
 */
class CampaignResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignResultsPanel(QWidget* parent = nullptr);

    /** Shows result for campaign; a null result shows error (or nothing, if empty). */
    void showResult(const model::Campaign& campaign, const storage::CampaignResult* result,
                    const QString& error = {});
    void clear();

private:
    QLabel* valueLabel(const QString& objectName);
    void showGoals(const storage::CampaignResult& result);

    QLabel* m_title;
    QLabel* m_message;
    QWidget* m_figures;
    QLabel* m_reached;
    QLabel* m_registered;
    QLabel* m_attended;
    QLabel* m_responded;
    QLabel* m_registeredRate;
    QLabel* m_attendedRate;
    QLabel* m_respondedRate;
    QLabel* m_nps;
    QLabel* m_csat;
    QLabel* m_costPerAttendee;
    QGridLayout* m_goals;
    QLabel* m_noGoals;
};

} // namespace rapport::ui
