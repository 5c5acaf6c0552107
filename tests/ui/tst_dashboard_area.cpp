// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engagement.h"
#include "core/engine/Goals.h"
#include "core/engine/ParallelFor.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/DemoCommunity.h"
#include "core/storage/ActivityStore.h"
#include "core/storage/AudienceRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ContentLoopReader.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/PeopleRepository.h"
#include "tests/ui/ProjectFixture.h"
#include "tests/ui/ScriptedPrompts.h"
#include "ui/MainWindow.h"
#include "ui/people/PeopleTableModel.h"
#include "ui/people/PeopleView.h"
#include "ui/ProjectController.h"
#include "ui/ProjectSession.h"
#include "ui/SessionEngine.h"
#include "ui/dashboard/ChartStyle.h"
#include "ui/dashboard/DashboardArea.h"
#include "ui/dashboard/DashboardFilterBar.h"
#include "ui/dashboard/ExplainDialog.h"
#include "ui/dashboard/GoalBarsWidget.h"
#include "ui/dashboard/GoalsView.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFrame>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtTest>

#include <map>
#include <memory>
#include <set>

using namespace rapport;
using ui::DashboardArea;
using ui::DashboardContext;
using ui::DashboardView;
using ui::GoalsView;

namespace {

// The project's clock: the demo's last day, and "now" for the dashboard.
const QDateTime kNow(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());

/** A view that records what the area asks of it; its table holds cells CSV must quote. */
class ProbeView : public DashboardView
{
public:
    explicit ProbeView(QString title) : m_title(std::move(title)) {}

    QString title() const override { return m_title; }
    void recompute(const DashboardContext& context) override
    {
        ++recomputes;
        last = context;
    }
    std::vector<engine::Provenance> provenance() const override
    {
        engine::Provenance p;
        p.definition = "Probe people counted <once>.";
        p.parameters = {{"window", "30 days"}, {"mode", "ordered"}};
        p.filters = {"audience = probe"};
        p.snapshotId = last.data ? last.store().snapshotId() : 0;
        return {p};
    }
    QList<QStringList> table() const override
    {
        return {{QStringLiteral("Name"), QStringLiteral("Count")},
                {QStringLiteral("Berlin, Germany"), QStringLiteral("12")},
                {QStringLiteral("a \"quoted\" word"), QStringLiteral("-5")},
                {QStringLiteral("two\nlines"), QStringLiteral("=1+1")},
                {QStringLiteral(" padded "), QStringLiteral("北京")},
                {QString(), QStringLiteral("tab\there")}};
    }
    void emitParametersChanged() { emit parametersChanged(); }

    int recomputes = 0;
    DashboardContext last;

private:
    QString m_title;
};

/** Adds one activity as an undo step (undo removes it). */
class AddActivityCommand : public QUndoCommand
{
public:
    AddActivityCommand(storage::ProjectFile& file, const storage::ActivityRow& row)
        : QUndoCommand(QStringLiteral("Add activity")), m_file(file)
    {
        m_rows.push_back(row);
    }
    void redo() override { write(true); }
    void undo() override { write(false); }

private:
    void write(bool add)
    {
        storage::Transaction transaction = m_file.transaction();
        storage::ActivityStore store(m_file.database());
        QVERIFY(add ? bool(store.append(m_rows)) : bool(store.remove(m_rows)));
        QVERIFY(transaction.commit());
    }
    storage::ProjectFile& m_file;
    storage::ActivityColumns m_rows;
};

std::int64_t dayStart(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

class TestDashboardArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void goalsEqualTheEngine();
    void dateRangeListsTheGoalsOfThePeriod();
    void campaignFilterListsItsGoals();
    void onlyTheShownViewRecomputes();
    void newDataRecomputesTheShownView();
    void filtersBecomeEngineTerms();
    void presetsSetTheDates();
    void drillDownListsExactlyTheCountedPeople();
    void saveAsAudienceIsOneUndoStep();
    void csvAndTsvRoundTrip();
    void imagesExport();
    void explainListsTheProvenance();
    void chartStyleIsReadableLightAndDark();

private:
    /** Opens a fresh copy of the demo project in an area and waits for its figures. */
    void openArea();
    const engine::Store& store() const { return m_area->context()->store(); }

    rapport::test::UiTestFolder m_template;
    QString m_templatePath;
    std::unique_ptr<rapport::test::UiTestFolder> m_folder;
    std::unique_ptr<ui::ProjectSession> m_session;
    std::unique_ptr<DashboardArea> m_area;
};

void TestDashboardArea::initTestCase()
{
    m_template.clock.set(kNow);
    m_templatePath = m_template.path(QStringLiteral("demo.rapport"));
    storage::FileResult result;
    auto file = storage::ProjectFile::create(m_templatePath, m_template.environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    io::DemoOptions options;
    options.people = 400;
    options.activitiesPerPerson = 25;
    QString error;
    {
        storage::Transaction transaction = file->transaction();
        QVERIFY2(io::DemoCommunity(file->database(), m_template.clock)
                     .generate(options, nullptr, &error),
                 qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    result = file->save();
    QVERIFY2(result, qPrintable(result.message));
}

void TestDashboardArea::init()
{
    m_folder = std::make_unique<rapport::test::UiTestFolder>();
    m_folder->clock.set(kNow);
    openArea();
}

void TestDashboardArea::cleanup()
{
    m_area.reset();
    m_session.reset();
    m_folder.reset();
}

void TestDashboardArea::openArea()
{
    const QString path = m_folder->path(QStringLiteral("dashboard.rapport"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_templatePath, path));
    storage::FileResult result;
    auto file =
        storage::ProjectFile::open(path, m_folder->environment(), storage::OpenMode::ReadWrite,
                                   storage::RecoveryChoice::Ask, &result);
    QVERIFY2(file, qPrintable(result.message));
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));
    m_area = std::make_unique<DashboardArea>();
    m_area->engine()->setThreads(1);
    m_area->engine()->setReloadDelay(20);
    m_area->resize(1000, 700);
    m_area->setSession(m_session.get());
    // Nothing loads for an area no one looks at.
    QVERIFY(!m_area->engine()->isLoading());
    QSignalSpy recomputed(m_area.get(), &DashboardArea::recomputed);
    m_area->show();
    // The first load shows its progress (its end is reported through the event loop).
    QVERIFY(m_area->progressBar()->isVisible());
    QCOMPARE(m_area->statusLabel()->text(), QStringLiteral("Loading the project's data…"));
    m_area->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
    QVERIFY(m_area->engine()->isLoading() || m_area->engine()->data());
    // (The load may have finished while the window was being activated.)
    QVERIFY(!recomputed.isEmpty() || recomputed.wait(5000));
    QVERIFY(m_area->context());
    QVERIFY(!m_area->progressBar()->isVisible());
    // The lifecycle funnel leads; these tests look at the goals (recomputed when shown).
    QCOMPARE(m_area->currentView()->title(), QStringLiteral("Lifecycle"));
    m_area->tabWidget()->setCurrentWidget(m_area->goalsView());
    QCOMPARE(m_area->currentView(), static_cast<DashboardView*>(m_area->goalsView()));
    QVERIFY(!m_area->isStale(m_area->goalsView()));
}

void TestDashboardArea::goalsEqualTheEngine()
{
    const GoalsView* view = m_area->goalsView();
    const storage::CampaignRepository campaigns(m_session->file().database(), m_folder->clock);
    // All time: every goal of the project is listed.
    QCOMPARE(qsizetype(view->shown().size()), campaigns.goals().size());
    QVERIFY(view->shown().size() >= 4);

    // The level column as Goals expects it, on a copy of the snapshot.
    engine::Store withLevels = store();
    const engine::ParallelFor parallel(1);
    engine::EngagementQuery levels;
    levels.asOf = kNow.toSecsSinceEpoch();
    withLevels.setLevels(engine::Engagement::compute(withLevels, levels, parallel).levelByRow);

    // Reach goals count the views of the project's content (the demo has some).
    const engine::ContentLoop content(storage::readContentLoopData(m_session->file().database()));
    int withValue = 0;
    int reachWithValue = 0;
    for (size_t i = 0; i < view->shown().size(); ++i) {
        const GoalsView::Shown& s = view->shown()[i];
        const qint64 campaign = s.goal.campaign.isNull() ? 0 : campaigns.keyOf(s.goal.campaign);
        engine::Goal goal;
        goal.metric = s.goal.metric.toStdString();
        goal.target = s.goal.target;
        goal.period = {dayStart(s.goal.periodStart), dayStart(s.goal.periodEnd.addDays(1))};
        goal.campaign = campaign;
        const engine::GoalProgress direct = engine::Goals::progress(
            goal, withLevels, &m_area->context()->data->responses, &content, parallel);
        QCOMPARE(s.progress.value, direct.value);
        reachWithValue += s.goal.metric == QLatin1String("reach") && s.progress.value.value_or(0) > 0;
        QCOMPARE(s.progress.fraction, direct.fraction);
        QCOMPARE(s.progress.target, s.goal.target);
        withValue += s.progress.value.value_or(0) > 0;
        // The bar shows the same figure.
        const ui::GoalBarsWidget::Row& row = view->bars()->rows().at(int(i));
        QCOMPARE(row.fraction, direct.fraction);
        if (direct.value && s.goal.metric != QLatin1String("nps") &&
            s.goal.metric != QLatin1String("csat"))
            QVERIFY2(row.figure.startsWith(QLocale().toString(*direct.value, 'f', 0)),
                     qPrintable(row.figure));
    }
    QVERIFY(withValue >= 3);
    QVERIFY(reachWithValue >= 1);
    // The table says the same, header first.
    const QList<QStringList> table = m_area->goalsView()->table();
    QCOMPARE(table.size(), qsizetype(view->shown().size()) + 1);
    const auto& first = view->shown()[0].progress;
    QCOMPARE(table[1][4], first.value ? QString::number(*first.value) : QString());
}

void TestDashboardArea::dateRangeListsTheGoalsOfThePeriod()
{
    const auto all = m_area->goalsView()->shown();
    // A month in the middle of the demo year.
    const QDate from(2025, 9, 1), to(2025, 9, 30);
    std::set<model::Uuid> expected;
    for (const auto& s : all)
        if (s.goal.periodStart <= to && from <= s.goal.periodEnd)
            expected.insert(s.goal.meta.id);
    QVERIFY(!expected.empty());
    QVERIFY(expected.size() < all.size());

    QSignalSpy recomputed(m_area.get(), &DashboardArea::recomputed);
    m_area->filterBar()->fromEdit()->setDate(from);
    // Recomputed at once, without going back to the event loop.
    QCOMPARE(recomputed.size(), 1);
    m_area->filterBar()->toEdit()->setDate(to);
    QCOMPARE(recomputed.size(), 2);
    std::set<model::Uuid> shown;
    for (const auto& s : m_area->goalsView()->shown())
        shown.insert(s.goal.meta.id);
    QCOMPARE(shown, expected);
    QCOMPARE(m_area->goalsView()->bars()->rows().size(), qsizetype(expected.size()));
    QCOMPARE(m_area->filterBar()->periodCombo()->currentData().toInt(),
             int(ui::DashboardFilterBar::Preset::Custom));

    // Back to all time: everything again.
    m_area->filterBar()->applyPreset(ui::DashboardFilterBar::Preset::AllTime);
    QCOMPARE(m_area->goalsView()->shown().size(), all.size());
    QCOMPARE(m_area->filterBar()->fromEdit()->text(), QStringLiteral("from the beginning"));
    QCOMPARE(m_area->filterBar()->toEdit()->text(), QStringLiteral("until now"));
}

void TestDashboardArea::campaignFilterListsItsGoals()
{
    QComboBox* combo = m_area->filterBar()->campaignCombo();
    const storage::CampaignRepository campaigns(m_session->file().database(), m_folder->clock);
    // A campaign with goals.
    int index = -1;
    model::Uuid id;
    for (int i = 1; i < combo->count() && index < 0; ++i) {
        id = campaigns.idOf(combo->itemData(i).toLongLong());
        if (!campaigns.goals(id).isEmpty())
            index = i;
    }
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    const auto& shown = m_area->goalsView()->shown();
    QCOMPARE(qsizetype(shown.size()), campaigns.goals(id).size());
    for (const auto& s : shown) {
        QCOMPARE(s.goal.campaign, id);
        QCOMPARE(s.campaignName, combo->currentText());
    }
}

void TestDashboardArea::onlyTheShownViewRecomputes()
{
    auto* first = new ProbeView(QStringLiteral("First"));
    auto* second = new ProbeView(QStringLiteral("Second"));
    m_area->addView(first);
    const int before = m_area->tabWidget()->count();
    m_area->addView(second);
    QCOMPARE(m_area->tabWidget()->count(), before + 1);
    QCOMPARE(first->recomputes, 0); // not shown yet
    m_area->tabWidget()->setCurrentWidget(first);
    QCOMPARE(first->recomputes, 1);
    QVERIFY(m_area->isStale(second));

    // A filter change: the shown view at once, the others later.
    m_area->filterBar()->applyPreset(ui::DashboardFilterBar::Preset::Last90Days);
    QCOMPARE(first->recomputes, 2);
    QCOMPARE(second->recomputes, 0);
    QVERIFY(m_area->isStale(m_area->goalsView()));
    m_area->tabWidget()->setCurrentWidget(second);
    QCOMPARE(second->recomputes, 1);
    QCOMPARE(second->last.filters.from, kNow.date().addDays(-89));
    // Shown again without a change: nothing to do.
    m_area->tabWidget()->setCurrentWidget(first);
    QCOMPARE(first->recomputes, 2); // it was current at the change
    m_area->tabWidget()->setCurrentWidget(second);
    QCOMPARE(second->recomputes, 1);

    // A view's own parameters: only it, at once if it is shown, else when it is.
    first->emitParametersChanged();
    QCOMPARE(first->recomputes, 2);
    QVERIFY(m_area->isStale(first));
    second->emitParametersChanged();
    QCOMPARE(second->recomputes, 2);

    // New data: the shown view recomputes on the new snapshot.
    const ui::SessionEngine::Data data = second->last.data;
    QSignalSpy ready(m_area->engine(), &ui::SessionEngine::ready);
    m_area->engine()->reload();
    QVERIFY(ready.wait(5000));
    QCOMPARE(second->recomputes, 3);
    QVERIFY(second->last.data != data);
    QVERIFY(m_area->isStale(first));

    // Hidden: nothing computes until it is shown again.
    m_area->hide();
    m_area->filterBar()->applyPreset(ui::DashboardFilterBar::Preset::AllTime);
    QCOMPARE(second->recomputes, 3);
    m_area->show();
    QCOMPARE(second->recomputes, 4);
}

void TestDashboardArea::newDataRecomputesTheShownView()
{
    // A campaign's "attended" goal, and someone it does not count yet.
    GoalsView* view = m_area->goalsView();
    int row = -1;
    for (size_t i = 0; i < view->shown().size() && row < 0; ++i)
        if (view->shown()[i].goal.metric == QLatin1String("attended")
            && !view->shown()[i].goal.campaign.isNull())
            row = int(i);
    QVERIFY(row >= 0);
    const GoalsView::Shown goal = view->shown()[size_t(row)];
    const double before = *goal.progress.value;
    const QList<qint64> counted = view->peopleOf(row);
    qint64 newcomer = 0;
    for (std::uint32_t r = 0; r < store().rowCount() && !newcomer; ++r)
        if (store().isCounted(r) && !counted.contains(store().key(r)))
            newcomer = store().key(r);
    QVERIFY(newcomer);

    const QSqlDatabase db = m_session->file().database();
    const std::int32_t attended = *storage::ActivityStore(db).findTypeKey(QStringLiteral("attended"));
    const qint64 campaign = storage::CampaignRepository(db, m_folder->clock).keyOf(goal.goal.campaign);
    const storage::ActivityRow activity{newcomer, attended, dayStart(goal.goal.periodStart) + 3600,
                                        campaign, 0, 0, 0};
    QSignalSpy ready(m_area->engine(), &ui::SessionEngine::ready);
    m_session->undoStack()->push(new AddActivityCommand(m_session->file(), activity));
    QVERIFY(ready.wait(5000));
    // Shown: recomputed on the new snapshot at once.
    QCOMPARE(*view->shown()[size_t(row)].progress.value, before + 1);
    QVERIFY(view->peopleOf(row).contains(newcomer));
    QVERIFY(!m_area->isStale(view));

    m_session->undoStack()->undo();
    QVERIFY(ready.wait(5000));
    QCOMPARE(*view->shown()[size_t(row)].progress.value, before);
    QCOMPARE(view->peopleOf(row), counted);
}

void TestDashboardArea::filtersBecomeEngineTerms()
{
    ui::DashboardFilterBar* bar = m_area->filterBar();
    // The audiences, campaigns and channels of the project are offered.
    const storage::AudienceRepository audiences(m_session->file().database(), m_folder->clock);
    QCOMPARE(qsizetype(bar->audiences().size()), audiences.count());
    QVERIFY(bar->campaignCombo()->count() > 2);
    QVERIFY(bar->channelCombo()->count() > 2);

    // Pick an audience, a campaign and a channel with the keyboard and mouse.
    const QString audience = bar->audienceCombo()->itemText(1);
    bar->audienceCombo()->setCurrentIndex(1);
    bar->campaignCombo()->setCurrentIndex(2);
    bar->channelCombo()->setCurrentIndex(1);
    bar->fromEdit()->setDate(QDate(2025, 6, 1));
    bar->toEdit()->setDate(QDate(2025, 6, 30));

    const DashboardContext* c = m_area->context();
    QVERIFY(c);
    QCOMPARE(c->filters.audience, audience);
    QString error;
    const auto expected = storage::EngineLoader(m_session->file().database())
                              .audienceFilter(audience, c->store(), &error, &c->data->responses,
                                              kNow.toSecsSinceEpoch());
    QVERIFY2(expected, qPrintable(error));
    QCOMPARE(c->people, *expected);
    QCOMPARE(c->range.from, dayStart(QDate(2025, 6, 1)));
    QCOMPARE(c->range.to, dayStart(QDate(2025, 7, 1)));
    QCOMPARE(c->activities.campaigns,
             std::vector<std::int64_t>{bar->campaignCombo()->currentData().toLongLong()});
    QCOMPARE(c->activities.channels,
             std::vector<std::int64_t>{bar->channelCombo()->currentData().toLongLong()});
    QVERIFY(!c->activities.type);
    QCOMPARE(c->asOf, kNow.toSecsSinceEpoch());
    QCOMPARE(c->parallel != nullptr, true);
    // The store's campaign keys are campaigns.key: the campaign has that name there.
    QCOMPARE(QString::fromStdString(c->store().campaigns().name(c->activities.campaigns[0])),
             bar->campaignCombo()->currentText());
    // The status line counts the audience's people.
    const std::size_t held = expected->compile(c->store()).count();
    QVERIFY2(m_area->statusLabel()->text().contains(QLocale().toString(qulonglong(held)) +
                                                    QStringLiteral(" of ")),
             qPrintable(m_area->statusLabel()->text()));
    QVERIFY(m_area->statusLabel()->text().startsWith(QStringLiteral("Data as of")));
}

void TestDashboardArea::presetsSetTheDates()
{
    ui::DashboardFilterBar* bar = m_area->filterBar();
    QComboBox* period = bar->periodCombo();
    bar->setFocus();
    const int index = period->findData(int(ui::DashboardFilterBar::Preset::Last30Days));
    // As the user does it: the combo's activated signal.
    period->setCurrentIndex(index);
    emit period->activated(index);
    QCOMPARE(bar->filters().from, kNow.date().addDays(-29));
    QVERIFY(!bar->filters().to.isValid());
    QCOMPARE(m_area->context()->range.from, dayStart(kNow.date().addDays(-29)));
    QCOMPARE(m_area->context()->range.to, std::numeric_limits<std::int64_t>::max());

    bar->applyPreset(ui::DashboardFilterBar::Preset::ThisYear);
    QCOMPARE(bar->filters().from, QDate(2026, 1, 1));
    QCOMPARE(period->currentData().toInt(), int(ui::DashboardFilterBar::Preset::ThisYear));

    // Stepping up from "from the beginning" lands somewhere sensible.
    bar->applyPreset(ui::DashboardFilterBar::Preset::AllTime);
    bar->fromEdit()->setFocus();
    bar->fromEdit()->stepBy(1);
    QCOMPARE(bar->filters().from, kNow.date().addDays(-29));
    // From after to: to follows.
    bar->toEdit()->setDate(QDate(2026, 1, 10));
    bar->fromEdit()->setDate(QDate(2026, 2, 1));
    QCOMPARE(bar->filters().to, QDate(2026, 2, 1));
}

void TestDashboardArea::drillDownListsExactlyTheCountedPeople()
{
    // The whole flow through the window: dashboard → bar → People area.
    m_area.reset();
    m_session.reset();
    const QString path = m_folder->path(QStringLiteral("window.rapport"));
    QVERIFY(QFile::copy(m_templatePath, path));
    QSettings settings(m_folder->path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    rapport::test::ScriptedPrompts prompts;
    ui::MainWindow window(m_folder->environment(), settings, &prompts);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DashboardArea* area = window.dashboard();
    QCOMPARE(window.currentArea(), static_cast<ui::Area*>(area));
    QSignalSpy recomputed(area, &DashboardArea::recomputed);
    window.controller()->openPath(path);
    QVERIFY(window.controller()->session());
    QVERIFY(!recomputed.isEmpty() || recomputed.wait(5000));
    area->tabWidget()->setCurrentWidget(area->goalsView());

    // An "attended" goal of a campaign, with people counted.
    const GoalsView* view = area->goalsView();
    int row = -1;
    for (size_t i = 0; i < view->shown().size() && row < 0; ++i)
        if (view->shown()[i].goal.metric == QLatin1String("attended") &&
            !view->shown()[i].goal.campaign.isNull() &&
            view->shown()[i].progress.value.value_or(0) > 0)
            row = int(i);
    QVERIFY(row >= 0);
    const GoalsView::Shown& goal = view->shown()[size_t(row)];

    // The hand count: from the stored activities, people (their survivors) with an
    // "attended" of that campaign dated in the goal's period.
    // (Connections copied here are let go before the project closes.)
    auto db = [&window] { return window.controller()->session()->file().database(); };
    std::set<qint64> counted;
    {
        const storage::ActivityStore activities(db());
        std::int32_t attended = -1;
        const auto types = activities.types();
        for (auto it = types.begin(); it != types.end(); ++it)
            if (it.value() == QLatin1String("attended"))
                attended = it.key();
        const qint64 campaign =
            storage::CampaignRepository(db(), m_folder->clock).keyOf(goal.goal.campaign);
        const std::int64_t from = dayStart(goal.goal.periodStart),
                           to = dayStart(goal.goal.periodEnd.addDays(1));
        std::map<qint64, qint64> into;
        {
            QSqlQuery q(db());
            q.exec(QStringLiteral("SELECT key, merged_into FROM people"));
            while (q.next())
                into[q.value(0).toLongLong()] = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        }
        activities.forEachSegment([&](const storage::ActivitySpans& s) {
            for (std::size_t i = 0; i < s.size(); ++i) {
                if (s.type[i] != attended || s.campaign[i] != campaign || s.at[i] < from ||
                    s.at[i] >= to)
                    continue;
                qint64 k = s.person[i];
                while (into.count(k) && into[k] != 0)
                    k = into[k];
                counted.insert(k);
            }
            return true;
        });
    }
    QCOMPARE(double(counted.size()), *goal.progress.value);
    const QList<qint64> expected(counted.begin(), counted.end());

    QSignalSpy drilled(area, &DashboardArea::showPeople);
    ui::GoalBarsWidget* bars = view->bars();
    QTest::mouseClick(bars, Qt::LeftButton, {}, bars->barRect(row).center());
    QCOMPARE(drilled.size(), 1);
    QCOMPARE(drilled[0][1].value<QList<qint64>>(), expected);

    // The People area lists exactly them.
    ui::PeopleView* people = window.peopleView();
    QCOMPARE(window.currentArea(), static_cast<ui::Area*>(people));
    QVERIFY(people->onlyBar()->isVisible());
    QVERIFY(people->onlyLabel()->text().startsWith(QStringLiteral("Showing: Goal Attended")));
    QCOMPARE(people->model()->rowCount(), int(expected.size()));
    std::set<qint64> listed;
    for (int r = 0; r < people->model()->rowCount(); ++r)
        listed.insert(people->model()->personKey(r));
    QCOMPARE(listed, counted);
    QTest::mouseClick(people->showAllButton(), Qt::LeftButton);
    QVERIFY(!people->onlyBar()->isVisible());
    QCOMPARE(people->model()->rowCount(),
             int(storage::PeopleRepository(db(), m_folder->clock).count()));

    // Advocates drill down too, to the people at that level.
    int advocates = -1;
    for (size_t i = 0; i < view->shown().size() && advocates < 0; ++i)
        if (view->shown()[i].goal.metric == QLatin1String("advocates") &&
            view->shown()[i].progress.value.value_or(0) > 0)
            advocates = int(i);
    if (advocates >= 0)
        QCOMPARE(double(view->peopleOf(advocates).size()),
                 *view->shown()[size_t(advocates)].progress.value);
    // NPS counts answers, not people: no drill-down.
    for (size_t i = 0; i < view->shown().size(); ++i)
        if (view->shown()[i].goal.metric == QLatin1String("nps"))
            QVERIFY(view->peopleOf(int(i)).isEmpty());
    window.controller()->closeProject();
}

void TestDashboardArea::saveAsAudienceIsOneUndoStep()
{
    // The people of the first goal that counts some.
    const GoalsView* view = m_area->goalsView();
    int row = -1;
    for (size_t i = 0; i < view->shown().size() && row < 0; ++i)
        if (view->shown()[i].countsPeople && view->shown()[i].progress.value.value_or(0) > 0)
            row = int(i);
    QVERIFY(row >= 0);
    QSignalSpy drilled(m_area.get(), &DashboardArea::showPeople);
    emit m_area->goalsView()->bars()->rowActivated(row);
    QCOMPARE(drilled.size(), 1);
    const QString title = drilled[0][0].toString();
    const QList<qint64> keys = drilled[0][1].value<QList<qint64>>();
    QVERIFY(!keys.isEmpty());

    ui::PeopleView people;
    people.setSession(m_session.get());
    people.show();
    people.showOnly(title, keys);
    QCOMPARE(people.model()->rowCount(), int(keys.size()));
    QVERIFY(people.saveAudienceButton()->isEnabled());

    // Click, name it in the dialog.
    const QString name = QStringLiteral("Drilled people");
    QTimer::singleShot(0, this, [name] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(dialog->textValue().startsWith(QStringLiteral("Goal ")));
        dialog->setTextValue(name);
        dialog->accept();
    });
    const int undoIndex = m_session->undoStack()->index();
    QTest::mouseClick(people.saveAudienceButton(), Qt::LeftButton);
    QCOMPARE(m_session->undoStack()->index(), undoIndex + 1);

    const QSqlDatabase db = m_session->file().database();
    const storage::AudienceRepository audiences(db, m_folder->clock);
    const storage::PeopleRepository peopleRepository(db, m_folder->clock);
    auto stored = [&]() -> std::set<qint64> {
        const model::Uuid id = audiences.findByName(name);
        if (id.isNull())
            return {};
        const auto audience = audiences.get(id);
        std::set<qint64> members;
        for (const model::Uuid& person : audience->members)
            members.insert(peopleRepository.keyOf(person));
        return members;
    };
    const std::set<qint64> expected(keys.begin(), keys.end());
    QCOMPARE(stored(), expected);
    QCOMPARE(audiences.get(audiences.findByName(name))->kind, model::Audience::Kind::Static);
    // The dashboard offers it, and filtering by it holds exactly those people.
    QVERIFY(m_area->filterBar()->audiences().contains(name));
    m_area->filterBar()->audienceCombo()->setCurrentText(name);
    QVERIFY(m_area->context()->people.audienceKeys);
    QCOMPARE(std::set<qint64>(m_area->context()->people.audienceKeys->begin(),
                              m_area->context()->people.audienceKeys->end()),
             expected);

    // One undo removes it; the dashboard falls back to everyone.
    m_session->undoStack()->undo();
    QVERIFY(audiences.findByName(name).isNull());
    QVERIFY(!m_area->filterBar()->audiences().contains(name));
    QVERIFY(m_area->filterBar()->filters().audience.isEmpty());
    m_session->undoStack()->redo();
    QCOMPARE(stored(), expected);

    // A taken name is refused, and the undo stack is left alone.
    QString error;
    const int index = m_session->undoStack()->index();
    QVERIFY(!people.saveShownAsAudience(name, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_session->undoStack()->index(), index);
    QCOMPARE(m_session->undoStack()->count(), index);
}

void TestDashboardArea::csvAndTsvRoundTrip()
{
    auto* probe = new ProbeView(QStringLiteral("Probe"));
    m_area->addView(probe);
    m_area->tabWidget()->setCurrentWidget(probe);
    const QList<QStringList> table = probe->table();

    // Export CSV through the action.
    const QString path = m_folder->path(QStringLiteral("probe.csv"));
    QString suggested;
    m_area->setSavePathChooser([&](const QString&, const QString& name, const QString&) {
        suggested = name;
        return path;
    });
    QVERIFY(m_area->exportCsvAction()->isEnabled());
    m_area->exportCsvAction()->trigger();
    QCOMPARE(suggested, QStringLiteral("probe.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFName,Count\r\n"));
    QVERIFY(bytes.contains("\"Berlin, Germany\",12\r\n"));
    QVERIFY(bytes.contains("\"a \"\"quoted\"\" word\",-5\r\n"));
    QVERIFY(bytes.contains("\"two\nlines\",'=1+1\r\n"));
    file.close();
    io::CsvOptions comma;
    comma.delimiter = u',';
    io::CsvReader reader(comma);
    QVERIFY(reader.open(path));
    QList<QStringList> read;
    io::CsvRecord record;
    while (reader.next(&record)) {
        QStringList row;
        for (int i = 0; i < record.size(); ++i)
            row << io::restoreNeutralisedFormula(record.field(i));
        read << row;
    }
    QCOMPARE(read, table);

    // The goals view's table too.
    m_area->tabWidget()->setCurrentWidget(m_area->goalsView());
    QVERIFY(m_area->exportCsv(path));
    io::CsvReader goals(comma);
    QVERIFY(goals.open(path));
    int rows = 0;
    while (goals.next(&record))
        ++rows;
    QCOMPARE(rows, int(m_area->goalsView()->table().size()));

    // Ctrl+C copies TSV: one line a row, tabs between cells.
    m_area->tabWidget()->setCurrentWidget(probe);
    probe->setFocus();
    QApplication::clipboard()->clear();
    QTest::keySequence(probe, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), table.size() + 1); // and a final line end
    QCOMPARE(lines[0], QStringLiteral("Name\tCount"));
    QCOMPARE(lines[3], QStringLiteral("two lines\t=1+1"));
    QCOMPARE(lines[5], QStringLiteral("\ttab here"));
}

void TestDashboardArea::imagesExport()
{
    const QString png = m_folder->path(QStringLiteral("goals.png"));
    const QString svg = m_folder->path(QStringLiteral("goals.svg"));
    QStringList asked;
    m_area->setSavePathChooser([&](const QString&, const QString& name, const QString& filters) {
        asked << name << filters;
        return asked.size() == 2 ? png : svg;
    });
    m_area->exportImageAction()->trigger();
    QCOMPARE(asked.value(0), QStringLiteral("goals.png"));
    QVERIFY(asked.value(1).contains(QStringLiteral("*.svg")));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QWidget* widget = m_area->goalsView()->imageWidget();
    // Twice the pixels of the widget, for a sharp picture.
    QCOMPARE(image.size(), widget->size() * 2);
    m_area->exportImageAction()->trigger();
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("<title>Goals</title>"));
    // The goal names are drawn as text in it. Word by word: a character the font lacks ("≥"
    // in Noto Sans) is drawn with a fallback font, as a text element of its own.
    const QString label = m_area->goalsView()->bars()->rows().at(0).label;
    for (const QString& word : label.split(u' ', Qt::SkipEmptyParts))
        QVERIFY2(QString::fromUtf8(text).contains(word.toHtmlEscaped()), qPrintable(label));
}

void TestDashboardArea::explainListsTheProvenance()
{
    auto* probe = new ProbeView(QStringLiteral("Probe"));
    m_area->addView(probe);
    m_area->tabWidget()->setCurrentWidget(probe);
    m_area->filterBar()->audienceCombo()->setCurrentIndex(1);
    const QString audience = m_area->filterBar()->audienceCombo()->currentText();
    // Also on the context menu of whatever a view does not handle itself.
    QCOMPARE(m_area->tabWidget()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(m_area->tabWidget()->actions().contains(m_area->explainAction()));
    probe->setFocus();
    QTest::keyClick(probe, Qt::Key_F1);
    auto* dialog = m_area->findChild<ui::ExplainDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString text = dialog->text();
    QVERIFY2(text.contains(QStringLiteral("Probe people counted <once>.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("window: 30 days")));
    QVERIFY(text.contains(QStringLiteral("mode: ordered")));
    QVERIFY(text.contains(QStringLiteral("audience = probe")));
    QVERIFY(text.contains(QStringLiteral("Audience: ") + audience));
    QVERIFY(
        text.contains(QStringLiteral("Snapshot %1").arg(m_area->context()->store().snapshotId())));
    QVERIFY(text.contains(
        QStringLiteral("Data last changed ") +
        QLocale().toString(m_area->context()->dataChanged.toLocalTime(), QLocale::LongFormat)));
    dialog->close();

    // The goals: each goal's definition and parameters.
    m_area->tabWidget()->setCurrentWidget(m_area->goalsView());
    QVERIFY(m_area->explainAction()->isEnabled());
    m_area->explainAction()->trigger();
    QTRY_VERIFY(m_area->findChildren<ui::ExplainDialog*>().size() == 1);
    const QString goals = m_area->findChild<ui::ExplainDialog*>()->text();
    for (const engine::Provenance& p : m_area->goalsView()->provenance()) {
        QVERIFY2(goals.contains(QString::fromStdString(p.definition)), p.definition.c_str());
        for (const auto& [name, value] : p.parameters)
            QVERIFY(goals.contains(QString::fromStdString(name + ": " + value)));
    }
}

void TestDashboardArea::chartStyleIsReadableLightAndDark()
{
    for (const QColor window :
         {QColor(0xffffff), QColor(0xefefef), QColor(0x2b2b2b), QColor(0x1e1e1e)}) {
        QPalette palette;
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, window.lightnessF() < 0.5 ? Qt::white : Qt::black);
        const ui::ChartStyle style(palette);
        QCOMPARE(style.isDark(), window.lightnessF() < 0.5);
        QCOMPARE(style.theme(), style.isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        std::set<QRgb> distinct;
        for (int i = 0; i < ui::ChartStyle::colorCount(); ++i) {
            QVERIFY2(ui::ChartStyle::contrast(style.color(i), window) >= 3.0,
                     qPrintable(style.color(i).name() + QStringLiteral(" on ") + window.name()));
            distinct.insert(style.color(i).rgb());
        }
        QCOMPARE(int(distinct.size()), ui::ChartStyle::colorCount());
        QCOMPARE(style.color(ui::ChartStyle::colorCount()), style.color(0));
        QVERIFY(ui::ChartStyle::contrast(style.text(), window) > 7);
    }
    QCOMPARE(ui::ChartStyle::contrast(Qt::black, Qt::white), 21.0);
}

QTEST_MAIN(TestDashboardArea)
#include "tst_dashboard_area.moc"
