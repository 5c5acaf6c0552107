// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse the C++20 library headers
#include "core/engine/Funnel.h"
#include "core/engine/ParallelFor.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/AudienceRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/FunnelRepository.h"
#include "tests/ui/ProjectFixture.h"
#include "ui/ProjectSession.h"
#include "ui/dashboard/DashboardContext.h"
#include "ui/dashboard/FunnelBuilderView.h"
#include "ui/dashboard/FunnelCharts.h"
#include "ui/dashboard/FunnelFigures.h"
#include "ui/dashboard/FunnelFiguresPanel.h"
#include "ui/dashboard/FunnelStepEditor.h"
#include "ui/dashboard/FunnelStepListEditor.h"
#include "ui/dashboard/LifecycleFunnelView.h"
#include "ui/dashboard/LifecycleStepsDialog.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QToolButton>

#include <memory>
#endif

using namespace rapport;
using ui::DashboardContext;
using ui::FunnelBarChart;

namespace {

// The fixture: 12 people (ProjectFixture: even n in DE, odd in CN; role Engineer when n % 3
// == 0), two campaigns, and activities chosen so that each funnel below can be counted by hand.
constexpr qint64 kT0 = 1740960000; // 2025-03-03 00:00 UTC
constexpr qint64 kHour = 3600;

struct Act
{
    int person;
    const char* type;
    qint64 hours;
    int campaign; // 0 none, 1 Spring meetup, 2 Hack week
};

// Lifecycle (reached: invited/registered/starred; activated: attended/contributed/posted/
// commented; satisfied: responded; advocate: shared/referred/spoke/authored; ordered, 365 d):
//   p0 4, p1 3, p2 2, p3 1, p4 0, p5 2, p6 4, p7 2, p8 1, p9 0, p10 2, p11 4.
const Act kActs[] = {
    {0, "invited", 0, 1},    {0, "attended", 24, 1},       {0, "responded", 30, 0},
    {0, "shared", 40, 0},    {1, "invited", 0, 1},         {1, "attended", 48, 1},
    {1, "responded", 50, 0}, {2, "registered", 0, 2},      {2, "attended", 10, 2},
    {3, "starred", 5, 0},    {4, "attended", 0, 0},        {5, "invited", 0, 1},
    {5, "shared", 5, 0},     {5, "attended", 10, 1},       {6, "invited", 0, 2},
    {6, "attended", 24, 2},  {6, "responded", 25, 0},      {6, "referred", 26, 0},
    {7, "commented", 0, 0},  {7, "starred", 10, 0},        {7, "posted", 20, 0},
    {8, "invited", 0, 1},    {8, "attended", 400 * 24, 1}, {10, "registered", 0, 1},
    {10, "responded", 1, 0}, {10, "attended", 2, 1},       {11, "invited", 0, 2},
    {11, "attended", 3, 2},  {11, "starred", 4, 0},        {11, "responded", 5, 0},
    {11, "spoke", 6, 0},
};

QString personId(int n)
{
    return QStringLiteral("00000000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QList<double> barValues(const FunnelBarChart* chart, int set)
{
    QList<double> values;
    const QBarSet* bars = chart->series()->barSets().value(set);
    for (int i = 0; bars && i < bars->count(); ++i)
        values.append(bars->at(i));
    return values;
}

QList<double> personsOf(const std::vector<engine::FunnelStep>& steps)
{
    QList<double> values;
    for (const engine::FunnelStep& s : steps)
        values.append(double(s.persons));
    return values;
}

} // namespace

class TestFunnelViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void lifecycleShowsTheEngineFigures();
    void lifecycleDrillDownListsTheCountedPeople();
    void lifecycleBreakdownsSideBySide();
    void lifecycleStepsAreEditedStoredAndUndone();
    void aProjectsOwnStepsNameTheHeadline();
    void builderComputesWhatTheEngineComputes();
    void builderDrillDownListsTheCountedPeople();
    void globalFiltersApply();
    void savedFunnelsPersistAcrossReopening();

private:
    DashboardContext context(const ui::DashboardFilters& filters = {}) const;
    void reload();
    QList<qint64> keysOf(std::initializer_list<int> people) const;
    engine::ActivityFilter types(std::initializer_list<const char*> names) const;
    engine::FunnelQuery lifecycleQuery() const;
    void click(FunnelBarChart* chart, int set, int category);

    rapport::test::UiTestFolder m_folder;
    QString m_path;
    std::unique_ptr<ui::ProjectSession> m_session;
    ui::SessionEngine::Data m_data;
    QHash<int, qint64> m_keys;       // person n → people.key
    qint64 m_spring = 0, m_hack = 0; // campaigns.key
    engine::ParallelFor m_parallel{2};
};

void TestFunnelViews::initTestCase()
{
    m_path = m_folder.path(QStringLiteral("funnels.rapport"));
    rapport::test::makeProject(m_folder, m_path, 12);
    storage::FileResult result;
    auto file =
        storage::ProjectFile::open(m_path, m_folder.environment(), storage::OpenMode::ReadWrite,
                                   storage::RecoveryChoice::Ask, &result);
    QVERIFY2(file, qPrintable(result.message));
    storage::Transaction transaction = file->transaction();
    const QSqlDatabase db = file->database();
    storage::CampaignRepository campaigns(db, m_folder.clock);
    model::Campaign spring, hack;
    spring.name = QStringLiteral("Spring meetup");
    hack.name = QStringLiteral("Hack week");
    const storage::StoreResult springResult = campaigns.create(spring);
    QVERIFY2(springResult, qPrintable(springResult.message));
    QVERIFY(campaigns.create(hack));
    m_spring = campaigns.keyOf(spring.meta.id);
    m_hack = campaigns.keyOf(hack.meta.id);
    QSqlQuery q(db);
    for (int n = 0; n < 12; ++n) {
        QVERIFY(q.exec(QStringLiteral("SELECT key FROM people WHERE id = '%1'").arg(personId(n))) &&
                q.next());
        m_keys[n] = q.value(0).toLongLong();
    }
    q.finish(); // saving VACUUMs: no statement may be left running
    storage::ActivityStore activities(db);
    storage::ActivityColumns rows;
    for (const Act& a : kActs)
        rows.push_back({m_keys[a.person], activities.typeKey(QLatin1String(a.type)),
                        kT0 + a.hours * kHour,
                        a.campaign == 1   ? m_spring
                        : a.campaign == 2 ? m_hack
                                          : 0,
                        0, 0, 0});
    QVERIFY(activities.append(rows));
    // A static audience of p0..p5, for the audience breakdown.
    model::Audience firstSix;
    firstSix.name = QStringLiteral("First six");
    firstSix.kind = model::Audience::Kind::Static;
    for (int n = 0; n < 6; ++n)
        firstSix.members.append(model::Uuid::fromString(personId(n)));
    const storage::StoreResult audience =
        storage::AudienceRepository(db, m_folder.clock).create(firstSix);
    QVERIFY2(audience, qPrintable(audience.message));
    QVERIFY(transaction.commit());
    result = file->save();
    QVERIFY2(result, qPrintable(result.message));
}

void TestFunnelViews::init()
{
    storage::FileResult result;
    auto file =
        storage::ProjectFile::open(m_path, m_folder.environment(), storage::OpenMode::ReadWrite,
                                   storage::RecoveryChoice::Discard, &result);
    QVERIFY2(file, qPrintable(result.message));
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));
    reload();
}

void TestFunnelViews::cleanup()
{
    m_data.reset();
    m_session.reset(); // closes without saving: every test starts from the saved fixture
}

void TestFunnelViews::reload()
{
    QString error;
    auto data = storage::EngineLoader(m_session->file().database(), 1).load(&error);
    QVERIFY2(data, qPrintable(error));
    m_data = std::make_shared<const storage::EngineData>(std::move(*data));
}

DashboardContext TestFunnelViews::context(const ui::DashboardFilters& filters) const
{
    DashboardContext c;
    c.data = m_data;
    c.filters = filters;
    if (filters.from.isValid())
        c.range.from = QDateTime(filters.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    if (filters.to.isValid())
        c.range.to = QDateTime(filters.to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    if (!filters.campaign.isEmpty())
        c.activities.campaigns = {filters.campaign == u"Spring meetup" ? m_spring : m_hack};
    c.asOf = kT0 + 500 * 24 * kHour;
    c.parallel = &m_parallel;
    return c;
}

QList<qint64> TestFunnelViews::keysOf(std::initializer_list<int> people) const
{
    QList<qint64> keys;
    for (int n : people)
        keys.append(m_keys[n]);
    std::sort(keys.begin(), keys.end());
    return keys;
}

engine::ActivityFilter TestFunnelViews::types(std::initializer_list<const char*> names) const
{
    engine::ActivityFilter f;
    for (const char* name : names)
        f.types.push_back(std::int32_t(*m_data->store.types().keyNamed(name)));
    return f;
}

engine::FunnelQuery TestFunnelViews::lifecycleQuery() const
{
    engine::FunnelQuery q;
    q.steps = {types({"invited", "registered", "starred"}),
               types({"attended", "contributed", "posted", "commented"}), types({"responded"}),
               types({"shared", "referred", "spoke", "authored"})};
    q.window = 365 * 86400;
    return q;
}

void TestFunnelViews::click(FunnelBarChart* chart, int set, int category)
{
    QCoreApplication::processEvents(); // the chart lays out its new bars
    const QPoint at = chart->barCenter(set, category);
    QVERIFY(chart->viewport()->rect().contains(at));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
}

void TestFunnelViews::lifecycleShowsTheEngineFigures()
{
    ui::LifecycleFunnelView view(m_session.get());
    view.recompute(context());
    const engine::FunnelResult engine =
        engine::Funnel::compute(m_data->store, lifecycleQuery(), m_parallel);
    FunnelBarChart* chart = view.panel()->stepsChart();
    QCOMPARE(chart->categories(),
             (QStringList{QStringLiteral("In audience"), QStringLiteral("Reached"),
                          QStringLiteral("Activated"), QStringLiteral("Satisfied"),
                          QStringLiteral("Advocate")}));
    QCOMPARE(barValues(chart, 0), QList<double>{12} + personsOf(engine.steps));
    QCOMPARE(barValues(chart, 0), (QList<double>{12, 10, 8, 4, 3})); // the hand count
    // Headline: outcomes first, reach as context.
    QVERIFY2(view.activatedLabel()->text().contains(QStringLiteral(">8<")),
             qPrintable(view.activatedLabel()->text()));
    QVERIFY(view.activatedLabel()->text().contains(QStringLiteral("66.7% of the audience")));
    QVERIFY(view.satisfiedLabel()->text().contains(QStringLiteral(">4<")));
    QVERIFY(view.advocatesLabel()->text().contains(QStringLiteral(">3<")));
    QCOMPARE(view.reachLabel()->text(),
             QStringLiteral("Reached 10 of 12 people in the audience (83.3%)."));
    // The table: conversion from the audience; step rates and medians as the engine has them.
    const QList<QStringList> table = view.table();
    QCOMPARE(table.size(), 6);
    QCOMPARE(table[0].first(), QStringLiteral("Step"));
    QCOMPARE(table[2],
             (QStringList{QStringLiteral("Reached"), QStringLiteral("10"), QStringLiteral("0.8333"),
                          QStringLiteral("0.8333"), QString()}));
    QCOMPARE(table[3][3], QString::number(engine.steps[1].stepRate, 'f', 4));
    QCOMPARE(table[5][2], QString::number(3.0 / 12, 'f', 4));
    QCOMPARE(table[5][4], QString::number(double(*engine.steps[3].medianSeconds) / 86400, 'f', 2));
    QCOMPARE(view.panel()->stepsTable()->item(4, 4)->text(),
             ui::FunnelFigures::formatDuration(*engine.steps[3].medianSeconds));
    // Provenance: the engine's, with the audience step.
    const auto provenance = view.provenance();
    QCOMPARE(provenance.size(), std::size_t(1));
    QCOMPARE(provenance[0].snapshotId, m_data->store.snapshotId());
    QCOMPARE(provenance[0].parameters.front().second, std::string("12 people"));
    QVERIFY(!view.panel()->breakdownChart()->isVisibleTo(&view));
}

void TestFunnelViews::lifecycleDrillDownListsTheCountedPeople()
{
    ui::LifecycleFunnelView view(m_session.get());
    view.resize(1000, 1200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.recompute(context());
    QSignalSpy drill(&view, &ui::DashboardView::drillDown);
    click(view.panel()->stepsChart(), 0, 2); // Activated
    QCOMPARE(drill.size(), 1);
    QCOMPARE(drill[0][0].toString(), QStringLiteral("Activated"));
    QCOMPARE(drill[0][1].value<QList<qint64>>(), keysOf({0, 1, 2, 5, 6, 7, 10, 11}));
    click(view.panel()->stepsChart(), 0, 4); // Advocate
    QCOMPARE(drill[1][1].value<QList<qint64>>(), keysOf({0, 6, 11}));
    click(view.panel()->stepsChart(), 0, 0); // In audience: everyone
    QCOMPARE(drill[2][1].value<QList<qint64>>().size(), 12);
    // A step's row drills too.
    QTableWidget* table = view.panel()->stepsTable();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(3, 1)).center());
    QCOMPARE(drill.size(), 4);
    QCOMPARE(drill[3][0].toString(), QStringLiteral("Satisfied"));
    QCOMPARE(drill[3][1].value<QList<qint64>>(), keysOf({0, 1, 6, 11}));

    // A breakdown bar: the people of that step in that group.
    view.breakdownComboBox()->setCurrentIndex(
        view.breakdownComboBox()->findData(QStringLiteral("country")));
    view.recompute(context());
    FunnelBarChart* groups = view.panel()->breakdownChart();
    QVERIFY(groups->isVisible());
    QCOMPARE(groups->categories(),
             (QStringList{QStringLiteral("CN"), QStringLiteral("DE")}));  // 6 each: by label
    click(groups, 4, groups->categories().indexOf(QStringLiteral("DE"))); // Advocate · DE
    QCOMPARE(drill.last()[0].toString(), QStringLiteral("Advocate · DE"));
    QCOMPARE(drill.last()[1].value<QList<qint64>>(), keysOf({0, 6}));
    click(groups, 2, groups->categories().indexOf(QStringLiteral("CN"))); // Activated · CN
    QCOMPARE(drill.last()[1].value<QList<qint64>>(), keysOf({1, 5, 7, 11}));
}

void TestFunnelViews::lifecycleBreakdownsSideBySide()
{
    ui::LifecycleFunnelView view(m_session.get());
    QSignalSpy changed(&view, &ui::DashboardView::parametersChanged);
    QComboBox* by = view.breakdownComboBox();
    by->setCurrentIndex(by->findData(QStringLiteral("role")));
    QCOMPARE(changed.size(), 1);
    view.recompute(context());
    engine::FunnelQuery q = lifecycleQuery();
    q.breakdown = {engine::FunnelBreakdown::Kind::Attribute, "role"};
    const engine::FunnelResult byRole = engine::Funnel::compute(m_data->store, q, m_parallel);
    FunnelBarChart* groups = view.panel()->breakdownChart();
    QCOMPARE(groups->series()->count(), 5); // a bar per step, audience included
    QCOMPARE(byRole.groups.size(), std::size_t(2));
    for (const engine::FunnelGroup& g : byRole.groups) {
        const int category = groups->categories().indexOf(QString::fromStdString(g.label));
        QVERIFY(category >= 0);
        for (int s = 0; s < 4; ++s)
            QCOMPARE(barValues(groups, s + 1)[category], double(g.steps[std::size_t(s)].persons));
    }
    // Engineers are n % 3 == 0: p0, p3, p6, p9 → in audience 4, reached 3, advocates p0, p6.
    const int engineers = groups->categories().indexOf(QStringLiteral("Engineer"));
    QCOMPARE(barValues(groups, 0)[engineers], 4.0);
    QCOMPARE(barValues(groups, 4)[engineers], 2.0);
    // The table lists every group's steps after the totals.
    const QList<QStringList> table = view.table();
    QCOMPARE(table[0].first(), QStringLiteral("Group"));
    QCOMPARE(table.size(), 1 + 5 * 3);

    // Campaign of the first step: no audience bar (a campaign is not a set of people).
    by->setCurrentIndex(by->findData(QStringLiteral("campaign")));
    view.recompute(context());
    q.breakdown = {engine::FunnelBreakdown::Kind::Campaign, {}};
    const engine::FunnelResult byCampaign = engine::Funnel::compute(m_data->store, q, m_parallel);
    QCOMPARE(groups->series()->count(), 4);
    QCOMPARE(int(view.figures().groups().size()), int(byCampaign.groups.size()));
    const int spring = groups->categories().indexOf(QStringLiteral("Spring meetup"));
    for (const engine::FunnelGroup& g : byCampaign.groups)
        if (g.key == m_spring)
            QCOMPARE(barValues(groups, 0)[spring], double(g.steps[0].persons));

    // Level: the funnel once per level, on that level's people.
    by->setCurrentIndex(by->findData(QStringLiteral("level")));
    view.recompute(context());
    QVERIFY(!view.figures().groups().empty());
    std::uint64_t audience = 0, reached = 0;
    for (const ui::FunnelFigureGroup& g : view.figures().groups()) {
        audience += *g.inAudience;
        reached += g.steps[0].persons;
    }
    QCOMPARE(audience, 12u); // levels split everyone
    QCOMPARE(reached, 10u);
    QCOMPARE(view.provenance().size(), std::size_t(2)); // the funnel's and the levels'

    // Audience: each saved audience side by side.
    by->setCurrentIndex(by->findData(QStringLiteral("audience")));
    view.recompute(context());
    QCOMPARE(groups->categories(), QStringList{QStringLiteral("First six")});
    engine::FunnelQuery firstSix = lifecycleQuery();
    const QList<qint64> sixKeys = keysOf({0, 1, 2, 3, 4, 5});
    firstSix.people.audienceKeys = std::vector<std::int64_t>(sixKeys.begin(), sixKeys.end());
    const engine::FunnelResult six = engine::Funnel::compute(m_data->store, firstSix, m_parallel);
    QCOMPARE(barValues(groups, 0), QList<double>{6});
    for (int s = 0; s < 4; ++s)
        QCOMPARE(barValues(groups, s + 1),
                 QList<double>{double(six.steps[std::size_t(s)].persons)});
}

void TestFunnelViews::lifecycleStepsAreEditedStoredAndUndone()
{
    ui::LifecycleFunnelView view(m_session.get());
    connect(&view, &ui::DashboardView::parametersChanged, &view,
            [&] { view.recompute(context()); });
    view.recompute(context());
    QCOMPARE(barValues(view.panel()->stepsChart(), 0), (QList<double>{12, 10, 8, 4, 3}));

    // Satisfied = responded or shared; advocate = referred or spoke only.
    QTest::mouseClick(view.editButton(), Qt::LeftButton);
    auto* dialog = view.findChild<ui::LifecycleStepsDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->stepEditor(2)->setTypeChecked(QStringLiteral("shared"), true);
    for (const char* type : {"shared", "authored"})
        dialog->stepEditor(3)->setTypeChecked(QLatin1String(type), false);
    QCOMPARE(dialog->stepEditor(3)->typesButton()->text(), QStringLiteral("referred or spoke"));
    dialog->windowSpinBox()->setValue(30);
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    // Hand count with a 30-day window: reached and activated as before; satisfied gains no one
    // (p5 shared before attending, and ordered steps need activated first) → p0, p1, p6, p11;
    // advocate = referred or spoke after that: p6, p11 (p0 only shared).
    engine::FunnelQuery q = lifecycleQuery();
    q.steps[2] = types({"responded", "shared"});
    q.steps[3] = types({"referred", "spoke"});
    q.window = 30 * 86400;
    const engine::FunnelResult engine = engine::Funnel::compute(m_data->store, q, m_parallel);
    QCOMPARE(barValues(view.panel()->stepsChart(), 0), QList<double>{12} + personsOf(engine.steps));
    QCOMPARE(barValues(view.panel()->stepsChart(), 0), (QList<double>{12, 10, 8, 4, 2}));

    // Stored in the project, as one undo step.
    const model::FunnelDefinition stored =
        storage::FunnelRepository(m_session->file().database(), m_folder.clock).lifecycle();
    QCOMPARE(stored, view.definition());
    QCOMPARE(stored.windowSeconds, 30 * 86400);
    QVERIFY(m_session->isModified());
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(view.definition(), model::FunnelDefinition::defaultLifecycle());
    QCOMPARE(barValues(view.panel()->stepsChart(), 0), (QList<double>{12, 10, 8, 4, 3}));
    m_session->undoStack()->redo();
    QCOMPARE(view.definition(), stored);

    // Another view of the same project reads the stored steps.
    ui::LifecycleFunnelView other(m_session.get());
    QCOMPARE(other.definition(), stored);
}

void TestFunnelViews::aProjectsOwnStepsNameTheHeadline()
{
    // Three steps of the project's own: the headline names the two after the first, the
    // third figure is not shown, and the provenance lists the steps as named.
    model::FunnelDefinition own = model::FunnelDefinition::defaultLifecycle();
    own.steps = {{QStringLiteral("Signed up"), {QStringLiteral("registered")}, {}, {}},
                 {QStringLiteral("Showed up"), {QStringLiteral("attended")}, {}, {}},
                 {QString(), {QStringLiteral("referred"), QStringLiteral("spoke")}, {}, {}}};
    storage::FunnelRepository funnels(m_session->file().database(), m_folder.clock);
    QVERIFY(funnels.setLifecycle(own));
    ui::LifecycleFunnelView view(m_session.get());
    view.show();
    view.recompute(context());
    QCOMPARE(view.definition().steps.size(), std::size_t(3));
    QVERIFY2(view.activatedLabel()->text().contains(QStringLiteral("Showed up")), qPrintable(view.activatedLabel()->text()));
    QVERIFY(!view.activatedLabel()->text().contains(QStringLiteral("activated")));
    QVERIFY2(view.satisfiedLabel()->text().contains(QStringLiteral("referred or spoke")),
             qPrintable(view.satisfiedLabel()->text()));
    QVERIFY(!view.advocatesLabel()->isVisible());
    QVERIFY2(view.reachLabel()->text().startsWith(QStringLiteral("Signed up: ")), qPrintable(view.reachLabel()->text()));
    const auto provenance = view.provenance();
    QVERIFY(!provenance.empty());
    QVERIFY2(provenance[0].definition.find("Signed up → Showed up → referred or spoke") != std::string::npos,
             provenance[0].definition.c_str());
    QVERIFY(provenance[0].definition.find("satisfied") == std::string::npos);
    QVERIFY(funnels.setLifecycle(std::nullopt));
}

void TestFunnelViews::builderComputesWhatTheEngineComputes()
{
    ui::FunnelBuilderView view(m_session.get());
    connect(&view, &ui::DashboardView::parametersChanged, &view,
            [&] { view.recompute(context()); });
    view.recompute(context());
    ui::FunnelStepListEditor* steps = view.stepsEditor();
    QCOMPARE(steps->count(), 2); // a new funnel: registered → attended
    // invited → attended, within 2 days.
    steps->editor(0)->setTypeChecked(QStringLiteral("registered"), false);
    steps->editor(0)->setTypeChecked(QStringLiteral("invited"), true);
    view.windowUnitComboBox()->setCurrentIndex(1); // days
    view.windowSpinBox()->setValue(2);
    engine::FunnelQuery q;
    q.steps = {types({"invited"}), types({"attended"})};
    q.window = 2 * 86400;
    // The bars and the view's figures equal the engine's; gives the counts ({-1}: they differ).
    auto check = [&](const char* what) -> QList<double> {
        const engine::FunnelResult engine = engine::Funnel::compute(m_data->store, q, m_parallel);
        if (barValues(view.panel()->stepsChart(), 0) != personsOf(engine.steps) ||
            !(view.figures().result().steps == engine.steps)) {
            qWarning("%s: the view shows other figures than the engine computes", what);
            return {-1};
        }
        return personsOf(engine.steps);
    };
    QCOMPARE(view.panel()->stepsChart()->categories(),
             (QStringList{QStringLiteral("invited"), QStringLiteral("attended")}));
    // Hand count: invited p0, p1, p5, p6, p8, p11; attended within 48 h: all but p8.
    QCOMPARE(check("2 days"), (QList<double>{6, 5}));

    view.windowSpinBox()->setValue(1); // p1 attended after 48 h
    q.window = 86400;
    QCOMPARE(check("1 day"), (QList<double>{6, 4}));

    view.windowSpinBox()->setValue(2);
    view.modeComboBox()->setCurrentIndex(
        view.modeComboBox()->findData(int(model::FunnelDefinition::Mode::Strict)));
    q.window = 2 * 86400;
    q.mode = engine::FunnelMode::Strict; // p5 shared in between
    QCOMPARE(check("strict"), (QList<double>{6, 4}));

    view.modeComboBox()->setCurrentIndex(
        view.modeComboBox()->findData(int(model::FunnelDefinition::Mode::Unordered)));
    q.mode = engine::FunnelMode::Unordered;
    QCOMPARE_NE(check("unordered"), QList<double>{-1});

    // A third step, a campaign on the first, and the step's own date range.
    view.modeComboBox()->setCurrentIndex(0);
    q.mode = engine::FunnelMode::Ordered;
    QTest::mouseClick(steps->addButton(), Qt::LeftButton);
    steps->editor(2)->setTypeChecked(QStringLiteral("attended"), false);
    steps->editor(2)->setTypeChecked(QStringLiteral("responded"), true);
    QComboBox* campaign = steps->editor(0)->campaignComboBox();
    campaign->setCurrentIndex(campaign->findData(m_spring));
    q.steps.push_back(types({"responded"}));
    q.steps[0].campaigns = {m_spring};
    // p0, p1, p5, p8 → p0, p1, p5 (p8 too late) → p0 (p1 responded 50 h after the start)
    QCOMPARE(check("three steps"), (QList<double>{4, 3, 1}));
    view.ownDatesCheckBox()->setChecked(true);
    view.fromDateEdit()->setDate(QDate(2025, 3, 4));
    view.toDateEdit()->setDate(QDate(2025, 3, 4));
    q.dateRange = {kT0 + 24 * kHour, kT0 + 48 * kHour};
    QCOMPARE(check("dated"), (QList<double>{0, 0, 0}));
    view.ownDatesCheckBox()->setChecked(false);
    q.dateRange = {};
    // Moving and removing steps.
    QTest::mouseClick(steps->rowButton(2, QStringLiteral("up")), Qt::LeftButton);
    std::swap(q.steps[1], q.steps[2]);
    QCOMPARE_NE(check("moved"), QList<double>{-1});
    QTest::mouseClick(steps->rowButton(1, QStringLiteral("remove")), Qt::LeftButton);
    q.steps.erase(q.steps.begin() + 1);
    QCOMPARE(steps->count(), 2);
    QCOMPARE_NE(check("removed"), QList<double>{-1});

    // Breakdown by country: the groups as the engine gives them.
    view.breakdownComboBox()->setCurrentIndex(
        view.breakdownComboBox()->findData(QStringLiteral("country")));
    q.breakdown = {engine::FunnelBreakdown::Kind::Attribute, "country"};
    const engine::FunnelResult byCountry = engine::Funnel::compute(m_data->store, q, m_parallel);
    FunnelBarChart* groups = view.panel()->breakdownChart();
    QCOMPARE(groups->series()->count(), 2);
    for (const engine::FunnelGroup& g : byCountry.groups) {
        const int category = groups->categories().indexOf(QString::fromStdString(g.label));
        QCOMPARE(barValues(groups, 0)[category], double(g.steps[0].persons));
        QCOMPARE(barValues(groups, 1)[category], double(g.steps[1].persons));
    }
    QCOMPARE(view.provenance().front().parameters, byCountry.provenance.parameters);
}

void TestFunnelViews::builderDrillDownListsTheCountedPeople()
{
    ui::FunnelBuilderView view(m_session.get());
    view.resize(1000, 1400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model::FunnelDefinition d;
    d.steps = {{QString(), {QStringLiteral("invited")}, {}, {}},
               {QString(), {QStringLiteral("attended")}, {}, {}}};
    d.windowSeconds = 2 * 86400;
    d.breakdown = QStringLiteral("campaign");
    view.setDefinition(d);
    view.recompute(context());
    QSignalSpy drill(&view, &ui::DashboardView::drillDown);
    click(view.panel()->stepsChart(), 0, 1);
    QCOMPARE(drill.last()[0].toString(), QStringLiteral("attended"));
    QCOMPARE(drill.last()[1].value<QList<qint64>>(), keysOf({0, 1, 5, 6, 11}));
    // Campaign of the first step: Hack week invited p6 and p11, both attended.
    FunnelBarChart* groups = view.panel()->breakdownChart();
    click(groups, 1, groups->categories().indexOf(QStringLiteral("Hack week")));
    QCOMPARE(drill.last()[0].toString(), QStringLiteral("attended · Hack week"));
    QCOMPARE(drill.last()[1].value<QList<qint64>>(), keysOf({6, 11}));
    click(groups, 0, groups->categories().indexOf(QStringLiteral("Spring meetup")));
    QCOMPARE(drill.last()[1].value<QList<qint64>>(), keysOf({0, 1, 5, 8}));
}

void TestFunnelViews::globalFiltersApply()
{
    // The dashboard's campaign narrows every step; its range bounds step 1; its audience is
    // who counts.
    ui::FunnelBuilderView view(m_session.get());
    model::FunnelDefinition d;
    d.steps = {{QString(), {QStringLiteral("invited"), QStringLiteral("registered")}, {}, {}},
               {QString(), {QStringLiteral("attended")}, {}, {}}};
    d.windowSeconds = 30 * 86400;
    view.setDefinition(d);
    ui::DashboardFilters filters;
    filters.campaign = QStringLiteral("Spring meetup");
    filters.from = QDate(2025, 3, 3);
    filters.to = QDate(2025, 3, 3);
    DashboardContext c = context(filters);
    c.people.attributes.push_back({"country", {"DE"}, false});
    view.recompute(c);
    QCOMPARE(view.fromDateEdit()->date(),
             filters.from); // the range in force, until own dates are set
    QVERIFY(!view.fromDateEdit()->isEnabled());
    QVERIFY(!view.definition().from.isValid());
    engine::FunnelQuery q;
    q.steps = {types({"invited", "registered"}), types({"attended"})};
    q.steps[0].campaigns = q.steps[1].campaigns = {m_spring};
    q.window = 30 * 86400;
    q.dateRange = c.range;
    q.people = c.people;
    const engine::FunnelResult engine = engine::Funnel::compute(m_data->store, q, m_parallel);
    // Spring meetup, DE: p0 (invited, attended), p8 (attended too late), p10 (registered,
    // attended) → 3, 2.
    QCOMPARE(personsOf(engine.steps), (QList<double>{3, 2}));
    QCOMPARE(barValues(view.panel()->stepsChart(), 0), personsOf(engine.steps));
    QCOMPARE(view.figures().people(2, -1), keysOf({0, 10}));

    // The lifecycle's audience step is the dashboard's audience.
    ui::LifecycleFunnelView lifecycle(m_session.get());
    lifecycle.recompute(c);
    QCOMPARE(barValues(lifecycle.panel()->stepsChart(), 0).first(), 6.0);
}

void TestFunnelViews::savedFunnelsPersistAcrossReopening()
{
    model::FunnelDefinition d;
    d.steps = {{QString(), {QStringLiteral("invited")}, {m_hack}, {}},
               {QString(), {QStringLiteral("attended")}, {}, {}}};
    d.windowSeconds = 3 * 86400;
    d.mode = model::FunnelDefinition::Mode::Strict;
    d.breakdown = QStringLiteral("role");
    QStringList names = {QStringLiteral("Hack week sign-ups"), QStringLiteral("Copy"),
                         QStringLiteral("hack week SIGN-UPS"),
                         QStringLiteral("Hack week attendance")};
    int asked = 0;
    {
        ui::FunnelBuilderView view(m_session.get());
        view.setPrompts(
            [&](const QString&, const QString&) { return std::optional(names.value(asked++)); },
            [](const QString&) { return true; });
        view.setDefinition(d);
        QVERIFY(!view.renameButton()->isEnabled());
        QTest::mouseClick(view.saveButton(), Qt::LeftButton); // new: asks for a name
        QCOMPARE(asked, 1);
        QVERIFY(!view.savedId().isNull());
        QCOMPARE(view.savedComboBox()->currentText(), names[0]);
        QVERIFY(!view.saveButton()->isEnabled()); // nothing to save
        QTest::mouseClick(view.saveAsButton(), Qt::LeftButton);
        QCOMPARE(view.savedComboBox()->count(), 3); // New funnel, Copy, Hack week sign-ups
        QCOMPARE(view.savedComboBox()->currentText(), names[1]);
        // Another funnel's name, in any case, is refused.
        QTest::mouseClick(view.renameButton(), Qt::LeftButton);
        QCOMPARE(asked, 3);
        QVERIFY2(view.lastMessage().contains(names[0]), qPrintable(view.lastMessage()));
        QCOMPARE(view.savedComboBox()->currentText(), names[1]);
        QTest::mouseClick(view.deleteButton(), Qt::LeftButton); // deletes Copy
        QCOMPARE(view.savedComboBox()->count(), 2);
        QVERIFY(view.savedId().isNull());
        QCOMPARE(view.definition().steps, d.steps); // kept, as a new funnel
        // Open the first again and rename it.
        view.savedComboBox()->setCurrentIndex(1);
        emit view.savedComboBox()->activated(1);
        QCOMPARE(view.definition().name, names[0]);
        QTest::mouseClick(view.renameButton(), Qt::LeftButton);
        QCOMPARE(view.savedComboBox()->currentText(), names[3]);
        QCOMPARE(m_session->undoStack()->count(), 4); // save, save as, delete, rename
        // Undo and redo the rename.
        m_session->undoStack()->undo();
        QCOMPARE(view.savedComboBox()->currentText(), names[0]);
        m_session->undoStack()->redo();
        QCOMPARE(view.savedComboBox()->currentText(), names[3]);
        QVERIFY(m_session->save());
    }
    m_session.reset();
    init(); // open the saved file again
    ui::FunnelBuilderView view(m_session.get());
    QCOMPARE(view.savedComboBox()->count(), 2);
    QCOMPARE(view.savedComboBox()->itemText(1), names[3]);
    emit view.savedComboBox()->activated(1);
    model::FunnelDefinition expected = d;
    expected.name = names[3];
    QCOMPARE(view.definition(), expected);
    // And it computes as saved.
    view.recompute(context());
    engine::FunnelQuery q;
    q.steps = {types({"invited"}), types({"attended"})};
    q.steps[0].campaigns = {m_hack};
    q.window = 3 * 86400;
    q.mode = engine::FunnelMode::Strict;
    QCOMPARE(barValues(view.panel()->stepsChart(), 0),
             personsOf(engine::Funnel::compute(m_data->store, q, m_parallel).steps));
    // Undo in a new session is empty; the file now holds the one funnel: clean up for the
    // other tests by not saving.
}

QTEST_MAIN(TestFunnelViews)
#include "tst_funnel_views.moc"
