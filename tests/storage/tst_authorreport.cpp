// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuthorReport.h"
#include "core/storage/ContentLoopReader.h"
#include "core/storage/ProjectRepository.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/ContentFixture.h"
#include "tests/support/FixedClock.h"

#include <QSqlQuery>
#include <QTest>

using namespace rapport;
using storage::AuthorReport;
using storage::RewardTotal;
using Kind = model::RewardKind;

class TestAuthorReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pieceSnapshotsSumDistributions();
    void authorsListReachAndRewards();
    void summaryEqualsHandCount();
    void coauthorAndOutsider();
    void unknownPerson();

private:
    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<storage::ProjectRepository> m_repo;
    test::FixedClock m_clock;
    test::ContentFixture m_fixture;
};

void TestAuthorReport::initTestCase()
{
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->isOk(), qPrintable(m_database->error()));
    m_repo = std::make_unique<storage::ProjectRepository>(m_database->db(), m_clock);
    m_fixture.build(*m_repo);
}

void TestAuthorReport::cleanupTestCase()
{
    m_repo.reset();
    m_database.reset();
}

void TestAuthorReport::pieceSnapshotsSumDistributions()
{
    QString error;
    const engine::ContentLoopData data = storage::readContentLoopData(m_database->db(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(data.pieces.size(), size_t(3));
    const qint64 part1 = m_repo->content().keyOf(m_fixture.part1.meta.id);
    const qint64 ana = m_repo->people().keyOf(m_fixture.ana.meta.id);
    const qint64 bo = m_repo->people().keyOf(m_fixture.bo.meta.id);
    const auto piece = std::find_if(data.pieces.begin(), data.pieces.end(),
                                    [&](const engine::ContentPiece& p) { return p.key == part1; });
    QVERIFY(piece != data.pieces.end());
    QCOMPARE(piece->authors, (std::vector<std::int64_t>{ana, bo}));
    QSqlQuery series(m_database->db());
    QVERIFY(series.exec(QStringLiteral("SELECT key FROM series")) && series.next());
    QCOMPARE(piece->series, series.value(0).toLongLong());

    // Part 1: blog 01-11 (100), newsletter 01-15 (50), blog 01-20 (300): the piece reads
    // 100, then 100 + 50, then 300 + 50.
    std::vector<engine::ContentSnapshot> snapshots;
    for (const engine::ContentSnapshot& s : data.snapshots)
        if (s.content == part1)
            snapshots.push_back(s);
    QCOMPARE(snapshots.size(), size_t(3));
    QCOMPARE(snapshots[0].at, test::ContentFixture::at(1, 11).toSecsSinceEpoch());
    QCOMPARE(snapshots[0].totals, (engine::ContentMetrics{100, 50, 5, 2, 7}));
    QCOMPARE(snapshots[1].totals, (engine::ContentMetrics{150, 80, 6, 2, 10}));
    QCOMPARE(snapshots[2].totals, (engine::ContentMetrics{350, 150, 10, 4, 23}));

    // Views gained in [01-12, 01-18): the newsletter's 50.
    const engine::ContentLoop loop(data);
    const engine::DateRange range{test::ContentFixture::at(1, 12).toSecsSinceEpoch(),
                                  test::ContentFixture::at(1, 18).toSecsSinceEpoch()};
    QCOMPARE(loop.gained(part1, range).views, 50);
    QCOMPARE(data.links.size(), size_t(3));
    QCOMPARE(data.rewards.size(), size_t(5));
    QCOMPARE(data.rewards.front().at,
             QDateTime(QDate(2026, 1, 25), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

void TestAuthorReport::authorsListReachAndRewards()
{
    const AuthorReport report(m_database->db());
    QVERIFY2(report.error().isEmpty(), qPrintable(report.error()));
    const QList<storage::AuthorRow> authors = report.authors();
    QCOMPARE(authors.size(), 3); // Dara wrote nothing
    QCOMPARE(authors[0].name, QStringLiteral("Ana Lima"));
    QCOMPARE(authors[0].id, m_fixture.ana.meta.id);
    QCOMPARE(authors[0].pieces, 2);
    QCOMPARE(authors[0].metrics.views, test::ContentFixture::kAnaViews);
    QCOMPARE(authors[0].rewards, 3);
    QCOMPARE(authors[1].name, QStringLiteral("Bo Stern"));
    QCOMPARE(authors[1].metrics.views, test::ContentFixture::kBoViews);
    QCOMPARE(authors[1].rewards, 1);
    QCOMPARE(authors[2].name, QStringLiteral("Chen Wei"));
    QCOMPARE(authors[2].metrics.views, test::ContentFixture::kChenViews);
}

void TestAuthorReport::summaryEqualsHandCount()
{
    const AuthorReport report(m_database->db());
    const auto summary = report.summary(m_fixture.ana.meta.id);
    QVERIFY(summary);
    QCOMPARE(summary->name, QStringLiteral("Ana Lima"));
    QCOMPARE(summary->total.views, test::ContentFixture::kAnaViews);
    QCOMPARE(summary->total.reads, test::ContentFixture::kAnaReads);
    QCOMPARE(summary->total.onwardClicks, test::ContentFixture::kAnaOnwardClicks);

    QCOMPARE(summary->pieces.size(), 2);
    const storage::AuthorPiece& part1 = summary->pieces[0];
    QCOMPARE(part1.title, QStringLiteral("Part 1"));
    QCOMPARE(part1.series, QStringLiteral("Rust in production"));
    QCOMPARE(part1.coauthors, QStringList{QStringLiteral("Bo Stern")});
    QCOMPARE(part1.channels, (QStringList{QStringLiteral("Blog"), QStringLiteral("Newsletter")}));
    QCOMPARE(part1.metrics.views, 350);
    QCOMPARE(part1.rewards, (QList<RewardTotal>{{Kind::Money, QStringLiteral("USD"), 200, 1}}));
    QCOMPARE(summary->pieces[1].title, QStringLiteral("Part 2"));
    QCOMPARE(summary->pieces[1].metrics.views, 40);
    QVERIFY(summary->pieces[1].coauthors.isEmpty());

    QCOMPARE(summary->channels.size(), 2);
    QCOMPARE(summary->channels[0].name, QStringLiteral("Blog"));
    QCOMPARE(summary->channels[0].pieces, 2);
    QCOMPARE(summary->channels[0].metrics.views, 340);
    QCOMPARE(summary->channels[1].name, QStringLiteral("Newsletter"));
    QCOMPARE(summary->channels[1].pieces, 1);
    QCOMPARE(summary->channels[1].metrics.views, 50);

    QCOMPARE(summary->onwardLinks.size(), 2);
    QCOMPARE(summary->onwardLinks[0].fromTitle, QStringLiteral("Part 2"));
    QCOMPARE(summary->onwardLinks[0].toTitle, QStringLiteral("Field notes"));
    QCOMPARE(summary->onwardLinks[0].kind, QStringLiteral("related"));
    QVERIFY(!summary->onwardLinks[0].toOwnPiece);
    QCOMPARE(summary->onwardLinks[1].toTitle, QStringLiteral("Part 1"));
    QVERIFY(summary->onwardLinks[1].toOwnPiece);

    QCOMPARE(summary->rewards.size(), 3);
    QCOMPARE(summary->rewards[0].contentTitle, QStringLiteral("Part 1"));
    QCOMPARE(summary->rewards[2].kind, Kind::Points);
    QCOMPARE(summary->rewardTotals,
             (QList<RewardTotal>{
                 {Kind::Points, QString(), test::ContentFixture::kAnaPoints, 1},
                 {Kind::Money, QStringLiteral("USD"), test::ContentFixture::kAnaMoneyUsd, 2}}));
}

void TestAuthorReport::coauthorAndOutsider()
{
    const AuthorReport report(m_database->db());
    const auto bo = report.summary(m_fixture.bo.meta.id);
    QVERIFY(bo);
    QCOMPARE(bo->total.views, test::ContentFixture::kBoViews);
    QCOMPARE(bo->pieces.size(), 1);
    QCOMPARE(bo->pieces[0].coauthors, QStringList{QStringLiteral("Ana Lima")});
    QCOMPARE(bo->rewardTotals, (QList<RewardTotal>{{Kind::Swag, QStringLiteral("USD"), 25, 1}}));

    const auto dara = report.summary(m_fixture.dara.meta.id);
    QVERIFY(dara);
    QVERIFY(dara->pieces.isEmpty());
    QCOMPARE(dara->total, engine::ContentMetrics{});
    QVERIFY(dara->rewards.isEmpty());
}

void TestAuthorReport::unknownPerson()
{
    const AuthorReport report(m_database->db());
    QVERIFY(!report.summary(
        model::Uuid::fromString(QStringLiteral("01890000-0000-7000-8000-000000000099"))));
}

QTEST_GUILESS_MAIN(TestAuthorReport)
#include "tst_authorreport.moc"
