// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/FansView.h"

#include "core/engine/Behaviour.h"
#include "core/engine/CalendarPeriod.h"
#include "core/engine/Engagement.h"
#include "core/engine/ParallelFor.h"
#include "ui/ProjectSession.h"
#include "ui/dashboard/DashboardContext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

using engine::CalendarPeriod;
using engine::EngagementLevel;

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

QColor blend(const QColor& a, const QColor& b, double t)
{
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
                            float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

QString levelName(int level)
{
    switch (level) {
    case 0:
        return FansView::tr("Observer");
    case 1:
        return FansView::tr("Participant");
    case 2:
        return FansView::tr("Contributor");
    default:
        return FansView::tr("Advocate");
    }
}

QString number(std::uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

QChartView* makeChartView(const QString& objectName)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop);
    auto* view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

/** Empties a chart of its series and axes (both deleted). */
void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/** Colours from the palette, so the chart reads in light and dark mode alike. */
void styleChart(QChart* chart, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    chart->setBackgroundBrush(base);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(blend(base, text, 0.4));
        axis->setGridLineColor(blend(base, text, 0.15));
    }
}

} // namespace

FansView::FansView(QWidget* parent)
    : DashboardView(parent), m_headline(new QLabel),
      m_ladderView(makeChartView(QStringLiteral("ladderChartView"))),
      m_changesView(makeChartView(QStringLiteral("changesChartView"))), m_movedUpTitle(new QLabel),
      m_movedUp(new QTreeWidget), m_showMovedUp(new QPushButton), m_note(new QLabel),
      m_charts(new QWidget)
{
    setObjectName(QStringLiteral("fansView"));
    m_headline->setObjectName(QStringLiteral("fansHeadline"));
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    m_ladderView->chart()->setTitle(tr("Engagement ladder at each month's end"));
    m_changesView->chart()->setTitle(tr("Moved up and down each month"));

    m_movedUpTitle->setObjectName(QStringLiteral("movedUpTitle"));
    m_movedUpTitle->setWordWrap(true);
    m_movedUp->setObjectName(QStringLiteral("movedUpList"));
    m_movedUp->setHeaderLabels({tr("Name"), tr("From"), tr("To")});
    m_movedUp->setRootIsDecorated(false);
    m_movedUp->setUniformRowHeights(true);
    m_movedUp->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_movedUp->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_movedUp->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_movedUp->header()->setStretchLastSection(false);
    m_showMovedUp->setObjectName(QStringLiteral("showMovedUpButton"));
    m_showMovedUp->setText(tr("Show in People"));
    m_note->setObjectName(QStringLiteral("fansNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* charts = new QVBoxLayout(m_charts);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_ladderView, 3);
    charts->addWidget(m_changesView, 2);
    auto* side = new QVBoxLayout;
    side->addWidget(m_movedUpTitle);
    side->addWidget(m_movedUp, 1);
    side->addWidget(m_showMovedUp, 0, Qt::AlignRight);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_charts, 3);
    middle->addLayout(side, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(middle, 1);
    layout->addWidget(m_note);

    connect(m_movedUp, &QTreeWidget::itemActivated, this, &FansView::drillPerson);
    connect(m_showMovedUp, &QPushButton::clicked, this,
            [this] { drillChanges(int(m_ladder.months().size()) - 1, true); });
}

FansView::~FansView() = default;

void FansView::setSession(ProjectSession* session)
{
    m_session = session;
}

QString FansView::title() const
{
    return tr("Fans");
}

QWidget* FansView::imageWidget()
{
    return m_charts;
}

QBarSet* FansView::levelSet(EngagementLevel level) const
{
    return m_levelSets[std::size_t(level)];
}

QString FansView::monthName(int month) const
{
    const auto& months = m_ladder.months();
    if (month < 0 || month >= int(months.size()))
        return {};
    const QString label = QString::fromStdString(months[std::size_t(month)].label);
    return months[std::size_t(month)].partial ? tr("%1 so far").arg(label) : label;
}

void FansView::recompute(const DashboardContext& context)
{
    const engine::ParallelFor fallback(1);
    const engine::ParallelFor& parallel = context.parallel ? *context.parallel : fallback;
    const engine::Store& store = context.store();
    m_data = context.data;
    m_scoring = engine::EngagementQuery();

    engine::PersonSet people = context.people.compile(store);
    const bool byActivities =
        !context.activities.campaigns.empty() || !context.activities.channels.empty();
    const std::vector<std::int64_t> times = EngagementLadder::times(context.asOf, context.range);
    if (byActivities && !times.empty()) {
        engine::BehaviourQuery touched;
        touched.activities = context.activities;
        touched.from = context.range.from;
        touched.to = times.back();
        people &= engine::Behaviour::people(store, touched, parallel);
    }
    m_ladder.compute(store, people, m_scoring, context.asOf, context.range, parallel);
    const auto& months = m_ladder.months();

    // Provenance: the ladder, the changes, the list.
    engine::EngagementQuery described = m_scoring;
    described.asOf = months.empty() ? context.asOf : months.back().asOf;
    described.people = context.people;
    engine::Provenance ladder = engine::Engagement::provenance(described, store.snapshotId());
    ladder.definition =
        "Engagement ladder: the people counted by level as of the last second of each month "
        "(UTC), for the last 12 months that overlap the dates and have begun; the last month "
        "as of the end of the dates or now, whichever is earlier. " +
        ladder.definition;
    std::string monthTimes;
    for (const auto& m : months)
        monthTimes += (monthTimes.empty() ? "" : ", ") + CalendarPeriod::isoTime(m.asOf);
    ladder.parameters.emplace_back("months", std::to_string(months.size()));
    ladder.parameters.emplace_back("levels as of", monthTimes);
    ladder.parameters.emplace_back("date range", context.range.describe());
    if (byActivities)
        ladder.filters.push_back("only people with at least one activity (" +
                                 context.activities.describe(&store) +
                                 ") in the date range, up to the last month's end");
    engine::Provenance changes = ladder;
    changes.definition =
        "Moved up (down) in a month: people counted whose level as of the month's end is "
        "higher (lower) than their level as of the previous month's end "
        "(Engagement::changes between the two times). " +
        ladder.definition;
    changes.parameters.emplace_back("first month from",
                                    CalendarPeriod::isoTime(m_ladder.baseTime()));
    engine::Provenance list = changes;
    list.definition = "Who moved up in the last month shown: the people counted whose level as "
                      "of its end is higher than as of the previous month's end, by name (at "
                      "most " +
                      std::to_string(kListed) + " listed; drill down for all). " +
                      ladder.definition;
    m_provenance = {ladder, changes, list};

    buildCharts();
    fillMovedUp();

    if (months.empty()) {
        m_headline->setText(tr("No month of these dates has begun yet."));
    } else {
        const auto& last = months.back();
        m_headline->setText(
            tr("Advocates: %1 · Contributors: %2 (as of %3) · Moved up in %4: %5 · Moved down: %6")
                .arg(number(last.levels[3]), number(last.levels[2]),
                     QLocale().toString(
                         QDateTime::fromSecsSinceEpoch(last.asOf, QTimeZone::utc()).date(),
                         QLocale::ShortFormat),
                     monthName(int(months.size()) - 1), number(last.changes.promoted),
                     number(last.changes.demoted)));
    }
    m_note->setText(tr("Levels by engagement score (weighted activities, halving every %1 days) "
                       "as of each month's end; the last month up to now or the end of the dates. "
                       "Click a segment or a bar for the people behind it.")
                        .arg(m_scoring.halfLife / 86400));
}

void FansView::buildCharts()
{
    const auto& months = m_ladder.months();
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Active, QPalette::Base);
    const QColor highlight = pal.color(QPalette::Active, QPalette::Highlight);
    const QColor text = pal.color(QPalette::Active, QPalette::Text);
    QStringList categories; // short, so that twelve fit: "Jul 24"
    const QLocale locale;
    for (const auto& m : months) {
        const QDate day = QDateTime::fromSecsSinceEpoch(m.asOf, QTimeZone::utc()).date();
        categories << tr("%1 %2").arg(locale.standaloneMonthName(day.month(), QLocale::ShortFormat),
                                      QString::number(day.year() % 100).rightJustified(2, u'0'));
    }

    QChart* chart = m_ladderView->chart();
    clearChart(chart);
    auto* ladder = new QStackedBarSeries;
    std::uint64_t top = 0;
    for (const auto& m : months)
        top = std::max<std::uint64_t>(top, m.levels[0] + m.levels[1] + m.levels[2] + m.levels[3]);
    for (int level = 0; level < 4; ++level) {
        auto* set = new QBarSet(levelName(level));
        for (const auto& m : months)
            *set << qreal(m.levels[std::size_t(level)]);
        // One hue, deeper for higher levels: the ladder reads bottom to top.
        set->setColor(blend(base, highlight, 0.3 + 0.7 * level / 3.0));
        set->setBorderColor(base);
        set->setLabelColor(text);
        connect(set, &QBarSet::clicked, this,
                [this, level](int index) { drillLevel(index, EngagementLevel(level)); });
        ladder->append(set);
        m_levelSets[std::size_t(level)] = set;
    }
    chart->addSeries(ladder);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    ladder->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, std::max<qreal>(1, qreal(top)));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    ladder->attachAxis(y);
    styleChart(chart, pal);

    chart = m_changesView->chart();
    clearChart(chart);
    auto* changes = new QBarSeries;
    m_promotedSet = new QBarSet(tr("Moved up"));
    m_demotedSet = new QBarSet(tr("Moved down"));
    std::uint64_t most = 0;
    for (const auto& m : months) {
        *m_promotedSet << qreal(m.changes.promoted);
        *m_demotedSet << qreal(m.changes.demoted);
        most = std::max({most, m.changes.promoted, m.changes.demoted});
    }
    m_promotedSet->setColor(highlight);
    m_demotedSet->setColor(blend(base, text, 0.45));
    for (QBarSet* set : {m_promotedSet, m_demotedSet}) {
        set->setBorderColor(base);
        const bool up = set == m_promotedSet;
        connect(set, &QBarSet::clicked, this, [this, up](int index) { drillChanges(index, up); });
        changes->append(set);
    }
    chart->addSeries(changes);
    x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    changes->attachAxis(x);
    y = new QValueAxis;
    y->setRange(0, std::max<qreal>(1, qreal(most)));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    changes->attachAxis(y);
    styleChart(chart, pal);
}

QHash<qint64, QString> FansView::namesOf(const QList<qint64>& keys) const
{
    QHash<qint64, QString> names;
    if (!m_session)
        return names;
    constexpr qsizetype kChunk = 400;
    for (qsizetype from = 0; from < keys.size(); from += kChunk) {
        const QList<qint64> chunk = keys.mid(from, kChunk);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_session->file().database());
        q.prepare(QStringLiteral("SELECT key, display_name FROM people WHERE key IN (%1)")
                      .arg(marks.join(u',')));
        for (qint64 key : chunk)
            q.addBindValue(key);
        if (!q.exec())
            break;
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return names;
}

void FansView::fillMovedUp()
{
    m_movedUp->clear();
    const auto& months = m_ladder.months();
    if (months.empty() || !m_data) {
        m_movedUpTitle->setText(tr("Nobody to list for these dates."));
        m_showMovedUp->setEnabled(false);
        return;
    }
    const int last = int(months.size()) - 1;
    const engine::Store& store = m_data->store;
    struct Moved
    {
        qint64 key;
        std::uint8_t from, to;
        QString name;
    };
    std::vector<Moved> moved;
    for (std::int64_t key : months.back().changes.promotedKeys) {
        const auto row = store.rowOf(key);
        if (row)
            moved.push_back({key, m_ladder.level(last - 1, *row), m_ladder.level(last, *row), {}});
    }
    // The highest level reached first; names only for those listed.
    std::stable_sort(moved.begin(), moved.end(),
                     [](const Moved& a, const Moved& b) { return a.to > b.to; });
    if (moved.size() > std::size_t(kListed))
        moved.resize(std::size_t(kListed));
    QList<qint64> keys;
    for (const Moved& m : moved)
        keys << m.key;
    const QHash<qint64, QString> names = namesOf(keys);
    for (Moved& m : moved)
        m.name = names.value(m.key, tr("Person %1").arg(m.key));
    std::stable_sort(moved.begin(), moved.end(), [](const Moved& a, const Moved& b) {
        return a.to != b.to ? a.to > b.to : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Moved& m : moved) {
        auto* item = new QTreeWidgetItem(m_movedUp, {m.name, levelName(m.from), levelName(m.to)});
        item->setData(0, kKeyRole, m.key);
    }
    const std::uint64_t total = months.back().changes.promoted;
    QString title = tr("Moved up in %1: %2").arg(monthName(last), number(total));
    if (total > std::uint64_t(kListed))
        title += u'\n' + tr("The first %1 are listed.").arg(kListed);
    m_movedUpTitle->setText(title);
    m_showMovedUp->setEnabled(total > 0);
}

std::vector<engine::Provenance> FansView::provenance() const
{
    return m_provenance;
}

QList<QStringList> FansView::table() const
{
    QList<QStringList> rows;
    rows << QStringList{tr("Month"),  tr("As of"),  levelName(0),   levelName(1),
                        levelName(2), levelName(3), tr("Moved up"), tr("Moved down")};
    for (const auto& m : m_ladder.months()) {
        QStringList line{QString::fromStdString(m.label),
                         QString::fromStdString(CalendarPeriod::isoTime(m.asOf))};
        for (std::uint64_t n : m.levels)
            line << QString::number(n);
        line << QString::number(m.changes.promoted) << QString::number(m.changes.demoted);
        rows << line;
    }
    return rows;
}

QList<qint64> FansView::keysOf(const engine::PersonSet& rows) const
{
    QList<qint64> keys;
    if (!m_data)
        return keys;
    rows.forEach([&](std::size_t row) { keys << m_data->store.key(std::uint32_t(row)); });
    std::sort(keys.begin(), keys.end());
    return keys;
}

QList<qint64> FansView::peopleAtLevel(int month, EngagementLevel level) const
{
    return keysOf(m_ladder.atLevel(month, level));
}

QList<qint64> FansView::promotedPeople(int month) const
{
    return keysOf(m_ladder.promoted(month));
}

QList<qint64> FansView::demotedPeople(int month) const
{
    return keysOf(m_ladder.demoted(month));
}

void FansView::drillLevel(int month, EngagementLevel level)
{
    const QList<qint64> keys = peopleAtLevel(month, level);
    if (!keys.isEmpty())
        emit drillDown(tr("%1 · %2").arg(levelName(int(level)), monthName(month)), keys);
}

void FansView::drillChanges(int month, bool up)
{
    const QList<qint64> keys = up ? promotedPeople(month) : demotedPeople(month);
    if (!keys.isEmpty())
        emit drillDown(tr("%1 · %2").arg(up ? tr("Moved up") : tr("Moved down"), monthName(month)),
                       keys);
}

void FansView::drillPerson(QTreeWidgetItem* item)
{
    if (item)
        emit drillDown(item->text(0), {item->data(0, kKeyRole).toLongLong()});
}

} // namespace rapport::ui
