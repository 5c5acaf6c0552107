// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/CalendarPeriod.h"
#include "core/engine/Engagement.h"
#include "core/engine/ParallelFor.h"
#include "core/engine/Retention.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/EngineLoader.h"
#include "tests/ui/ProjectFixture.h"
#include "ui/ProjectSession.h"
#include "ui/dashboard/DashboardContext.h"
#include "ui/dashboard/FansView.h"
#include "ui/dashboard/RetentionHeatDelegate.h"
#include "ui/dashboard/RetentionTableModel.h"
#include "ui/dashboard/RetentionView.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTimeZone>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace rapport;
using engine::CalendarPeriod;
using engine::EngagementLevel;
using ui::DashboardContext;
using ui::FansView;
using ui::RetentionTableModel;
using ui::RetentionView;
using ui::SessionEngine;

namespace {

// "Now" for the views: the middle of June 2025, so June is a period in progress.
const QDateTime kNow(QDate(2025, 6, 15), QTime(12, 0), QTimeZone::utc());
constexpr qint64 kCampaign = 7;

std::int64_t at(int month, int day, int hour = 10, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute, second), QTimeZone::utc())
        .toSecsSinceEpoch();
}

/** What a drill-down emitted. */
struct Drilled
{
    QString title;
    QList<qint64> keys;
};

Drilled lastDrill(const QSignalSpy& spy)
{
    if (spy.isEmpty())
        return {};
    return {spy.last().at(0).toString(), spy.last().at(1).value<QList<qint64>>()};
}

} // namespace

/**
 * Twelve people, p1 … p12 (people.key 1 … 12, names personName(0 … 11)), with activities a
 * hand can count (see initTestCase): monthly cohorts of "registered" in January (p1–p4),
 * February (p5, p6), March (p7), May (p8) and June (p10); p9, p11, p12 never register.
 * Scores (default weights, half-life 90 days) put p11 at Advocate from May, and p8, p10, p12
 * move up in June.
 */
class TestCohortViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void retentionCellsEqualTheEngine();
    void retentionAverageRowIsHandComputed();
    void retentionDrillDownListsTheCountedPeople();
    void retentionSwitchingToWeeksRecomputes();
    void retentionAppliesTheDashboardFilters();
    void retentionCellsReadLightAndDark();

    void fansBarsEqualTheEngine();
    void fansMovedUpThisMonthByName();
    void fansDrillDownsListTheCountedPeople();
    void fansApplyTheDashboardFilters();

private:
    DashboardContext context() const;
    qint64 key(int person) const { return m_keys.at(person - 1); }
    QList<qint64> keys(std::initializer_list<int> people) const;
    /** Shows a view at a size where every cell and bar is on screen. */
    static void show(QWidget* view);
    /** The viewport point of the middle of a bar (stacked: its segment) of a chart. */
    static QPoint barPoint(QChartView* view, QBarSet* set, int index, qreal below = 0);

    rapport::test::UiTestFolder m_folder;
    std::unique_ptr<ui::ProjectSession> m_session;
    SessionEngine::Data m_data;
    QList<qint64> m_keys;
    engine::ParallelFor m_parallel{2};
};

void TestCohortViews::initTestCase()
{
    m_folder.clock.set(kNow);
    const QString path = m_folder.path(QStringLiteral("cohorts.rapport"));
    storage::FileResult result;
    auto file = storage::ProjectFile::create(path, m_folder.environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    {
        storage::Transaction transaction = file->transaction();
        rapport::test::insertPeople(file->database(), 0, 12);
        storage::ActivityStore activities(file->database());
        const std::int32_t registered = activities.typeKey(QStringLiteral("registered"));
        const std::int32_t attended = activities.typeKey(QStringLiteral("attended"));
        const std::int32_t posted = activities.typeKey(QStringLiteral("posted"));
        const std::int32_t spoke = activities.typeKey(QStringLiteral("spoke"));
        const std::int32_t contributed = activities.typeKey(QStringLiteral("contributed"));
        QSqlQuery q(file->database());
        QVERIFY(q.exec(QStringLiteral("SELECT key FROM people ORDER BY key")));
        while (q.next())
            m_keys << q.value(0).toLongLong();
        QCOMPARE(m_keys.size(), 12);
        storage::ActivityColumns rows;
        auto add = [&](int person, std::int32_t type, std::int64_t t, qint64 campaign = 0) {
            rows.push_back({key(person), type, t, campaign, 0, 0, 0});
        };
        add(1, registered, at(1, 5), kCampaign);
        add(1, attended, at(1, 20));
        add(1, attended, at(2, 10), kCampaign);
        add(1, attended, at(4, 3));
        add(2, registered, at(1, 10));
        add(2, posted, at(3, 1));
        add(3, registered, at(1, 31, 23, 59, 59)); // back on the first second of February
        add(3, attended, at(2, 1, 0, 0, 0));
        add(4, registered, at(1, 15));
        add(5, registered, at(2, 3), kCampaign);
        add(5, attended, at(2, 3)); // at the start's time: period 0
        add(5, attended, at(3, 5));
        add(6, registered, at(2, 20));
        add(6, attended, at(4, 10));
        add(7, registered, at(3, 2));
        add(7, attended, at(3, 30));
        add(7, attended, at(6, 2)); // period 3, in progress
        add(8, registered, at(5, 5));
        add(8, attended, at(6, 1));  // period 1, in progress
        add(9, attended, at(2, 14)); // never registers
        add(10, registered, at(6, 2));
        add(10, attended, at(6, 3));
        for (int i = 0; i < 7; ++i)
            add(11, spoke, at(5, 20, 9 + i));
        for (int i = 0; i < 3; ++i)
            add(12, contributed, at(6, 5, 10 + i));
        QVERIFY(activities.append(rows));
        QString error;
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    result = file->save();
    QVERIFY2(result, qPrintable(result.message));
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));
    QString error;
    std::optional<storage::EngineData> data =
        storage::EngineLoader(m_session->file().database(), 1).load(&error);
    QVERIFY2(data, qPrintable(error));
    m_data = std::make_shared<const storage::EngineData>(std::move(*data));
    QCOMPARE(m_data->store.personCount(), std::size_t(12));
}

void TestCohortViews::cleanupTestCase()
{
    m_data.reset();
    m_session.reset();
}

DashboardContext TestCohortViews::context() const
{
    DashboardContext c;
    c.data = m_data;
    c.asOf = kNow.toSecsSinceEpoch();
    c.parallel = &m_parallel;
    return c;
}

QList<qint64> TestCohortViews::keys(std::initializer_list<int> people) const
{
    QList<qint64> list;
    for (int p : people)
        list << key(p);
    std::sort(list.begin(), list.end());
    return list;
}

void TestCohortViews::show(QWidget* view)
{
    view->resize(1400, 900);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
}

QPoint TestCohortViews::barPoint(QChartView* view, QBarSet* set, int index, qreal below)
{
    // Let the chart lay out the series it was given.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QChart* chart = view->chart();
    QAbstractSeries* series = chart->series().constFirst();
    qreal x = index;
    if (auto* bars = qobject_cast<QBarSeries*>(series)) // side by side: this set's bar
        x += bars->barWidth() * ((bars->barSets().indexOf(set) + 0.5) / bars->count() - 0.5);
    const QPointF middle = chart->mapToPosition(QPointF(x, below + set->at(index) / 2), series);
    return view->mapFromScene(chart->mapToScene(middle));
}

// --- Retention ---------------------------------------------------------------------------

void TestCohortViews::retentionCellsEqualTheEngine()
{
    RetentionView view;
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DashboardContext c = context();
    view.recompute(c);
    // The default start is "registered", the return any activity, 12 monthly periods.
    QCOMPARE(view.startCombo()->currentText(), QStringLiteral("registered"));
    QCOMPARE(view.returnCombo()->currentIndex(), 0);
    QCOMPARE(view.periodsSpin()->value(), 12);

    engine::RetentionQuery q;
    q.start.type = std::int32_t(*m_data->store.types().keyNamed("registered"));
    q.period = CalendarPeriod::Kind::Month;
    q.periods = 12;
    const engine::RetentionResult direct = engine::Retention::compute(m_data->store, q, m_parallel);
    QCOMPARE(view.query(), q);
    const RetentionTableModel* model = view.model();
    QCOMPARE(model->rowCount(), int(direct.cohorts.size()) + 1);
    QCOMPARE(model->columnCount(), 2 + 12);
    // Cohorts January … June, April empty.
    QCOMPARE(direct.cohorts.size(), std::size_t(6));
    for (std::size_t i = 0; i < direct.cohorts.size(); ++i) {
        const engine::RetentionCohort& cohort = direct.cohorts[i];
        const int row = int(i) + 1;
        QCOMPARE(model->index(row, 0).data().toString(), QString::fromStdString(cohort.label));
        QCOMPARE(model->index(row, 1).data(RetentionTableModel::BaseRole).toULongLong(),
                 cohort.size);
        for (int k = 0; k < 12; ++k) {
            const QModelIndex cell = model->index(row, 2 + k);
            const auto state =
                RetentionTableModel::state(CalendarPeriod::Kind::Month, cohort.start, k, c.asOf);
            QCOMPARE(cell.data(RetentionTableModel::RetainedRole).toULongLong(),
                     cohort.retained[std::size_t(k)]);
            if (state == RetentionTableModel::CellState::NotYet || cohort.size == 0) {
                QVERIFY(cell.data().toString().isEmpty());
                continue;
            }
            const double rate = double(cohort.retained[std::size_t(k)]) / double(cohort.size);
            QCOMPARE(cell.data(RetentionTableModel::RateRole).toDouble(), rate);
            QCOMPARE(cell.data().toString(),
                     QStringLiteral("%1 %").arg(QLocale().toString(rate * 100, 'f', 1)));
            QCOMPARE(cell.data(Qt::FontRole).value<QFont>().italic(),
                     state == RetentionTableModel::CellState::InProgress);
        }
    }
    // By hand: January's cohort is p1–p4; p1 back in January, p1 and p3 in February, p2 in
    // March, p1 in April.
    QCOMPARE(direct.cohorts[0].size, 4u);
    QCOMPARE(direct.cohorts[0].retained[0], 1u);
    QCOMPARE(direct.cohorts[0].retained[1], 2u);
    QCOMPARE(direct.cohorts[0].retained[2], 1u);
    QCOMPARE(direct.cohorts[0].retained[3], 1u);
    QCOMPARE(model->index(1, 3).data().toString(),
             QStringLiteral("%1 %").arg(QLocale().toString(50.0, 'f', 1)));
    QVERIFY(model->index(1, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 of 4")));
    // Periods after now are empty, not 0 %.
    QVERIFY(model->index(1, 2 + 6).data().toString().isEmpty());

    // The table export: header, the average row, the cohorts.
    const QList<QStringList> table = view.table();
    QCOMPARE(table.size(), model->rowCount() + 1);
    QCOMPARE(table[0][0], QStringLiteral("Cohort"));
    QCOMPARE(table[2], (QStringList{QStringLiteral("2025-01"),
                                    QStringLiteral("4"),
                                    QStringLiteral("25.0"),
                                    QStringLiteral("50.0"),
                                    QStringLiteral("25.0"),
                                    QStringLiteral("25.0"),
                                    QStringLiteral("0.0"),
                                    QStringLiteral("0.0"),
                                    {},
                                    {},
                                    {},
                                    {},
                                    {},
                                    {}}));
    const std::vector<engine::Provenance> provenance = view.provenance();
    QCOMPARE(provenance.size(), std::size_t(2));
    QCOMPARE(provenance[0].snapshotId, m_data->store.snapshotId());
    QVERIFY(provenance[1].definition.find("Σ retained / Σ cohort size") != std::string::npos);
}

void TestCohortViews::retentionAverageRowIsHandComputed()
{
    RetentionView view;
    view.periodsSpin()->setValue(6);
    view.recompute(context());
    const RetentionTableModel* model = view.model();
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Average"));
    // Completed periods only (now: 15 June), weighted by cohort size:
    // k0: Jan 1/4, Feb 1/2, Mar 1/1, May 0/1 (June's cohort still in period 0) → 3/8
    // k1: Jan 2/4, Feb 1/2, Mar 0/1 (May's period 1 is June)                   → 3/7
    // k2: Jan 1/4, Feb 1/2, Mar 0/1                                            → 2/7
    // k3: Jan 1/4, Feb 0/2 (March's period 3 is June)                          → 1/6
    // k4: Jan 0/4                                                              → 0/4
    // k5: only January's, in progress                                           → empty
    const std::uint64_t retained[] = {3, 3, 2, 1, 0};
    const std::uint64_t base[] = {8, 7, 7, 6, 4};
    for (int k = 0; k < 5; ++k) {
        const QModelIndex cell = model->index(RetentionTableModel::kAverageRow, 2 + k);
        QCOMPARE(cell.data(RetentionTableModel::RetainedRole).toULongLong(), retained[k]);
        QCOMPARE(cell.data(RetentionTableModel::BaseRole).toULongLong(), base[k]);
        QCOMPARE(cell.data(RetentionTableModel::RateRole).toDouble(),
                 double(retained[k]) / double(base[k]));
        QVERIFY(cell.data(Qt::FontRole).value<QFont>().bold());
    }
    QVERIFY(model->index(RetentionTableModel::kAverageRow, 2 + 5).data().toString().isEmpty());
    QVERIFY(!model->index(RetentionTableModel::kAverageRow, 2 + 5)
                 .data(RetentionTableModel::RateRole)
                 .isValid());
    // Not the unweighted mean of the rates (25 %, 50 %, 100 %, 0 % → 43.75 %).
    QCOMPARE(model->index(0, 2).data().toString(),
             QStringLiteral("%1 %").arg(QLocale().toString(37.5, 'f', 1)));
    // People: everyone who started (4 + 2 + 1 + 0 + 1 + 1).
    QCOMPARE(model->index(0, 1).data(RetentionTableModel::BaseRole).toULongLong(), 9u);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("retentionHeadline"))
                ->text()
                .contains(QLocale().toString(300.0 / 7, 'f', 1)));
}

void TestCohortViews::retentionDrillDownListsTheCountedPeople()
{
    RetentionView view;
    view.periodsSpin()->setValue(6);
    show(&view);
    view.recompute(context());
    QSignalSpy drilled(&view, &ui::DashboardView::drillDown);
    QTableView* table = view.tableView();
    auto click = [&](int row, int column) {
        const QModelIndex index = view.model()->index(row, column);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    };
    // January's cohort, period 1: p1 (10 Feb) and p3 (1 Feb, 00:00:00).
    click(1, 3);
    QCOMPARE(drilled.size(), 1);
    QCOMPARE(lastDrill(drilled).keys, keys({1, 3}));
    QVERIFY(lastDrill(drilled).title.contains(QStringLiteral("2025-01")));
    // January's cohort itself.
    click(1, 1);
    QCOMPARE(lastDrill(drilled).keys, keys({1, 2, 3, 4}));
    // February's period 0: p5, back at the second it registered.
    click(2, 2);
    QCOMPARE(lastDrill(drilled).keys, keys({5}));
    // March's period 3 (June, in progress): p7 so far.
    click(3, 5);
    QCOMPARE(lastDrill(drilled).keys, keys({7}));
    // The average row's period 0: the completed cohorts' people back in their first month —
    // p1, p5, p7 (not p10, whose June is in progress).
    click(0, 2);
    QCOMPARE(lastDrill(drilled).keys, keys({1, 5, 7}));
    QCOMPARE(lastDrill(drilled).keys.size(), 3); // = the cell's count
    // Everyone who started.
    click(0, 1);
    QCOMPARE(lastDrill(drilled).keys, keys({1, 2, 3, 4, 5, 6, 7, 8, 10}));
    // Enter on a cell does what a click does: February's cohort.
    table->setCurrentIndex(view.model()->index(2, 1));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(lastDrill(drilled).keys, keys({5, 6}));
    // An empty cell, a period not begun and April's empty cohort emit nothing.
    const int before = int(drilled.size());
    click(1, 6); // January, period 4 (May): nobody
    click(2, 7); // February, period 5 (July)
    click(4, 1); // April
    QCOMPARE(drilled.size(), before);
    QVERIFY(view.peopleAt(2, 7).isEmpty());
}

void TestCohortViews::retentionSwitchingToWeeksRecomputes()
{
    RetentionView view;
    DashboardContext c = context();
    view.recompute(c);
    // The dashboard area recomputes a view that says its parameters changed.
    connect(&view, &ui::DashboardView::parametersChanged, &view, [&] { view.recompute(c); });
    const int monthlyRows = view.model()->rowCount();
    view.periodCombo()->setCurrentIndex(
        view.periodCombo()->findData(int(CalendarPeriod::Kind::Week)));
    QCOMPARE(view.query().period, CalendarPeriod::Kind::Week);
    QCOMPARE(view.model()->kind(), CalendarPeriod::Kind::Week);
    QVERIFY(view.model()->rowCount() > monthlyRows);
    QCOMPARE(view.model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Week 0"));

    engine::RetentionQuery q = view.query();
    const engine::RetentionResult direct = engine::Retention::compute(m_data->store, q, m_parallel);
    QCOMPARE(view.model()->result().cohorts, direct.cohorts);
    QCOMPARE(direct.cohorts.front().label, std::string("2025-W01")); // p1 on Sunday 5 January
    // p3's start (Friday 31 January) and return (Saturday 1 February) share a week now.
    const auto& w05 = *std::find_if(direct.cohorts.begin(), direct.cohorts.end(),
                                    [](const auto& c) { return c.label == "2025-W05"; });
    QCOMPARE(w05.size, 1u);
    QCOMPARE(w05.retained[0], 1u);

    // Fewer periods, another return type: recomputed at once.
    view.periodsSpin()->setValue(3);
    QCOMPARE(view.model()->columnCount(), 2 + 3);
    view.returnCombo()->setCurrentIndex(view.returnCombo()->findText(QStringLiteral("attended")));
    q = view.query();
    QCOMPARE(q.periods, 3);
    QCOMPARE(q.returning.type,
             std::optional<std::int32_t>(*m_data->store.types().keyNamed("attended")));
    QCOMPARE(view.model()->result().cohorts,
             engine::Retention::compute(m_data->store, q, m_parallel).cohorts);
    // Back to months.
    view.periodCombo()->setCurrentIndex(
        view.periodCombo()->findData(int(CalendarPeriod::Kind::Month)));
    QCOMPARE(view.model()->rowCount(), monthlyRows);
}

void TestCohortViews::retentionAppliesTheDashboardFilters()
{
    RetentionView view;
    view.periodsSpin()->setValue(4);
    DashboardContext c = context();

    // The audience: p1, p2, p5.
    c.people.audienceKeys = std::vector<std::int64_t>{key(1), key(2), key(5)};
    view.recompute(c);
    QCOMPARE(view.model()->result().cohorts[0].size, 2u); // January: p1, p2
    QCOMPARE(view.model()->result().cohorts[1].size, 1u); // February: p5
    QCOMPARE(view.model()->result().cohorts.size(), std::size_t(2));
    engine::RetentionQuery q = view.query();
    QCOMPARE(q.people, c.people);
    QCOMPARE(view.model()->result().cohorts,
             engine::Retention::compute(m_data->store, q, m_parallel).cohorts);
    QCOMPARE(view.peopleAt(1, 1), keys({1, 2}));

    // Dates bound the start: from February on, p1–p4 start no cohort.
    c = context();
    c.range.from = at(2, 1, 0);
    view.recompute(c);
    QCOMPARE(view.query().dateRange, c.range);
    QCOMPARE(view.model()->result().cohorts.front().label, std::string("2025-02"));
    QCOMPARE(view.model()->result().cohorts,
             engine::Retention::compute(m_data->store, view.query(), m_parallel).cohorts);

    // A campaign: start and return activities of that campaign only — p1 registered and came
    // back in February with it, p5 registered with it and never came back with it.
    c = context();
    c.activities.campaigns = {kCampaign};
    view.recompute(c);
    q = view.query();
    QCOMPARE(q.start.campaigns, std::vector<std::int64_t>{kCampaign});
    QCOMPARE(q.returning.campaigns, std::vector<std::int64_t>{kCampaign});
    const auto& cohorts = view.model()->result().cohorts;
    QCOMPARE(cohorts, engine::Retention::compute(m_data->store, q, m_parallel).cohorts);
    QCOMPARE(cohorts.size(), std::size_t(2));
    QCOMPARE(cohorts[0].size, 1u);
    QCOMPARE(cohorts[0].retained, (std::vector<std::uint64_t>{0, 1, 0, 0}));
    QCOMPARE(cohorts[1].size, 1u);
    QCOMPARE(cohorts[1].retained, (std::vector<std::uint64_t>{0, 0, 0, 0}));
    QCOMPARE(view.peopleAt(1, 3), keys({1}));
    QVERIFY(!view.provenance()[0].parameters.empty());
}

void TestCohortViews::retentionCellsReadLightAndDark()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    light.setColor(QPalette::HighlightedText, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    using Delegate = ui::RetentionHeatDelegate;
    for (const QPalette& palette : {light, dark}) {
        double previous = 0;
        for (int percent = 0; percent <= 100; percent += 5) {
            const double rate = percent / 100.0;
            const QColor back = Delegate::background(palette, rate);
            QVERIFY2(Delegate::contrast(Delegate::foreground(palette, rate), back) >= 4.5,
                     qPrintable(QStringLiteral("%1 % on %2").arg(percent).arg(back.name())));
            // Higher rates stand out more from the table's base colour.
            const double fromBase = Delegate::contrast(back, palette.color(QPalette::Base));
            QVERIFY(fromBase >= previous);
            previous = fromBase;
        }
        QCOMPARE(Delegate::background(palette, 0), palette.color(QPalette::Base));
    }
    // The view paints with the palette it is shown with.
    RetentionView view;
    view.setPalette(dark);
    show(&view);
    view.recompute(context());
    const QImage image = view.tableView()->viewport()->grab().toImage();
    const QRect cell = view.tableView()->visualRect(view.model()->index(3, 2)); // March, 100 %
    QCOMPARE(QColor(image.pixel(cell.topLeft() + QPoint(2, 2))).rgb(),
             Delegate::background(view.tableView()->palette(), 1.0).rgb());
}

// --- Fans ----------------------------------------------------------------------------------

void TestCohortViews::fansBarsEqualTheEngine()
{
    FansView view;
    view.setSession(m_session.get());
    const DashboardContext c = context();
    view.recompute(c);
    const auto& months = view.ladder().months();
    // The last 12 months: July 2024 … June 2025, June as of now.
    QCOMPARE(months.size(), std::size_t(12));
    QCOMPARE(months.front().label, std::string("2024-07"));
    QCOMPARE(months.back().label, std::string("2025-06"));
    QCOMPARE(months.back().asOf, c.asOf);
    QVERIFY(months.back().partial);
    QCOMPARE(months[10].asOf, at(6, 1, 0) - 1); // 31 May, 23:59:59
    std::int64_t previous = view.ladder().baseTime();
    QCOMPARE(previous, at(7, 1, 0) - 1 - 365 * 86400); // 30 June 2024, 23:59:59
    for (int m = 0; m < 12; ++m) {
        engine::EngagementQuery q;
        q.asOf = months[std::size_t(m)].asOf;
        const engine::EngagementResult direct =
            engine::Engagement::compute(m_data->store, q, m_parallel);
        QCOMPARE(months[std::size_t(m)].levels, direct.levels);
        for (int level = 0; level < 4; ++level)
            QCOMPARE(view.levelSet(EngagementLevel(level))->at(m),
                     qreal(direct.levels[std::size_t(level)]));
        const engine::LevelChanges changes =
            engine::Engagement::changes(m_data->store, q, previous, q.asOf, m_parallel);
        QCOMPARE(months[std::size_t(m)].changes.promoted, changes.promoted);
        QCOMPARE(months[std::size_t(m)].changes.demoted, changes.demoted);
        QCOMPARE(months[std::size_t(m)].changes.promotedKeys, changes.promotedKeys);
        QCOMPARE(view.promotedSet()->at(m), qreal(changes.promoted));
        QCOMPARE(view.demotedSet()->at(m), qreal(changes.demoted));
        previous = q.asOf;
    }
    // By hand: p11 (seven talks on 20 May) is the one advocate from May on.
    QCOMPARE(months[10].levels[3], 1u);
    QCOMPARE(months[11].levels[3], 1u);
    QCOMPARE(months[9].levels[3], 0u);
    // The table: header and one row per month.
    const QList<QStringList> table = view.table();
    QCOMPARE(table.size(), 13);
    QCOMPARE(table[11][0], QStringLiteral("2025-05"));
    QCOMPARE(table[11][5], QStringLiteral("1"));
    QCOMPARE(table[12][6], QString::number(months[11].changes.promoted));
    QCOMPARE(view.provenance().size(), std::size_t(3));
    QCOMPARE(view.provenance()[0].snapshotId, m_data->store.snapshotId());
    // Unchanged data: recomputing rescored nobody (every month's levels are cached).
    view.recompute(c);
    QCOMPARE(view.ladder().lastRecomputedBlocks(), std::size_t(0));
    QCOMPARE(view.ladder().months()[11].levels, months[11].levels);
}

void TestCohortViews::fansMovedUpThisMonthByName()
{
    FansView view;
    view.setSession(m_session.get());
    show(&view);
    view.recompute(context());
    // By hand, between 31 May and now: p8 (attended 1 June), p10 (registered and attended in
    // June) reach Participant, p12 (three contributions on 5 June) Contributor.
    const auto& june = view.ladder().months().back();
    QCOMPARE(QList<qint64>(june.changes.promotedKeys.begin(), june.changes.promotedKeys.end()),
             keys({8, 10, 12}));
    QTreeWidget* list = view.movedUpList();
    QCOMPARE(list->topLevelItemCount(), 3);
    // Highest level reached first, then by name.
    QCOMPARE(list->topLevelItem(0)->text(0), rapport::test::personName(11));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Observer"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Contributor"));
    QStringList participants{rapport::test::personName(7), rapport::test::personName(9)};
    std::sort(participants.begin(), participants.end(), [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    QCOMPARE(list->topLevelItem(1)->text(0), participants[0]);
    QCOMPARE(list->topLevelItem(2)->text(0), participants[1]);
    QCOMPARE(list->topLevelItem(2)->text(2), QStringLiteral("Participant"));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("movedUpTitle"))
                ->text()
                .contains(QStringLiteral("2025-06")));
    QVERIFY2(view.headline()->text().startsWith(QStringLiteral("Advocates: 1 · Contributors: 1")),
             qPrintable(view.headline()->text()));

    QSignalSpy drilled(&view, &ui::DashboardView::drillDown);
    // One person, by activating the name.
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(drilled.size(), 1);
    QCOMPARE(lastDrill(drilled).keys, keys({12}));
    QCOMPARE(lastDrill(drilled).title, rapport::test::personName(11));
    // All of them.
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("showMovedUpButton")),
                      Qt::LeftButton);
    QCOMPARE(lastDrill(drilled).keys, keys({8, 10, 12}));

    // Without a project to read names from, people are listed by key.
    FansView bare;
    bare.recompute(context());
    QCOMPARE(bare.movedUpList()->topLevelItemCount(), 3);
    QVERIFY(bare.movedUpList()->topLevelItem(0)->text(0).contains(QString::number(key(12))));
}

void TestCohortViews::fansDrillDownsListTheCountedPeople()
{
    FansView view;
    view.setSession(m_session.get());
    show(&view);
    view.recompute(context());
    QSignalSpy drilled(&view, &ui::DashboardView::drillDown);
    const int may = 10, june = 11;
    // Clicking the Advocate segment of May: p11.
    QBarSet* observers = view.levelSet(EngagementLevel::Observer);
    QBarSet* participants = view.levelSet(EngagementLevel::Participant);
    QBarSet* contributors = view.levelSet(EngagementLevel::Contributor);
    QBarSet* advocates = view.levelSet(EngagementLevel::Advocate);
    QChartView* ladder = view.ladderChartView();
    const qreal belowAdvocates = observers->at(may) + participants->at(may) + contributors->at(may);
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {},
                      barPoint(ladder, advocates, may, belowAdvocates));
    QCOMPARE(drilled.size(), 1);
    QCOMPARE(lastDrill(drilled).keys, keys({11}));
    QVERIFY(lastDrill(drilled).title.contains(QStringLiteral("Advocate")));
    // The Participant segment of May, by hand: p1, p5, p6 and p7 score 2 or more on 31 May
    // (p2, p3, p9 have fallen below it; p8 has registered only).
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {},
                      barPoint(ladder, participants, may, observers->at(may)));
    QCOMPARE(lastDrill(drilled).keys, keys({1, 5, 6, 7}));
    QCOMPARE(qreal(lastDrill(drilled).keys.size()), participants->at(may));
    // The Observer segment of June: everyone else who counts.
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, barPoint(ladder, observers, june));
    QCOMPARE(lastDrill(drilled).keys, keys({2, 3, 4, 9}));
    // The moved-up bar of June: p8, p10, p12; of May: p11.
    QChartView* changes = view.changesChartView();
    QTest::mouseClick(changes->viewport(), Qt::LeftButton, {},
                      barPoint(changes, view.promotedSet(), june));
    QCOMPARE(lastDrill(drilled).keys, keys({8, 10, 12}));
    QVERIFY(lastDrill(drilled).title.contains(QStringLiteral("Moved up")));
    QTest::mouseClick(changes->viewport(), Qt::LeftButton, {},
                      barPoint(changes, view.promotedSet(), may));
    QCOMPARE(lastDrill(drilled).keys, keys({11}));
    // The moved-down bar beside it: p3, whose two January activities (score 4) fall below 2
    // between 30 April (89 days on: 2.02) and 31 May.
    QTest::mouseClick(changes->viewport(), Qt::LeftButton, {},
                      barPoint(changes, view.demotedSet(), may));
    QCOMPARE(lastDrill(drilled).keys, keys({3}));
    QVERIFY(lastDrill(drilled).title.contains(QStringLiteral("Moved down")));
    // Moved down in April, by hand: p2 (posted 1 March) and p9 (attended 14 February) fall
    // below Participant.
    QCOMPARE(view.demotedPeople(9), keys({2, 9}));
    QCOMPARE(qreal(view.demotedPeople(9).size()), view.demotedSet()->at(9));
    QCOMPARE(view.promotedPeople(june), keys({8, 10, 12}));
}

void TestCohortViews::fansApplyTheDashboardFilters()
{
    FansView view;
    view.setSession(m_session.get());
    DashboardContext c = context();

    // The audience: p8 … p12.
    c.people.audienceKeys = std::vector<std::int64_t>{key(8), key(9), key(10), key(11), key(12)};
    view.recompute(c);
    const auto& months = view.ladder().months();
    engine::EngagementQuery q;
    q.people = c.people;
    for (std::size_t m = 0; m < months.size(); ++m) {
        q.asOf = months[m].asOf;
        QCOMPARE(months[m].levels,
                 engine::Engagement::compute(m_data->store, q, m_parallel).levels);
    }
    QCOMPARE(months.back().levels[0] + months.back().levels[1] + months.back().levels[2] +
                 months.back().levels[3],
             5u);
    QCOMPARE(view.movedUpList()->topLevelItemCount(), 3);

    // Dates: February to April 2025 — three months, April as of its last second.
    c = context();
    c.range = {at(2, 1, 0), at(5, 1, 0)};
    view.recompute(c);
    QCOMPARE(view.ladder().months().size(), std::size_t(3));
    QCOMPARE(view.ladder().months().front().label, std::string("2025-02"));
    QCOMPARE(view.ladder().months().back().asOf, at(5, 1, 0) - 1);
    QVERIFY(!view.ladder().months().back().partial);
    QCOMPARE(view.ladder().baseTime(), at(2, 1, 0) - 1);
    // Moved up in April, by hand: p6 (registered 20 February, attended 10 April).
    QCOMPARE(view.movedUpList()->topLevelItemCount(), 1);
    QCOMPARE(view.movedUpList()->topLevelItem(0)->text(0), rapport::test::personName(5));
    QVERIFY(view.findChild<QPushButton*>(QStringLiteral("showMovedUpButton"))->isEnabled());

    // A campaign: only the people with one of its activities in the dates (p1, p5) count.
    c = context();
    c.activities.campaigns = {kCampaign};
    view.recompute(c);
    for (const auto& month : view.ladder().months())
        QCOMPARE(month.levels[0] + month.levels[1] + month.levels[2] + month.levels[3], 2u);
    q = {};
    q.people.audienceKeys = std::vector<std::int64_t>{key(1), key(5)};
    q.asOf = view.ladder().months()[8].asOf; // March
    QCOMPARE(view.ladder().months()[8].levels,
             engine::Engagement::compute(m_data->store, q, m_parallel).levels);
    QVERIFY(!view.provenance()[0].filters.empty());

    // Dates in the future: no month, no figures.
    c = context();
    c.range.from = at(7, 1, 0);
    view.recompute(c);
    QVERIFY(view.ladder().months().empty());
    QCOMPARE(view.table().size(), 1);
    QCOMPARE(view.levelSet(EngagementLevel::Advocate)->count(), 0);
}

QTEST_MAIN(TestCohortViews)
#include "tst_cohort_views.moc"
