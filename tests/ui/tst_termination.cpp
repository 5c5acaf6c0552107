// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Asked to stop by the system: the project's lock is released and unsaved work kept.
#include "tests/ui/ProjectFixture.h"
#include "tests/ui/ScriptedPrompts.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"
#include "ui/ProjectSession.h"
#include "ui/TerminationWatcher.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>
#include <memory>

using rapport::storage::FileError;
using rapport::storage::FileResult;
using rapport::storage::OpenMode;
using rapport::storage::ProjectFile;
using rapport::storage::RecoveryChoice;

class TestTermination : public QObject
{
    Q_OBJECT

private slots:
    void signalClosesKeepingUnsavedWork_data();
    void signalClosesKeepingUnsavedWork();
};

void TestTermination::signalClosesKeepingUnsavedWork_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestTermination::signalClosesKeepingUnsavedWork()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX signals only");
#endif
    QFETCH(int, signal);
    rapport::test::UiTestFolder folder;
    QSettings settings(folder.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    rapport::test::ScriptedPrompts prompts;
    const QString path = folder.path(QStringLiteral("p.rapport"));
    rapport::test::makeProject(folder, path, 5);
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    rapport::ui::MainWindow window(folder.environment(), settings, &prompts);
    rapport::ui::ProjectController* controller = window.controller();
    QVERIFY(controller->openPath(path));
    QVERIFY(ProjectFile::readLock(path).has_value());
    {
        // an unsaved edit, made as an area would (through a transaction)
        auto t = controller->session()->file().transaction();
        QSqlQuery q(controller->session()->file().database());
        QVERIFY(q.exec(QStringLiteral("UPDATE people SET display_name = 'Kept' WHERE key = 1")));
        QVERIFY(t.commit());
    }
    controller->session()->updateModified();
    QVERIFY(controller->session()->isModified());

    rapport::ui::TerminationWatcher watcher;
    QVERIFY(watcher.isActive());
    QSignalSpy requested(&watcher, &rapport::ui::TerminationWatcher::terminationRequested);
    connect(&watcher, &rapport::ui::TerminationWatcher::terminationRequested, controller,
            &rapport::ui::ProjectController::closeForShutdown);
    QVERIFY(std::raise(signal) == 0); // handled: the test process goes on
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toInt(), signal);

    QVERIFY(!controller->session());
    QVERIFY2(prompts.asked.isEmpty(), qPrintable(prompts.asked.join(u','))); // nobody was asked
    QVERIFY(!ProjectFile::readLock(path).has_value());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // the file itself untouched
    FileResult r;
    auto reopened =
        ProjectFile::open(path, folder.environment(), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
    QVERIFY(!reopened);
    QCOMPARE(r.error, FileError::RecoveryAvailable);
    reopened = ProjectFile::open(path, folder.environment(), OpenMode::ReadWrite,
                                 RecoveryChoice::Recover, &r);
    QVERIFY2(reopened, qPrintable(r.message));
    QSqlQuery q(reopened->database());
    QVERIFY(q.exec(QStringLiteral("SELECT display_name FROM people WHERE key = 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Kept"));
}

QTEST_MAIN(TestTermination)
#include "tst_termination.moc"
