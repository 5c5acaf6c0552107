// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real programs, as a file manager runs them: `rapport` is running; a double-click on a
// project starts `rapport FILE`, which hands the file to the running window and exits; the
// window opens it (its lock file appears beside it). Settings land in the XDG folders and
// nothing is written beside the program.
#include "core/storage/ProjectFile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using rapport::storage::ProjectFile;

class TestSecondLaunch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secondLaunchOpensInTheRunningWindow();
    void stateFollowsXdgFolders();

private:
    QProcessEnvironment environment() const;
    bool makeProject(const QString& path);
    void startFirst(const QStringList& arguments = {});
    int launch(const QStringList& arguments, const QString& workingDir, qint64* ms = nullptr);
    bool holdsLock(const QString& path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_first;
};

void TestSecondLaunch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const char* sub : {"home", "config", "data", "cache", "run", "projects"})
        QVERIFY(QDir(m_dir->path()).mkpath(QString::fromLatin1(sub)));
    QVERIFY(QFile::setPermissions(m_dir->filePath(QStringLiteral("run")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestSecondLaunch::cleanup()
{
    if (m_first && m_first->state() != QProcess::NotRunning) {
        m_first->terminate(); // SIGTERM: the window releases its lock and quits
        if (!m_first->waitForFinished(10000))
            m_first->kill();
    }
    m_first.reset();
}

QProcessEnvironment TestSecondLaunch::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->filePath(QStringLiteral("run")));
    return env;
}

bool TestSecondLaunch::makeProject(const QString& path)
{
    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.start(QStringLiteral(RAPPORT_CLI), {QStringLiteral("new"), path});
    return cli.waitForFinished(20000) && cli.exitStatus() == QProcess::NormalExit &&
           cli.exitCode() == 0;
}

void TestSecondLaunch::startFirst(const QStringList& arguments)
{
    m_first = std::make_unique<QProcess>();
    m_first->setProcessEnvironment(environment());
    m_first->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_first->start(QStringLiteral(RAPPORT_APP), arguments);
    QVERIFY(m_first->waitForStarted(5000));
    // It listens once its socket exists.
    const QString socket =
        m_dir->filePath(QStringLiteral("run/%1.socket").arg(QStringLiteral(RAPPORT_APP_ID)));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 15000);
}

int TestSecondLaunch::launch(const QStringList& arguments, const QString& workingDir, qint64* ms)
{
    QProcess second;
    second.setProcessEnvironment(environment());
    second.setWorkingDirectory(workingDir);
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    second.start(QStringLiteral(RAPPORT_APP), arguments);
    if (!second.waitForFinished(15000)) {
        second.kill(); // it opened a window of its own instead of handing over
        second.waitForFinished();
        return -1;
    }
    if (ms)
        *ms = timer.elapsed();
    return second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -2;
}

bool TestSecondLaunch::holdsLock(const QString& path) const
{
    const auto lock = ProjectFile::readLock(path);
    return lock && lock->pid == m_first->processId();
}

void TestSecondLaunch::secondLaunchOpensInTheRunningWindow()
{
    const QString projects = m_dir->filePath(QStringLiteral("projects"));
    const QString a = projects + QStringLiteral("/team a.rapport");
    const QString b = projects + QStringLiteral("/b.rapport");
    QVERIFY(makeProject(a));
    QVERIFY(makeProject(b));

    startFirst();
    QVERIFY(!ProjectFile::readLock(a));

    // A relative path, from the second launch's own folder.
    qint64 ms = 0;
    QCOMPARE(launch({QStringLiteral("team a.rapport")}, projects, &ms), 0);
    qInfo("second launch handed over and exited in %lld ms", ms);
    QTRY_VERIFY_WITH_TIMEOUT(holdsLock(a), 10000);

    // Another file: the window switches to it (nothing unsaved, so no question).
    QCOMPARE(launch({b}, m_dir->path()), 0);
    QTRY_VERIFY_WITH_TIMEOUT(holdsLock(b), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!ProjectFile::readLock(a), 10000);

    // No file: the running window comes to the front, nothing else changes.
    QCOMPARE(launch({}, m_dir->path()), 0);
    QVERIFY(holdsLock(b));
    QCOMPARE(m_first->state(), QProcess::Running);

    m_first->terminate();
    QVERIFY(m_first->waitForFinished(10000));
    QVERIFY(!ProjectFile::readLock(b));
}

void TestSecondLaunch::stateFollowsXdgFolders()
{
    const QString programDir = QFileInfo(QStringLiteral(RAPPORT_APP)).absolutePath();
    const QStringList beside = QDir(programDir).entryList(QDir::AllEntries | QDir::Hidden);
    const QString project = m_dir->filePath(QStringLiteral("projects/p.rapport"));
    QVERIFY(makeProject(project));

    // The recent files go to $XDG_CONFIG_HOME/rapportdesk/Rapport.conf once the project is
    // open (the lock is taken a moment before).
    const QString conf = m_dir->filePath(QStringLiteral("config/rapportdesk/Rapport.conf"));
    const auto recentListed = [&conf] {
        QFile settings(conf);
        return settings.open(QIODevice::ReadOnly) && settings.readAll().contains("p.rapport");
    };
    startFirst({project});
    QTRY_VERIFY_WITH_TIMEOUT(holdsLock(project), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(recentListed(), 10000);
    m_first->terminate();
    QVERIFY(m_first->waitForFinished(10000));
    QVERIFY2(recentListed(), qPrintable(conf));
    // Nothing in HOME outside the XDG folders given, nothing beside the program.
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("home"))).entryList(QDir::AllEntries | QDir::Hidden |
                                                                     QDir::NoDotAndDotDot),
             QStringList());
    QCOMPARE(QDir(programDir).entryList(QDir::AllEntries | QDir::Hidden), beside);
}

QTEST_GUILESS_MAIN(TestSecondLaunch)
#include "tst_second_launch.moc"
