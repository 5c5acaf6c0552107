// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectFile.h"
#include "tests/support/FixedClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport::storage;

namespace {

constexpr int kHelperTimeoutMs = 15000;

bool writeLock(const QString& projectPath, const QJsonObject& json)
{
    QFile f(projectPath + QStringLiteral(".lock"));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(QJsonDocument(json).toJson()) > 0;
}

QJsonObject lockOf(qint64 pid, const QString& host, const QString& user = QStringLiteral("carl"))
{
    return {{QStringLiteral("user"), user},
            {QStringLiteral("host"), host},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("since"), QStringLiteral("2026-02-27T08:00:00.000Z")},
            {QStringLiteral("app"), QStringLiteral("io.github.rapportdesk.Rapport")}};
}

/** The pid of a process that has certainly exited. */
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_STORAGE_HELPER), {});
    if (!p.waitForStarted(kHelperTimeoutMs))
        return 0;
    const qint64 pid = p.processId();
    p.waitForFinished(kHelperTimeoutMs);
    return pid;
}

} // namespace

class LockFileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    rapport::test::FixedClock m_clock;
    QString m_path;
    int m_case = 0;

    ProjectEnvironment env(const QString& user) const
    {
        return ProjectEnvironment{m_root.filePath(QStringLiteral("rec-") + user), user,
                                  QSysInfo::machineHostName(), &m_clock};
    }

private slots:
    void init()
    {
        QVERIFY(m_root.isValid());
        // A fresh project per test, made and closed by ann.
        m_path = m_root.filePath(QStringLiteral("case%1/p.rapport").arg(++m_case));
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        FileResult r;
        QVERIFY2(ProjectFile::create(m_path, env(QStringLiteral("ann")), &r),
                 qPrintable(r.message));
        QVERIFY(!ProjectFile::readLock(m_path));
    }

    void lockNamesTheHolder()
    {
        FileResult r;
        auto project = ProjectFile::open(m_path, env(QStringLiteral("ann")), OpenMode::ReadWrite,
                                         RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        const std::optional<LockInfo> lock = ProjectFile::readLock(m_path);
        QVERIFY(lock);
        QCOMPARE(lock->user, QStringLiteral("ann"));
        QCOMPARE(lock->host, QSysInfo::machineHostName());
        QCOMPARE(lock->pid, QCoreApplication::applicationPid());
        QCOMPARE(lock->since, m_clock.now());
        QCOMPARE(lock->path, m_path + QStringLiteral(".lock"));
        QVERIFY(!lock->stale);
        QFile f(lock->path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("app")).toString(),
            QStringLiteral("io.github.rapportdesk.Rapport"));
        project.reset();
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".lock")));
    }

    void secondWriterIsRefusedButMayRead()
    {
        FileResult r;
        auto ann = ProjectFile::open(m_path, env(QStringLiteral("ann")), OpenMode::ReadWrite,
                                     RecoveryChoice::Ask, &r);
        QVERIFY(ann);
        auto bob = ProjectFile::open(m_path, env(QStringLiteral("bob")), OpenMode::ReadWrite,
                                     RecoveryChoice::Ask, &r);
        QVERIFY(!bob);
        QCOMPARE(r.error, FileError::Locked);
        QVERIFY(r.lockInfo);
        QCOMPARE(r.lockInfo->user, QStringLiteral("ann"));
        QVERIFY2(r.message.contains(QString::fromUtf8("“p.rapport” is open by ann on ")),
                 qPrintable(r.message));
        QVERIFY(QDir(env(QStringLiteral("bob")).recoveryDir).isEmpty());
        // Read-only works while the lock is held, and leaves it alone.
        bob = ProjectFile::open(m_path, env(QStringLiteral("bob")), OpenMode::ReadOnly,
                                RecoveryChoice::Ask, &r);
        QVERIFY2(bob, qPrintable(r.message));
        bob.reset();
        QCOMPARE(ProjectFile::readLock(m_path)->user, QStringLiteral("ann"));
    }

    void anotherProcessHoldsTheLockUntilItDies()
    {
        QProcess child;
        child.start(
            QStringLiteral(RAPPORT_STORAGE_HELPER),
            {QStringLiteral("savewhen"), m_path, m_root.filePath(QStringLiteral("rec-helper"))});
        QVERIFY(child.waitForReadyRead(kHelperTimeoutMs));
        QCOMPARE(child.readLine().trimmed(), QByteArray("opened"));
        FileResult r;
        auto project = ProjectFile::open(m_path, env(QStringLiteral("ann")), OpenMode::ReadWrite,
                                         RecoveryChoice::Ask, &r);
        QVERIFY(!project);
        QCOMPARE(r.error, FileError::Locked);
        QCOMPARE(r.lockInfo->pid, child.processId());
        QCOMPARE(r.lockInfo->user, QStringLiteral("helper"));
        QVERIFY(!r.lockInfo->stale);
        child.kill();
        QVERIFY(child.waitForFinished(kHelperTimeoutMs));
        QVERIFY(ProjectFile::readLock(m_path)->stale);
        project = ProjectFile::open(m_path, env(QStringLiteral("ann")), OpenMode::ReadWrite,
                                    RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QCOMPARE(ProjectFile::readLock(m_path)->user, QStringLiteral("ann"));
    }

    void foreignLocks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("stale");
        QTest::newRow("dead process, this host") << QStringLiteral("deadHere") << true;
        QTest::newRow("dead process, other host") << QStringLiteral("deadElsewhere") << false;
        QTest::newRow("live process, this host") << QStringLiteral("alive") << false;
        QTest::newRow("unreadable, fresh") << QStringLiteral("garbledFresh") << false;
        QTest::newRow("unreadable, old") << QStringLiteral("garbledOld") << true;
    }

    void foreignLocks()
    {
        QFETCH(QString, kind);
        QFETCH(bool, stale);
        const QString host = QSysInfo::machineHostName();
        const QString lockPath = m_path + QStringLiteral(".lock");
        if (kind == QLatin1String("deadHere")) {
            const qint64 pid = deadPid();
            QVERIFY(pid > 0);
            QVERIFY(writeLock(m_path, lockOf(pid, host)));
        } else if (kind == QLatin1String("deadElsewhere")) {
            QVERIFY(writeLock(m_path, lockOf(deadPid(), QStringLiteral("elsewhere.example.org"))));
        } else if (kind == QLatin1String("alive")) {
            QVERIFY(writeLock(m_path, lockOf(1, host)));
        } else {
            QFile f(lockPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"us");
            f.flush(); // a writer that died between creating the lock and filling it
            if (kind == QLatin1String("garbledOld"))
                QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                      QFileDevice::FileModificationTime));
        }
        const std::optional<LockInfo> lock = ProjectFile::readLock(m_path);
        QVERIFY(lock);
        QCOMPARE(lock->stale, stale);
        FileResult r;
        auto project = ProjectFile::open(m_path, env(QStringLiteral("ann")), OpenMode::ReadWrite,
                                         RecoveryChoice::Ask, &r);
        if (stale) {
            // Taken over without asking: the holder is gone.
            QVERIFY2(project, qPrintable(r.message));
            QCOMPARE(ProjectFile::readLock(m_path)->user, QStringLiteral("ann"));
            QCOMPARE(ProjectFile::readLock(m_path)->pid, QCoreApplication::applicationPid());
        } else {
            QVERIFY(!project);
            QCOMPARE(r.error, FileError::Locked);
            QVERIFY(r.lockInfo);
            QCOMPARE(r.lockInfo->path, lockPath);
            QVERIFY(r.message.contains(QString::fromUtf8("“p.rapport”")));
            if (!kind.startsWith(QLatin1String("garbled")))
                QVERIFY(r.message.contains(QLatin1String("carl")));
            // The other's lock is left as it was.
            QVERIFY(QFile::exists(lockPath));
            QCOMPARE(ProjectFile::readLock(m_path)->pid, lock->pid);
        }
    }

    void lockMovesWithSaveAs()
    {
        FileResult r;
        auto project = ProjectFile::open(m_path, env(QStringLiteral("ann")), OpenMode::ReadWrite,
                                         RecoveryChoice::Ask, &r);
        QVERIFY(project);
        const QString other = QFileInfo(m_path).absolutePath() + QStringLiteral("/moved.rapport");
        QVERIFY(writeLock(other, lockOf(1, QSysInfo::machineHostName())));
        r = project->saveAs(other);
        QCOMPARE(r.error, FileError::Locked); // someone else holds the target
        QVERIFY(ProjectFile::readLock(m_path));
        QVERIFY(QFile::remove(other + QStringLiteral(".lock")));
        QVERIFY(project->saveAs(other));
        QVERIFY(!ProjectFile::readLock(m_path));
        QCOMPARE(ProjectFile::readLock(other)->user, QStringLiteral("ann"));
        project.reset();
        QVERIFY(!ProjectFile::readLock(other));
    }
};

QTEST_GUILESS_MAIN(LockFileTest)
#include "tst_lockfile.moc"
