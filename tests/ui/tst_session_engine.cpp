// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/ProjectFixture.h"
#include "ui/ProjectSession.h"
#include "ui/SessionEngine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoCommand>
#include <QtTest>

#include <memory>

using rapport::ui::ProjectSession;
using rapport::ui::SessionEngine;

namespace {

// Adds people n = first … first + count − 1 (ProjectFixture's people); undo removes them.
class AddPeopleCommand : public QUndoCommand
{
public:
    AddPeopleCommand(rapport::storage::ProjectFile& file, int first, int count)
        : QUndoCommand(QStringLiteral("Add people")), m_file(file), m_first(first), m_count(count)
    {
    }
    void redo() override { rapport::test::addPeople(m_file, m_first, m_count); }
    void undo() override
    {
        rapport::storage::Transaction transaction = m_file.transaction();
        QSqlQuery q(m_file.database());
        for (int n = m_first; n < m_first + m_count; ++n) {
            const QString id =
                QStringLiteral("00000000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
            q.exec(QStringLiteral("DELETE FROM identities WHERE person_key = (SELECT key FROM "
                                  "people WHERE id = '%1')")
                       .arg(id));
            q.exec(QStringLiteral("DELETE FROM person_tags WHERE person_key = (SELECT key FROM "
                                  "people WHERE id = '%1')")
                       .arg(id));
            q.exec(QStringLiteral("DELETE FROM people WHERE id = '%1'").arg(id));
        }
        QVERIFY(transaction.commit());
    }

private:
    rapport::storage::ProjectFile& m_file;
    int m_first;
    int m_count;
};

std::size_t countedPeople(const SessionEngine& engine)
{
    return engine.data() ? engine.data()->store.countedPeople().count() : 0;
}

} // namespace

class TestSessionEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsOnAWorkerAndReportsReady();
    void reloadsAfterAnEditAndAfterUndo();
    void cancelStopsALoad();
    void cancelKeepsTheLastSnapshot();
    void closingTheSessionForgetsTheData();

private:
    std::unique_ptr<rapport::test::UiTestFolder> m_folder;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<SessionEngine> m_engine;
};

void TestSessionEngine::init()
{
    m_folder = std::make_unique<rapport::test::UiTestFolder>();
    const QString path = m_folder->path(QStringLiteral("engine.rapport"));
    rapport::test::makeProject(*m_folder, path, 30);
    rapport::storage::FileResult result;
    auto file = rapport::storage::ProjectFile::open(path, m_folder->environment(),
                                                    rapport::storage::OpenMode::ReadWrite,
                                                    rapport::storage::RecoveryChoice::Ask, &result);
    QVERIFY2(file, qPrintable(result.message));
    m_session = std::make_unique<ProjectSession>(std::move(file));
    m_engine = std::make_unique<SessionEngine>();
    m_engine->setReloadDelay(20);
    m_engine->setThreads(1);
}

void TestSessionEngine::cleanup()
{
    m_engine.reset();
    m_session.reset();
    m_folder.reset();
}

void TestSessionEngine::loadsOnAWorkerAndReportsReady()
{
    QSignalSpy started(m_engine.get(), &SessionEngine::loadStarted);
    QSignalSpy progress(m_engine.get(), &SessionEngine::progress);
    QSignalSpy ready(m_engine.get(), &SessionEngine::ready);
    m_engine->setSession(m_session.get());
    // setSession returned before the load ended: it runs on another thread.
    QCOMPARE(started.size(), 1);
    QVERIFY(m_engine->isLoading());
    QVERIFY(!m_engine->isCurrent());
    QVERIFY(!m_engine->data());

    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.size(), 1);
    QVERIFY(!m_engine->isLoading());
    QVERIFY(m_engine->isCurrent());
    QVERIFY(m_engine->lastError().isEmpty());
    QCOMPARE(countedPeople(*m_engine), std::size_t(30));
    QCOMPARE(m_engine->data()->report.people, 30);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 100);
}

void TestSessionEngine::reloadsAfterAnEditAndAfterUndo()
{
    QSignalSpy ready(m_engine.get(), &SessionEngine::ready);
    m_engine->setSession(m_session.get());
    QVERIFY(ready.wait(5000));
    const SessionEngine::Data before = m_engine->data();

    m_session->undoStack()->push(new AddPeopleCommand(m_session->file(), 100, 5));
    QVERIFY(!m_engine->isCurrent()); // the snapshot lags until the reload
    QCOMPARE(countedPeople(*m_engine), std::size_t(30));
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.size(), 2);
    QVERIFY(m_engine->isCurrent());
    QCOMPARE(countedPeople(*m_engine), std::size_t(35));
    // Whoever held the old snapshot still has it, unchanged.
    QCOMPARE(before->store.countedPeople().count(), std::size_t(30));

    m_session->undoStack()->undo();
    QVERIFY(ready.wait(5000));
    QCOMPARE(countedPeople(*m_engine), std::size_t(30));

    // Edits in quick succession make one reload, after they pause.
    m_engine->setReloadDelay(200);
    QSignalSpy started(m_engine.get(), &SessionEngine::loadStarted);
    m_session->undoStack()->redo();
    m_session->undoStack()->push(new AddPeopleCommand(m_session->file(), 200, 2));
    QVERIFY(ready.wait(5000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(countedPeople(*m_engine), std::size_t(37));
}

void TestSessionEngine::cancelStopsALoad()
{
    QSignalSpy ready(m_engine.get(), &SessionEngine::ready);
    QSignalSpy cancelled(m_engine.get(), &SessionEngine::loadCancelled);
    m_engine->setSession(m_session.get());
    QVERIFY(m_engine->isLoading());
    m_engine->cancel();
    QVERIFY(cancelled.wait(5000));
    QVERIFY(!m_engine->isLoading());
    QTest::qWait(100);
    QCOMPARE(ready.size(), 0);
    QVERIFY(!m_engine->data());
    QVERIFY(!m_engine->isCurrent());

    // A later reload works.
    m_engine->reload();
    QVERIFY(ready.wait(5000));
    QCOMPARE(countedPeople(*m_engine), std::size_t(30));
}

void TestSessionEngine::cancelKeepsTheLastSnapshot()
{
    QSignalSpy ready(m_engine.get(), &SessionEngine::ready);
    QSignalSpy cancelled(m_engine.get(), &SessionEngine::loadCancelled);
    m_engine->setSession(m_session.get());
    QVERIFY(ready.wait(5000));

    m_session->undoStack()->push(new AddPeopleCommand(m_session->file(), 100, 5));
    m_engine->reload(); // now, instead of after the pause
    QVERIFY(m_engine->isLoading());
    m_engine->cancel(); // also the reload the edit scheduled
    QVERIFY(cancelled.wait(5000));
    QTest::qWait(150);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(countedPeople(*m_engine), std::size_t(30));
    QVERIFY(!m_engine->isCurrent());
}

void TestSessionEngine::closingTheSessionForgetsTheData()
{
    QSignalSpy ready(m_engine.get(), &SessionEngine::ready);
    m_engine->setSession(m_session.get());
    QVERIFY(ready.wait(5000));
    m_session->undoStack()->push(new AddPeopleCommand(m_session->file(), 100, 5));
    m_engine->reload();
    m_engine->setSession(nullptr); // cancels and waits for the running load
    QVERIFY(!m_engine->isLoading());
    QVERIFY(!m_engine->data());
    QTest::qWait(100);
    QCOMPARE(ready.size(), 1);

    // Deleting the session while loading leaves nothing behind.
    m_engine->setSession(m_session.get());
    QVERIFY(m_engine->isLoading());
    m_session.reset();
    QVERIFY(!m_engine->isLoading());
    QVERIFY(!m_engine->session());
    QTest::qWait(100);
    QCOMPARE(ready.size(), 1);
}

QTEST_MAIN(TestSessionEngine)
#include "tst_session_engine.moc"
