// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/ReportData.h"

#include <QString>

namespace rapport::report {

class ReportLanguage;

/**
 * The words a report uses for its lifecycle funnel, written from the project's definition
 * (ReportData::lifecycle) in the report's language: each step's name (as the dashboard
 * names it, model::funnelStepName), what counts for it, the order and window, and the
 * methodology page's definition.
 */
class LifecycleFunnelText
{
public:
    LifecycleFunnelText(const ReportData& data, const ReportLanguage& language);

    /** "Reached", or the name the user gave the step. */
    QString stepName(const FunnelStepRow& step) const;
    /** What counts for the step: "invited, registered, starred", with its campaigns and
     *  channels when it names some; "any activity". */
    QString stepActivities(const FunnelStepRow& step) const;
    /** The window: "365 days". */
    QString window() const;
    /** The mode, as a phrase: "in the steps' order". */
    QString order() const;
    /** The page's subtitle: from the audience to the last step, starting in period (or in
     *  the definition's own dates). */
    QString subtitle(const QString& period) const;
    /** The paragraph under the funnel's table. */
    QString summary() const;
    /** The methodology page's definition of the funnel. */
    QString methodology() const;

private:
    QString t(const char* source) const;
    QString list(const QStringList& items) const;
    /** The days step 1 may fall on: "the period", or the definition's own dates. */
    QString startRange() const;

    const ReportData& m_data;
    const ReportLanguage& m_language;
};

} // namespace rapport::report
