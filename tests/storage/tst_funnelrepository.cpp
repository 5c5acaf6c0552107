// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FunnelRepository.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectMeta.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using model::FunnelDefinition;
using model::FunnelStepDefinition;
using storage::FunnelRepository;
using storage::SavedFunnel;
using storage::StoreError;

namespace {

FunnelDefinition signups(const QString& name)
{
    FunnelDefinition d;
    d.name = name;
    d.steps = {{QString(), {QStringLiteral("registered")}, {3}, {}},
               {QStringLiteral("Came"),
                {QStringLiteral("attended"), QStringLiteral("spoke")},
                {},
                {2, 5}}};
    d.windowSeconds = 7 * 86400;
    d.mode = FunnelDefinition::Mode::Strict;
    d.from = QDate(2025, 1, 1);
    d.breakdown = QStringLiteral("country");
    return d;
}

} // namespace

class TestFunnelRepository : public QObject
{
    Q_OBJECT

private slots:
    void projectMetaValues();
    void jsonRoundTrip();
    void malformedJson_data();
    void malformedJson();
    void saveListRenameRemove();
    void lifecycleDefaultsAndStored();
    void persistsAcrossReopening();

private:
    test::FixedClock m_clock;
};

void TestFunnelRepository::projectMetaValues()
{
    test::TestDatabase db;
    QVERIFY2(db.isOk(), qPrintable(db.error()));
    storage::ProjectMeta meta(db.db());
    QCOMPARE(meta.value(QStringLiteral("a.x")), std::nullopt);
    QVERIFY(meta.setValue(QStringLiteral("a.x"), QStringLiteral("1")));
    QVERIFY(meta.setValue(QStringLiteral("a.y"), QString()));
    QVERIFY(meta.setValue(QStringLiteral("b"), QStringLiteral("3")));
    QVERIFY(meta.setValue(QStringLiteral("a.x"), QStringLiteral("2"))); // replaces
    QCOMPARE(meta.value(QStringLiteral("a.x")), QStringLiteral("2"));
    QCOMPARE(meta.value(QStringLiteral("a.y")), QString());
    QCOMPARE(meta.names(QStringLiteral("a.")),
             (QStringList{QStringLiteral("a.x"), QStringLiteral("a.y")}));
    QVERIFY(meta.setValue(QStringLiteral("a.x"), std::nullopt));
    QVERIFY(meta.setValue(QStringLiteral("a.x"), std::nullopt)); // already gone: fine
    QCOMPARE(meta.names(QStringLiteral("a.")), QStringList{QStringLiteral("a.y")});
}

void TestFunnelRepository::jsonRoundTrip()
{
    const FunnelDefinition d = signups(QStringLiteral("Sign-ups"));
    FunnelDefinition back;
    QString error;
    QVERIFY2(FunnelDefinition::fromJson(d.toJson(), &back, &error), qPrintable(error));
    QCOMPARE(back, d);
    QVERIFY(
        FunnelDefinition::fromJson(FunnelDefinition::defaultLifecycle().toJson(), &back, &error));
    QCOMPARE(back, FunnelDefinition::defaultLifecycle());
    QCOMPARE(back.steps.size(), 4);
}

void TestFunnelRepository::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no steps") << QByteArray(R"({"name":"x"})");
    QTest::newRow("step not an object") << QByteArray(R"({"steps":[3]})");
    QTest::newRow("type not text") << QByteArray(R"({"steps":[{"types":[1]}]})");
    QTest::newRow("campaign not a key") << QByteArray(R"({"steps":[{"campaigns":["a"]}]})");
    QTest::newRow("negative window") << QByteArray(R"({"steps":[],"window":-1})");
    QTest::newRow("unknown mode") << QByteArray(R"({"steps":[],"mode":"sideways"})");
    QTest::newRow("bad date") << QByteArray(R"({"steps":[],"from":"1.2.2025"})");
}

void TestFunnelRepository::malformedJson()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!FunnelDefinition::fromJson(QJsonDocument::fromJson(json).object(), nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestFunnelRepository::saveListRenameRemove()
{
    test::TestDatabase db;
    QVERIFY2(db.isOk(), qPrintable(db.error()));
    FunnelRepository repo(db.db(), m_clock);
    QVERIFY(repo.list().isEmpty());

    SavedFunnel b{{}, signups(QStringLiteral("beta sign-ups"))};
    QVERIFY(repo.save(b));
    QVERIFY(!b.id.isNull());
    SavedFunnel a{{}, signups(QStringLiteral("  Alpha  "))};
    QVERIFY(repo.save(a));
    QCOMPARE(a.definition.name, QStringLiteral("Alpha")); // trimmed
    QCOMPARE(repo.list(), (QList<SavedFunnel>{a, b}));    // by name, case-insensitive
    QCOMPARE(repo.get(b.id), b);

    // Names are unique regardless of case; a definition must have a name and steps.
    SavedFunnel clash{{}, signups(QStringLiteral("ALPHA"))};
    QCOMPARE(repo.save(clash).error, StoreError::Duplicate);
    SavedFunnel nameless{{}, signups(QStringLiteral(" "))};
    QCOMPARE(repo.save(nameless).error, StoreError::Invalid);
    SavedFunnel empty{{}, FunnelDefinition{}};
    empty.definition.name = QStringLiteral("Empty");
    QCOMPARE(repo.save(empty).error, StoreError::Invalid);
    QCOMPARE(repo.list().size(), 2);

    // Saving again under the same id replaces it.
    b.definition.mode = FunnelDefinition::Mode::Unordered;
    QVERIFY(repo.save(b));
    QCOMPARE(repo.get(b.id)->definition.mode, FunnelDefinition::Mode::Unordered);
    QCOMPARE(repo.list().size(), 2);

    QVERIFY(repo.rename(b.id, QStringLiteral("Gamma")));
    QCOMPARE(repo.get(b.id)->definition.name, QStringLiteral("Gamma"));
    QCOMPARE(repo.get(b.id)->definition.steps, b.definition.steps);
    QCOMPARE(repo.rename(b.id, QStringLiteral("alpha")).error, StoreError::Duplicate);
    QCOMPARE(repo.rename(model::Uuid::createV7(m_clock), QStringLiteral("X")).error,
             StoreError::NotFound);

    QVERIFY(repo.remove(a.id));
    QCOMPARE(repo.remove(a.id).error, StoreError::NotFound);
    QCOMPARE(repo.list().size(), 1);
    QCOMPARE(repo.list().first().definition.name, QStringLiteral("Gamma"));

    // A row a newer version wrote that this one cannot read is skipped, not fatal.
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('funnel.saved.not-a-uuid', '{}'), "
                                  "('funnel.saved.%1', 'not json')")
                       .arg(model::Uuid::createV7(m_clock).toString())));
    QCOMPARE(repo.list().size(), 1);
}

void TestFunnelRepository::lifecycleDefaultsAndStored()
{
    test::TestDatabase db;
    QVERIFY2(db.isOk(), qPrintable(db.error()));
    FunnelRepository repo(db.db(), m_clock);
    QCOMPARE(repo.lifecycle(), FunnelDefinition::defaultLifecycle());
    FunnelDefinition mine = FunnelDefinition::defaultLifecycle();
    mine.steps[1].types = {QStringLiteral("attended")};
    mine.steps[1].campaigns = {7};
    mine.windowSeconds = 90 * 86400;
    QVERIFY(repo.setLifecycle(mine));
    QCOMPARE(repo.lifecycle(), mine);
    QVERIFY(repo.list().isEmpty()); // the lifecycle is not a saved funnel
    FunnelDefinition broken = mine;
    broken.steps.clear();
    QCOMPARE(repo.setLifecycle(broken).error, StoreError::Invalid);
    QVERIFY(repo.setLifecycle(std::nullopt));
    QCOMPARE(repo.lifecycle(), FunnelDefinition::defaultLifecycle());
}

void TestFunnelRepository::persistsAcrossReopening()
{
    QTemporaryDir dir;
    const storage::ProjectEnvironment env{dir.filePath(QStringLiteral("recovery")),
                                          QStringLiteral("ann"), QStringLiteral("host"), &m_clock};
    const QString path = dir.filePath(QStringLiteral("funnels.rapport"));
    SavedFunnel saved{{}, signups(QStringLiteral("Sign-ups"))};
    FunnelDefinition lifecycle = FunnelDefinition::defaultLifecycle();
    lifecycle.mode = FunnelDefinition::Mode::Unordered;
    {
        storage::FileResult result;
        auto file = storage::ProjectFile::create(path, env, &result);
        QVERIFY2(file, qPrintable(result.message));
        storage::Transaction transaction = file->transaction();
        FunnelRepository repo(file->database(), m_clock);
        QVERIFY(repo.save(saved));
        QVERIFY(repo.setLifecycle(lifecycle));
        QVERIFY(transaction.commit());
        QVERIFY(file->hasUnsavedChanges());
        QVERIFY(file->save());
    }
    storage::FileResult result;
    auto file = storage::ProjectFile::open(path, env, storage::OpenMode::ReadOnly,
                                           storage::RecoveryChoice::Ask, &result);
    QVERIFY2(file, qPrintable(result.message));
    FunnelRepository repo(file->database(), m_clock);
    QCOMPARE(repo.list(), QList<SavedFunnel>{saved});
    QCOMPARE(repo.lifecycle(), lifecycle);
}

QTEST_GUILESS_MAIN(TestFunnelRepository)
#include "tst_funnelrepository.moc"
