// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectRepository.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QTest>

using namespace rapport;
using namespace rapport::model;
using storage::ProjectRepository;
using storage::StoreError;

namespace {

void compareMeta(const RecordMeta& a, const RecordMeta& b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.updatedAt, b.updatedAt);
    QCOMPARE(a.rowVersion, b.rowVersion);
}

} // namespace

class TestEntityRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void channels();
    void audiences();
    void momentsCampaignsGoals();
    void seriesAndContent();
    void surveysAndResponses();
    void rewards();
    void conflictsAndValidation_data();
    void conflictsAndValidation();
    void missingReferencesAreRefused();

private:
    Person person(const QString& name);
    Channel channel(const QString& name);

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<ProjectRepository> m_repo;
    test::FixedClock m_clock;
};

void TestEntityRepositories::init()
{
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->isOk(), qPrintable(m_database->error()));
    m_repo = std::make_unique<ProjectRepository>(m_database->db(), m_clock);
}

void TestEntityRepositories::cleanup()
{
    m_repo.reset();
    m_database.reset();
}

Person TestEntityRepositories::person(const QString& name)
{
    Person p;
    p.displayName = name;
    p.identities = {{IdentityKind::Email, name.toLower() + QLatin1String("@example.org")}};
    const auto r = m_repo->people().create(p);
    if (!r)
        qWarning() << r.message;
    return p;
}

Channel TestEntityRepositories::channel(const QString& name)
{
    Channel c;
    c.name = name;
    c.kind = QStringLiteral("blog");
    c.url = QUrl(QStringLiteral("https://example.org/") + name);
    const auto r = m_repo->channels().create(c);
    if (!r)
        qWarning() << r.message;
    return c;
}

void TestEntityRepositories::channels()
{
    auto& repo = m_repo->channels();
    Channel c;
    c.name = QStringLiteral("Dev Blog");
    c.kind = QStringLiteral("blog");
    c.url = QUrl(QStringLiteral("https://blog.example.org"));
    c.sizes = {{QDate(2025, 1, 1), 100}, {QDate(2025, 2, 1), 150}, {QDate(2025, 3, 1), 240}};
    const auto r = repo.create(c);
    QVERIFY2(r, qPrintable(r.message));
    auto stored = repo.get(c.meta.id);
    QVERIFY(stored);
    compareMeta(stored->meta, c.meta);
    QCOMPARE(stored->name, c.name);
    QCOMPARE(stored->kind, c.kind);
    QCOMPARE(stored->url, c.url);
    QCOMPARE(stored->sizes, c.sizes);
    QCOMPARE(repo.findByName(QStringLiteral("dev blog")), c.meta.id);
    QCOMPARE(repo.count(), 1);
    QVERIFY(repo.setSize(c.meta.id, {QDate(2025, 4, 1), 300}));
    stored = repo.get(c.meta.id);
    QCOMPARE(stored->sizes.size(), 4);
    QCOMPARE(stored->meta.rowVersion, 2);
    stored->url = QUrl();
    stored->sizes.removeFirst();
    QVERIFY(repo.update(*stored));
    QCOMPARE(repo.get(c.meta.id)->sizes.size(), 3);
    QVERIFY(repo.get(c.meta.id)->url.isEmpty());
    QCOMPARE(repo.list().size(), 1);
    QVERIFY(repo.remove(c.meta.id));
    QCOMPARE(repo.count(), 0);
}

void TestEntityRepositories::audiences()
{
    auto& repo = m_repo->audiences();
    Audience rule;
    rule.name = QStringLiteral("Active backend devs");
    rule.description = QStringLiteral("Backend people who came twice in 90 days");
    rule.kind = Audience::Kind::Rule;
    AudienceCondition role;
    role.field = QStringLiteral("role");
    role.value = QStringLiteral("backend");
    AudienceCondition attended;
    attended.kind = AudienceCondition::Kind::Behaviour;
    attended.activityType = QStringLiteral("attended");
    attended.op = AudienceCondition::Op::AtLeast;
    attended.minCount = 2;
    attended.withinDays = 90;
    rule.rule.conditions = {role, attended};
    auto r = repo.create(rule);
    QVERIFY2(r, qPrintable(r.message));
    auto stored = repo.get(rule.meta.id);
    QVERIFY(stored);
    compareMeta(stored->meta, rule.meta);
    QCOMPARE(stored->name, rule.name);
    QCOMPARE(stored->description, rule.description);
    QCOMPARE(stored->kind, rule.kind);
    QCOMPARE(stored->rule, rule.rule);

    const Person b = person(QStringLiteral("B"));
    const Person a = person(QStringLiteral("A"));
    Audience fixed;
    fixed.name = QStringLiteral("Speakers");
    fixed.kind = Audience::Kind::Static;
    fixed.members = {a.meta.id, b.meta.id};
    r = repo.create(fixed);
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(fixed.members, (QList<Uuid>{b.meta.id, a.meta.id})); // by key, as stored
    stored = repo.get(fixed.meta.id);
    QCOMPARE(stored->members, fixed.members);
    QCOMPARE(repo.findByName(QStringLiteral("SPEAKERS")), fixed.meta.id);
    QCOMPARE(repo.list().size(), 2);
    QVERIFY(repo.remove(fixed.meta.id));
    QCOMPARE(repo.count(), 1);
}

void TestEntityRepositories::momentsCampaignsGoals()
{
    auto& repo = m_repo->campaigns();
    CalendarMoment release;
    release.name = QStringLiteral("v3.0 release");
    release.kind = CalendarMoment::Kind::Release;
    release.starts = QDate(2025, 6, 1);
    release.ends = QDate(2025, 6, 14);
    QVERIFY(repo.create(release));
    auto m = repo.moment(release.meta.id);
    QVERIFY(m);
    compareMeta(m->meta, release.meta);
    QCOMPARE(m->name, release.name);
    QCOMPARE(m->kind, release.kind);
    QCOMPARE(m->starts, release.starts);
    QCOMPARE(m->ends, release.ends);

    Audience aud;
    aud.name = QStringLiteral("All");
    aud.kind = Audience::Kind::Static;
    QVERIFY(m_repo->audiences().create(aud));
    const Channel blog = channel(QStringLiteral("blog"));
    const Channel x = channel(QStringLiteral("x"));

    Campaign c;
    c.kind = CampaignKind::Hackathon;
    c.name = QStringLiteral("Summer Hack");
    c.owner = QStringLiteral("Priya");
    c.status = CampaignStatus::Active;
    c.starts = QDate(2025, 6, 2);
    c.ends = QDate(2025, 6, 4);
    c.targetAudiences = {aud.meta.id};
    c.channels = {x.meta.id, blog.meta.id};
    Goal g1;
    g1.metric = QStringLiteral("attended");
    g1.target = 300;
    g1.periodStart = c.starts;
    g1.periodEnd = c.ends;
    Goal g2 = g1;
    g2.metric = QStringLiteral("nps");
    g2.target = 40;
    c.goals = {g1, g2};
    c.budget = {5'000'00, QStringLiteral("EUR")};
    c.cost = {4'321'99, QStringLiteral("EUR")};
    c.moment = release.meta.id;
    c.notes = QStringLiteral("Pizza for 300");
    auto r = repo.create(c);
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(c.goals[0].campaign, c.meta.id);
    QVERIFY(!c.goals[1].meta.id.isNull());

    auto stored = repo.get(c.meta.id);
    QVERIFY(stored);
    compareMeta(stored->meta, c.meta);
    QCOMPARE(stored->kind, c.kind);
    QCOMPARE(stored->name, c.name);
    QCOMPARE(stored->owner, c.owner);
    QCOMPARE(stored->status, c.status);
    QCOMPARE(stored->starts, c.starts);
    QCOMPARE(stored->ends, c.ends);
    QCOMPARE(stored->targetAudiences, c.targetAudiences);
    QCOMPARE(stored->channels, c.channels);
    QCOMPARE(stored->channels.first(), blog.meta.id);
    QCOMPARE(stored->budget, c.budget);
    QCOMPARE(stored->cost, c.cost);
    QCOMPARE(stored->moment, c.moment);
    QCOMPARE(stored->notes, c.notes);
    QCOMPARE(stored->goals.size(), 2);
    for (int i = 0; i < 2; ++i) {
        compareMeta(stored->goals[i].meta, c.goals[i].meta);
        QCOMPARE(stored->goals[i].metric, c.goals[i].metric);
        QCOMPARE(stored->goals[i].target, c.goals[i].target);
        QCOMPARE(stored->goals[i].periodStart, c.goals[i].periodStart);
        QCOMPARE(stored->goals[i].periodEnd, c.goals[i].periodEnd);
        QCOMPARE(stored->goals[i].campaign, c.meta.id);
    }
    QCOMPARE(repo.findByName(QStringLiteral("summer hack")), c.meta.id);

    // A project-wide goal, and dropping a campaign goal on update.
    Goal global;
    global.metric = QStringLiteral("advocates");
    global.target = 50;
    global.periodStart = QDate(2025, 1, 1);
    global.periodEnd = QDate(2025, 12, 31);
    QVERIFY(repo.create(global));
    QCOMPARE(repo.goals().size(), 3);
    QCOMPARE(repo.goals(Uuid()).size(), 1);
    stored->goals.removeLast();
    stored->moment = Uuid();
    stored->starts = QDate();
    stored->ends = QDate();
    QVERIFY(repo.update(*stored));
    QCOMPARE(repo.goals(c.meta.id).size(), 1);
    QCOMPARE(repo.goalCount(), 2);
    QVERIFY(repo.get(c.meta.id)->moment.isNull());
    QVERIFY(!repo.get(c.meta.id)->starts.isValid());
    QCOMPARE(repo.get(c.meta.id)->meta.rowVersion, 2);
    global.target = 60;
    QVERIFY(repo.update(global));
    QCOMPARE(repo.goal(global.meta.id)->target, 60.0);

    // Mixed currencies cannot be stored in one row.
    Campaign mixed = c;
    mixed.meta = {};
    mixed.name = QStringLiteral("Mixed");
    mixed.goals.clear();
    mixed.cost.currency = QStringLiteral("USD");
    QCOMPARE(repo.create(mixed).error, StoreError::Invalid);

    QVERIFY(repo.removeMoment(release.meta.id));
    QCOMPARE(repo.momentCount(), 0);
    QVERIFY(repo.remove(c.meta.id));
    QCOMPARE(repo.count(), 0);
    QCOMPARE(repo.goalCount(), 1);
}

void TestEntityRepositories::seriesAndContent()
{
    auto& repo = m_repo->content();
    Series s;
    s.name = QStringLiteral("Rust in production");
    s.description = QStringLiteral("Five parts");
    QVERIFY(repo.create(s));
    const auto storedSeries = repo.series(s.meta.id);
    QVERIFY(storedSeries);
    compareMeta(storedSeries->meta, s.meta);
    QCOMPARE(storedSeries->description, s.description);
    QCOMPARE(repo.findSeriesByName(QStringLiteral("rust in production")), s.meta.id);

    const Person author1 = person(QStringLiteral("Zed"));
    const Person author2 = person(QStringLiteral("Amy"));
    const Channel blog = channel(QStringLiteral("blog"));
    const Channel yt = channel(QStringLiteral("youtube"));

    Content first;
    first.title = QStringLiteral("Part 1: ownership");
    first.kind = ContentKind::Article;
    first.authors = {author1.meta.id};
    first.series = s.meta.id;
    first.published = QDate(2025, 3, 3);
    QVERIFY(repo.create(first));

    Content c;
    c.title = QStringLiteral("Part 2: async");
    c.kind = ContentKind::Video;
    c.authors = {author1.meta.id, author2.meta.id}; // order of authors is kept
    c.series = s.meta.id;
    c.published = QDate(2025, 4, 1);
    Distribution d1;
    d1.channel = yt.meta.id;
    d1.url = QUrl(QStringLiteral("https://youtube.example/watch?v=abc"));
    d1.publishedAt = QDateTime(QDate(2025, 4, 1), QTime(12, 0), Qt::UTC);
    d1.snapshots = {{QDateTime(QDate(2025, 4, 2), QTime(0, 0), Qt::UTC), 100, 80, 10, 2, 5},
                    {QDateTime(QDate(2025, 4, 9), QTime(0, 0), Qt::UTC), 900, 700, 60, 12, 41}};
    Distribution d2;
    d2.channel = blog.meta.id;
    d2.url = QUrl(QStringLiteral("https://blog.example.org/async"));
    d2.publishedAt = QDateTime(QDate(2025, 4, 2), QTime(8, 30), Qt::UTC);
    c.distributions = {d1, d2};
    c.links = {{first.meta.id, QStringLiteral("previous")}};
    auto r = repo.create(c);
    QVERIFY2(r, qPrintable(r.message));

    auto stored = repo.get(c.meta.id);
    QVERIFY(stored);
    compareMeta(stored->meta, c.meta);
    QCOMPARE(stored->title, c.title);
    QCOMPARE(stored->kind, c.kind);
    QCOMPARE(stored->authors, c.authors);
    QCOMPARE(stored->series, c.series);
    QCOMPARE(stored->published, c.published);
    QCOMPARE(stored->links, c.links);
    QCOMPARE(stored->distributions.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(stored->distributions[i].channel, c.distributions[i].channel);
        QCOMPARE(stored->distributions[i].url, c.distributions[i].url);
        QCOMPARE(stored->distributions[i].publishedAt, c.distributions[i].publishedAt);
        QCOMPARE(stored->distributions[i].snapshots, c.distributions[i].snapshots);
    }
    QCOMPARE(repo.findByTitle(QStringLiteral("part 2: ASYNC")), c.meta.id);
    QCOMPARE(repo.findByUrl(QUrl(QStringLiteral("https://blog.example.org/async"))), c.meta.id);

    // Snapshots only grow.
    MetricSnapshot later{QDateTime(QDate(2025, 4, 16), QTime(0, 0), Qt::UTC), 1000, 800, 70, 13, 50};
    QVERIFY(repo.addSnapshot(c.meta.id, 0, later));
    MetricSnapshot shrinking = later;
    shrinking.at = later.at.addDays(1);
    shrinking.views = 10;
    QCOMPARE(repo.addSnapshot(c.meta.id, 0, shrinking).error, StoreError::Invalid);
    QCOMPARE(repo.get(c.meta.id)->distributions[0].snapshots.size(), 3);

    QCOMPARE(repo.list().size(), 2);
    QCOMPARE(repo.list().first().meta.id, first.meta.id);
    QVERIFY(repo.remove(first.meta.id));
    QVERIFY(repo.get(c.meta.id)->links.isEmpty());
    QVERIFY(repo.removeSeries(s.meta.id));
    QVERIFY(repo.get(c.meta.id)->series.isNull());
    QCOMPARE(repo.count(), 1);
}

void TestEntityRepositories::surveysAndResponses()
{
    auto& repo = m_repo->surveys();
    Campaign camp;
    camp.name = QStringLiteral("Meetup #12");
    camp.kind = CampaignKind::Meetup;
    QVERIFY(m_repo->campaigns().create(camp));

    Survey s;
    s.name = QStringLiteral("Meetup feedback");
    s.campaign = camp.meta.id;
    Question nps{Uuid::createV7(m_clock), QuestionKind::Nps, QStringLiteral("Recommend us?"), {}, 5, true};
    Question csat{Uuid::createV7(m_clock), QuestionKind::Csat, QStringLiteral("Satisfied?"), {}, 5, false};
    Question likert{Uuid::createV7(m_clock), QuestionKind::Likert, QStringLiteral("Talks were deep"),
                    {QStringLiteral("no"), QStringLiteral("meh"), QStringLiteral("ok"), QStringLiteral("yes"),
                     QStringLiteral("very"), QStringLiteral("hugely"), QStringLiteral("max")}, 7, false};
    Question single{Uuid::createV7(m_clock), QuestionKind::SingleChoice, QStringLiteral("Role?"),
                    {QStringLiteral("backend"), QStringLiteral("frontend")}, 5, false};
    Question multi{Uuid::createV7(m_clock), QuestionKind::MultiChoice, QStringLiteral("Topics?"),
                   {QStringLiteral("rust"), QStringLiteral("go"), QStringLiteral("zig")}, 5, false};
    Question text{Uuid::createV7(m_clock), QuestionKind::Text, QStringLiteral("Anything else?"), {}, 5, false};
    s.questions = {nps, csat, likert, single, multi, text};
    auto r = repo.create(s);
    QVERIFY2(r, qPrintable(r.message));
    auto stored = repo.get(s.meta.id);
    QVERIFY(stored);
    compareMeta(stored->meta, s.meta);
    QCOMPARE(stored->name, s.name);
    QCOMPARE(stored->campaign, s.campaign);
    QCOMPARE(stored->questions.size(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(stored->questions[i].id, s.questions[i].id);
        QCOMPARE(stored->questions[i].kind, s.questions[i].kind);
        QCOMPARE(stored->questions[i].text, s.questions[i].text);
        QCOMPARE(stored->questions[i].options, s.questions[i].options);
        QCOMPARE(stored->questions[i].scalePoints, s.questions[i].scalePoints);
        QCOMPARE(stored->questions[i].required, s.questions[i].required);
    }
    QCOMPARE(repo.findByName(QStringLiteral("meetup FEEDBACK")), s.meta.id);

    const Person p = person(QStringLiteral("Resp"));
    SurveyResponse named;
    named.survey = s.meta.id;
    named.person = p.meta.id;
    named.submittedAt = QDateTime(QDate(2025, 5, 5), QTime(20, 15, 3), Qt::UTC);
    named.answers = {{nps.id, 9, {}, {}}, {csat.id, 4, {}, {}}, {likert.id, 6, {}, {}},
                     {single.id, std::nullopt, {QStringLiteral("backend")}, {}},
                     {multi.id, std::nullopt, {QStringLiteral("rust"), QStringLiteral("zig")}, {}},
                     {text.id, std::nullopt, {}, QStringLiteral("More pizza — 请")}};
    r = repo.create(named);
    QVERIFY2(r, qPrintable(r.message));
    SurveyResponse anonymous;
    anonymous.survey = s.meta.id;
    anonymous.submittedAt = named.submittedAt.addSecs(-60);
    anonymous.answers = {{nps.id, 3, {}, {}}};
    QVERIFY(repo.create(anonymous));

    auto storedResponse = repo.response(named.meta.id);
    QVERIFY(storedResponse);
    compareMeta(storedResponse->meta, named.meta);
    QCOMPARE(storedResponse->survey, named.survey);
    QCOMPARE(storedResponse->person, named.person);
    QCOMPARE(storedResponse->submittedAt, named.submittedAt);
    QCOMPARE(storedResponse->answers, named.answers);
    const auto all = repo.responses(s.meta.id);
    QCOMPARE(all.size(), 2);
    QVERIFY(all[0].person.isNull()); // by time: the anonymous one came first
    QCOMPARE(all[1].answers, named.answers);
    int streamed = 0;
    QVERIFY(repo.forEachResponse([&](const SurveyResponse& resp) {
        streamed += int(resp.answers.size());
        return true;
    }));
    QCOMPARE(streamed, 7);
    QCOMPARE(repo.responseCount(), 2);
    QCOMPARE(repo.responseCount(s.meta.id), 2);

    // An answer out of range is refused.
    SurveyResponse bad = anonymous;
    bad.meta = {};
    bad.answers = {{nps.id, 11, {}, {}}};
    QCOMPARE(repo.create(bad).error, StoreError::Invalid);

    // Dropping a question keeps the other answers.
    stored->questions.removeLast();
    QVERIFY(repo.update(*stored));
    QCOMPARE(repo.response(named.meta.id)->answers.size(), 5);
    storedResponse = repo.response(named.meta.id);
    storedResponse->answers[0].number = 10;
    QVERIFY(repo.update(*storedResponse));
    QCOMPARE(repo.response(named.meta.id)->answers[0].number, std::optional<int>(10));

    QVERIFY(repo.removeResponse(anonymous.meta.id));
    QCOMPARE(repo.responseCount(), 1);
    QVERIFY(repo.remove(s.meta.id));
    QCOMPARE(repo.responseCount(), 0);
    QCOMPARE(repo.count(), 0);
}

void TestEntityRepositories::rewards()
{
    auto& repo = m_repo->rewards();
    const Person p = person(QStringLiteral("Winner"));
    Campaign camp;
    camp.name = QStringLiteral("Ambassadors");
    camp.kind = CampaignKind::AmbassadorProgram;
    QVERIFY(m_repo->campaigns().create(camp));
    Reward money;
    money.person = p.meta.id;
    money.kind = RewardKind::Money;
    money.value = 150.5;
    money.currency = QStringLiteral("EUR");
    money.reason = QStringLiteral("Best talk");
    money.date = QDate(2025, 9, 9);
    money.campaign = camp.meta.id;
    QVERIFY(repo.create(money));
    const auto stored = repo.get(money.meta.id);
    QVERIFY(stored);
    compareMeta(stored->meta, money.meta);
    QCOMPARE(stored->person, money.person);
    QCOMPARE(stored->kind, money.kind);
    QCOMPARE(stored->value, money.value);
    QCOMPARE(stored->currency, money.currency);
    QCOMPARE(stored->reason, money.reason);
    QCOMPARE(stored->date, money.date);
    QCOMPARE(stored->campaign, money.campaign);
    QVERIFY(stored->content.isNull());
    QCOMPARE(repo.listForPerson(p.meta.id).size(), 1);
    Reward points = money;
    points.meta = {};
    points.kind = RewardKind::Points;
    points.currency.clear();
    points.value = 10;
    QVERIFY(repo.create(points));
    QCOMPARE(repo.count(), 2);
    QVERIFY(repo.remove(points.meta.id));
    QCOMPARE(repo.list().size(), 1);
}

void TestEntityRepositories::conflictsAndValidation_data()
{
    QTest::addColumn<QString>("entity");
    for (const char* e : {"channel", "audience", "campaign", "moment", "goal", "series", "content", "survey", "reward"})
        QTest::newRow(e) << QString::fromLatin1(e);
}

void TestEntityRepositories::conflictsAndValidation()
{
    QFETCH(QString, entity);
    // Each entity: create, two copies, the first update wins, the second conflicts; an invalid
    // version of the record is refused.
    auto check = [&](auto record, auto& repo, auto mutate, auto invalidate) {
        QVERIFY(repo.create(record));
        auto mine = record;
        auto theirs = record;
        mutate(mine);
        QVERIFY(repo.update(mine));
        QCOMPARE(mine.meta.rowVersion, record.meta.rowVersion + 1);
        mutate(theirs);
        QCOMPARE(repo.update(theirs).error, StoreError::Conflict);
        auto bad = mine;
        invalidate(bad);
        const auto r = repo.update(bad);
        QCOMPARE(r.error, StoreError::Invalid);
        QVERIFY(!r.validation.isEmpty());
    };
    if (entity == QLatin1String("channel")) {
        Channel c;
        c.name = QStringLiteral("c");
        c.kind = QStringLiteral("blog");
        check(c, m_repo->channels(), [](Channel& x) { x.kind = QStringLiteral("x"); }, [](Channel& x) { x.name.clear(); });
    } else if (entity == QLatin1String("audience")) {
        Audience a;
        a.name = QStringLiteral("a");
        a.kind = Audience::Kind::Static;
        check(a, m_repo->audiences(), [](Audience& x) { x.description = QStringLiteral("d"); },
              [](Audience& x) { x.name.clear(); });
    } else if (entity == QLatin1String("campaign")) {
        Campaign c;
        c.name = QStringLiteral("c");
        check(c, m_repo->campaigns(), [](Campaign& x) { x.owner = QStringLiteral("o"); }, [](Campaign& x) {
            x.starts = QDate(2025, 2, 1);
            x.ends = QDate(2025, 1, 1);
        });
    } else if (entity == QLatin1String("moment")) {
        CalendarMoment m;
        m.name = QStringLiteral("m");
        m.starts = m.ends = QDate(2025, 1, 1);
        check(m, m_repo->campaigns(), [](CalendarMoment& x) { x.name = QStringLiteral("n"); },
              [](CalendarMoment& x) { x.starts = QDate(); });
    } else if (entity == QLatin1String("goal")) {
        Goal g;
        g.metric = QStringLiteral("attended");
        g.target = 1;
        g.periodStart = g.periodEnd = QDate(2025, 1, 1);
        check(g, m_repo->campaigns(), [](Goal& x) { x.target = 2; }, [](Goal& x) { x.metric.clear(); });
    } else if (entity == QLatin1String("series")) {
        Series s;
        s.name = QStringLiteral("s");
        check(s, m_repo->content(), [](Series& x) { x.description = QStringLiteral("d"); }, [](Series& x) { x.name.clear(); });
    } else if (entity == QLatin1String("content")) {
        Content c;
        c.title = QStringLiteral("t");
        c.authors = {person(QStringLiteral("Author")).meta.id};
        check(c, m_repo->content(), [](Content& x) { x.kind = ContentKind::Talk; }, [](Content& x) { x.authors.clear(); });
    } else if (entity == QLatin1String("survey")) {
        Survey s;
        s.name = QStringLiteral("s");
        s.questions = {{Uuid::createV7(m_clock), QuestionKind::Nps, QStringLiteral("q"), {}, 5, false}};
        check(s, m_repo->surveys(), [](Survey& x) { x.name = QStringLiteral("s2"); }, [](Survey& x) { x.questions.clear(); });
    } else if (entity == QLatin1String("reward")) {
        Reward r;
        r.person = person(QStringLiteral("Rewarded")).meta.id;
        r.date = QDate(2025, 1, 1);
        r.value = 1;
        check(r, m_repo->rewards(), [](Reward& x) { x.value = 2; }, [](Reward& x) { x.value = -1; });
    }
}

void TestEntityRepositories::missingReferencesAreRefused()
{
    Campaign c;
    c.name = QStringLiteral("c");
    c.channels = {Uuid::createV7(m_clock)};
    QCOMPARE(m_repo->campaigns().create(c).error, StoreError::NotFound);
    QCOMPARE(m_repo->campaigns().count(), 0);
    Content content;
    content.title = QStringLiteral("t");
    content.authors = {Uuid::createV7(m_clock)};
    QCOMPARE(m_repo->content().create(content).error, StoreError::NotFound);
    Reward r;
    r.person = Uuid::createV7(m_clock);
    r.date = QDate(2025, 1, 1);
    QCOMPARE(m_repo->rewards().create(r).error, StoreError::NotFound);
    SurveyResponse resp;
    resp.survey = Uuid::createV7(m_clock);
    resp.submittedAt = m_clock.now();
    QCOMPARE(m_repo->surveys().create(resp).error, StoreError::NotFound);
    Audience a;
    a.name = QStringLiteral("a");
    a.kind = Audience::Kind::Static;
    a.members = {Uuid::createV7(m_clock)};
    QCOMPARE(m_repo->audiences().create(a).error, StoreError::NotFound);
}

QTEST_GUILESS_MAIN(TestEntityRepositories)
#include "tst_repository_entities.moc"
