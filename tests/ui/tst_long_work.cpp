// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Long work runs off the UI thread: opening a project and making a demo community, with a
// progress dialog and Cancel.
#include "tests/ui/ProjectFixture.h"
#include "tests/ui/ScriptedPrompts.h"
#include "ui/BackgroundTask.h"
#include "ui/MainWindow.h"
#include "ui/people/PeopleView.h"
#include "ui/ProjectController.h"
#include "ui/ProjectSession.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace rapport;
using test::ScriptedPrompts;

class TestLongWork : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backgroundTaskReportsAndCancels();
    void openingKeepsTheWindowAnswering();
    void demoProjectHasTheRequestedPeople();
    void cancellingTheDemoLeavesNothing();

private:
    ui::ProjectSession* session() const { return m_window->controller()->session(); }

    std::unique_ptr<test::UiTestFolder> m_folder;
    std::unique_ptr<QSettings> m_settings;
    ScriptedPrompts m_prompts;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestLongWork::init()
{
    m_folder = std::make_unique<test::UiTestFolder>();
    m_settings = std::make_unique<QSettings>(m_folder->path(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_prompts = ScriptedPrompts();
    m_window = std::make_unique<ui::MainWindow>(m_folder->environment(), *m_settings, &m_prompts);
    m_window->show();
}

void TestLongWork::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_folder.reset();
}

void TestLongWork::backgroundTaskReportsAndCancels()
{
    ui::BackgroundTask task;
    QList<double> shares;
    connect(&task, &ui::BackgroundTask::progressChanged, this,
            [&shares](double share) { shares << share; });
    Qt::HANDLE worker = nullptr;
    task.start([&worker](const ui::BackgroundTask::Progress& progress) {
        worker = QThread::currentThreadId();
        for (int i = 0; i <= 10; ++i)
            progress(i / 10.0);
    });
    QVERIFY(task.isRunning());
    task.waitForFinished();
    QVERIFY(!task.isRunning());
    QVERIFY(worker && worker != QThread::currentThreadId());
    QCOMPARE(shares.size(), 11);
    QCOMPARE(shares.last(), 1.0);
    QVERIFY(!task.isCancelled());

    // Cancelled: the work hears it the next time it reports.
    std::atomic<bool> go{false};
    int reports = 0;
    bool stopped = false;
    task.start([&](const ui::BackgroundTask::Progress& progress) {
        while (!go)
            QThread::msleep(1);
        for (; reports < 1000; ++reports) {
            if (!progress(reports / 1000.0)) {
                stopped = true;
                return;
            }
        }
    });
    task.cancel();
    go = true;
    task.waitForFinished();
    QVERIFY(task.isCancelled());
    QVERIFY(stopped);
    QCOMPARE(reports, 0);
}

void TestLongWork::openingKeepsTheWindowAnswering()
{
    const QString path = m_folder->path(QStringLiteral("big.rapport"));
    test::makeProject(*m_folder, path, 40);
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(0);
    QVERIFY(m_window->controller()->openPath(path));
    timer.stop();
    // The window's event loop ran while the file was checked and copied on a worker.
    QVERIFY(ticks > 0);
    QVERIFY(session());
    QCOMPARE(m_window->peopleView()->peopleCount(), 40);
    // The project works on this thread as before.
    {
        QSqlQuery q(session()->file().database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM people")) && q.next());
        QCOMPARE(q.value(0).toInt(), 40);
    }
    test::addPeople(session()->file(), 100, 2);
    QVERIFY2(m_window->controller()->save(),
             qPrintable(m_prompts.asked.join(u',') + m_prompts.lastError));
}

void TestLongWork::demoProjectHasTheRequestedPeople()
{
    QAction* demo = m_window->controller()->newDemoAction();
    QVERIFY(m_window->menuBar()->actions().first()->menu()->actions().contains(demo));
    m_prompts.demoSize = 700;
    m_prompts.newPath = m_folder->path(QStringLiteral("demo"));
    demo->trigger();
    QVERIFY2(session(), qPrintable(m_prompts.lastError));
    QCOMPARE(m_prompts.asked, (QStringList{QStringLiteral("demo"), QStringLiteral("new")}));
    QCOMPARE(session()->path(),
             QFileInfo(m_folder->path(QStringLiteral("demo.rapport"))).canonicalFilePath());
    QCOMPARE(m_window->peopleView()->peopleCount(), 700);
    QVERIFY(!session()->isModified()); // saved as made
    // On disk, too.
    storage::FileResult result;
    auto file = storage::ProjectFile::open(
        session()->path(), m_folder->environment(QStringLiteral("check")),
        storage::OpenMode::ReadOnly, storage::RecoveryChoice::Ask, &result);
    QVERIFY2(file, qPrintable(result.message));
    QSqlQuery q(file->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM people")) && q.next());
    QCOMPARE(q.value(0).toInt(), 700);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM campaigns")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);

    // Cancelling the size question does nothing.
    m_prompts.asked.clear();
    m_prompts.demoSize = 0;
    QVERIFY(!m_window->controller()->newDemoProject());
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("demo")});
}

void TestLongWork::cancellingTheDemoLeavesNothing()
{
    m_prompts.demoSize = 400'000; // long enough to be cancelled
    m_prompts.newPath = m_folder->path(QStringLiteral("demo.rapport"));
    // Press Cancel once the progress dialog shows.
    QTimer clicker;
    bool clicked = false;
    connect(&clicker, &QTimer::timeout, this, [&] {
        auto* dialog = m_window->findChild<ui::TaskProgressDialog*>();
        if (!clicked && dialog && dialog->isVisible()) {
            clicked = true;
            QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        }
    });
    clicker.start(20);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!m_window->controller()->newDemoProject());
    clicker.stop();
    QVERIFY(clicked);
    QVERIFY2(elapsed.elapsed() < 10'000, "cancelling took too long");
    QVERIFY(!session());
    QVERIFY(!QFileInfo::exists(m_prompts.newPath));
    QVERIFY(!m_prompts.asked.contains(QStringLiteral("error")));
    // The lock went with it: the name can be used again.
    m_prompts.demoSize = 50;
    QVERIFY(m_window->controller()->newDemoProject());
    QCOMPARE(m_window->peopleView()->peopleCount(), 50);
}

QTEST_MAIN(TestLongWork)
#include "tst_long_work.moc"
