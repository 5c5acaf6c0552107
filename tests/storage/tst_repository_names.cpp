// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectRepository.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QTest>

using namespace rapport;

/** The (id, name) lists that pick lists read instead of whole records. */
class TestRepositoryNames : public QObject
{
    Q_OBJECT

private slots:
    void audienceAndChannelNamesByName();
};

void TestRepositoryNames::audienceAndChannelNamesByName()
{
    test::TestDatabase database;
    QVERIFY2(database.isOk(), qPrintable(database.error()));
    test::FixedClock clock;
    storage::ProjectRepository repo(database.db(), clock);
    QVERIFY(repo.audiences().names().isEmpty());

    QList<model::Uuid> audienceIds;
    for (const char* name : {"speakers", "Backend developers", "alumni"}) {
        model::Audience audience;
        audience.name = QString::fromUtf8(name);
        audience.kind = model::Audience::Kind::Static;
        QVERIFY(repo.audiences().create(audience));
        audienceIds << audience.meta.id;
    }
    const auto audiences = repo.audiences().names();
    QCOMPARE(audiences.size(), 3);
    QCOMPARE(audiences[0], std::make_pair(audienceIds[2], QStringLiteral("alumni")));
    QCOMPARE(audiences[1], std::make_pair(audienceIds[1], QStringLiteral("Backend developers")));
    QCOMPARE(audiences[2], std::make_pair(audienceIds[0], QStringLiteral("speakers")));

    model::Channel discord;
    discord.name = QStringLiteral("Discord server");
    discord.kind = QStringLiteral("discord");
    QVERIFY(repo.channels().create(discord));
    model::Channel blog;
    blog.name = QStringLiteral("blog");
    blog.kind = QStringLiteral("blog");
    QVERIFY(repo.channels().create(blog));
    const auto channels = repo.channels().names();
    QCOMPARE(channels.size(), 2);
    QCOMPARE(channels[0], std::make_pair(blog.meta.id, QStringLiteral("blog")));
    QCOMPARE(channels[1], std::make_pair(discord.meta.id, QStringLiteral("Discord server")));
}

QTEST_GUILESS_MAIN(TestRepositoryNames)
#include "tst_repository_names.moc"
