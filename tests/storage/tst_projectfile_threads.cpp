// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Long work off the UI thread: a second connection for a worker, and a project opened on a
// worker and handed over (ProjectFile::openSecondConnection, detach/attachConnection).
#include "core/storage/ProjectFile.h"
#include "tests/support/FixedClock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace rapport;

namespace {

qint64 countPeople(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM people")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

bool insertPerson(const QSqlDatabase& db, int n)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO people (id, created_at, updated_at, display_name) "
                             "VALUES (?, 0, 0, ?)"));
    q.addBindValue(QStringLiteral("00000000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    q.addBindValue(QStringLiteral("Person %1").arg(n));
    if (!q.exec())
        qWarning() << q.lastError().text();
    return !q.lastError().isValid();
}

/** Runs work on a new thread and waits for it. */
template <typename Work> void onWorker(Work work)
{
    std::unique_ptr<QThread> thread(QThread::create(work));
    thread->start();
    QVERIFY(thread->wait(30000));
}

} // namespace

class ProjectFileThreadsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secondConnectionWritesTheSameProject();
    void secondConnectionCannotSave();
    void openedOnAWorkerIsUsedHere();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::FixedClock m_clock;
    storage::ProjectEnvironment m_env;
};

void ProjectFileThreadsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_env.recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
    m_env.userName = QStringLiteral("tester");
    m_env.hostName = QStringLiteral("testhost");
    m_env.clock = &m_clock;
}

void ProjectFileThreadsTest::secondConnectionWritesTheSameProject()
{
    storage::FileResult result;
    auto file =
        storage::ProjectFile::create(m_dir->filePath(QStringLiteral("p.rapport")), m_env, &result);
    QVERIFY2(file, qPrintable(result.message));
    QVERIFY(!file->hasUnsavedChanges());

    bool written = false;
    onWorker([&] {
        storage::FileResult r;
        auto second = file->openSecondConnection(&r);
        if (!second)
            return;
        QSqlDatabase db = second->database();
        storage::Transaction transaction = second->transaction();
        written = insertPerson(db, 1) && insertPerson(db, 2) && transaction.commit();
    });
    QVERIFY(written);
    // The first connection reads what the second committed; only markModified() says so.
    QCOMPARE(countPeople(file->database()), 2);
    QVERIFY(!file->hasUnsavedChanges());
    file->markModified();
    QVERIFY(file->hasUnsavedChanges());

    // A rolled-back transaction on the second connection leaves nothing.
    onWorker([&] {
        auto second = file->openSecondConnection(nullptr);
        if (!second)
            return;
        storage::Transaction transaction = second->transaction();
        insertPerson(second->database(), 3);
    });
    QCOMPARE(countPeople(file->database()), 2);

    QVERIFY(file->save());
    storage::FileResult reopened;
    const QString path = file->path();
    file.reset();
    file = storage::ProjectFile::open(path, m_env, storage::OpenMode::ReadOnly,
                                      storage::RecoveryChoice::Ask, &reopened);
    QVERIFY2(file, qPrintable(reopened.message));
    QCOMPARE(countPeople(file->database()), 2);
}

void ProjectFileThreadsTest::secondConnectionCannotSave()
{
    auto file =
        storage::ProjectFile::create(m_dir->filePath(QStringLiteral("p.rapport")), m_env, nullptr);
    QVERIFY(file);
    auto second = file->openSecondConnection(nullptr);
    QVERIFY(second);
    QVERIFY(!second->isReadOnly());
    QCOMPARE(second->save().error, storage::FileError::ReadOnly);
    QCOMPARE(second->saveAs(m_dir->filePath(QStringLiteral("q.rapport"))).error,
             storage::FileError::ReadOnly);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("q.rapport"))));
    second.reset();
    // Closing the second connection leaves the project and its working copy alone.
    QVERIFY(insertPerson(file->database(), 1));
    QCOMPARE(countPeople(file->database()), 1);
}

void ProjectFileThreadsTest::openedOnAWorkerIsUsedHere()
{
    const QString path = m_dir->filePath(QStringLiteral("p.rapport"));
    {
        auto file = storage::ProjectFile::create(path, m_env, nullptr);
        QVERIFY(file);
        storage::Transaction transaction = file->transaction();
        QVERIFY(insertPerson(file->database(), 7));
        QVERIFY(transaction.commit());
        QVERIFY(file->save());
    }
    std::unique_ptr<storage::ProjectFile> file;
    storage::FileResult result;
    onWorker([&] {
        file = storage::ProjectFile::open(path, m_env, storage::OpenMode::ReadWrite,
                                          storage::RecoveryChoice::Ask, &result);
        if (file)
            file->detachConnection();
    });
    QVERIFY2(file, qPrintable(result.message));
    QVERIFY(!file->database().isValid()); // detached: nobody may use it until attached
    QVERIFY(file->attachConnection());
    QCOMPARE(countPeople(file->database()), 1);
    storage::Transaction transaction = file->transaction();
    QVERIFY(insertPerson(file->database(), 8));
    QVERIFY(transaction.commit());
    QVERIFY(file->hasUnsavedChanges());
    QVERIFY(file->save());
    QCOMPARE(countPeople(file->database()), 2);
}

QTEST_GUILESS_MAIN(ProjectFileThreadsTest)
#include "tst_projectfile_threads.moc"
