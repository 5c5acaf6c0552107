// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/DemoCommunity.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/ProjectSummary.h"
#include "core/storage/Transaction.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlRecord>
#include <QTest>

#include <set>

using namespace rapport;

namespace {

/** A digest of what was generated: people rows, identities and the activity segments. */
QByteArray digest(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db);
    for (const char* sql : {"SELECT id, display_name, company, role, country, timezone, consent_date FROM people ORDER BY key",
                            "SELECT person_key, kind, value FROM identities ORDER BY key",
                            "SELECT data FROM activity_segments ORDER BY key",
                            "SELECT id, person_key, submitted_at FROM survey_responses ORDER BY key",
                            "SELECT id, name, starts_on, budget_minor FROM campaigns ORDER BY key",
                            "SELECT id, title FROM content ORDER BY key"}) {
        q.exec(QString::fromLatin1(sql));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + q.value(i).toByteArray());
        }
    }
    return hash.result();
}

} // namespace

class TestDemoCommunity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sizes_data();
    void sizes();
    void smallCommunityIsBelievable();
    void deterministicBySeed();
    void refusesANonEmptyProject();
    void largeBenchmark();

private:
    test::FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<test::TestDatabase> m_small;
    io::DemoReport m_report;
};

void TestDemoCommunity::initTestCase()
{
    m_small = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_small->isOk(), qPrintable(m_small->error()));
    io::DemoOptions options;
    options.people = 2000;
    options.seed = 7;
    QString error;
    QVERIFY2(io::DemoCommunity(m_small->db(), m_clock).generate(options, &m_report, &error), qPrintable(error));
    qInfo("small demo: %lld people, %lld activities, %lld responses, %lld rewards, %lld content in %.2f s",
          m_report.people, m_report.activities, m_report.responses, m_report.rewards, m_report.content, m_report.seconds);
}

void TestDemoCommunity::sizes_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<qint64>("people");
    QTest::newRow("small") << QStringLiteral("small") << qint64(2'000);
    QTest::newRow("medium") << QStringLiteral("Medium") << qint64(50'000);
    QTest::newRow("large") << QStringLiteral("large") << qint64(1'000'000);
    QTest::newRow("number") << QStringLiteral("12345") << qint64(12'345);
    QTest::newRow("nonsense") << QStringLiteral("huge") << qint64(-1);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(-1);
}

void TestDemoCommunity::sizes()
{
    QFETCH(QString, size);
    QFETCH(qint64, people);
    io::DemoOptions options;
    QString error;
    const bool ok = io::DemoOptions::fromSize(size, &options, &error);
    QCOMPARE(ok, people > 0);
    if (ok)
        QCOMPARE(options.people, people);
    else
        QVERIFY(error.contains(size));
}

void TestDemoCommunity::smallCommunityIsBelievable()
{
    const QSqlDatabase db = m_small->db();
    storage::ProjectRepository repo(db, m_clock);
    QCOMPARE(m_report.people, 2000);
    QCOMPARE(repo.people().count(), 2000);
    const double perPerson = double(m_report.activities) / 2000.0;
    QVERIFY2(perPerson > 15 && perPerson < 26, qPrintable(QString::number(perPerson)));
    QCOMPARE(repo.activities().count(), m_report.activities);

    // Every person is valid, with a known timezone, and the community speaks many languages.
    std::set<QString> countries;
    int nonLatin = 0, withGithub = 0, consenting = 0;
    QVERIFY(repo.people().forEach([&](storage::RowKey, storage::RowKey, const model::Person& p) {
        const auto errors = model::validate(p);
        if (!errors.isEmpty())
            qWarning() << p.displayName << errors.first().field << errors.first().message;
        [&] { QVERIFY(errors.isEmpty()); }();
        countries.insert(p.country);
        if (p.displayName.front().unicode() > 0x2000)
            ++nonLatin;
        if (!p.identity(model::IdentityKind::GitHub).isEmpty())
            ++withGithub;
        if (p.consent.marketing)
            ++consenting;
        return true;
    }));
    QVERIFY(countries.size() >= 20);
    QVERIFY(nonLatin > 200);
    QVERIFY(withGithub > 1000 && withGithub < 1500);
    QVERIFY(consenting > 900 && consenting < 1300);

    // Every campaign kind, with channels, goals and (where it has a moment) a calendar moment.
    std::set<model::CampaignKind> kinds;
    int withMoment = 0;
    for (const model::Campaign& c : repo.campaigns().list()) {
        kinds.insert(c.kind);
        QVERIFY(!c.channels.isEmpty());
        QVERIFY(!c.goals.isEmpty());
        QVERIFY(c.budget.minorUnits > 0);
        withMoment += c.moment.isNull() ? 0 : 1;
    }
    QCOMPARE(kinds.size(), std::size_t(8));
    QVERIFY(withMoment >= 5);
    QCOMPARE(repo.campaigns().momentCount(), 8);

    // Funnel: each step reaches fewer people than the one before.
    const auto types = repo.activities().types();
    std::map<QString, qint64> perType;
    QVERIFY(repo.activities().forEachSegment([&](const storage::ActivitySpans& s) {
        for (std::size_t i = 0; i < s.size(); ++i)
            ++perType[types.value(s.type[i])];
        return true;
    }));
    qInfo() << "activities by type:" << perType;
    const QStringList funnel = {QStringLiteral("invited"), QStringLiteral("registered"), QStringLiteral("attended"),
                                QStringLiteral("responded")};
    for (int i = 1; i < funnel.size(); ++i)
        QVERIFY2(perType[funnel[i]] < perType[funnel[i - 1]], qPrintable(funnel[i]));
    QVERIFY(perType[QStringLiteral("responded")] > 0);
    QVERIFY(perType[QStringLiteral("spoke")] > 0 && perType[QStringLiteral("spoke")] < perType[QStringLiteral("attended")]);
    QVERIFY(perType[QStringLiteral("authored")] > 0);
    QVERIFY(perType[QStringLiteral("rewarded")] > 0);

    // Surveys: NPS answers in 0–10, some anonymous responses, all valid.
    QVERIFY(m_report.surveys >= 10);
    int anonymous = 0, npsAnswers = 0, detractors = 0, promoters = 0;
    for (const model::Survey& s : repo.surveys().list()) {
        QCOMPARE(s.questions.size(), 6);
        for (const model::SurveyResponse& r : repo.surveys().responses(s.meta.id)) {
            const auto errors = model::validate(r, s);
            [&] { QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message)); }();
            anonymous += r.person.isNull() ? 1 : 0;
            for (const model::Answer& a : r.answers) {
                if (a.question == s.questions[0].id) {
                    ++npsAnswers;
                    QVERIFY(a.number && *a.number >= 0 && *a.number <= 10);
                    detractors += *a.number <= 6 ? 1 : 0;
                    promoters += *a.number >= 9 ? 1 : 0;
                }
            }
        }
    }
    QCOMPARE(npsAnswers, m_report.responses);
    QVERIFY(anonymous > 0 && anonymous < m_report.responses / 3);
    QVERIFY(detractors > 0 && promoters > 0);

    // Content: valid (snapshots monotone), with authors, series and links; channels grow.
    QVERIFY(m_report.content >= 30);
    int linked = 0, inSeries = 0;
    for (const model::Content& c : repo.content().list()) {
        QVERIFY(model::validate(c).isEmpty());
        QVERIFY(!c.distributions.isEmpty());
        for (const model::Distribution& d : c.distributions) {
            for (qsizetype i = 1; i < d.snapshots.size(); ++i)
                QVERIFY(d.snapshots[i].views >= d.snapshots[i - 1].views && d.snapshots[i].at > d.snapshots[i - 1].at);
        }
        linked += c.links.isEmpty() ? 0 : 1;
        inSeries += c.series.isNull() ? 0 : 1;
    }
    QVERIFY(linked > 5);
    QVERIFY(inSeries > 5);
    for (const model::Channel& c : repo.channels().list()) {
        QVERIFY(model::validate(c).isEmpty());
        QVERIFY(c.sizes.size() > 6);
        QVERIFY(c.sizes.last().size > c.sizes.first().size);
    }
    QVERIFY(m_report.rewards > 0);
    QVERIFY(repo.rewards().list().first().value > 0);
    QVERIFY(!repo.audiences().get(repo.audiences().findByName(QStringLiteral("Speakers")))->members.isEmpty());
}

void TestDemoCommunity::deterministicBySeed()
{
    auto run = [&](quint64 seed) {
        test::TestDatabase db;
        io::DemoOptions options;
        options.people = 300;
        options.seed = seed;
        QString error;
        if (!io::DemoCommunity(db.db(), m_clock).generate(options, nullptr, &error))
            qWarning() << error;
        return digest(db.db());
    };
    const QByteArray a = run(42), b = run(42), c = run(43);
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestDemoCommunity::refusesANonEmptyProject()
{
    QString error;
    io::DemoOptions options;
    options.people = 10;
    QVERIFY(!io::DemoCommunity(m_small->db(), m_clock).generate(options, nullptr, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(storage::PeopleRepository(m_small->db(), m_clock).count(), 2000); // untouched
}

void TestDemoCommunity::largeBenchmark()
{
    // Off by default (tests stay fast): RAPPORT_DEMO_BENCH=large (or a number of people).
    const QString size = qEnvironmentVariable("RAPPORT_DEMO_BENCH");
    if (size.isEmpty())
        QSKIP("set RAPPORT_DEMO_BENCH=large to time the large demo");
    io::DemoOptions options;
    QVERIFY(io::DemoOptions::fromSize(size, &options));
    test::TestDatabase db;
    QString error;
    io::DemoReport report;
    QElapsedTimer timer;
    timer.start();
    {
        storage::Transaction transaction(db.db());
        QVERIFY2(io::DemoCommunity(db.db(), m_clock).generate(options, &report, &error), qPrintable(error));
        QVERIFY(transaction.commit(&error));
    }
    const double total = double(timer.elapsed()) / 1000.0;
    QElapsedTimer countTimer;
    countTimer.start();
    storage::ProjectSummary summary;
    QVERIFY(storage::ProjectSummary::compute(db.db(), &summary));
    const qint64 countMs = countTimer.elapsed();
    const qint64 fileSize = QFileInfo(db.path()).size();
    const qint64 segmentBytes = storage::ActivityStore(db.db()).segmentBytes();
    qInfo("%lld people, %lld identities, %lld activities, %lld responses, %lld rewards: generated in %.1f s "
          "(%.1f s with commit); file %.1f MB, segments %.1f MB = %.2f bytes/activity; summary in %lld ms",
          report.people, report.identities, report.activities, report.responses, report.rewards, report.seconds, total,
          double(fileSize) / 1e6, double(segmentBytes) / 1e6, double(segmentBytes) / double(report.activities), countMs);
}

QTEST_GUILESS_MAIN(TestDemoCommunity)
#include "tst_democommunity.moc"
