// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Discourse sync against recorded forum answers replayed on loopback: the user directory
// (paged), the latest posts (paged by id), likes per user; incremental re-sync; a malformed
// page leaves the project as it was.
#include "tests/sources/SyncFixture.h"

using namespace rapport;
using namespace rapport::test;

namespace {

const QString kDirectory0 = QStringLiteral("/directory_items.json?period=all&order=post_count");
const QString kDirectory1 = QStringLiteral("/directory_items.json?order=post_count&page=1&period=all");
const QString kPosts = QStringLiteral("/posts.json");
const QString kPostsBefore10 = QStringLiteral("/posts.json?before=10");
const QString kPostsBefore9 = QStringLiteral("/posts.json?before=9");
QString likes(const QString& user, int offset)
{
    return QStringLiteral("/user_actions.json?username=%1&filter=1&offset=%2").arg(user).arg(offset);
}

} // namespace

class tst_discourse_sync : public QObject
{
    Q_OBJECT

    void serve(SyncFixture& f)
    {
        const auto load = [&](const char* name) {
            return f.server.load(sourceFixture(QStringLiteral("discourse/") + QString::fromLatin1(name)));
        };
        f.server.add(kDirectory0, load("directory-0.http"));
        f.server.add(kDirectory1, load("directory-1.http"));
        f.server.add(kPosts, load("posts.http"));
        f.server.add(kPostsBefore10, load("posts-before-10.http"));
        f.server.add(kPostsBefore9, load("posts-empty.http"));
        f.server.add(likes(QStringLiteral("zoe"), 0), load("likes-zoe.http"));
        f.server.add(likes(QStringLiteral("zoe"), 2), load("likes-empty.http"));
        f.server.add(likes(QStringLiteral("xia"), 0), load("likes-xia.http"));
        f.server.add(likes(QStringLiteral("xia"), 1), load("likes-empty.http"));
    }

    sources::SourceConfig addForum(SyncFixture& f, const QString& key = {})
    {
        sources::SourceConfig source;
        source.id = model::Uuid::createV7(f.clock);
        source.kind = sources::SourceKind::Discourse;
        source.name = QStringLiteral("Forum");
        source.baseUrl = f.server.baseUrl();
        source.apiUser = QStringLiteral("rapport-bot");
        source.hasToken = !key.isEmpty();
        if (source.hasToken)
            f.secrets.write(source.secretKey(), key);
        QString error;
        if (!sources::SourceList(f.db()).save(source, &error))
            qWarning() << error;
        return source;
    }

private slots:
    void usersPostsAndLikes()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        serve(f);
        const sources::SourceConfig source = addForum(f, QStringLiteral("d1sc0urse-api-key"));
        const sources::SyncOutcome outcome = f.sync(source);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(f.people(), 3); // zoe, yan, xia; the system account is not a person
        std::map<QString, int> expected{{QStringLiteral("posted"), 3}, {QStringLiteral("liked"), 3}};
        QCOMPARE(f.activityTypes(), expected);
        QCOMPARE(outcome.report.skippedTotal, 2); // system in the directory and as a poster
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM people WHERE display_name = 'Zoë Müller' "
                                        "AND role = 'Leader' AND source = 'discourse'")),
                 1);
        // The API key and its user went along; yan gave no likes and was not asked about.
        for (const auto& request : f.server.requests()) {
            QCOMPARE(request.headers.value("api-key"), QByteArray("d1sc0urse-api-key"));
            QCOMPARE(request.headers.value("api-username"), QByteArray("rapport-bot"));
        }
        QVERIFY(f.server.requestsFor(likes(QStringLiteral("yan"), 0)).isEmpty());
        QCOMPARE(storage::ImportLog(f.db()).list().size(), 1);
        QCOMPARE(storage::ImportLog(f.db()).list().first().format, QStringLiteral("discourse-sync"));
    }

    void resyncReadsOnlyWhatIsNew()
    {
        SyncFixture f;
        QVERIFY(f.isOk());
        serve(f);
        const sources::SourceConfig source = addForum(f);
        QVERIFY(f.sync(source).ok);
        f.server.clearRequests();
        const sources::SyncOutcome again = f.sync(source);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(f.people(), 3);
        QCOMPARE(f.activities(), 6);
        // The newest posts page reaches post 12, already read: no older pages.
        QVERIFY(f.server.requestsFor(kPostsBefore10).isEmpty());
        // Likes stop at the newest one seen before.
        QVERIFY(f.server.requestsFor(likes(QStringLiteral("zoe"), 2)).isEmpty());
        QCOMPARE(again.notModified, 2); // both directory pages by ETag
        QCOMPARE(storage::ImportLog(f.db()).list().size(), 1);
        // Anonymous: no key sent.
        for (const auto& request : f.server.requests())
            QVERIFY(!request.headers.contains("api-key"));
    }

    void aMalformedPageLeavesTheProjectAsItWas_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("directory not a directory") << kDirectory1 << QByteArray(R"({"users": []})")
                                                   << QStringLiteral("no directory_items");
        QTest::newRow("posts cut short") << kPostsBefore10 << QByteArray("{\"latest_posts\":[{\"id\":9,\"username\":\"x")
                                         << QStringLiteral("not valid JSON");
        QTest::newRow("likes with a bad time") << likes(QStringLiteral("xia"), 0)
                                               << QByteArray(R"({"user_actions":[{"created_at":"soon","acting_username":"xia"}]})")
                                               << QStringLiteral("soon");
    }
    void aMalformedPageLeavesTheProjectAsItWas()
    {
        QFETCH(QString, route);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        SyncFixture f;
        QVERIFY(f.isOk());
        serve(f);
        f.server.clear(route);
        f.server.add(route, ReplayServer::json(body));
        f.options.api.attempts = 2;
        const sources::SourceConfig source = addForum(f);
        const QString before = f.snapshot();
        const sources::SyncOutcome outcome = f.sync(source);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(message) && outcome.error.startsWith(QStringLiteral("Forum: ")),
                 qPrintable(outcome.error));
        QCOMPARE(f.snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(tst_discourse_sync)
#include "tst_discourse_sync.moc"
