// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A file handed over by another launch (SingleInstance::openRequested): the window opens it
// at once when it is free, and waits while a dialog is open instead of cutting in.
#include "tests/ui/ProjectFixture.h"
#include "tests/ui/ScriptedPrompts.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"
#include "ui/ProjectSession.h"

#include <QDialog>
#include <QSettings>
#include <QtTest>

class TestOpenFromAnotherLaunch : public QObject
{
    Q_OBJECT

private slots:
    void opensWhenFree();
    void waitsForAnOpenDialog();
    void emptyRequestChangesNothing();
};

void TestOpenFromAnotherLaunch::opensWhenFree()
{
    rapport::test::UiTestFolder folder;
    QSettings settings(folder.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    rapport::test::ScriptedPrompts prompts;
    const QString a = folder.path(QStringLiteral("a.rapport"));
    const QString b = folder.path(QStringLiteral("b.rapport"));
    rapport::test::makeProject(folder, a, 3);
    rapport::test::makeProject(folder, b, 4);
    rapport::ui::MainWindow window(folder.environment(), settings, &prompts);
    window.show();

    window.openFromAnotherLaunch({a});
    QTRY_VERIFY(window.controller()->session());
    QCOMPARE(window.controller()->session()->path(), a);
    // The newest request wins; the first path of a request is the one opened.
    window.openFromAnotherLaunch({b, a});
    QTRY_COMPARE(window.controller()->session()->path(), b);
    QVERIFY(!rapport::storage::ProjectFile::readLock(a)); // closed, lock released
    QVERIFY(prompts.asked.isEmpty());
}

void TestOpenFromAnotherLaunch::waitsForAnOpenDialog()
{
    rapport::test::UiTestFolder folder;
    QSettings settings(folder.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    rapport::test::ScriptedPrompts prompts;
    const QString a = folder.path(QStringLiteral("a.rapport"));
    rapport::test::makeProject(folder, a, 3);
    rapport::ui::MainWindow window(folder.environment(), settings, &prompts);
    window.show();

    QDialog dialog(&window);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.show();
    QTRY_VERIFY(QApplication::activeModalWidget() == &dialog);
    window.openFromAnotherLaunch({a});
    QTest::qWait(600);
    QVERIFY(!window.controller()->session()); // not behind the user's back

    dialog.close();
    QTRY_VERIFY(window.controller()->session());
    QCOMPARE(window.controller()->session()->path(), a);
}

void TestOpenFromAnotherLaunch::emptyRequestChangesNothing()
{
    rapport::test::UiTestFolder folder;
    QSettings settings(folder.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    rapport::test::ScriptedPrompts prompts;
    rapport::ui::MainWindow window(folder.environment(), settings, &prompts);
    window.showMinimized();
    QVERIFY(window.isMinimized());
    window.openFromAnotherLaunch({});
    QTRY_VERIFY(!window.isMinimized());
    QVERIFY(window.isVisible());
    QVERIFY(!window.controller()->session());
}

QTEST_MAIN(TestOpenFromAnotherLaunch)
#include "tst_open_from_another_launch.moc"
