// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignResultsPanel.h"

#include "core/storage/CampaignResults.h"
#include "ui/campaigns/CampaignField.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rapport::ui {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QLocale().percent();
}

/** "a ÷ b" as a share of the first step, or nothing when there is no first step. */
QString rateOf(qint64 part, qint64 whole)
{
    return whole > 0 ? CampaignResultsPanel::tr("%1 of reached")
                           .arg(percent(double(part) / double(whole)))
                     : QString();
}

QString metricText(const QString& metric)
{
    if (metric == u"nps")
        return CampaignResultsPanel::tr("NPS");
    if (metric == u"csat")
        return CampaignResultsPanel::tr("CSAT");
    if (metric == u"reach")
        return CampaignResultsPanel::tr("People reached");
    if (metric == u"advocates")
        return CampaignResultsPanel::tr("Advocates");
    return CampaignResultsPanel::tr("People who %1").arg(metric);
}

QString goalValueText(const QString& metric, double value)
{
    if (metric == u"csat")
        return percent(value);
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

CampaignResultsPanel::CampaignResultsPanel(QWidget* parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("resultsTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("resultsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_reached = valueLabel(QStringLiteral("reachedValueLabel"));
    m_registered = valueLabel(QStringLiteral("registeredValueLabel"));
    m_attended = valueLabel(QStringLiteral("attendedValueLabel"));
    m_responded = valueLabel(QStringLiteral("respondedValueLabel"));
    m_registeredRate = new QLabel;
    m_attendedRate = new QLabel;
    m_respondedRate = new QLabel;
    m_nps = valueLabel(QStringLiteral("npsValueLabel"));
    m_csat = valueLabel(QStringLiteral("csatValueLabel"));
    m_costPerAttendee = valueLabel(QStringLiteral("costPerAttendeeValueLabel"));

    auto* people = new QGroupBox(tr("People"));
    auto* peopleGrid = new QGridLayout(people);
    const struct
    {
        QString label;
        QString help;
        QLabel* value;
        QLabel* rate;
    } steps[] = {
        {tr("Reached"), tr("Distinct people with any activity recorded for this campaign."),
         m_reached, nullptr},
        {tr("Registered"), tr("Distinct people with a “registered” activity for this campaign."),
         m_registered, m_registeredRate},
        {tr("Attended"), tr("Distinct people with an “attended” activity for this campaign."),
         m_attended, m_attendedRate},
        {tr("Responded"), tr("Distinct people with a “responded” activity for this campaign."),
         m_responded, m_respondedRate},
    };
    int row = 0;
    for (const auto& step : steps) {
        auto* label = new QLabel(step.label);
        label->setToolTip(step.help);
        step.value->setToolTip(step.help);
        peopleGrid->addWidget(label, row, 0);
        peopleGrid->addWidget(step.value, row, 1);
        if (step.rate) {
            step.rate->setForegroundRole(QPalette::PlaceholderText);
            peopleGrid->addWidget(step.rate, row, 2);
        }
        ++row;
    }
    peopleGrid->setColumnStretch(2, 1);

    auto* satisfaction = new QGroupBox(tr("Satisfaction and cost"));
    auto* satisfactionForm = new QFormLayout(satisfaction);
    m_nps->setToolTip(tr("Net Promoter Score of the answers to this campaign's surveys: "
                         "% promoters (9–10) − % detractors (0–6), with its 95 % margin."));
    m_csat->setToolTip(tr("Share of 4 and 5 answers to the satisfaction (1–5) questions of "
                          "this campaign's surveys."));
    satisfactionForm->addRow(tr("NPS:"), m_nps);
    satisfactionForm->addRow(tr("CSAT:"), m_csat);
    satisfactionForm->addRow(tr("Cost per attendee:"), m_costPerAttendee);

    auto* goals = new QGroupBox(tr("Goals"));
    auto* goalsLayout = new QVBoxLayout(goals);
    m_goals = new QGridLayout;
    m_noGoals = new QLabel(tr("No goals yet: add them in the Details tab."));
    m_noGoals->setForegroundRole(QPalette::PlaceholderText);
    goalsLayout->addLayout(m_goals);
    goalsLayout->addWidget(m_noGoals);

    m_figures = new QWidget;
    auto* figures = new QVBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->addWidget(people);
    figures->addWidget(satisfaction);
    figures->addWidget(goals);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_figures);
    layout->addStretch();
    clear();
}

QLabel* CampaignResultsPanel::valueLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

void CampaignResultsPanel::clear()
{
    m_title->clear();
    m_message->setText(tr("Select a campaign to see its results."));
    m_message->show();
    m_figures->hide();
}

void CampaignResultsPanel::showResult(const model::Campaign& campaign,
                                      const storage::CampaignResult* result, const QString& error)
{
    m_title->setText(campaign.name);
    if (!result) {
        m_message->setText(error.isEmpty() ? tr("No results.")
                                           : tr("The results cannot be computed: %1").arg(error));
        m_message->show();
        m_figures->hide();
        return;
    }
    m_message->setVisible(result->reached == 0);
    m_message->setText(tr("No activity is recorded for this campaign yet. Import its "
                          "registrations and attendance to see who it reached."));
    m_reached->setText(number(result->reached));
    m_registered->setText(number(result->registered));
    m_attended->setText(number(result->attended));
    m_responded->setText(number(result->responded));
    m_registeredRate->setText(rateOf(result->registered, result->reached));
    m_attendedRate->setText(rateOf(result->attended, result->reached));
    m_respondedRate->setText(rateOf(result->responded, result->reached));

    const auto& s = result->satisfaction;
    if (s.nps) {
        m_nps->setText(tr("%1 ± %2 (%Ln responses)", nullptr, int(s.npsResponses))
                           .arg(QLocale().toString(*s.nps, 'f', 0),
                                QLocale().toString(s.npsMargin.value_or(0), 'f', 0)));
    } else {
        m_nps->setText(tr("No NPS answers yet"));
    }
    if (s.csat) {
        m_csat->setText(
            tr("%1 (%Ln responses)", nullptr, int(s.csatResponses)).arg(percent(*s.csat)));
    } else {
        m_csat->setText(tr("No CSAT answers yet"));
    }
    if (result->costPerAttendee) {
        m_costPerAttendee->setText(
            CampaignTexts::money(*result->costPerAttendee, result->currency));
        m_costPerAttendee->setToolTip(
            tr("Budget %1 ÷ %Ln attended", nullptr, int(result->attended))
                .arg(CampaignTexts::money(double(campaign.budget.minorUnits), result->currency)));
    } else {
        m_costPerAttendee->setText(campaign.budget.minorUnits > 0 ? tr("Nobody attended yet")
                                                                  : tr("No budget set"));
        m_costPerAttendee->setToolTip(tr("Budget ÷ people who attended"));
    }
    showGoals(*result);
    m_figures->show();
}

void CampaignResultsPanel::showGoals(const storage::CampaignResult& result)
{
    while (QLayoutItem* item = m_goals->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_noGoals->setVisible(result.goals.isEmpty());
    int row = 0;
    for (const storage::CampaignResult::GoalProgress& progress : result.goals) {
        const model::Goal& goal = progress.goal;
        auto* name = new QLabel(metricText(goal.metric));
        name->setToolTip(
            tr("%1 – %2").arg(QLocale().toString(goal.periodStart, QLocale::ShortFormat),
                              QLocale().toString(goal.periodEnd, QLocale::ShortFormat)));
        auto* value = new QLabel;
        value->setObjectName(QStringLiteral("goalValueLabel%1").arg(row));
        auto* bar = new QProgressBar;
        bar->setObjectName(QStringLiteral("goalProgressBar%1").arg(row));
        bar->setRange(0, 100);
        bar->setTextVisible(true);
        bar->setMaximumHeight(name->sizeHint().height());
        if (progress.value) {
            value->setText(tr("%1 of %2")
                               .arg(goalValueText(goal.metric, *progress.value),
                                    goalValueText(goal.metric, goal.target)));
            const double fraction = progress.fraction.value_or(0);
            bar->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 100)));
            bar->setFormat(percent(fraction));
        } else {
            value->setText(
                goal.metric == u"advocates"
                    ? tr("Not measured per campaign")
                    : tr("No data yet (target %1)").arg(goalValueText(goal.metric, goal.target)));
            bar->setValue(0);
            bar->setFormat(QStringLiteral("–"));
        }
        m_goals->addWidget(name, row, 0);
        m_goals->addWidget(value, row, 1);
        m_goals->addWidget(bar, row, 2);
        ++row;
    }
    m_goals->setColumnStretch(2, 1);
}

} // namespace rapport::ui
