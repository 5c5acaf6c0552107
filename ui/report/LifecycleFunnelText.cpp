// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/LifecycleFunnelText.h"

#include "ui/report/ReportLanguage.h"

namespace rapport::report {

LifecycleFunnelText::LifecycleFunnelText(const ReportData& data, const ReportLanguage& language)
    : m_data(data), m_language(language)
{
}

QString LifecycleFunnelText::t(const char* source) const
{
    return m_language.text(source);
}

QString LifecycleFunnelText::list(const QStringList& items) const
{
    return items.join(m_language.isChinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

QString LifecycleFunnelText::stepName(const FunnelStepRow& step) const
{
    return model::funnelStepName(step.step, [this](const char* context, const char* source) {
        return m_language.text(context, source);
    });
}

QString LifecycleFunnelText::stepActivities(const FunnelStepRow& step) const
{
    QStringList types;
    for (const QString& type : step.step.types)
        types << m_language.activityType(type);
    QString text = types.isEmpty() ? t(QT_TRANSLATE_NOOP("Report", "any activity")) : list(types);
    if (!step.campaignNames.isEmpty())
        text += t(QT_TRANSLATE_NOOP("Report", " (campaigns: %1)")).arg(list(step.campaignNames));
    if (!step.channelNames.isEmpty())
        text += t(QT_TRANSLATE_NOOP("Report", " (channels: %1)")).arg(list(step.channelNames));
    return text;
}

QString LifecycleFunnelText::window() const
{
    const qint64 seconds = m_data.lifecycle.windowSeconds;
    if (seconds % 86400 == 0)
        return t(QT_TRANSLATE_NOOP("Report", "%1 days")).arg(m_language.integer(double(seconds / 86400)));
    return m_language.duration(seconds);
}

QString LifecycleFunnelText::order() const
{
    switch (m_data.lifecycle.mode) {
    case model::FunnelDefinition::Mode::Strict:
        return t(QT_TRANSLATE_NOOP("Report", "in the steps’ order, with no other activity of the person in between"));
    case model::FunnelDefinition::Mode::Unordered:
        return t(QT_TRANSLATE_NOOP("Report", "in any order"));
    case model::FunnelDefinition::Mode::Ordered:
        break;
    }
    return t(QT_TRANSLATE_NOOP("Report", "in the steps’ order"));
}

QString LifecycleFunnelText::subtitle(const QString& period) const
{
    const model::FunnelDefinition& d = m_data.lifecycle;
    const QString dates = d.from.isValid() || d.to.isValid() ? startRange() : period;
    if (m_data.funnel.empty())
        return t(QT_TRANSLATE_NOOP("Report", "From the people in the audience, starting in %1")).arg(dates);
    return t(QT_TRANSLATE_NOOP("Report", "From the people in the audience to “%1”, starting in %2"))
        .arg(stepName(m_data.funnel.back()), dates);
}

QString LifecycleFunnelText::summary() const
{
    return t(QT_TRANSLATE_NOOP("Report", "A person counts at a step with an activity of one of the types under its "
                                         "name, after one for each earlier step, %1, the first in %2 and the last "
                                         "within %3 of it. Median time is counted from the first step."))
        .arg(order(), startRange(), window());
}

QString LifecycleFunnelText::startRange() const
{
    const model::FunnelDefinition& d = m_data.lifecycle;
    if (!d.from.isValid() && !d.to.isValid())
        return t(QT_TRANSLATE_NOOP("Report", "the period"));
    const QDate from = d.from.isValid() ? d.from : m_data.options.from;
    const QDate to = d.to.isValid() ? d.to : m_data.options.to;
    return m_language.dateRange(from, to);
}

QString LifecycleFunnelText::methodology() const
{
    QStringList steps;
    for (std::size_t i = 0; i < m_data.funnel.size(); ++i)
        steps << t(QT_TRANSLATE_NOOP("Report", "%1. %2: %3"))
                     .arg(m_language.integer(double(i + 1)), stepName(m_data.funnel[i]),
                          stepActivities(m_data.funnel[i]));
    return t(QT_TRANSLATE_NOOP("Report",
                               "The project’s lifecycle steps, as on the dashboard: %1. In audience = the people "
                               "counted. A person reaches step k with k distinct activities, one of each of steps 1 "
                               "to k’s types, %2, the first dated in %3 and the last within %4 of it. Conversion "
                               "is measured from the audience; step rate from the step before; time to convert is "
                               "the median from the first step."))
        .arg(steps.join(QStringLiteral("; ")), order(), startRange(), window());
}

} // namespace rapport::report
