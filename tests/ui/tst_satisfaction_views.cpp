// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The satisfaction and content loop views of the dashboard, on a small project whose figures
// are counted by hand: what they show equals the engine's API called directly, and every
// click lists exactly the people (and comments) counted there.
#include <QtTest>

#include "core/engine/ContentLoop.h"
#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/storage/ContentLoopReader.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/ProjectRepositorySupport.h"
#include "core/storage/SurveyComments.h"
#include "tests/ui/ProjectFixture.h"
#include "ui/ProjectSession.h"
#include "ui/dashboard/ContentLoopTableModel.h"
#include "ui/dashboard/ContentLoopView.h"
#include "ui/dashboard/SatisfactionCharts.h"
#include "ui/dashboard/SatisfactionCommentModel.h"
#include "ui/dashboard/SatisfactionCommentPanel.h"
#include "ui/dashboard/SatisfactionView.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace rapport;
using engine::NpsSegment;
using ui::ContentLoopView;
using ui::SatisfactionView;

namespace {

QDateTime utc(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

template <typename T> T* series(QChartView* view, const QString& name)
{
    for (QAbstractSeries* s : view->chart()->series())
        if (s->objectName() == name)
            return qobject_cast<T*>(s);
    return nullptr;
}

/** Clicks the chart where value (in series' coordinates) is drawn. */
void clickChart(QChartView* view, QAbstractSeries* series, const QPointF& value, bool twice = false)
{
    for (int i = 0; i < 3; ++i) // the view's layout, then the chart's (a panel resizes them)
        QCoreApplication::processEvents();
    QChart* chart = view->chart();
    const QPoint at = view->mapFromScene(chart->mapToScene(chart->mapToPosition(value, series)));
    QVERIFY2(view->viewport()->rect().contains(at), "the point is outside the chart");
    if (twice) {
        // As a hand does it (QTest's double click alone is not seen as one here): a click,
        // then the second press that makes it a double click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    } else {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    }
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestSatisfactionViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void npsOverTimeEqualsTheEngine();
    void oneNpsCheckedByHand();
    void perCampaignAndPerAudience();
    void clickingABarListsItsComments();
    void aPointAndTheHeadlineOpenTheirResponses();
    void audienceFilterLeavesAnonymousOut();
    void satisfactionTableAndProvenance();

    void contentBarsEqualTheEngine();
    void clickingAPieceListsWhomItActivated();
    void authorsSeriesAndShowAll();
    void linksAndRewardCost();
    void contentFiltersAndWindow();

private:
    ui::DashboardContext context(const QString& audience = {}) const;
    void recompute(ui::DashboardView* view, const ui::DashboardContext& c);

    std::unique_ptr<test::UiTestFolder> m_folder;
    std::unique_ptr<ui::ProjectSession> m_session;
    ui::SessionEngine::Data m_data;
    engine::ParallelFor m_parallel{2};
    QHash<QString, qint64> m_people;  // display name → people.key
    QHash<QString, qint64> m_content; // title → content.key
    qint64 m_meetup = 0, m_launch = 0, m_series = 0;
};

void TestSatisfactionViews::initTestCase()
{
    m_folder = std::make_unique<test::UiTestFolder>();
    const QString path = m_folder->path(QStringLiteral("satisfaction.rapport"));
    storage::FileResult result;
    auto file = storage::ProjectFile::create(path, m_folder->environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    {
        storage::Transaction transaction = file->transaction();
        storage::ProjectRepository repo(file->database(), m_folder->clock);
        QHash<QString, model::Uuid> ids;
        for (const QString& name :
             {QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Linus"),
              QStringLiteral("Margaret"), QStringLiteral("Ken")}) {
            model::Person p;
            p.displayName = name;
            p.country = name == QStringLiteral("Ken") ? QStringLiteral("CN") : QStringLiteral("DE");
            QVERIFY(repo.people().create(p));
            ids.insert(name, p.meta.id);
            m_people.insert(name, repo.people().keyOf(p.meta.id));
        }
        const auto campaign = [&](const QString& name) {
            model::Campaign c;
            c.name = name;
            c.kind = model::CampaignKind::Meetup;
            if (!repo.campaigns().create(c))
                qFatal("campaign");
            return c.meta.id;
        };
        const model::Uuid meetup = campaign(QStringLiteral("Spring Meetup"));
        const model::Uuid launch = campaign(QStringLiteral("Launch"));
        m_meetup = repo.campaigns().keyOf(meetup);
        m_launch = repo.campaigns().keyOf(launch);
        model::Audience speakers;
        speakers.name = QStringLiteral("Speakers");
        speakers.kind = model::Audience::Kind::Static;
        speakers.members = {ids[QStringLiteral("Ada")], ids[QStringLiteral("Grace")]};
        QVERIFY(repo.audiences().create(speakers));
        model::Audience china;
        china.name = QStringLiteral("China");
        china.kind = model::Audience::Kind::Static;
        china.members = {ids[QStringLiteral("Ken")]};
        QVERIFY(repo.audiences().create(china));

        // Surveys: January to the meetup, February to the launch, March to no campaign.
        const auto question = [&](model::QuestionKind kind, const QString& text) {
            return model::Question{
                model::Uuid::createV7(m_folder->clock), kind, text, {}, 5, false};
        };
        const auto survey = [&](const QString& name, const model::Uuid& campaignId) {
            model::Survey s;
            s.name = name;
            s.campaign = campaignId;
            s.questions = {
                question(model::QuestionKind::Nps, QStringLiteral("Recommend us?")),
                question(model::QuestionKind::Text, QStringLiteral("What should we change?")),
                question(model::QuestionKind::Csat, QStringLiteral("Satisfied?"))};
            if (!repo.surveys().create(s))
                qFatal("survey");
            return s;
        };
        const model::Survey feedback = survey(QStringLiteral("Meetup feedback"), meetup);
        const model::Survey launchSurvey = survey(QStringLiteral("Launch survey"), launch);
        const model::Survey general = survey(QStringLiteral("General"), {});
        const auto respond = [&](const model::Survey& s, const QString& who, const QDateTime& at,
                                 std::optional<int> nps, const QString& text,
                                 std::optional<int> csat) {
            model::SurveyResponse r;
            r.survey = s.meta.id;
            r.person = who.isEmpty() ? model::Uuid() : ids[who];
            r.submittedAt = at;
            if (nps)
                r.answers.append({s.questions[0].id, nps, {}, {}});
            if (!text.isEmpty())
                r.answers.append({s.questions[1].id, std::nullopt, {}, text});
            if (csat)
                r.answers.append({s.questions[2].id, csat, {}, {}});
            if (const auto stored = repo.surveys().create(r); !stored)
                qFatal("response: %s", qPrintable(stored.message));
        };
        respond(feedback, QStringLiteral("Ada"), utc(1, 10), 10,
                QStringLiteral("More talks about the docs"), 5);
        respond(feedback, {}, utc(1, 11), 3, QStringLiteral("Pricing is unclear"), 2);
        respond(feedback, QStringLiteral("Grace"), utc(1, 12), 8, {}, 4);
        respond(feedback, QStringLiteral("Linus"), utc(1, 20), 6, QStringLiteral("Too crowded"), 3);
        respond(launchSurvey, QStringLiteral("Ada"), utc(2, 2), 9, QStringLiteral("Great launch"),
                {});
        respond(launchSurvey, QStringLiteral("Margaret"), utc(2, 3), 9,
                QStringLiteral("Loved the demo"), {});
        respond(launchSurvey, {}, utc(2, 5), 7, {}, {});
        respond(launchSurvey, QStringLiteral("Ken"), utc(2, 6), 2, QStringLiteral("Install failed"),
                {});
        respond(general, QStringLiteral("Grace"), utc(3, 1), 10, QStringLiteral("Docs are better"),
                5);
        respond(general, QStringLiteral("Linus"), utc(3, 2), {}, QStringLiteral("ok"), 4);

        // Content: "Intro to Rust" and "Async Rust" in a series, "Cloud costs" alone.
        model::Channel blog;
        blog.name = QStringLiteral("Blog");
        blog.kind = QStringLiteral("blog");
        QVERIFY(repo.channels().create(blog));
        model::Series rust;
        rust.name = QStringLiteral("Rust in production");
        QVERIFY(repo.content().create(rust));
        m_series = storage::detail::keyOf(file->database(), QStringLiteral("series"), rust.meta.id);
        const auto piece = [&](const QString& title, QList<model::Uuid> authors,
                               const model::Uuid& series, QList<model::MetricSnapshot> snapshots) {
            model::Content c;
            c.title = title;
            c.authors = authors;
            c.series = series;
            c.published = QDate(2026, 1, 1);
            c.distributions = {{blog.meta.id,
                                QUrl(QStringLiteral("https://example.org/") + title.left(4)),
                                utc(1, 1), snapshots}};
            if (const auto stored = repo.content().create(c); !stored)
                qFatal("content: %s", qPrintable(stored.message));
            if (!m_content.contains(title)) // a namesake keeps the first one's key here
                m_content.insert(title, repo.content().keyOf(c.meta.id));
            return c;
        };
        model::Content intro =
            piece(QStringLiteral("Intro to Rust"), {ids[QStringLiteral("Ada")]}, rust.meta.id,
                  {{utc(1, 1), 100, 50, 5, 2, 10}, {utc(2, 1), 300, 120, 9, 4, 25}});
        model::Content async = piece(QStringLiteral("Async Rust"),
                                     {ids[QStringLiteral("Ada")], ids[QStringLiteral("Grace")]},
                                     rust.meta.id, {{utc(2, 1), 50, 20, 1, 0, 3}});
        model::Content cloud = piece(QStringLiteral("Cloud costs"), {ids[QStringLiteral("Linus")]},
                                     {}, {{utc(1, 15), 1000, 10, 0, 0, 0}});
        // A namesake of "Async Rust" (by Ken, alone) that nobody read: its bar must not
        // shift the others.
        piece(QStringLiteral("Async Rust"), {ids[QStringLiteral("Ken")]}, {},
              {{utc(2, 1), 10, 0, 0, 0, 0}});
        // Eight more unread pieces by Ken (n views each): twelve in all, so the top ten leave
        // two out.
        for (int n = 1; n <= 8; ++n)
            piece(QStringLiteral("Filler %1").arg(n), {ids[QStringLiteral("Ken")]}, {},
                  {{utc(2, 1), n, 0, 0, 0, 0}});
        intro.links = {{async.meta.id, QStringLiteral("next")},
                       {cloud.meta.id, QStringLiteral("related")}};
        QVERIFY(repo.content().update(intro));
        async.links = {{intro.meta.id, QStringLiteral("previous")}};
        QVERIFY(repo.content().update(async));

        model::Reward fee;
        fee.person = ids[QStringLiteral("Ada")];
        fee.kind = model::RewardKind::Points;
        fee.value = 150;
        fee.date = QDate(2026, 1, 20);
        fee.content = intro.meta.id;
        QVERIFY(repo.rewards().create(fee));
        fee.meta = {};
        fee.person = ids[QStringLiteral("Grace")];
        fee.value = 50;
        fee.date = QDate(2026, 2, 10);
        fee.content = async.meta.id;
        QVERIFY(repo.rewards().create(fee));

        // Activities on the pieces (readings) and acts after them.
        storage::ActivityStore& activities = repo.activities();
        const std::int32_t commented = activities.typeKey(QStringLiteral("commented"));
        const std::int32_t shared = activities.typeKey(QStringLiteral("shared"));
        const std::int32_t attended = activities.typeKey(QStringLiteral("attended"));
        const std::int32_t contributed = activities.typeKey(QStringLiteral("contributed"));
        const std::int32_t authored = activities.typeKey(QStringLiteral("authored"));
        const qint64 channel = repo.channels().keyOf(blog.meta.id);
        const auto at = [](int month, int day) { return utc(month, day).toSecsSinceEpoch(); };
        const qint64 introKey = m_content[QStringLiteral("Intro to Rust")];
        const qint64 asyncKey = m_content[QStringLiteral("Async Rust")];
        const qint64 cloudKey = m_content[QStringLiteral("Cloud costs")];
        storage::ActivityColumns rows;
        const auto add = [&](const QString& who, std::int32_t type, qint64 time, qint64 campaignKey,
                             qint64 channelKey, qint64 contentKey) {
            rows.push_back({m_people[who], type, time, campaignKey, channelKey, contentKey, 0});
        };
        // Margaret reads Intro, then Async, then attends: activated by both, went on Intro → Async.
        add(QStringLiteral("Margaret"), commented, at(1, 5), 0, channel, introKey);
        add(QStringLiteral("Margaret"), shared, at(1, 10), 0, 0, asyncKey);
        add(QStringLiteral("Margaret"), attended, at(1, 20), m_meetup, 0, 0);
        // Ken reads Cloud costs and contributes two months later: a reader, not activated.
        add(QStringLiteral("Ken"), commented, at(1, 3), 0, channel, cloudKey);
        add(QStringLiteral("Ken"), contributed, at(3, 10), 0, 0, 0);
        // Linus authors Cloud costs (no reading), reads Intro and attends the next day.
        add(QStringLiteral("Linus"), authored, at(1, 15), 0, 0, cloudKey);
        add(QStringLiteral("Linus"), commented, at(2, 1), 0, channel, introKey);
        add(QStringLiteral("Linus"), attended, at(2, 2), m_launch, 0, 0);
        // Grace attends, then reads Intro: she acted before reading.
        add(QStringLiteral("Grace"), attended, at(1, 1), m_meetup, 0, 0);
        add(QStringLiteral("Grace"), commented, at(1, 2), 0, channel, introKey);
        QVERIFY(activities.append(rows));
        QString error;
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    result = file->save();
    QVERIFY2(result, qPrintable(result.message));
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));

    QString error;
    auto loaded = storage::EngineLoader(m_session->file().database(), 1).load(&error);
    QVERIFY2(loaded, qPrintable(error));
    m_data = std::make_shared<const storage::EngineData>(std::move(*loaded));
    QCOMPARE(m_data->responses.size(), std::size_t(10));
}

void TestSatisfactionViews::cleanupTestCase()
{
    m_data.reset();
    m_session.reset();
    m_folder.reset();
}

ui::DashboardContext TestSatisfactionViews::context(const QString& audience) const
{
    ui::DashboardContext c;
    c.data = m_data;
    c.asOf = utc(4, 1).toSecsSinceEpoch();
    c.parallel = &m_parallel;
    if (!audience.isEmpty()) {
        c.filters.audience = audience;
        QString error;
        auto filter = storage::EngineLoader(m_session->file().database())
                          .audienceFilter(audience, m_data->store, &error);
        if (!filter)
            qFatal("audience: %s", qPrintable(error));
        c.people = *filter;
    }
    return c;
}

void TestSatisfactionViews::recompute(ui::DashboardView* view, const ui::DashboardContext& c)
{
    view->recompute(c);
    QCoreApplication::processEvents(); // lays the charts out
}

// --- satisfaction --------------------------------------------------------------------------

void TestSatisfactionViews::npsOverTimeEqualsTheEngine()
{
    SatisfactionView view;
    view.setSession(m_session.get());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    recompute(&view, context());

    engine::NpsQuery q;
    q.breakdown.kind = engine::NpsBreakdown::Kind::Period;
    q.breakdown.period = engine::CalendarPeriod::Kind::Month;
    const engine::NpsResult expected =
        engine::Nps::compute(m_data->store, m_data->responses, q, m_parallel);
    QCOMPARE(view.result(), expected);
    QCOMPARE(expected.groups.size(), std::size_t(3));

    auto* line = series<QLineSeries>(view.npsChartView(), QStringLiteral("npsLine"));
    auto* band = series<QAreaSeries>(view.npsChartView(), QStringLiteral("npsBand"));
    auto* points = series<QScatterSeries>(view.npsChartView(), QStringLiteral("npsPoints"));
    QVERIFY(line && band && points);
    QCOMPARE(line->count(), 3);
    QCOMPARE(band->upperSeries()->count(), 3);
    QCOMPARE(band->lowerSeries()->count(), 3);
    for (int i = 0; i < 3; ++i) {
        const engine::NpsGroup& g = expected.groups[std::size_t(i)];
        // x: months since the first month shown.
        QCOMPARE(line->at(i).x(),
                 qreal(engine::CalendarPeriod::index(engine::CalendarPeriod::Kind::Month, g.key) -
                       engine::CalendarPeriod::index(engine::CalendarPeriod::Kind::Month,
                                                     expected.groups[0].key)));
        QVERIFY(near(line->at(i).y(), *g.figures.nps));
        QVERIFY(near(points->at(i).y(), *g.figures.nps));
        QVERIFY(near(band->upperSeries()->at(i).y(), *g.figures.nps + *g.figures.moe95));
        QVERIFY(near(band->lowerSeries()->at(i).y(), *g.figures.nps - *g.figures.moe95));
    }
    auto* split = series<QPercentBarSeries>(view.splitChartView(), QStringLiteral("splitSeries"));
    QVERIFY(split);
    QCOMPARE(split->count(), 3);
    for (int i = 0; i < 3; ++i) {
        const engine::NpsFigures& f = expected.groups[std::size_t(i)].figures;
        QCOMPARE(split->barSets()[0]->at(i), qreal(f.promoters));
        QCOMPARE(split->barSets()[1]->at(i), qreal(f.passives));
        QCOMPARE(split->barSets()[2]->at(i), qreal(f.detractors));
    }
    auto* csat = series<QBarSeries>(view.csatChartView(), QStringLiteral("csatSeries"));
    QVERIFY(csat);
    // February has no CSAT answers: two bars, January and March.
    QCOMPARE(view.charts()->csatGroups(), (QList<int>{0, 2}));
    QCOMPARE(csat->barSets()[0]->count(), 2);
    QVERIFY(near(csat->barSets()[0]->at(0), *expected.groups[0].figures.csat * 100));
    QVERIFY(near(csat->barSets()[0]->at(1), *expected.groups[2].figures.csat * 100));
    QVERIFY(view.headlineLabel()->text().contains(QStringLiteral("NPS <b>11</b>")));
}

void TestSatisfactionViews::oneNpsCheckedByHand()
{
    // January: 10, 3, 8, 6 → one promoter, one passive, two detractors out of four:
    // NPS = 100 × (1/4 − 2/4) = −25, margin = 1.96 × 100 × √((3/4 − 1/16) / 4); CSAT 5, 2, 4, 3
    // → two of four satisfied. The whole: 9 NPS answers, 4 promoters, 3 detractors → 100/9.
    SatisfactionView view;
    view.setSession(m_session.get());
    recompute(&view, context());
    const engine::NpsFigures& january = view.result().groups.front().figures;
    QCOMPARE(view.groupLabels().front(),
             QLocale().toString(QDate(2026, 1, 1), QStringLiteral("MMM yyyy")));
    QCOMPARE(january.promoters, 1u);
    QCOMPARE(january.passives, 1u);
    QCOMPARE(january.detractors, 2u);
    QVERIFY(near(*january.nps, -25.0));
    QVERIFY(near(*january.moe95, 196.0 * std::sqrt((0.75 - 0.0625) / 4)));
    QVERIFY(std::abs(*january.moe95 - 81.26) < 0.01);
    QVERIFY(near(*january.csat, 0.5));
    QVERIFY(near(*view.result().total.nps, 100.0 / 9));
    QCOMPARE(view.result().groups[2].figures.responses, 1u); // March: Linus gave no NPS
}

void TestSatisfactionViews::perCampaignAndPerAudience()
{
    SatisfactionView view;
    view.setSession(m_session.get());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const ui::DashboardContext c = context();
    connect(&view, &ui::DashboardView::parametersChanged, &view, [&] { recompute(&view, c); });
    recompute(&view, c);

    view.byComboBox()->setCurrentIndex(
        view.byComboBox()->findData(int(SatisfactionView::By::Campaign)));
    QCOMPARE(view.by(), SatisfactionView::By::Campaign);
    engine::NpsQuery q;
    q.breakdown.kind = engine::NpsBreakdown::Kind::Campaign;
    const engine::NpsResult byCampaign =
        engine::Nps::compute(m_data->store, m_data->responses, q, m_parallel);
    QCOMPARE(view.result(), byCampaign);
    QCOMPARE(view.groupLabels(),
             (QStringList{QStringLiteral("No campaign"), QStringLiteral("Spring Meetup"),
                          QStringLiteral("Launch")}));
    auto* intervals = series<QBoxPlotSeries>(view.npsChartView(), QStringLiteral("npsIntervals"));
    QVERIFY(intervals);
    QVERIFY(!series<QLineSeries>(view.npsChartView(), QStringLiteral("npsLine")));
    QCOMPARE(intervals->count(), 3);
    for (int i = 0; i < 3; ++i) {
        const engine::NpsFigures& f = byCampaign.groups[std::size_t(i)].figures;
        QBoxSet* box = intervals->boxSets()[i];
        QVERIFY(near(box->at(QBoxSet::Median), *f.nps));
        QVERIFY(near(box->at(QBoxSet::LowerQuartile), *f.nps - *f.moe95));
        QVERIFY(near(box->at(QBoxSet::UpperQuartile), *f.nps + *f.moe95));
    }

    view.setBy(SatisfactionView::By::Audience);
    QCOMPARE(view.byComboBox()->currentData().toInt(), int(SatisfactionView::By::Audience));
    QVERIFY(view.refusedAudiences().isEmpty());
    q.breakdown.kind = engine::NpsBreakdown::Kind::Audience;
    const storage::EngineLoader loader(m_session->file().database());
    for (const QString& name : {QStringLiteral("China"), QStringLiteral("Speakers")})
        q.breakdown.audiences.emplace_back(name.toStdString(),
                                           *loader.audienceFilter(name, m_data->store));
    const engine::NpsResult byAudience =
        engine::Nps::compute(m_data->store, m_data->responses, q, m_parallel);
    QCOMPARE(view.result().groups, byAudience.groups);
    QCOMPARE(view.groupLabels(),
             (QStringList{QStringLiteral("China"), QStringLiteral("Speakers")}));
    // Speakers (Ada, Grace): 10, 8, 9, 10 → three promoters, one passive.
    QCOMPARE(byAudience.groups[1].figures.promoters, 3u);
    QVERIFY(near(*byAudience.groups[1].figures.nps, 75.0));
}

void TestSatisfactionViews::clickingABarListsItsComments()
{
    SatisfactionView view;
    view.setSession(m_session.get());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    recompute(&view, context());
    QSignalSpy drill(&view, &ui::DashboardView::drillDown);

    // January's detractors: the upper half of its bar (promoters 0–25 %, passives 25–50 %).
    auto* split = series<QPercentBarSeries>(view.splitChartView(), QStringLiteral("splitSeries"));
    QVERIFY(split);
    QVERIFY(view.commentPanel()->isHidden());
    clickChart(view.splitChartView(), split, QPointF(0, 75));
    QVERIFY(view.commentPanel()->isVisible());
    ui::SatisfactionCommentPanel* panel = view.commentPanel();
    QCOMPARE(panel->contents().title, view.selectionTitle(0, NpsSegment::Detractors));
    QCOMPARE(panel->model()->rowCount(), 2);
    QStringList texts;
    for (const storage::SurveyComment& c : panel->model()->comments())
        texts << c.text;
    QCOMPARE(texts,
             (QStringList{QStringLiteral("Too crowded"), QStringLiteral("Pricing is unclear")}));
    QCOMPARE(panel->model()->index(1, ui::SatisfactionCommentModel::Respondent).data().toString(),
             QStringLiteral("Anonymous"));
    QCOMPARE(panel->model()->index(0, ui::SatisfactionCommentModel::Respondent).data().toString(),
             QStringLiteral("Linus"));
    QCOMPARE(panel->model()->index(0, ui::SatisfactionCommentModel::Score).data().toString(),
             QStringLiteral("NPS 6 · CSAT 3"));
    QCOMPARE(panel->contents().anonymous, 1u);
    QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral("Anonymous responses: 1")));
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The comments are those the project holds for exactly those responses.
    const engine::NpsMembers members =
        engine::Nps::members(m_data->store, m_data->responses, view.query(),
                             &view.result().groups[0], NpsSegment::Detractors);
    QCOMPARE(members.responses.size(), std::size_t(2));
    QCOMPARE(panel->model()->comments(),
             storage::readSurveyComments(m_session->file().database(), members.responses));
    QCOMPARE(drill.count(), 0); // the panel opens; listing the people is one more click
    QCOMPARE(panel->peopleButton()->text(), QStringLiteral("Show the people (1)"));
    QVERIFY(panel->width() > view.width() / 4);
    QTest::mouseClick(panel->peopleButton(), Qt::LeftButton);
    QCOMPARE(drill.count(), 1);
    QCOMPARE(drill.front().at(1).value<QList<qint64>>(),
             QList<qint64>{m_people[QStringLiteral("Linus")]});

    // January's CSAT bar: all four January responses with a CSAT answer.
    auto* csat = series<QBarSeries>(view.csatChartView(), QStringLiteral("csatSeries"));
    clickChart(view.csatChartView(), csat, QPointF(0, 25));
    QCOMPARE(panel->contents().responses.size(), std::size_t(4));
    QCOMPARE(panel->model()->rowCount(), 3); // Grace left no comment
    QList<qint64> people{m_people[QStringLiteral("Ada")], m_people[QStringLiteral("Grace")],
                         m_people[QStringLiteral("Linus")]};
    std::sort(people.begin(), people.end());
    QCOMPARE(panel->contents().people, people);

    // Double-clicking February's promoters drills down at once: Ada and Margaret.
    drill.clear();
    clickChart(view.splitChartView(), split, QPointF(1, 25), true);
    QVERIFY(!drill.isEmpty());
    QList<qint64> promoters{m_people[QStringLiteral("Ada")], m_people[QStringLiteral("Margaret")]};
    std::sort(promoters.begin(), promoters.end());
    QCOMPARE(drill.back().at(1).value<QList<qint64>>(), promoters);

    QTest::mouseClick(panel->closeButton(), Qt::LeftButton);
    QVERIFY(panel->isHidden());
}

void TestSatisfactionViews::aPointAndTheHeadlineOpenTheirResponses()
{
    SatisfactionView view;
    view.setSession(m_session.get());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    recompute(&view, context());
    // February's point: its four NPS responses, three comments, one anonymous.
    auto* points = series<QScatterSeries>(view.npsChartView(), QStringLiteral("npsPoints"));
    clickChart(view.npsChartView(), points, points->at(1));
    ui::SatisfactionCommentPanel* panel = view.commentPanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->contents().title, view.selectionTitle(1, NpsSegment::Nps));
    QCOMPARE(panel->contents().responses.size(), std::size_t(4));
    QCOMPARE(panel->contents().anonymous, 1u);
    QStringList texts;
    for (const storage::SurveyComment& c : panel->model()->comments())
        texts << c.text;
    QCOMPARE(texts, (QStringList{QStringLiteral("Install failed"), QStringLiteral("Loved the demo"),
                                 QStringLiteral("Great launch")}));

    // After a recompute the panel shows the same group again.
    recompute(&view, context());
    QCOMPARE(panel->contents().responses.size(), std::size_t(4));

    // The headline's detractors: every detractor of the range.
    emit view.headlineLabel()->linkActivated(QStringLiteral("detractors"));
    QCOMPARE(panel->contents().responses.size(), std::size_t(3));
    QCOMPARE(panel->contents().title, view.selectionTitle(-1, NpsSegment::Detractors));
}

void TestSatisfactionViews::audienceFilterLeavesAnonymousOut()
{
    SatisfactionView view;
    view.setSession(m_session.get());
    ui::DashboardContext c = context(QStringLiteral("Speakers"));
    c.filters.channel = QStringLiteral("Blog");
    recompute(&view, c);
    engine::NpsQuery q;
    q.people = c.people;
    q.breakdown.kind = engine::NpsBreakdown::Kind::Period;
    QCOMPARE(view.result(), engine::Nps::compute(m_data->store, m_data->responses, q, m_parallel));
    QCOMPARE(view.result().total.responses, 4u); // Ada twice, Grace twice
    QVERIFY(near(*view.result().total.nps, 75.0));
    QVERIFY(!view.noteLabel()->isHidden());
    QVERIFY(view.noteLabel()->text().contains(QStringLiteral("channel")));
    view.showResponses(-1, NpsSegment::Answered);
    QCOMPARE(view.commentPanel()->contents().anonymous, 0u);
    QCOMPARE(view.commentPanel()->contents().people.size(), 2);

    // A date range that holds February only, and the launch campaign.
    ui::DashboardContext february = context();
    february.range = {utc(2, 1, 0).toSecsSinceEpoch(), utc(3, 1, 0).toSecsSinceEpoch()};
    february.activities.campaigns = {m_launch};
    recompute(&view, february);
    QCOMPARE(view.result().total.responses, 4u);
    QCOMPARE(view.result().groups.size(), std::size_t(1));
    QVERIFY(near(*view.result().total.nps, 25.0));
}

void TestSatisfactionViews::satisfactionTableAndProvenance()
{
    SatisfactionView view;
    view.setSession(m_session.get());
    recompute(&view, context());
    const QList<QStringList> table = view.table();
    QCOMPARE(table.size(), 5); // header, all, three months
    QCOMPARE(table[0].size(), table[1].size());
    QCOMPARE(table[1][1], QStringLiteral("9"));
    QCOMPARE(table[2][0], view.groupLabels()[0]);
    QCOMPARE(table[2][5], QLocale().toString(-25.0, 'f', 1));
    const auto provenance = view.provenance();
    QCOMPARE(provenance.size(), std::size_t(1));
    QCOMPARE(provenance.front().snapshotId, m_data->store.snapshotId());
    QVERIFY(provenance.front().definition.find("1.96") != std::string::npos);
    QCOMPARE(view.imageWidget()->findChildren<QChartView*>().size(), 3);
}

// --- content loop --------------------------------------------------------------------------

void TestSatisfactionViews::contentBarsEqualTheEngine()
{
    ContentLoopView view;
    view.setSession(m_session.get());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    recompute(&view, context());

    const engine::ContentLoop loop(storage::readContentLoopData(m_session->file().database()));
    const engine::ContentReachResult reach = loop.reach(engine::ContentLoop::ReachBy::Piece, {});
    engine::ContentActivationQuery q;
    q.authors = q.series = false; // per piece: the view asks for no more
    const engine::ContentActivationResult activations =
        loop.activations(m_data->store, q, m_parallel);
    QCOMPARE(view.activations(), activations);

    // Hand count: Intro read by Margaret, Linus and Grace, two of them acted after; Async read
    // and acted on by Margaret; Cloud costs read by Ken only.
    const auto item = [&](const QString& title) -> const ContentLoopView::Item& {
        for (const ContentLoopView::Item& i : view.items())
            if (i.name == title)
                return i;
        qFatal("no item %s", qPrintable(title));
    };
    QCOMPARE(item(QStringLiteral("Intro to Rust")).readers, 3u);
    QCOMPARE(item(QStringLiteral("Intro to Rust")).activated, 2u);
    QCOMPARE(item(QStringLiteral("Async Rust")).activated, 1u);
    QCOMPARE(item(QStringLiteral("Cloud costs")).readers, 1u);
    QCOMPARE(item(QStringLiteral("Cloud costs")).activated, 0u);
    QCOMPARE(activations.readers, 4u);
    QCOMPARE(activations.activated, 2u);
    // Activations lead: the most activated first, even with less reach.
    QCOMPARE(view.items().front().name, QStringLiteral("Intro to Rust"));
    QCOMPARE(view.items()[2].name, QStringLiteral("Cloud costs"));
    QCOMPARE(view.items()[3].name, QStringLiteral("Async Rust")); // the namesake: 10 views
    QCOMPARE(view.items().back().name, QStringLiteral("Filler 1"));
    QCOMPARE(view.items().size(), std::size_t(12));

    auto* lead = series<QHorizontalBarSeries>(view.activationChartView(),
                                              QStringLiteral("activationSeries"));
    auto* context =
        series<QHorizontalBarSeries>(view.reachChartView(), QStringLiteral("reachSeries"));
    QVERIFY(lead && context);
    const int n = view.barCount();
    QCOMPARE(n, ContentLoopView::kTop);
    auto* axis =
        qobject_cast<QBarCategoryAxis*>(view.reachChartView()->chart()->axes(Qt::Vertical).front());
    QCOMPARE(axis->count(), n); // the namesake did not merge into the first "Async Rust"
    QCOMPARE(axis->at(n - 1 - 3), QStringLiteral("Async Rust (2)"));
    for (int i = 0; i < n; ++i) { // bars run bottom to top
        const ContentLoopView::Item& shown = view.items()[std::size_t(i)];
        const int bar = n - 1 - i;
        QVERIFY(axis->at(bar).startsWith(shown.name));
        QCOMPARE(lead->barSets().front()->count(), n);
        QCOMPARE(lead->barSets().front()->at(bar), qreal(shown.activated));
        std::int64_t views = -1;
        for (const engine::ContentReach& r : reach.rows)
            if (r.key == shown.key)
                views = r.metrics.views;
        QCOMPARE(context->barSets().front()->at(bar), qreal(views));
    }
    QCOMPARE(item(QStringLiteral("Cloud costs")).reach.views, 1000);
    QCOMPARE(item(QStringLiteral("Intro to Rust")).reach.views, 300);
    QAbstractItemModelTester tester(view.itemTableView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.itemTableView()->model()->rowCount(), 12); // the table lists all
    QVERIFY(view.headlineLabel()->text().contains(QStringLiteral("2 people acted after reading")));
}

void TestSatisfactionViews::clickingAPieceListsWhomItActivated()
{
    ContentLoopView view;
    view.setSession(m_session.get());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    recompute(&view, context());
    QSignalSpy drill(&view, &ui::DashboardView::drillDown);
    auto* lead = series<QHorizontalBarSeries>(view.activationChartView(),
                                              QStringLiteral("activationSeries"));
    // Intro to Rust is on top (the last bar from the bottom): Margaret and Linus.
    const qreal top = view.barCount() - 1;
    clickChart(view.activationChartView(), lead, QPointF(1, top));
    QCOMPARE(drill.count(), 1);
    QList<qint64> expected{m_people[QStringLiteral("Margaret")], m_people[QStringLiteral("Linus")]};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(drill.front().at(1).value<QList<qint64>>(), expected);
    QVERIFY(drill.front().at(0).toString().contains(QStringLiteral("Intro to Rust")));

    // Its reach bar lists its readers: Margaret, Linus and Grace.
    auto* context =
        series<QHorizontalBarSeries>(view.reachChartView(), QStringLiteral("reachSeries"));
    clickChart(view.reachChartView(), context, QPointF(150, top));
    QCOMPARE(drill.count(), 2);
    expected << m_people[QStringLiteral("Grace")];
    std::sort(expected.begin(), expected.end());
    QCOMPARE(drill.back().at(1).value<QList<qint64>>(), expected);

    // A table cell: Cloud costs' readers (Ken), by Enter on the cell.
    QTableView* table = view.itemTableView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, 2));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(drill.count(), 3);
    QCOMPARE(drill.back().at(1).value<QList<qint64>>(),
             QList<qint64>{m_people[QStringLiteral("Ken")]});
}

void TestSatisfactionViews::authorsSeriesAndShowAll()
{
    ContentLoopView view;
    view.setSession(m_session.get());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const ui::DashboardContext c = context();
    connect(&view, &ui::DashboardView::parametersChanged, &view, [&] { recompute(&view, c); });
    recompute(&view, c);
    const engine::ContentLoop loop(storage::readContentLoopData(m_session->file().database()));

    view.byComboBox()->setCurrentIndex(
        view.byComboBox()->findData(int(ContentLoopView::By::Author)));
    QCOMPARE(view.by(), ContentLoopView::By::Author);
    const engine::ContentReachResult reach = loop.reach(engine::ContentLoop::ReachBy::Author, {});
    QCOMPARE(view.items().size(), std::size_t(4)); // Ada, Grace, Linus, Ken
    for (const ContentLoopView::Item& item : view.items()) {
        bool found = false;
        for (const engine::ContentReach& r : reach.rows)
            if (r.key == item.key) {
                QCOMPARE(item.reach, r.metrics);
                found = true;
            }
        QVERIFY(found);
    }
    engine::ContentActivationQuery q;
    q.series = false;
    QCOMPARE(view.activations(), loop.activations(m_data->store, q, m_parallel));
    QVERIFY(!view.activations().authors.empty());
    // Ada (Intro and Async): read by Margaret, Linus and Grace, activated Margaret and Linus.
    QCOMPARE(view.items().front().name, QStringLiteral("Ada"));
    QCOMPARE(view.items().front().readers, 3u);
    QCOMPARE(view.items().front().activated, 2u);
    QCOMPARE(view.items().front().reach.views, 350);
    QList<qint64> activated{m_people[QStringLiteral("Margaret")],
                            m_people[QStringLiteral("Linus")]};
    std::sort(activated.begin(), activated.end());
    QCOMPARE(view.peopleOf(0, engine::ContentPeopleSelection::Kind::Activated), activated);

    view.setBy(ContentLoopView::By::Series);
    QCOMPARE(view.items().size(), std::size_t(1));
    QCOMPARE(view.items().front().key, m_series);
    QCOMPARE(view.items().front().name, QStringLiteral("Rust in production"));
    QCOMPARE(view.items().front().reach.views, 350);

    // Top ten unless "show all": twelve pieces.
    view.setBy(ContentLoopView::By::Piece);
    QVERIFY(!view.showAllCheckBox()->isChecked());
    QCOMPARE(view.barCount(), 10);
    QTest::mouseClick(view.showAllCheckBox(), Qt::LeftButton);
    QVERIFY(view.showsAll());
    QCOMPARE(view.barCount(), 12);
    auto* lead = series<QHorizontalBarSeries>(view.activationChartView(),
                                              QStringLiteral("activationSeries"));
    QCOMPARE(lead->barSets().front()->count(), 12);
}

void TestSatisfactionViews::linksAndRewardCost()
{
    ContentLoopView view;
    view.setSession(m_session.get());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    recompute(&view, context());
    // Three links; Margaret went on from Intro to Async, nobody else along any link.
    QCOMPARE(view.flows().size(), std::size_t(3));
    const ContentLoopView::Flow& top = view.flows().front();
    QCOMPARE(top.fromName, QStringLiteral("Intro to Rust"));
    QCOMPARE(top.toName, QStringLiteral("Async Rust"));
    QCOMPARE(top.people, 1u);
    QCOMPARE(top.onwardClicks, 25); // Intro's onward clicks, over all its links
    for (std::size_t i = 1; i < view.flows().size(); ++i)
        QCOMPARE(view.flows()[i].people, 0u);
    QSignalSpy drill(&view, &ui::DashboardView::drillDown);
    QTableView* table = view.flowTableView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 2));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(drill.count(), 1);
    QCOMPARE(drill.front().at(1).value<QList<qint64>>(),
             QList<qint64>{m_people[QStringLiteral("Margaret")]});

    // Rewards 150 + 50 over the people with an activation activity: Margaret, Ken, Linus,
    // Grace → 50 each.
    engine::RewardCostQuery q;
    const engine::ContentLoop loop(storage::readContentLoopData(m_session->file().database()));
    QCOMPARE(view.rewardCost(), loop.rewardCost(m_data->store, q, m_parallel));
    QCOMPARE(view.rewardCost().rewardValue, 200.0);
    QCOMPARE(view.rewardCost().activated, 4u);
    QCOMPARE(*view.rewardCost().costPerActivation, 50.0);
    QVERIFY(view.headlineLabel()->text().contains(QLocale().toString(50.0, 'f', 2)));
    const QList<QStringList> rows = view.table();
    QCOMPARE(rows.front().front(), QStringLiteral("Piece"));
    QCOMPARE(rows.back().front(), QStringLiteral("Reward cost per activation"));
    QCOMPARE(view.provenance().size(), std::size_t(4));
    QCOMPARE(view.provenance().front().snapshotId, m_data->store.snapshotId());
}

void TestSatisfactionViews::contentFiltersAndWindow()
{
    ContentLoopView view;
    view.setSession(m_session.get());
    ui::DashboardContext c = context();
    connect(&view, &ui::DashboardView::parametersChanged, &view, [&] { recompute(&view, c); });
    recompute(&view, c);
    // A one-day window: only Linus attended the day after reading.
    view.windowSpinBox()->setValue(1);
    QCOMPARE(view.activationQuery().window, 86400);
    QCOMPARE(view.activations().activated, 1u);
    QCOMPARE(view.activations().readers, 4u);

    // February: only Linus read then.
    c.range = {utc(2, 1, 0).toSecsSinceEpoch(), utc(3, 1, 0).toSecsSinceEpoch()};
    view.setWindowDays(30);
    QCOMPARE(view.activations().readers, 1u);
    QCOMPARE(view.activations().activated, 1u);
    QCOMPARE(view.rewardCost().rewardValue, 50.0);

    // The audience keeps its people: China is Ken alone.
    c = context(QStringLiteral("China"));
    recompute(&view, c);
    QCOMPARE(view.activations().readers, 1u);
    QCOMPARE(view.activations().activated, 0u);
    QVERIFY(!view.noteLabel()->isHidden());
    engine::ContentActivationQuery q;
    q.people = c.people;
    q.authors = q.series = false;
    const engine::ContentLoop loop(storage::readContentLoopData(m_session->file().database()));
    QCOMPARE(view.activations(), loop.activations(m_data->store, q, m_parallel));
}

QTEST_MAIN(TestSatisfactionViews)
#include "tst_satisfaction_views.moc"
