// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/ProjectFixture.h"
#include "tests/ui/ScriptedPrompts.h"
#include "ui/MainWindow.h"
#include "ui/people/PeopleTableModel.h"
#include "ui/people/PeopleView.h"
#include "ui/ProjectController.h"
#include "ui/ProjectSession.h"
#include "ui/WelcomePanel.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QTreeWidget>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using rapport::test::ScriptedPrompts;
using rapport::ui::MainWindow;
using Answer = rapport::ui::ProjectPrompts;

namespace {

// An edit that changes nothing: enough to move the undo stack away from clean.
class NoteCommand : public QUndoCommand
{
public:
    NoteCommand() : QUndoCommand(QStringLiteral("Note")) {}
    void redo() override {}
    void undo() override {}
};

int peopleIn(const QString& path, const rapport::test::UiTestFolder& folder)
{
    rapport::storage::FileResult result;
    auto file = rapport::storage::ProjectFile::open(
        path, folder.environment(QStringLiteral("check")), rapport::storage::OpenMode::ReadOnly,
        rapport::storage::RecoveryChoice::Ask, &result);
    if (!file)
        return -1;
    QSqlQuery q(file->database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM people"));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensProjectAndListsPeople();
    void startsWithLastProject();
    void newSaveAndReopen();
    void lockedFileOpensReadOnly();
    void lockedFileCancelled();
    void offersRecovery_data();
    void offersRecovery();
    void modifiedMarkFollowsUndoStack();
    void closingWithUnsavedChangesAsks_data();
    void closingWithUnsavedChangesAsks();
    void saveAfterChangeOnDiskOffersCopy();
    void droppingProjectOpensIt();
    void refusedFileShowsStorageMessage();

private:
    void makeWindow();
    void showWindow();
    QToolButton* welcomeButton(QAction* action) const;
    rapport::ui::ProjectSession* session() const { return m_window->controller()->session(); }

    std::unique_ptr<rapport::test::UiTestFolder> m_folder;
    std::unique_ptr<QSettings> m_settings;
    ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_folder = std::make_unique<rapport::test::UiTestFolder>();
    m_settings = std::make_unique<QSettings>(m_folder->path(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_prompts = ScriptedPrompts();
    makeWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_folder.reset();
}

void TestMainWindow::makeWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_folder->environment(), *m_settings, &m_prompts);
}

void TestMainWindow::showWindow()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QToolButton* TestMainWindow::welcomeButton(QAction* action) const
{
    for (QToolButton* button : m_window->welcomePanel()->findChildren<QToolButton*>())
        if (button->defaultAction() == action)
            return button;
    return nullptr;
}

void TestMainWindow::opensProjectAndListsPeople()
{
    const QString path = m_folder->path(QStringLiteral("people.rapport"));
    rapport::test::makeProject(*m_folder, path, 120);
    showWindow();
    QVERIFY(m_window->welcomePanel()->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Rapport"));

    m_prompts.openPath = path;
    QToolButton* open = welcomeButton(m_window->controller()->openAction());
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);

    QVERIFY(session());
    QVERIFY(!m_window->welcomePanel()->isVisible());
    QTableView* table = m_window->peopleView()->tableView();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 120);
    QCOMPARE(table->model()->index(0, rapport::ui::PeopleTableModel::Name).data().toString(),
             QStringLiteral("ana 000"));
    QCOMPARE(m_window->peopleCountLabel()->text(), QStringLiteral("120 people"));
    QCOMPARE(m_window->stateLabel()->text(), QStringLiteral("Saved"));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("people.rapport[*]")));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!m_window->readOnlyBanner()->isVisible());
    QVERIFY(m_window->controller()->saveAction()->isEnabled());
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("open")});
}

void TestMainWindow::startsWithLastProject()
{
    const QString path = m_folder->path(QStringLiteral("last.rapport"));
    rapport::test::makeProject(*m_folder, path, 5);
    m_prompts.openPath = path;
    m_window->controller()->openProject();
    QVERIFY(session());
    m_window->close();
    QVERIFY(!session());

    makeWindow();
    m_window->openAtStart(QString());
    QVERIFY(session());
    QCOMPARE(QFileInfo(session()->path()), QFileInfo(path));
    QCOMPARE(m_window->peopleView()->peopleCount(), 5);

    // A last project that is gone leaves the welcome panel up.
    m_window->close();
    QVERIFY(QFile::remove(path));
    makeWindow();
    m_window->openAtStart(QString());
    QVERIFY(!session());
    QVERIFY(m_prompts.asked.count(QStringLiteral("error")) == 0);
}

void TestMainWindow::newSaveAndReopen()
{
    showWindow();
    const QString path = m_folder->path(QStringLiteral("fresh.rapport"));
    m_prompts.newPath = m_folder->path(QStringLiteral("fresh")); // the suffix is added
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(session());
    QVERIFY(QFile::exists(path));
    QCOMPARE(m_window->peopleCountLabel()->text(), QStringLiteral("0 people"));
    QVERIFY(!m_window->isWindowModified());

    rapport::test::addPeople(session()->file(), 0, 25);
    session()->updateModified();
    session()->contentChanged();
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->stateLabel()->text(), QStringLiteral("Modified"));
    QCOMPARE(m_window->peopleCountLabel()->text(), QStringLiteral("25 people"));

    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->stateLabel()->text(), QStringLiteral("Saved"));
    QCOMPARE(peopleIn(path, *m_folder), 25);

    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!session());
    QVERIFY(m_window->welcomePanel()->isVisible());

    // Reopen from the recent projects on the welcome panel.
    QTreeWidget* recent = m_window->welcomePanel()->recentList();
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->topLevelItemCount(), 1);
    QCOMPARE(recent->topLevelItem(0)->text(0), QStringLiteral("fresh.rapport"));
    const QRect itemRect = recent->visualItemRect(recent->topLevelItem(0));
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, itemRect.center());
    QTest::mouseDClick(recent->viewport(), Qt::LeftButton, {}, itemRect.center());
    QVERIFY(session());
    QCOMPARE(m_window->peopleView()->peopleCount(), 25);
}

void TestMainWindow::lockedFileOpensReadOnly()
{
    const QString path = m_folder->path(QStringLiteral("shared.rapport"));
    rapport::test::makeProject(*m_folder, path, 40);
    rapport::storage::FileResult result;
    auto holder = rapport::storage::ProjectFile::open(
        path, m_folder->environment(QStringLiteral("ana"), QStringLiteral("laptop-7")),
        rapport::storage::OpenMode::ReadWrite, rapport::storage::RecoveryChoice::Ask, &result);
    QVERIFY2(holder, qPrintable(result.message));

    showWindow();
    m_prompts.locked = Answer::LockedAnswer::OpenReadOnly;
    m_window->openAtStart(path);
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("locked")});
    QVERIFY(m_prompts.lockShown);
    QCOMPARE(m_prompts.lockShown->user, QStringLiteral("ana"));

    QVERIFY(session());
    QVERIFY(session()->isReadOnly());
    QVERIFY(m_window->readOnlyBanner()->isVisible());
    const QString banner = m_window->readOnlyBannerLabel()->text();
    QVERIFY2(banner.startsWith(QStringLiteral("Read-only: held by ana on laptop-7 since ")),
             qPrintable(banner));
    QVERIFY(!m_window->controller()->saveAction()->isEnabled());
    QVERIFY(!m_window->controller()->saveAsAction()->isEnabled());
    QCOMPARE(m_window->stateLabel()->text(), QStringLiteral("Read-only"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(read-only)")));
    QCOMPARE(m_window->peopleView()->peopleCount(), 40);

    // Ctrl+S does nothing on a read-only project.
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("locked")});

    // The banner goes with the project.
    m_window->controller()->closeProject();
    QVERIFY(!m_window->readOnlyBanner()->isVisibleTo(m_window.get()));
}

void TestMainWindow::lockedFileCancelled()
{
    const QString path = m_folder->path(QStringLiteral("shared.rapport"));
    rapport::test::makeProject(*m_folder, path, 3);
    rapport::storage::FileResult result;
    auto holder = rapport::storage::ProjectFile::open(
        path, m_folder->environment(QStringLiteral("ana"), QStringLiteral("laptop-7")),
        rapport::storage::OpenMode::ReadWrite, rapport::storage::RecoveryChoice::Ask, &result);
    QVERIFY2(holder, qPrintable(result.message));
    m_prompts.locked = Answer::LockedAnswer::Cancel;
    QVERIFY(!m_window->controller()->openPath(path));
    QVERIFY(!session());
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("locked")});
}

void TestMainWindow::offersRecovery_data()
{
    QTest::addColumn<Answer::RecoveryAnswer>("answer");
    QTest::addColumn<bool>("opened");
    QTest::addColumn<int>("people");
    QTest::addColumn<bool>("modified");
    QTest::newRow("recover") << Answer::RecoveryAnswer::Recover << true << 15 << true;
    QTest::newRow("discard") << Answer::RecoveryAnswer::Discard << true << 10 << false;
    QTest::newRow("cancel") << Answer::RecoveryAnswer::Cancel << false << 0 << false;
}

void TestMainWindow::offersRecovery()
{
    QFETCH(Answer::RecoveryAnswer, answer);
    QFETCH(bool, opened);
    QFETCH(int, people);
    QFETCH(bool, modified);

    const QString path = m_folder->path(QStringLiteral("crashed.rapport"));
    rapport::test::makeProject(*m_folder, path, 10);
    rapport::test::leaveUnsavedWork(*m_folder, path, 10, 5);

    showWindow();
    m_prompts.recovery = answer;
    m_window->controller()->openPath(path);
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("recover")});
    QVERIFY(m_prompts.recoveryShown);
    QCOMPARE(m_prompts.recoveryShown->lastChange, m_folder->clock.now());
    QCOMPARE(session() != nullptr, opened);
    if (!opened)
        return;
    QCOMPARE(m_window->peopleView()->peopleCount(), people);
    QCOMPARE(m_window->isWindowModified(), modified);
    QCOMPARE(m_window->stateLabel()->text(),
             modified ? QStringLiteral("Modified") : QStringLiteral("Saved"));
}

void TestMainWindow::modifiedMarkFollowsUndoStack()
{
    const QString path = m_folder->path(QStringLiteral("undo.rapport"));
    rapport::test::makeProject(*m_folder, path, 2);
    showWindow();
    m_window->openAtStart(path);
    QVERIFY(session());
    QUndoStack* stack = session()->undoStack();
    QVERIFY(!m_window->isWindowModified());

    stack->push(new NoteCommand);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->stateLabel()->text(), QStringLiteral("Modified"));
    stack->undo();
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->stateLabel()->text(), QStringLiteral("Saved"));
    stack->redo();
    QVERIFY(m_window->isWindowModified());

    // Saving makes the current state the clean one.
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(stack->isClean());
    QVERIFY(!m_window->isWindowModified());
    stack->undo();
    QVERIFY(m_window->isWindowModified());
}

void TestMainWindow::closingWithUnsavedChangesAsks_data()
{
    QTest::addColumn<Answer::UnsavedAnswer>("answer");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("peopleOnDisk");
    QTest::newRow("save") << Answer::UnsavedAnswer::Save << true << 9;
    QTest::newRow("discard") << Answer::UnsavedAnswer::Discard << true << 4;
    QTest::newRow("cancel") << Answer::UnsavedAnswer::Cancel << false << 4;
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    QFETCH(Answer::UnsavedAnswer, answer);
    QFETCH(bool, closed);
    QFETCH(int, peopleOnDisk);
    const QString path = m_folder->path(QStringLiteral("close.rapport"));
    rapport::test::makeProject(*m_folder, path, 4);
    showWindow();
    m_window->openAtStart(path);
    rapport::test::addPeople(session()->file(), 4, 5);
    session()->updateModified();
    QVERIFY(m_window->isWindowModified());

    m_prompts.unsaved = answer;
    QCOMPARE(m_window->close(), closed);
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("unsaved")});
    QCOMPARE(m_window->isVisible(), !closed);
    QCOMPARE(session() != nullptr, !closed);
    m_window.reset();
    QCOMPARE(peopleIn(path, *m_folder), peopleOnDisk);
}

void TestMainWindow::saveAfterChangeOnDiskOffersCopy()
{
    const QString path = m_folder->path(QStringLiteral("changed.rapport"));
    rapport::test::makeProject(*m_folder, path, 6);
    showWindow();
    m_window->openAtStart(path);
    QVERIFY(session());

    // Someone replaces the file behind our back.
    const QString theirs = m_folder->path(QStringLiteral("theirs.tmp"));
    QVERIFY(QFile::copy(path, theirs));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(theirs, path));

    rapport::test::addPeople(session()->file(), 6, 2);
    session()->updateModified();
    m_prompts.changedOnDisk = Answer::ChangedOnDiskAnswer::SaveCopy;
    m_prompts.savePath = m_folder->path(QStringLiteral("mine.rapport"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_prompts.asked,
             (QStringList{QStringLiteral("changedOnDisk"), QStringLiteral("save")}));
    QCOMPARE(peopleIn(m_prompts.savePath, *m_folder), 8);
    QCOMPARE(peopleIn(path, *m_folder), 6);
    // The project itself still has work that is not in its file.
    QVERIFY(m_window->isWindowModified());
}

void TestMainWindow::droppingProjectOpensIt()
{
    const QString path = m_folder->path(QStringLiteral("dropped.rapport"));
    rapport::test::makeProject(*m_folder, path, 7);
    showWindow();

    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(m_folder->path(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY(session());
    QCOMPARE(m_window->peopleView()->peopleCount(), 7);
}

void TestMainWindow::refusedFileShowsStorageMessage()
{
    const QString path = m_folder->path(QStringLiteral("notes.rapport"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some notes, not a database\n");
    file.close();
    QVERIFY(!m_window->controller()->openPath(path));
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("error")});
    QVERIFY2(m_prompts.lastError.contains(QStringLiteral("notes.rapport")),
             qPrintable(m_prompts.lastError));
    QVERIFY(!session());
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
