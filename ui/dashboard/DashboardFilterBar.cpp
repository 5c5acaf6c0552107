// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardFilterBar.h"

#include "ui/ProjectSession.h" // SessionEngine.h needs it complete (QPointer)
#include "ui/dashboard/DashboardContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace rapport::ui {

namespace {

QStringList asText(const DashboardFilters& f)
{
    return {f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate), f.audience, f.campaign,
            f.channel};
}

/** The locale's short date format with a four-digit year (en_US's is M/d/yy). */
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget* parent)
    : QWidget(parent), m_today(QDate::currentDate()), m_from(new QDateEdit), m_to(new QDateEdit),
      m_period(new QComboBox), m_audience(new QComboBox), m_campaign(new QComboBox),
      m_channel(new QComboBox)
{
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_audience->setObjectName(QStringLiteral("audienceCombo"));
    m_campaign->setObjectName(QStringLiteral("campaignCombo"));
    m_channel->setObjectName(QStringLiteral("channelCombo"));

    m_from->setSpecialValueText(tr("from the beginning"));
    m_to->setSpecialValueText(tr("until now"));
    m_from->setToolTip(tr("First day counted"));
    m_to->setToolTip(tr("Last day counted"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(dateFormat());
        edit->setMinimumDate(unbounded());
        edit->setDate(unbounded());
        edit->setCalendarPopup(true);
        // One change when the user is done typing, not one per digit.
        edit->setKeyboardTracking(false);
        connect(edit, &QDateEdit::dateChanged, this,
                [this, edit](const QDate& date) { dateEdited(edit, date); });
    }

    m_period->addItem(tr("Custom range"), int(Preset::Custom));
    m_period->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_period->addItem(tr("Last 90 days"), int(Preset::Last90Days));
    m_period->addItem(tr("This year"), int(Preset::ThisYear));
    m_period->addItem(tr("All time"), int(Preset::AllTime));
    m_period->setCurrentIndex(m_period->findData(int(Preset::AllTime)));
    connect(m_period, &QComboBox::activated, this,
            [this](int index) { applyPreset(Preset(m_period->itemData(index).toInt())); });

    fillCombo(m_audience, tr("Everyone"), {});
    fillCombo(m_campaign, tr("All campaigns"), {});
    fillCombo(m_channel, tr("All channels"), {});
    for (QComboBox* combo : {m_audience, m_campaign, m_channel}) {
        // A steady width: the bar does not jump (and relayout) as the choice changes.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10); // the window fits a 1280-pixel screen
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::emitIfChanged);
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto* periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);
    layout->addWidget(periodLabel);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(m_to);
    layout->addSpacing(12);
    auto* audienceLabel = new QLabel(tr("&Audience:"));
    audienceLabel->setBuddy(m_audience);
    layout->addWidget(audienceLabel);
    layout->addWidget(m_audience);
    auto* campaignLabel = new QLabel(tr("Ca&mpaign:"));
    campaignLabel->setBuddy(m_campaign);
    layout->addWidget(campaignLabel);
    layout->addWidget(m_campaign);
    auto* channelLabel = new QLabel(tr("C&hannel:"));
    channelLabel->setBuddy(m_channel);
    layout->addWidget(channelLabel);
    layout->addWidget(m_channel);
    layout->addStretch();

    m_emitted = asText(filters());
}

QDate DashboardFilterBar::unbounded()
{
    return QDate(1900, 1, 1);
}

void DashboardFilterBar::fillCombo(QComboBox* combo, const QString& all,
                                   const QList<Choice>& choices)
{
    combo->clear();
    combo->addItem(all, qint64(0));
    for (const Choice& choice : choices)
        combo->addItem(choice.name, choice.key);
}

void DashboardFilterBar::selectName(QComboBox* combo, const QString& name)
{
    const int index = name.isEmpty() ? 0 : combo->findText(name, Qt::MatchExactly);
    combo->setCurrentIndex(std::max(0, index));
}

void DashboardFilterBar::setChoices(const QStringList& audiences, const QList<Choice>& campaigns,
                                    const QList<Choice>& channels)
{
    const DashboardFilters before = filters();
    ++m_quiet;
    QList<Choice> audienceChoices;
    for (const QString& name : audiences)
        audienceChoices.append({name, 0});
    fillCombo(m_audience, m_audience->itemText(0), audienceChoices);
    fillCombo(m_campaign, m_campaign->itemText(0), campaigns);
    fillCombo(m_channel, m_channel->itemText(0), channels);
    selectName(m_audience, before.audience);
    selectName(m_campaign, before.campaign);
    selectName(m_channel, before.channel);
    --m_quiet;
    emitIfChanged();
}

QStringList DashboardFilterBar::audiences() const
{
    QStringList names;
    for (int i = 1; i < m_audience->count(); ++i)
        names << m_audience->itemText(i);
    return names;
}

QDate DashboardFilterBar::dateOf(const QDateEdit* edit)
{
    return edit->date() == unbounded() ? QDate() : edit->date();
}

void DashboardFilterBar::setDate(QDateEdit* edit, const QDate& date)
{
    const QSignalBlocker block(edit);
    edit->setDate(date.isValid() ? date : unbounded());
}

DashboardFilters DashboardFilterBar::filters() const
{
    DashboardFilters f;
    f.from = dateOf(m_from);
    f.to = dateOf(m_to);
    if (m_audience->currentIndex() > 0)
        f.audience = m_audience->currentText();
    if (m_campaign->currentIndex() > 0)
        f.campaign = m_campaign->currentText();
    if (m_channel->currentIndex() > 0)
        f.channel = m_channel->currentText();
    return f;
}

qint64 DashboardFilterBar::campaignKey() const
{
    return m_campaign->currentData().toLongLong();
}

qint64 DashboardFilterBar::channelKey() const
{
    return m_channel->currentData().toLongLong();
}

void DashboardFilterBar::setFilters(const DashboardFilters& filters)
{
    ++m_quiet;
    setDate(m_from, filters.from);
    setDate(m_to, filters.to);
    selectName(m_audience, filters.audience);
    selectName(m_campaign, filters.campaign);
    selectName(m_channel, filters.channel);
    showPreset();
    --m_quiet;
    emitIfChanged();
}

void DashboardFilterBar::applyPreset(Preset preset)
{
    QDate from;
    switch (preset) {
    case Preset::Custom:
        return; // the dates as they are
    case Preset::Last30Days:
        from = m_today.addDays(-29);
        break;
    case Preset::Last90Days:
        from = m_today.addDays(-89);
        break;
    case Preset::ThisYear:
        from = QDate(m_today.year(), 1, 1);
        break;
    case Preset::AllTime:
        break;
    }
    // Every preset runs until now.
    setDate(m_from, from);
    setDate(m_to, {});
    showPreset();
    emitIfChanged();
}

void DashboardFilterBar::showPreset()
{
    const DashboardFilters f = filters();
    Preset preset = Preset::Custom;
    if (!f.to.isValid()) {
        if (!f.from.isValid())
            preset = Preset::AllTime;
        else if (f.from == m_today.addDays(-29))
            preset = Preset::Last30Days;
        else if (f.from == m_today.addDays(-89))
            preset = Preset::Last90Days;
        else if (f.from == QDate(m_today.year(), 1, 1))
            preset = Preset::ThisYear;
    }
    const QSignalBlocker block(m_period);
    m_period->setCurrentIndex(m_period->findData(int(preset)));
}

void DashboardFilterBar::dateEdited(QDateEdit* edit, const QDate& date)
{
    // Stepping up from "from the beginning"/"until now" would land in 1900 (a day, a month or
    // a year on, by the section stepped): start from a date that means something instead.
    if (date != unbounded() && date.year() == unbounded().year())
        setDate(edit, edit == m_from ? m_today.addDays(-29) : m_today);
    // Keep the range the right way round: the other end follows the one edited.
    const QDate from = dateOf(m_from), to = dateOf(m_to);
    if (from.isValid() && to.isValid() && from > to)
        setDate(edit == m_from ? m_to : m_from, edit == m_from ? from : to);
    showPreset();
    emitIfChanged();
}

void DashboardFilterBar::emitIfChanged()
{
    if (m_quiet > 0)
        return;
    const QStringList now = asText(filters());
    if (now == m_emitted)
        return;
    m_emitted = now;
    emit changed();
}

} // namespace rapport::ui
