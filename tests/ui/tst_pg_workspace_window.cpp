// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Team workspaces in the window: two people open the same workspace on a real PostgreSQL
// server on loopback (each with their own local copy, keychain and settings), edit it at
// once through the undo stack, see each other's edits arrive, settle a conflict either way,
// and a viewer can read but the server refuses their changes.

#include "core/secrets/MemorySecretStore.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/RecordedEdit.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/ImportLog.h"
#include "core/workspace/Transfer.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceChangeLog.h"
#include "core/workspace/WorkspaceRoles.h"
#include "tests/support/CampaignFixture.h"
#include "tests/support/FixedClock.h"
#include "tests/support/PgTestServer.h"
#include "tests/ui/ScriptedPrompts.h"
#include "ui/ProjectController.h"
#include "ui/ProjectSession.h"
#include "ui/RecentFiles.h"
#include "ui/RecordedEditCommand.h"
#include "ui/import/ImportCommand.h"
#include "ui/import/ImportJob.h"
#include "ui/SessionEngine.h"
#include "ui/workspace/WorkspaceController.h"

#include <QAction>
#include <QFile>
#include <QPointer>
#include <QSqlError>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace rapport;
using workspace::WorkspaceAddress;

namespace {

/** One person at their desk: their own folders, settings, keychain and window controllers. */
struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    test::ScriptedPrompts prompts;
    secrets::MemorySecretStore keychain;
    std::unique_ptr<ui::RecentFiles> recent;
    std::unique_ptr<ui::ProjectController> projects;
    std::unique_ptr<ui::WorkspaceController> workspaces;
    QList<ui::WorkspaceLink::Choice> answers; // to conflicts, in order
    int conflictsAsked = 0;

    Desk(const QString& user, const model::Clock& clock)
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        recent = std::make_unique<ui::RecentFiles>(*settings);
        storage::ProjectEnvironment env;
        env.recoveryDir = dir.filePath(QStringLiteral("data/recovery"));
        env.userName = user;
        env.hostName = QStringLiteral("desk");
        env.clock = &clock;
        projects = std::make_unique<ui::ProjectController>(env, *recent, prompts);
        workspaces = std::make_unique<ui::WorkspaceController>(*projects, prompts, keychain, *settings, env,
                                                               dir.filePath(QStringLiteral("data/workspaces")), nullptr);
        workspaces->setConflictResolver([this](const workspace::SyncConflict&) {
            ++conflictsAsked;
            return answers.isEmpty() ? ui::WorkspaceLink::Choice::TakeTheirs : answers.takeFirst();
        });
    }
    ~Desk()
    {
        workspaces.reset();
        projects.reset();
    }
    ui::ProjectSession* session() const { return projects->session(); }
    storage::ProjectRepository repository(const model::Clock& clock) const
    {
        return storage::ProjectRepository(session()->file().database(), clock);
    }
};

/** Renames a campaign through the undo stack, as the Campaigns area does. */
bool rename(ui::ProjectSession& session, const model::Clock& clock, const model::Uuid& id, const QString& name,
            QString* error)
{
    auto command = std::make_unique<ui::RecordedEditCommand>(session, QStringLiteral("Rename campaign"));
    return ui::RecordedEditCommand::push(
        std::move(command),
        [&] {
            storage::ProjectRepository repo(session.file().database(), clock);
            std::optional<model::Campaign> campaign = repo.campaigns().get(id);
            if (!campaign)
                return storage::StoreResult::fail(storage::StoreError::NotFound, QStringLiteral("gone"));
            campaign->name = name;
            return repo.campaigns().update(*campaign);
        },
        error);
}

QString serverName(QSqlDatabase server, const model::Uuid& id)
{
    QSqlQuery q(server);
    q.prepare(QStringLiteral("SELECT name FROM campaigns WHERE id = ?"));
    q.addBindValue(id.toString());
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestPgWorkspaceWindow : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server = test::PgServer::fromEnvironment();
    test::FixedClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<test::PgTestDatabase> m_pg;
    test::CampaignFixture m_fixture;
    WorkspaceAddress m_address;
    int m_files = 0;

    /** A desk with the test's workspace open; null (the reason printed) if it would not open. */
    std::unique_ptr<Desk> deskAt(const QString& user)
    {
        auto desk = std::make_unique<Desk>(user, m_clock);
        if (desk->workspaces->openAddress(m_address, m_server.password, false))
            return desk;
        qWarning("%s cannot open the workspace: %s", qPrintable(user), qPrintable(desk->prompts.lastError));
        return nullptr;
    }

    QString name(const std::unique_ptr<Desk>& desk, const model::Uuid& id) const
    {
        std::optional<model::Campaign> c = desk->repository(m_clock).campaigns().get(id);
        return c ? c->name : QString();
    }

private slots:
    void init()
    {
        // A small project file, published to a fresh workspace.
        const QString file = m_dir.filePath(QStringLiteral("community-%1.rapport").arg(++m_files));
        {
            storage::ProjectEnvironment env;
            env.recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
            env.clock = &m_clock;
            storage::FileResult result;
            auto project = storage::ProjectFile::create(file, env, &result);
            QVERIFY2(project, qPrintable(result.message));
            test::addCampaignFixture(project->database(), m_clock, &m_fixture);
            QVERIFY(project->save());
        }
        m_pg = std::make_unique<test::PgTestDatabase>(m_server);
        QVERIFY2(m_pg->isOpen(), qPrintable(m_pg->error()));
        m_address.host = m_server.host;
        m_address.port = m_server.port;
        m_address.user = m_server.user;
        m_address.database = m_pg->name();
        m_address.tls = workspace::TlsMode::Disable;
        workspace::TransferReport report;
        const workspace::WorkspaceResult published =
            workspace::Transfer::publishFile(file, m_address, m_server.password, {}, &report);
        QVERIFY2(published, qPrintable(published.message));
    }
    void cleanup() { m_pg.reset(); }

    void opensAWorkspaceAndKeepsThePasswordInTheKeychain()
    {
        auto ana = std::make_unique<Desk>(QStringLiteral("ana"), m_clock);
        QVERIFY2(ana->workspaces->openAddress(m_address, m_server.password, true), qPrintable(ana->prompts.lastError));
        ui::ProjectSession* session = ana->session();
        QVERIFY(session);
        QVERIFY(session->isWorkspace());
        QVERIFY(!session->isReadOnly());
        QCOMPARE(session->fileName(), QStringLiteral("%1 on %2").arg(m_address.database, m_address.host));
        QVERIFY(!ana->projects->saveAction()->isEnabled()); // nothing to save: the server has every edit
        QCOMPARE(name(ana, m_fixture.spring), QStringLiteral("Spring meetup"));
        QCOMPARE(ana->keychain.read(m_address.secretKey()).value, m_server.password);
        QCOMPARE(ana->settings->value(QStringLiteral("workspace/lastAddress")).toString(), m_address.toUrl());
        QVERIFY(ana->workspaces->link());

        // The next time, the keychain gives the password.
        QVERIFY(ana->projects->closeProject());
        QVERIFY2(ana->workspaces->openAddress(m_address, QString(), false), qPrintable(ana->prompts.lastError));
        QVERIFY(ana->session()->isWorkspace());

        // A wrong password is the server's refusal, not kept, and no project is opened.
        auto bo = std::make_unique<Desk>(QStringLiteral("bo"), m_clock);
        QVERIFY(!bo->workspaces->openAddress(m_address, QStringLiteral("not-it"), true));
        QVERIFY2(bo->prompts.lastError.contains(QLatin1String("password authentication failed")),
                 qPrintable(bo->prompts.lastError));
        QVERIFY(!bo->session());
        QCOMPARE(bo->keychain.read(m_address.secretKey()).status, secrets::SecretStatus::NotFound);
    }

    void editsReachTheOtherEditorAndUndoToo()
    {
        auto ana = deskAt(QStringLiteral("ana"));
        auto bo = deskAt(QStringLiteral("bo"));
        QVERIFY(ana && bo);
        QSignalSpy boChanged(bo->session(), &ui::ProjectSession::contentChanged);

        QString error;
        QVERIFY2(rename(*ana->session(), m_clock, m_fixture.spring, QStringLiteral("Spring meetup (Berlin)"), &error),
                 qPrintable(error));
        QCOMPARE(serverName(m_pg->database(), m_fixture.spring), QStringLiteral("Spring meetup (Berlin)"));
        QVERIFY(!ana->session()->isModified());
        // Bo's window hears of it (LISTEN/NOTIFY) and his copy follows, without him doing anything.
        QTRY_COMPARE_WITH_TIMEOUT(name(bo, m_fixture.spring), QStringLiteral("Spring meetup (Berlin)"), 5000);
        QVERIFY(boChanged.size() >= 1);

        // Ana's undo is an edit like any other: it reaches the server and Bo.
        ana->session()->undoStack()->undo();
        QCOMPARE(serverName(m_pg->database(), m_fixture.spring), QStringLiteral("Spring meetup"));
        QTRY_COMPARE_WITH_TIMEOUT(name(bo, m_fixture.spring), QStringLiteral("Spring meetup"), 5000);
        ana->session()->undoStack()->redo();
        QTRY_COMPARE_WITH_TIMEOUT(name(bo, m_fixture.spring), QStringLiteral("Spring meetup (Berlin)"), 5000);

        // Bo's own edit of another campaign goes the other way.
        QVERIFY2(rename(*bo->session(), m_clock, m_fixture.autumn, QStringLiteral("Autumn conference 2026"), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(name(ana, m_fixture.autumn), QStringLiteral("Autumn conference 2026"), 5000);
    }

    void anotherEditorsChangesUpdateTheEngineWithoutALoad()
    {
        auto ana = deskAt(QStringLiteral("ana"));
        auto bo = deskAt(QStringLiteral("bo"));
        QVERIFY(ana && bo);
        ui::SessionEngine engine;
        engine.setThreads(1);
        QSignalSpy loads(&engine, &ui::SessionEngine::loadStarted);
        QSignalSpy ready(&engine, &ui::SessionEngine::ready);
        engine.setSession(bo->session());
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        QCOMPARE(loads.size(), 1);
        const std::size_t activitiesBefore = engine.data()->store.activityCount();
        const std::size_t peopleBefore = engine.data()->store.personCount();

        // Ana adds a newcomer who attended twice, and renames the campaign, as one edit.
        auto command = std::make_unique<ui::RecordedEditCommand>(*ana->session(), QStringLiteral("Add attendee"));
        QString error;
        QVERIFY2(ui::RecordedEditCommand::push(
                     std::move(command),
                     [&] {
                         storage::ProjectRepository repo(ana->session()->file().database(), m_clock);
                         model::Person nika;
                         nika.displayName = QStringLiteral("Nika");
                         nika.country = QStringLiteral("GE");
                         storage::StoreResult r = repo.people().create(nika);
                         if (!r)
                             return r;
                         const storage::RowKey key = repo.people().keyOf(nika.meta.id);
                         const std::int32_t attended = repo.activities().typeKey(QStringLiteral("attended"));
                         storage::ActivityColumns rows;
                         rows.push_back({key, attended, 1750000000, 0, 0, 0, 1});
                         rows.push_back({key, attended, 1752000000, 0, 0, 0, 1});
                         r = repo.activities().append(rows);
                         if (!r)
                             return r;
                         std::optional<model::Campaign> campaign = repo.campaigns().get(m_fixture.spring);
                         campaign->name = QStringLiteral("Spring meetup (sold out)");
                         return repo.campaigns().update(*campaign);
                     },
                     &error),
                 qPrintable(error));

        // Bo's figures follow within seconds, updated from the rows that changed: no load.
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() >= 2 && engine.data()->store.activityCount() == activitiesBefore + 2,
                                 10000);
        QCOMPARE(engine.data()->store.personCount(), peopleBefore + 1);
        QCOMPARE(loads.size(), 1);
        QVERIFY(engine.isCurrent());
        const storage::RowKey spring = bo->repository(m_clock).campaigns().keyOf(m_fixture.spring);
        QVERIFY(spring > 0);
        QCOMPARE(QString::fromStdString(engine.data()->store.campaigns().name(spring)),
                 QStringLiteral("Spring meetup (sold out)"));
        // And they are what a load of Bo's copy gives.
        std::optional<storage::EngineData> fresh =
            storage::EngineLoader(bo->session()->file().database(), 1).load(&error);
        QVERIFY2(fresh, qPrintable(error));
        QCOMPARE(engine.data()->store.activityCount(), fresh->store.activityCount());
        QCOMPARE(engine.data()->store.personCount(), fresh->store.personCount());

        // Bo's own edit still loads the engine again, as in a file.
        QVERIFY2(rename(*bo->session(), m_clock, m_fixture.autumn, QStringLiteral("Autumn"), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(loads.size(), 2, 10000);
        engine.setSession(nullptr);
    }

    void aLostConnectionIsOpenedAgain()
    {
        auto ana = deskAt(QStringLiteral("ana"));
        auto bo = deskAt(QStringLiteral("bo"));
        QVERIFY(ana && bo);
        bo->workspaces->link()->setPollInterval(300);

        // The server drops every other connection to the workspace (a restart, a network cut).
        {
            QSqlQuery q(m_pg->database());
            QVERIFY2(q.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                           "WHERE datname = current_database() AND pid <> pg_backend_pid()")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() >= 2, qPrintable(q.value(0).toString()));
        }
        QTest::qWait(200);

        // Ana's next edit opens her connection again and is sent, not lost.
        QString error;
        QVERIFY2(rename(*ana->session(), m_clock, m_fixture.spring, QStringLiteral("Spring meetup (moved)"), &error),
                 qPrintable(error));
        QCOMPARE(serverName(m_pg->database(), m_fixture.spring), QStringLiteral("Spring meetup (moved)"));
        QCOMPARE(ana->session()->undoStack()->count(), 1);
        // Bo edits nothing: his poll notices the loss, reconnects, reads Ana's change and
        // listens again, so the next one arrives by notification.
        QTRY_COMPARE_WITH_TIMEOUT(name(bo, m_fixture.spring), QStringLiteral("Spring meetup (moved)"), 10000);
        bo->workspaces->link()->setPollInterval(600000);
        QVERIFY2(rename(*ana->session(), m_clock, m_fixture.autumn, QStringLiteral("Autumn (moved)"), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(name(bo, m_fixture.autumn), QStringLiteral("Autumn (moved)"), 5000);
    }

    void anOutdatedCopyIsReadAgain()
    {
        auto ana = deskAt(QStringLiteral("ana"));
        auto bo = deskAt(QStringLiteral("bo"));
        QVERIFY(ana && bo);

        // The owner prunes the change log right after Ana's edit, before Bo read it: Bo's copy
        // cannot catch up from the log any more and is read again whole.
        QPointer<ui::ProjectSession> bosFirst = bo->session();
        QString error;
        QVERIFY2(rename(*ana->session(), m_clock, m_fixture.spring, QStringLiteral("Spring (pruned)"), &error),
                 qPrintable(error));
        qint64 removed = 0;
        QVERIFY2(workspace::WorkspaceChangeLog::prune(m_pg->database(), 0, &removed, &error), qPrintable(error));
        QVERIFY(removed >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(bosFirst.isNull(), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(bo->session() != nullptr, qPrintable(bo->prompts.lastError), 10000);
        QCOMPARE(name(bo, m_fixture.spring), QStringLiteral("Spring (pruned)"));
        QVERIFY(bo->session()->isWorkspace());
        // Ana had not read her own edit back from the log either: her next edit is refused
        // (nothing made), and her copy is read again too.
        QPointer<ui::ProjectSession> anasFirst = ana->session();
        QVERIFY(!rename(*ana->session(), m_clock, m_fixture.autumn, QStringLiteral("Autumn (after)"), &error));
        QVERIFY2(error.contains(QLatin1String("read again")), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(anasFirst.isNull(), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(ana->session() != nullptr, qPrintable(ana->prompts.lastError), 10000);
        QCOMPARE(name(ana, m_fixture.autumn), QStringLiteral("Autumn conference"));
        // Read after the horizon, the new copies follow the log as before.
        QVERIFY2(rename(*ana->session(), m_clock, m_fixture.autumn, QStringLiteral("Autumn (after)"), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(name(bo, m_fixture.autumn), QStringLiteral("Autumn (after)"), 5000);

        // Someone publishes another project over the workspace (--replace): both open copies
        // are read again and show it.
        const QString other = m_dir.filePath(QStringLiteral("replacement.rapport"));
        test::CampaignFixture replacement;
        {
            storage::ProjectEnvironment env;
            env.recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
            env.clock = &m_clock;
            storage::FileResult result;
            auto project = storage::ProjectFile::create(other, env, &result);
            QVERIFY2(project, qPrintable(result.message));
            test::addCampaignFixture(project->database(), m_clock, &replacement);
            QVERIFY(project->save());
        }
        anasFirst = ana->session();
        bosFirst = bo->session();
        workspace::PublishOptions replace;
        replace.replace = true;
        workspace::TransferReport report;
        const workspace::WorkspaceResult published =
            workspace::Transfer::publishFile(other, m_address, m_server.password, replace, &report);
        QVERIFY2(published, qPrintable(published.message));
        QTRY_VERIFY_WITH_TIMEOUT(anasFirst.isNull() && bosFirst.isNull(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ana->session() && bo->session(), 10000);
        QVERIFY(!bo->repository(m_clock).campaigns().get(m_fixture.spring));
        QVERIFY(bo->repository(m_clock).campaigns().get(replacement.spring));
        QVERIFY(ana->repository(m_clock).campaigns().get(replacement.spring));
        // And editing goes on.
        QVERIFY2(rename(*bo->session(), m_clock, replacement.spring, QStringLiteral("Spring, new"), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(name(ana, replacement.spring), QStringLiteral("Spring, new"), 5000);
    }

    void anImportReachesTheServerAndSoDoItsUndoAndRedo()
    {
        auto ana = deskAt(QStringLiteral("ana"));
        auto bo = deskAt(QStringLiteral("bo"));
        QVERIFY(ana && bo);
        const auto serverPeople = [this] {
            QSqlQuery q(m_pg->database());
            return q.exec(QStringLiteral("SELECT count(*) FROM people")) && q.next() ? q.value(0).toInt() : -1;
        };
        const auto people = [](const std::unique_ptr<Desk>& desk) {
            QSqlQuery q(desk->session()->file().database());
            return q.exec(QStringLiteral("SELECT count(*) FROM people")) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const int before = serverPeople();
        QVERIFY(before >= 0);

        // Ana imports a guest list the way the Import wizard does (worker, then publishNew, then the undo step).
        const QString csv = m_dir.filePath(QStringLiteral("guests.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("email,name,country\nada@example.org,Ada,GB\nlin@example.org,Lin,CN\nomar@example.org,Omar,EG\n");
        }
        io::FileImportOptions options;
        options.preset = QStringLiteral("people");
        QString error;
        QVERIFY2(ana->session()->publisher()->prepare(&error), qPrintable(error));
        const ui::ImportOutcome outcome =
            ui::runImportJob(ana->session()->file(), m_clock, csv, options, [](double) { return true; });
        QVERIFY2(outcome.ok, qPrintable(outcome.error.toString()));
        const storage::ImportLogEntry entry = storage::ImportLog(ana->session()->file().database()).list().back();
        QVERIFY2(ui::ImportCommand::publishNew(*ana->session(), entry, &error), qPrintable(error));
        ana->session()->undoStack()->push(new ui::ImportCommand(*ana->session(), entry, {}));
        QCOMPARE(serverPeople(), before + 3);
        QTRY_COMPARE_WITH_TIMEOUT(people(bo), qint64(before + 3), 5000);

        // Undo takes the three back on the server and from Bo; redo brings them again.
        ana->session()->undoStack()->undo();
        QCOMPARE(people(ana), qint64(before));
        QCOMPARE(serverPeople(), before);
        QTRY_COMPARE_WITH_TIMEOUT(people(bo), qint64(before), 5000);
        ana->session()->undoStack()->redo();
        QCOMPARE(serverPeople(), before + 3);
        QTRY_COMPARE_WITH_TIMEOUT(people(bo), qint64(before + 3), 5000);
        QCOMPARE(ana->session()->undoStack()->count(), 1);
        QVERIFY(!ana->session()->isModified());

        // An import the server refuses (here: someone took the key it gave its new person at
        // the same moment) is taken back in Ana's copy too, and she is told why.
        {
            const QString more = m_dir.filePath(QStringLiteral("more.csv"));
            QFile file(more);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("email,name\nzoe@example.org,Zoe\n");
            file.close();
            const ui::ImportOutcome second =
                ui::runImportJob(ana->session()->file(), m_clock, more, options, [](double) { return true; });
            QVERIFY2(second.ok, qPrintable(second.error.toString()));
        }
        const storage::RowKey zoe =
            ana->repository(m_clock).people().findKeyByIdentity(model::IdentityKind::Email, QStringLiteral("zoe@example.org"));
        QVERIFY(zoe > 0);
        {
            QSqlQuery q(m_pg->database());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO people (key, id, display_name, created_at, updated_at, "
                                           "row_version) SELECT %1, 'b0b0b0b0-0000-4000-8000-000000000001', "
                                           "'Bo''s guest', created_at, updated_at, 1 FROM people LIMIT 1")
                                .arg(zoe)),
                     qPrintable(q.lastError().text()));
        }
        const storage::ImportLogEntry refused = storage::ImportLog(ana->session()->file().database()).list().back();
        QVERIFY(refused.key != entry.key);
        QVERIFY(!ui::ImportCommand::publishNew(*ana->session(), refused, &error));
        QVERIFY2(error.contains(QLatin1String("taken back")), qPrintable(error));
        QVERIFY(storage::ImportLog(ana->session()->file().database()).list().back().key != refused.key);
        QVERIFY(ana->repository(m_clock)
                    .people()
                    .findByIdentity(model::IdentityKind::Email, QStringLiteral("zoe@example.org"))
                    .isNull());
        QCOMPARE(serverPeople(), before + 4); // the three, and Bo's guest
        QCOMPARE(ana->session()->undoStack()->count(), 1);
    }

    void aConflictIsPutToTheUserEitherWay()
    {
        for (const ui::WorkspaceLink::Choice choice :
             {ui::WorkspaceLink::Choice::KeepMine, ui::WorkspaceLink::Choice::TakeTheirs}) {
            auto ana = deskAt(QStringLiteral("ana"));
            auto bo = deskAt(QStringLiteral("bo"));
            QVERIFY(ana && bo);
            const QString before = name(bo, m_fixture.spring);

            // Bo's edit is made in his copy; before it reaches the server, Ana's lands there.
            storage::RecordedEdit bos;
            const storage::StoreResult made = storage::RecordedEdit::record(bo->session()->file(), [&] {
                storage::ProjectRepository repo(bo->session()->file().database(), m_clock);
                std::optional<model::Campaign> c = repo.campaigns().get(m_fixture.spring);
                c->name = QStringLiteral("Bo's name");
                return repo.campaigns().update(*c);
            }, &bos);
            QVERIFY2(made, qPrintable(made.message));
            QString error;
            QVERIFY2(rename(*ana->session(), m_clock, m_fixture.spring, QStringLiteral("Ana's name"), &error),
                     qPrintable(error));

            bo->answers = {choice};
            const ui::ChangePublisher::Outcome outcome = bo->workspaces->link()->publish(
                bos.forwardChanges(), ui::ChangePublisher::Step::Edit, QStringLiteral("Rename campaign"));
            QCOMPARE(bo->conflictsAsked, 1);
            if (choice == ui::WorkspaceLink::Choice::KeepMine) {
                QCOMPARE(outcome.kind, ui::ChangePublisher::Outcome::Kind::Published);
                QCOMPARE(serverName(m_pg->database(), m_fixture.spring), QStringLiteral("Bo's name"));
                QCOMPARE(name(bo, m_fixture.spring), QStringLiteral("Bo's name"));
                QTRY_COMPARE_WITH_TIMEOUT(name(ana, m_fixture.spring), QStringLiteral("Bo's name"), 5000);
            } else {
                QCOMPARE(outcome.kind, ui::ChangePublisher::Outcome::Kind::Replaced);
                QCOMPARE(serverName(m_pg->database(), m_fixture.spring), QStringLiteral("Ana's name"));
                QCOMPARE(name(bo, m_fixture.spring), QStringLiteral("Ana's name"));
            }
            QVERIFY(before != QStringLiteral("Ana's name"));
            // Nobody's copy drifted from the server.
            std::optional<model::Campaign> anas = ana->repository(m_clock).campaigns().get(m_fixture.spring);
            std::optional<model::Campaign> bos2 = bo->repository(m_clock).campaigns().get(m_fixture.spring);
            QTRY_COMPARE_WITH_TIMEOUT(ana->repository(m_clock).campaigns().get(m_fixture.spring)->meta.rowVersion,
                                      bos2->meta.rowVersion, 5000);
            Q_UNUSED(anas);
            cleanup();
            init();
        }
    }

    void aViewerReadsButTheServerRefusesTheirChanges()
    {
        QSqlQuery q(m_pg->database());
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE viewer_mei LOGIN PASSWORD 'mei-pw'")) || true);
        // Access the way a team grants it (rapport-cli workspace grant): membership of the
        // workspace's viewers group, which alone gives CONNECT and SELECT.
        {
            const workspace::WorkspaceResult granted = workspace::WorkspaceRoles::grantAccess(
                m_pg->database(), m_address, QStringLiteral("viewer_mei"), workspace::Role::Viewer);
            QVERIFY2(granted.ok, qPrintable(granted.message));
        }
        WorkspaceAddress asMei = m_address;
        asMei.user = QStringLiteral("viewer_mei");
        auto mei = std::make_unique<Desk>(QStringLiteral("mei"), m_clock);
        QVERIFY2(mei->workspaces->openAddress(asMei, QStringLiteral("mei-pw"), false), qPrintable(mei->prompts.lastError));
        QVERIFY(mei->session()->isWorkspace());
        QVERIFY(mei->session()->isReadOnly()); // the window offers no edits
        QCOMPARE(name(mei, m_fixture.spring), QStringLiteral("Spring meetup"));

        // Even an edit that gets past the window is refused by the server and taken back.
        QString error;
        QVERIFY(!rename(*mei->session(), m_clock, m_fixture.spring, QStringLiteral("Mei's name"), &error));
        QVERIFY2(error.contains(QLatin1String("may read this workspace but not change it")), qPrintable(error));
        QCOMPARE(serverName(m_pg->database(), m_fixture.spring), QStringLiteral("Spring meetup"));
        QCOMPARE(name(mei, m_fixture.spring), QStringLiteral("Spring meetup"));
        QCOMPARE(mei->session()->undoStack()->count(), 0);
        QVERIFY(workspace::WorkspaceRoles::revokeAccess(m_pg->database(), m_address, QStringLiteral("viewer_mei")).ok);
        QVERIFY(q.exec(QStringLiteral("DROP OWNED BY viewer_mei")));
    }
};

QTEST_MAIN(TestPgWorkspaceWindow)
#include "tst_pg_workspace_window.moc"
