// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectFile.h"
#include "tests/support/FixedClock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rapport::storage;

namespace {

constexpr int kKills = 72;
constexpr int kRows = 40;      // rows per generation ...
constexpr int kKilobytes = 64; // ... of this many KB each: every save writes ~2.6 MB
constexpr int kTimeoutMs = 15000;

/** What the helper writes for (generation, row); kept in step with storage_helper.cpp. */
QByteArray blobFor(qint64 generation, int row, int bytes)
{
    QByteArray data(bytes, '\0');
    data.fill(char((generation * 31 + row * 7) & 0xff));
    const QByteArray stamp = QByteArray::number(generation) + ':' + QByteArray::number(row);
    data.replace(0, stamp.size(), stamp);
    data.replace(bytes - stamp.size(), stamp.size(), stamp);
    return data;
}

struct Content
{
    bool ok = false;
    QString problem;
    qint64 generation = -1;
};

/** Reads the file as a stranger would and checks it holds exactly one whole generation. */
Content inspectContent(const QString& path)
{
    Content c;
    const QString name = QStringLiteral("atomicsave-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
            c.problem =
                QStringLiteral("cannot check: ") + db.lastError().text() + q.lastError().text();
        } else if (q.value(0).toString() != QLatin1String("ok")) {
            c.problem = QStringLiteral("integrity_check: ") + q.value(0).toString();
        } else {
            c.generation = 0;
            if (q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'generation'")) &&
                q.next())
                c.generation = q.value(0).toLongLong();
            q.exec(QStringLiteral("SELECT person_lo, person_hi, row_count, data FROM "
                                  "activity_segments ORDER BY person_hi"));
            int rows = 0;
            while (q.next() && c.problem.isEmpty()) {
                const int row = q.value(1).toInt();
                if (q.value(0).toLongLong() != c.generation || row != rows ||
                    q.value(3).toByteArray() != blobFor(c.generation, row, q.value(2).toInt()))
                    c.problem = QStringLiteral("row %1 is not from generation %2")
                                    .arg(rows)
                                    .arg(c.generation);
                ++rows;
            }
            if (c.problem.isEmpty() && rows != (c.generation == 0 ? 0 : kRows))
                c.problem = QStringLiteral("generation %1 has %2 rows").arg(c.generation).arg(rows);
            c.ok = c.problem.isEmpty();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return c;
}

} // namespace

class AtomicSaveTest : public QObject
{
    Q_OBJECT

private slots:
    /**
     * A helper saves generation after generation; we SIGKILL it at spread-out moments
     * (during start-up and open, during edits, and right after it announced a save), and
     * after each kill the file must be intact and hold exactly one complete generation:
     * the last one it reported saved, or the one it was saving.
     */
    void killedAtAnyMomentLeavesOldOrNew()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        rapport::test::FixedClock clock;
        const ProjectEnvironment env{dir.filePath(QStringLiteral("rec")), QStringLiteral("ann"),
                                     QSysInfo::machineHostName(), &clock};
        const QString path = dir.filePath(QStringLiteral("loop.rapport"));
        FileResult r;
        QVERIFY2(ProjectFile::create(path, env, &r), qPrintable(r.message));
        const QString helperRecovery = dir.filePath(QStringLiteral("rec-helper"));

        QRandomGenerator random(20260301); // fixed, so a failure can be replayed
        qint64 fileGeneration = 0;
        int killedInsideSave = 0;
        int generationsAdvanced = 0;
        QElapsedTimer timer;
        timer.start();
        for (int kill = 0; kill < kKills; ++kill) {
            QProcess helper;
            helper.start(QStringLiteral(RAPPORT_STORAGE_HELPER),
                         {QStringLiteral("saveloop"), path, helperRecovery, QString::number(kRows),
                          QString::number(kKilobytes)});
            QVERIFY(helper.waitForStarted(kTimeoutMs));
            QByteArray output;
            auto waitForLine = [&](const QByteArray& prefix) {
                QElapsedTimer waited;
                waited.start();
                while (waited.elapsed() < kTimeoutMs) {
                    // The last complete line of output so far.
                    const int end = output.lastIndexOf('\n');
                    const int start = output.lastIndexOf('\n', end - 1) + 1;
                    if (end > 0 && output.mid(start, end - start).startsWith(prefix))
                        return true;
                    if (!helper.waitForReadyRead(kTimeoutMs))
                        return false;
                    output += helper.readAllStandardOutput();
                }
                return false;
            };
            switch (kill % 3) {
            case 0: // anywhere: start-up, open, edits or saves
                QThread::usleep(random.bounded(700000));
                break;
            case 1: // right inside a save: VACUUM INTO, fsync, rename
                QVERIFY2(waitForLine("saving"), output.constData());
                QThread::usleep(random.bounded(60000));
                break;
            case 2: // just after a save: the next edit's transaction or the folder fsync
                QVERIFY2(waitForLine("saved"), output.constData());
                QThread::usleep(random.bounded(8000));
                break;
            }
            helper.kill();
            QVERIFY(helper.waitForFinished(kTimeoutMs));
            QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
            output += helper.readAllStandardOutput();

            qint64 lastSaving = -1;
            qint64 lastSaved = fileGeneration;
            for (const QByteArray& line : output.split('\n')) {
                if (line.startsWith("saving "))
                    lastSaving = line.mid(7).toLongLong();
                else if (line.startsWith("saved "))
                    lastSaved = line.mid(6).toLongLong();
                else if (!line.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("helper said: ") + QString::fromUtf8(output)));
            }
            const bool insideSave = lastSaving > lastSaved;
            killedInsideSave += insideSave ? 1 : 0;

            const Content content = inspectContent(path);
            QVERIFY2(
                content.ok,
                qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(content.problem)));
            QVERIFY2(
                content.generation == lastSaved || (insideSave && content.generation == lastSaving),
                qPrintable(
                    QStringLiteral(
                        "after kill %1: file has generation %2, helper saved %3 and was saving %4")
                        .arg(kill)
                        .arg(content.generation)
                        .arg(lastSaved)
                        .arg(lastSaving)));
            QVERIFY(ProjectFile::inspect(path));
            generationsAdvanced += content.generation > fileGeneration ? 1 : 0;
            fileGeneration = content.generation;
        }
        qInfo("%d kills in %lld ms, %d inside a save, file reached generation %lld", kKills,
              timer.elapsed(), killedInsideSave, fileGeneration);
        QVERIFY2(killedInsideSave >= kKills / 4, "too few kills landed inside a save");
        QVERIFY(generationsAdvanced >= kKills / 3);

        // The last helper's debris (stale lock, half-written temporary file) does not stop
        // the next session, which cleans it up.
        auto project =
            ProjectFile::open(path, env, OpenMode::ReadWrite, RecoveryChoice::Discard, &r);
        QVERIFY2(project, qPrintable(r.message));
        const QStringList leftovers =
            QDir(dir.path())
                .entryList({QStringLiteral(".loop.rapport.saving-*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
        QCOMPARE(ProjectFile::readLock(path)->user, QStringLiteral("ann"));
    }
};

QTEST_GUILESS_MAIN(AtomicSaveTest)
#include "tst_atomicsave.moc"
