// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// GitHub sync against recorded API answers replayed on loopback: pagination, ETags,
// incremental cursors, undo as one step, rate limits, 5xx, cut connections, broken JSON,
// timeouts and cancel — a failure always leaves the project as it was.
#include "tests/sources/SyncFixture.h"

#include "core/model/Person.h"
#include "core/storage/ProjectRepository.h"

#include <QElapsedTimer>

using namespace rapport;
using namespace rapport::test;
using rapport::test::ReplayServer;

Q_DECLARE_METATYPE(rapport::test::ReplayServer::Response)

namespace {

std::map<QString, int> types(std::initializer_list<std::pair<const char*, int>> counts)
{
    std::map<QString, int> map;
    for (const auto& [name, n] : counts)
        map[QString::fromUtf8(name)] = n;
    return map;
}

ReplayServer::Response fault(ReplayServer::Response::Fault kind, const ReplayServer::Response& base = {})
{
    ReplayServer::Response r = base;
    r.fault = kind;
    return r;
}

} // namespace

class tst_github_sync : public QObject
{
    Q_OBJECT

private slots:
    void firstSyncFollowsPagesAndMapsEverything()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        f.serveGitHub();
        const sources::SourceConfig source = f.addGitHub();
        const sources::SyncOutcome outcome = f.sync(source);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        // alice, bob, carol, erin; dependabot[bot] and github-actions[bot] are not people.
        QCOMPARE(f.people(), 4);
        QCOMPARE(f.activityTypes(),
                 types({{"starred", 3}, {"posted", 1}, {"contributed", 1}, {"commented", 2}}));
        QCOMPARE(outcome.report.peopleCreated, 4);
        QCOMPARE(outcome.report.activitiesCreated, 7);
        QCOMPARE(outcome.report.skippedTotal, 2);
        QCOMPARE(outcome.requests, 5);
        // Both stargazer pages, with the star media type (it carries starred_at) and the token.
        const auto page2 = f.server.requestsFor(github::kStars2);
        QCOMPARE(page2.size(), 1);
        QCOMPARE(page2.first().headers.value("accept"), QByteArray("application/vnd.github.star+json"));
        for (const auto& request : f.server.requests())
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ghp_TESTtoken0123456789abcdef"));
        // One import-log entry: one undo step.
        const auto log = storage::ImportLog(f.db()).list();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().file, source.name);
        QCOMPARE(log.first().format, QStringLiteral("github-sync"));
    }

    void resyncIsConditionalIncrementalAndNeverDuplicates()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        f.serveGitHub();
        const sources::SourceConfig source = f.addGitHub();
        QVERIFY(f.sync(source).ok);
        f.server.clearRequests();
        // Since then: the issue lists are asked for from the newest update seen.
        f.server.add(github::kIssues + QStringLiteral("&since=2026-01-13T09:00:00Z"),
                     f.server.load(sourceFixture(QStringLiteral("github/issues.http"))));
        f.server.add(github::kComments + QStringLiteral("&since=2026-01-14T10:30:00Z"),
                     f.server.load(sourceFixture(QStringLiteral("github/comments.http"))));

        sources::SyncOutcome again = f.sync(source);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(f.people(), 4);
        QCOMPARE(f.activities(), 7);
        QCOMPARE(storage::ImportLog(f.db()).list().size(), 1); // nothing new: no undo step
        // Stargazers resume at the last page read, with its ETag: 304, page 1 is not asked for.
        QVERIFY(f.server.requestsFor(github::kStars1).isEmpty());
        const auto page2 = f.server.requestsFor(github::kStars2);
        QCOMPARE(page2.size(), 1);
        QCOMPARE(page2.first().headers.value("if-none-match"), QByteArray("W/\"st4rs-p2\""));
        QCOMPARE(f.server.requestsFor(github::kContributors).first().headers.value("if-none-match"),
                 QByteArray("W/\"c0ntr1b\""));
        QCOMPARE(again.notModified, 2);
        QCOMPARE(f.server.requestsFor(github::kIssues).size(), 0);
        QCOMPARE(f.server.requestsFor(github::kIssues + QStringLiteral("&since=2026-01-13T09:00:00Z")).size(), 1);

        // A new star on the last page: only it is added.
        f.server.clear(github::kStars2);
        f.server.add(github::kStars2, f.server.load(sourceFixture(QStringLiteral("github/stargazers-2-later.http"))));
        again = f.sync(source);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(f.people(), 5);
        QCOMPARE(f.activityTypes(),
                 types({{"starred", 4}, {"posted", 1}, {"contributed", 1}, {"commented", 2}}));
        QCOMPARE(again.report.activitiesCreated, 1);
        QCOMPARE(storage::ImportLog(f.db()).list().size(), 2);
    }

    void undoTakesTheWholeSyncBackWithItsCursors()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        const QString empty = f.snapshot();
        f.serveGitHub();
        const sources::SourceConfig source = f.addGitHub();
        const QString configured = f.snapshot();
        QVERIFY(f.sync(source).ok);
        QVERIFY(f.snapshot() != configured);

        storage::ImportLogEntry undone;
        QString error;
        QVERIFY2(storage::ImportLog(f.db()).undoLatest(&undone, &error), qPrintable(error));
        QCOMPARE(f.snapshot(), configured); // people, activities and the sync state
        QVERIFY(configured != empty);

        // With the cursors back, the next sync reads everything again (no 304s).
        f.server.clearRequests();
        const sources::SyncOutcome again = f.sync(source);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.notModified, 0);
        QCOMPARE(f.people(), 4);
        QCOMPARE(f.activities(), 7);
    }

    void syncMatchesPeopleAnImportAlreadyMade()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        f.serveGitHub();
        // Bob is known, by his handle, from before.
        model::Person bob;
        bob.meta = model::RecordMeta::create(f.clock);
        bob.displayName = QStringLiteral("Bob Builder");
        bob.identities = {{model::IdentityKind::GitHub, QStringLiteral("BOB")}};
        storage::ProjectRepository repo(f.db(), f.clock);
        QVERIFY(repo.people().create(bob));
        const sources::SyncOutcome outcome = f.sync(f.addGitHub());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(f.people(), 4);
        QCOMPARE(outcome.report.peopleCreated, 3);
        QCOMPARE(repo.people().get(bob.meta.id)->displayName, QStringLiteral("Bob Builder"));
    }

    void rateLimitsAreWaitedOut_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("429 Retry-After") << 429 << QByteArray("Retry-After");
        QTest::newRow("403 Retry-After") << 403 << QByteArray("Retry-After");
        QTest::newRow("403 X-RateLimit-Reset") << 403 << QByteArray("X-RateLimit-Reset");
    }
    void rateLimitsAreWaitedOut()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        SyncFixture f;
        QVERIFY(f.isOk());
        ReplayServer::Response limited =
            ReplayServer::json(R"({"message":"API rate limit exceeded for user ID 1001."})", status);
        if (header == "Retry-After") {
            limited.setHeader("Retry-After", "1");
        } else {
            limited.setHeader("X-RateLimit-Remaining", "0");
            limited.setHeader("X-RateLimit-Reset",
                              QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1));
        }
        f.server.add(github::kStars1, limited);
        f.serveGitHub(); // then the real answers
        QStringList said;
        f.options.status = [&](const QString& text) { said << text; };
        QElapsedTimer timer;
        timer.start();
        const sources::SyncOutcome outcome = f.sync(f.addGitHub());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY2(timer.elapsed() >= 900, "the sync did not wait for the rate limit");
        QCOMPARE(f.server.requestsFor(github::kStars1).size(), 2);
        QCOMPARE(f.activities(), 7);
        QVERIFY(!said.isEmpty() && said.first().contains(QStringLiteral("rate limit")));
    }

    void anAnswerThatSpendsTheBudgetPausesTheNextRequest()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        f.serveGitHub();
        ReplayServer::Response last = f.server.load(sourceFixture(QStringLiteral("github/contributors.http")));
        last.setHeader("X-RateLimit-Remaining", "0");
        // Reset times are whole seconds: two from now is at least one second away.
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 2;
        last.setHeader("X-RateLimit-Reset", QByteArray::number(reset));
        f.server.clear(github::kContributors);
        f.server.add(github::kContributors, last);
        const sources::SyncOutcome outcome = f.sync(f.addGitHub());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY2(QDateTime::currentMSecsSinceEpoch() >= reset * 1000, "the next request did not wait for the reset");
        QCOMPARE(f.server.requests().size(), 5); // waited, not refused
    }

    void aLongRateLimitFailsAndSaysUntilWhen()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        f.serveGitHub();
        ReplayServer::Response limited = ReplayServer::json(R"({"message":"API rate limit exceeded"})", 403);
        limited.setHeader("X-RateLimit-Remaining", "0");
        limited.setHeader("X-RateLimit-Reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600));
        f.server.clear(github::kStars2);
        f.server.add(github::kStars2, limited);
        const sources::SourceConfig source = f.addGitHub();
        const QString before = f.snapshot();
        f.options.api.maxWaitSeconds = 5;
        const sources::SyncOutcome outcome = f.sync(source);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QStringLiteral("rate limit")) && outcome.error.contains(source.name),
                 qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(QStringLiteral("unchanged")));
        QCOMPARE(f.snapshot(), before); // page 1 was read, but nothing of it was written
    }

    void failuresLeaveTheProjectAsItWas_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QList<ReplayServer::Response>>("answers");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("timeoutMs");
        using Fault = ReplayServer::Response::Fault;
        const ReplayServer::Response broken = ReplayServer::json("[{\"starred_at\": \"2026-01-07T08:15:00Z\", \"user\": {\"lo");
        QTest::newRow("5xx every time") << github::kStars2
            << QList<ReplayServer::Response>{ReplayServer::json(R"({"message":"Server Error"})", 502)}
            << QStringLiteral("HTTP 502") << 5000;
        QTest::newRow("connection cut mid-body") << github::kStars2
            << QList<ReplayServer::Response>{[] {
                   ReplayServer::Response r = ReplayServer::json(QByteArray(400, ' ') + "[]");
                   r.fault = ReplayServer::Response::Fault::CutBody;
                   r.cutAfter = 100;
                   return r;
               }()}
            << QStringLiteral("broke off") << 5000;
        QTest::newRow("closed without an answer") << github::kIssues
            << QList<ReplayServer::Response>{fault(Fault::CloseAtOnce)} << QStringLiteral("tried 4 times") << 5000;
        QTest::newRow("malformed JSON on the last page") << github::kStars2
            << QList<ReplayServer::Response>{broken} << QStringLiteral("not valid JSON") << 5000;
        QTest::newRow("not the expected shape") << github::kComments
            << QList<ReplayServer::Response>{ReplayServer::json(R"({"comments": []})")}
            << QStringLiteral("not a list of comments") << 5000;
        QTest::newRow("bad time in an item") << github::kStars2
            << QList<ReplayServer::Response>{ReplayServer::json(
                   R"([{"starred_at": "yesterday", "user": {"login": "x", "type": "User"}}])")}
            << QStringLiteral("yesterday") << 5000;
        QTest::newRow("no answer in time") << github::kComments
            << QList<ReplayServer::Response>{fault(Fault::NeverAnswer)} << QStringLiteral("no answer") << 300;
        QTest::newRow("token refused") << github::kContributors
            << QList<ReplayServer::Response>{ReplayServer::json(R"({"message":"Bad credentials"})", 401)}
            << QStringLiteral("Bad credentials") << 5000;
        QTest::newRow("repository not found") << github::kContributors
            << QList<ReplayServer::Response>{ReplayServer::json(R"({"message":"Not Found"})", 404)}
            << QStringLiteral("not found") << 5000;
    }
    void failuresLeaveTheProjectAsItWas()
    {
        QFETCH(QString, route);
        QFETCH(QList<ReplayServer::Response>, answers);
        QFETCH(QString, message);
        QFETCH(int, timeoutMs);
        SyncFixture f;
        QVERIFY(f.isOk());
        for (const auto& answer : answers)
            f.server.add(route, answer);
        f.serveGitHub(); // queued after the faults; the last answer repeats, so faults stay
        f.server.clear(route);
        for (const auto& answer : answers)
            f.server.add(route, answer);
        f.options.api.timeoutMs = timeoutMs;
        f.options.api.attempts = 4;
        const sources::SourceConfig source = f.addGitHub();
        const QString before = f.snapshot();
        const sources::SyncOutcome outcome = f.sync(source);
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.cancelled);
        qInfo().noquote() << outcome.error;
        QVERIFY2(outcome.error.contains(message), qPrintable(outcome.error));
        QVERIFY2(outcome.error.startsWith(source.name), qPrintable(outcome.error));
        QVERIFY(!outcome.error.contains(QStringLiteral("ghp_")));
        QCOMPARE(f.snapshot(), before);
        QVERIFY(!f.project().isReadOnly());
    }

    void transientFailuresAreRetried()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        ReplayServer::Response cut = ReplayServer::json(QByteArray(400, ' ') + "[]");
        cut.fault = ReplayServer::Response::Fault::CutBody;
        cut.cutAfter = 50;
        f.server.add(github::kStars1, ReplayServer::json("{}", 503));
        f.server.add(github::kStars1, cut);
        f.server.add(github::kStars1, ReplayServer::json("[{\"starred_at\": "));
        f.serveGitHub();
        const sources::SyncOutcome outcome = f.sync(f.addGitHub());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(f.server.requestsFor(github::kStars1).size(), 4);
        QCOMPARE(f.activities(), 7);
    }

    void cancelStopsAndChangesNothing()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        f.serveGitHub();
        ReplayServer::Response slow = ReplayServer::json("[]");
        slow.fault = ReplayServer::Response::Fault::NeverAnswer;
        f.server.clear(github::kIssues);
        f.server.add(github::kIssues, slow);
        const sources::SourceConfig source = f.addGitHub();
        const QString before = f.snapshot();
        QElapsedTimer timer;
        timer.start();
        double seen = 0;
        f.options.progress = [&](double share) {
            seen = qMax(seen, share);
            return timer.elapsed() < 300; // Cancel while the issues are awaited
        };
        const sources::SyncOutcome outcome = f.sync(source);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.cancelled);
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(seen > 0.2 && seen < 0.9);
        QVERIFY(outcome.error.contains(QStringLiteral("cancelled")));
        QCOMPARE(f.snapshot(), before);
    }

    void tokenProblemsAreSaidPlainly()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        f.serveGitHub();
        sources::SourceConfig source = f.addGitHub();
        f.secrets.setUnavailable(true);
        sources::SyncOutcome outcome = f.sync(source);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QStringLiteral("locked")), qPrintable(outcome.error));
        QVERIFY(f.server.requests().isEmpty()); // not tried without its token
        f.secrets.setUnavailable(false);
        f.secrets.remove(source.secretKey());
        outcome = f.sync(source);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QStringLiteral("not in the system keychain")), qPrintable(outcome.error));

        // A token never travels in clear text to another machine.
        source.baseUrl = QUrl(QStringLiteral("http://github.example.org/api/v3"));
        f.secrets.write(source.secretKey(), QStringLiteral("ghp_secret"));
        outcome = f.sync(source);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QStringLiteral("unencrypted")), qPrintable(outcome.error));
        QVERIFY(!outcome.error.contains(QStringLiteral("ghp_secret")));

        // Without a token, public data is read anonymously.
        source = f.addGitHub(QString());
        source.name = QStringLiteral("anonymous");
        QVERIFY(!source.hasToken);
        f.server.clearRequests();
        outcome = f.sync(source);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        for (const auto& request : f.server.requests())
            QVERIFY(!request.headers.contains("authorization"));
    }

    void linkHeadersAreParsed()
    {
        const QUrl base(QStringLiteral("https://api.github.com/repos/a/b/stargazers?page=3"));
        const auto links = sources::ApiClient::parseLinks(
            R"(<https://api.github.com/repos/a/b/stargazers?page=4>; rel="next", <https://api.github.com/repos/a/b/stargazers?page=9>; rel="last", </x?page=1>; rel=first)",
            base);
        QCOMPARE(links.value(QStringLiteral("next")).toString(),
                 QStringLiteral("https://api.github.com/repos/a/b/stargazers?page=4"));
        QCOMPARE(links.value(QStringLiteral("last")).toString(),
                 QStringLiteral("https://api.github.com/repos/a/b/stargazers?page=9"));
        QCOMPARE(links.value(QStringLiteral("first")).toString(), QStringLiteral("https://api.github.com/x?page=1"));
        QVERIFY(sources::ApiClient::parseLinks("", base).isEmpty());
    }

    void sourcesAreKeptInTheProject()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        sources::SourceConfig source = f.addGitHub();
        sources::SourceList list(f.db());
        QCOMPARE(list.list().size(), 1);
        QCOMPARE(list.find(QStringLiteral("github ACME"))->repositories, QStringList{QStringLiteral("acme/widget")});
        QCOMPARE(list.find(source.id.toString())->name, source.name);
        // Names are unique; repositories must look like owner/name.
        sources::SourceConfig other = source;
        other.id = model::Uuid::createV7(f.clock);
        QString error;
        QVERIFY(!list.save(other, &error));
        QVERIFY(error.contains(QStringLiteral("already")));
        other.name = QStringLiteral("Other");
        other.repositories = {QStringLiteral("not a repo")};
        QVERIFY(!list.save(other, &error));
        QCOMPARE(sources::SourceConfig::normalizeRepository(QStringLiteral("https://github.com/qt/qtbase.git")),
                 QStringLiteral("qt/qtbase"));
        QVERIFY(list.remove(source.id, &error));
        QVERIFY(list.list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_github_sync)
#include "tst_github_sync.moc"
