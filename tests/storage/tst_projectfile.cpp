// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectFile.h"
#include "core/storage/Schema.h"
#include "tests/support/FixedClock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rapport::storage;

namespace {

constexpr int kHelperTimeoutMs = 15000;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList listing(const QString& folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/** Runs a plain SQLite statement list on a file outside ProjectFile (someone else's program). */
bool sqlite(const QString& path, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& sql : statements)
            ok = ok && q.exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outside"));
    return ok;
}

int countPeople(ProjectFile& project, const QString& name)
{
    QSqlQuery q(project.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM people WHERE display_name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool addPerson(ProjectFile& project, const QString& name)
{
    Transaction t = project.transaction();
    QSqlQuery q(project.database());
    q.prepare(QStringLiteral(
        "INSERT INTO people (id, created_at, updated_at, display_name) VALUES (?, 0, 0, ?)"));
    q.addBindValue(QStringLiteral("id-") + name);
    q.addBindValue(name);
    return q.exec() && t.commit();
}

/** The child runs as nobody, so file permissions apply even when the tests run as root. */
void runAsNobody(QProcess& process)
{
    if (::geteuid() != 0)
        return;
    process.setChildProcessModifier([] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(97);
    });
}

} // namespace

class ProjectFileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    rapport::test::FixedClock m_clock;
    QByteArray m_template; // a valid current-schema project with a few hundred rows
    int m_case = 0;

    ProjectEnvironment env(const QString& recovery) const
    {
        return ProjectEnvironment{recovery, QStringLiteral("ann"), QSysInfo::machineHostName(),
                                  &m_clock};
    }
    QString newFolder()
    {
        const QString folder = m_root.filePath(QStringLiteral("case%1").arg(++m_case));
        QDir().mkpath(folder);
        return folder;
    }
    QString projectFromTemplate(const QString& folder,
                                const QString& name = QStringLiteral("p.rapport"))
    {
        const QString path = folder + QLatin1Char('/') + name;
        return writeAll(path, m_template) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        const QString folder = newFolder();
        FileResult r;
        auto project = ProjectFile::create(folder + QStringLiteral("/t.rapport"),
                                           env(folder + QStringLiteral("/rec")), &r);
        QVERIFY2(project, qPrintable(r.message));
        {
            Transaction t = project->transaction();
            QSqlQuery q(project->database());
            q.prepare(QStringLiteral("INSERT INTO people (id, created_at, updated_at, "
                                     "display_name, notes) VALUES (?, 0, 0, ?, ?)"));
            for (int i = 0; i < 400; ++i) {
                q.addBindValue(QStringLiteral("id-%1").arg(i));
                q.addBindValue(QStringLiteral("Person %1").arg(i));
                q.addBindValue(QString(600, QLatin1Char('a' + i % 26)));
                QVERIFY(q.exec());
            }
            QVERIFY(t.commit());
        }
        QVERIFY(project->save());
        m_template = readAll(project->path());
        QVERIFY(m_template.size() > 200000);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<FileError>("error");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << QStringLiteral("missing") << FileError::NotFound
                                 << QStringLiteral("does not exist");
        QTest::newRow("directory")
            << QStringLiteral("directory") << FileError::IsDirectory << QStringLiteral("folder");
        QTest::newRow("text file") << QStringLiteral("text") << FileError::NotSqlite
                                   << QStringLiteral("not an SQLite database");
        QTest::newRow("empty file") << QStringLiteral("empty") << FileError::NotSqlite
                                    << QStringLiteral("not an SQLite database");
        QTest::newRow("plain sqlite") << QStringLiteral("plainSqlite") << FileError::NotRapport
                                      << QStringLiteral("not a Rapport project");
        QTest::newRow("other application") << QStringLiteral("otherApp") << FileError::NotRapport
                                           << QStringLiteral("another application");
        QTest::newRow("newer schema")
            << QStringLiteral("tooNew") << FileError::TooNew
            << QStringLiteral("newer version of Rapport (schema 99); this version reads up to %1")
                   .arg(currentSchemaVersion());
        QTest::newRow("truncated")
            << QStringLiteral("truncated") << FileError::Damaged << QStringLiteral("truncated");
        QTest::newRow("header only")
            << QStringLiteral("headerOnly") << FileError::Damaged << QStringLiteral("damaged");
        QTest::newRow("corrupt pages")
            << QStringLiteral("corrupt") << FileError::Damaged << QStringLiteral("damaged");
        QTest::newRow("no schema version") << QStringLiteral("noVersion") << FileError::Damaged
                                           << QStringLiteral("no schema version");
    }

    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(FileError, error);
        QFETCH(QString, says);
        const QString folder = newFolder();
        const QString recovery = m_root.filePath(QStringLiteral("rec-%1").arg(m_case));
        const QString path = folder + QStringLiteral("/case.rapport");
        if (kind == QLatin1String("directory")) {
            QVERIFY(QDir().mkdir(path));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(writeAll(path, "name,email\nAda,ada@example.org\n"));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(writeAll(path, {}));
        } else if (kind == QLatin1String("plainSqlite")) {
            QVERIFY(sqlite(path, {QStringLiteral("CREATE TABLE t (x)"),
                                  QStringLiteral("PRAGMA user_version = 1")}));
        } else if (kind == QLatin1String("otherApp")) {
            QVERIFY(sqlite(path, {QStringLiteral("CREATE TABLE t (x)"),
                                  QStringLiteral("PRAGMA application_id = 4660")}));
        } else if (kind == QLatin1String("tooNew")) {
            QVERIFY(writeAll(path, m_template));
            QVERIFY(sqlite(path, {QStringLiteral("PRAGMA user_version = 99")}));
        } else if (kind == QLatin1String("noVersion")) {
            QVERIFY(writeAll(path, m_template));
            QVERIFY(sqlite(path, {QStringLiteral("PRAGMA user_version = 0")}));
        } else if (kind == QLatin1String("truncated")) {
            QVERIFY(writeAll(path, m_template.left(m_template.size() / 2)));
        } else if (kind == QLatin1String("headerOnly")) {
            QVERIFY(writeAll(path, m_template.left(60)));
        } else if (kind == QLatin1String("corrupt")) {
            QByteArray bytes = m_template;
            const int page = 4096;
            for (int at = 2 * page; at + page <= bytes.size(); at += 5 * page)
                bytes.replace(at, page, QByteArray(page, '\xa5'));
            QVERIFY(writeAll(path, bytes));
        } else {
            QVERIFY(kind == QLatin1String("missing"));
        }
        const QByteArray before = readAll(path);
        const QStringList filesBefore = listing(folder);
        const QDateTime modifiedBefore = QFileInfo(path).lastModified();

        auto check = [&](const FileResult& r, const char* what) {
            QVERIFY2(r.error == error,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), r.message)));
            QVERIFY2(r.message.contains(QString::fromUtf8("“case.rapport”")),
                     qPrintable(r.message));
            QVERIFY2(r.message.contains(says), qPrintable(r.message));
            QVERIFY2(!r.message.contains(QLatin1Char('\n')), qPrintable(r.message));
        };
        check(ProjectFile::inspect(path), "inspect");
        if (QTest::currentTestFailed())
            return;
        for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            FileResult r;
            auto project = ProjectFile::open(path, env(recovery), mode, RecoveryChoice::Ask, &r);
            QVERIFY(!project);
            check(r, mode == OpenMode::ReadWrite ? "open read-write" : "open read-only");
            if (QTest::currentTestFailed())
                return;
        }
        // Nothing written: same bytes, same time, no lock, backup or temporary file, no working
        // copy.
        QCOMPARE(readAll(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modifiedBefore);
        QCOMPARE(listing(folder), filesBefore);
        QVERIFY(listing(recovery).isEmpty());
    }

    void unreadableFileIsRefused()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder, QStringLiteral("secret.rapport"));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(m_root.path()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0) == 0);
        // chmod 000 does not stop root, so the check runs in a child that is nobody.
        QProcess child;
        runAsNobody(child);
        child.start(QStringLiteral(RAPPORT_STORAGE_HELPER), {QStringLiteral("inspect"), path});
        QVERIFY(child.waitForFinished(kHelperTimeoutMs));
        QCOMPARE(child.exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0).toInt(), int(FileError::Unreadable));
        QVERIFY2(lines.value(1).contains(QString::fromUtf8("“secret.rapport” cannot be read")),
                 qPrintable(lines.value(1)));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QCOMPARE(readAll(path), m_template);
        QCOMPARE(listing(folder), QStringList{QStringLiteral("secret.rapport")});
    }

    void createWritesAMigratedProject()
    {
        const QString folder = newFolder();
        const QString path = folder + QStringLiteral("/new.rapport");
        const QString recovery = folder + QStringLiteral("/rec");
        FileResult r;
        {
            auto project = ProjectFile::create(path, env(recovery), &r);
            QVERIFY2(project, qPrintable(r.message));
            QVERIFY(QFileInfo::exists(path));
            QVERIFY(ProjectFile::inspect(path));
            QCOMPARE(project->schemaVersion(), currentSchemaVersion());
            QVERIFY(!project->hasUnsavedChanges());
            QVERIFY(!project->isReadOnly());
            QVERIFY(ProjectFile::readLock(path).has_value());
            QSqlQuery q(project->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
            QCOMPARE(q.value(0).toInt(), kApplicationId);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), currentSchemaVersion());
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QCOMPARE(listing(folder),
                 (QStringList{QStringLiteral("new.rapport"), QStringLiteral("rec")}));
        QVERIFY(listing(recovery).isEmpty());
        auto again = ProjectFile::create(path, env(recovery), &r);
        QVERIFY(!again);
        QCOMPARE(r.error, FileError::WriteFailed);
        QVERIFY(r.message.contains(QLatin1String("already exists")));
    }

    void editsGoToTheWorkingCopyUntilSave()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        const QString recovery = folder + QStringLiteral("/rec");
        FileResult r;
        auto project =
            ProjectFile::open(path, env(recovery), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QCOMPARE(project->path(), QFileInfo(path).canonicalFilePath());
        QVERIFY(!project->hasUnsavedChanges());
        QCOMPARE(listing(recovery).size(), 2); // working copy + sidecar
        QVERIFY(addPerson(*project, QStringLiteral("Zoe")));
        QVERIFY(project->hasUnsavedChanges());
        QCOMPARE(readAll(path), m_template); // the file is untouched until save
        QVERIFY(!project->changedOnDisk());
        QVERIFY(project->save());
        QVERIFY(!project->hasUnsavedChanges());
        QVERIFY(!project->changedOnDisk());
        QVERIFY(readAll(path) != m_template);
        QCOMPARE(listing(folder),
                 (QStringList{QStringLiteral("p.rapport"), QStringLiteral("p.rapport.lock"),
                              QStringLiteral("rec")}));
        project.reset();
        QCOMPARE(listing(folder),
                 (QStringList{QStringLiteral("p.rapport"), QStringLiteral("rec")}));
        QVERIFY(listing(recovery).isEmpty());
        auto reopened =
            ProjectFile::open(path, env(recovery), OpenMode::ReadOnly, RecoveryChoice::Ask, &r);
        QVERIFY2(reopened, qPrintable(r.message));
        QCOMPARE(countPeople(*reopened, QStringLiteral("Zoe")), 1);
    }

    void savingKeepsThePermissions()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        FileResult r;
        auto project = ProjectFile::open(path, env(folder + QStringLiteral("/rec")),
                                         OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QVERIFY(addPerson(*project, QStringLiteral("Yan")));
        QVERIFY(project->save());
        struct stat st = {};
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
    }

    void readOnlyWritesNothing()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        const QString recovery = m_root.filePath(QStringLiteral("rec-ro"));
        FileResult r;
        auto project =
            ProjectFile::open(path, env(recovery), OpenMode::ReadOnly, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QVERIFY(project->isReadOnly());
        QVERIFY(!ProjectFile::readLock(path));
        QVERIFY(listing(recovery).isEmpty());
        QCOMPARE(countPeople(*project, QStringLiteral("Person 7")), 1);
        {
            QSqlQuery q(project->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QVERIFY(!addPerson(*project, QStringLiteral("Nope")));
        QVERIFY(!project->hasUnsavedChanges());
        r = project->save();
        QCOMPARE(r.error, FileError::ReadOnly);
        QVERIFY(r.message.contains(QString::fromUtf8("“p.rapport”")));
        QCOMPARE(project->saveAs(folder + QStringLiteral("/q.rapport")).error, FileError::ReadOnly);
        // A copy can still be written.
        QVERIFY(project->saveCopy(folder + QStringLiteral("/copy.rapport")));
        QVERIFY(ProjectFile::inspect(folder + QStringLiteral("/copy.rapport")));
        project.reset();
        QCOMPARE(readAll(path), m_template);
        QCOMPARE(listing(folder),
                 (QStringList{QStringLiteral("copy.rapport"), QStringLiteral("p.rapport")}));
    }

    void everyProjectHasItsOwnConnection()
    {
        const QString folder = newFolder();
        const QString a = projectFromTemplate(folder, QStringLiteral("a.rapport"));
        const QString b = projectFromTemplate(folder, QStringLiteral("b.rapport"));
        FileResult r;
        auto pa = ProjectFile::open(a, env(folder + QStringLiteral("/rec")), OpenMode::ReadWrite,
                                    RecoveryChoice::Ask, &r);
        auto pb = ProjectFile::open(b, env(folder + QStringLiteral("/rec")), OpenMode::ReadWrite,
                                    RecoveryChoice::Ask, &r);
        auto pc = ProjectFile::open(a, env(folder + QStringLiteral("/rec")), OpenMode::ReadOnly,
                                    RecoveryChoice::Ask, &r);
        QVERIFY(pa && pb && pc);
        const QSet<QString> names{pa->database().connectionName(), pb->database().connectionName(),
                                  pc->database().connectionName()};
        QCOMPARE(names.size(), 3);
        QVERIFY(addPerson(*pa, QStringLiteral("Only In A")));
        QCOMPARE(countPeople(*pb, QStringLiteral("Only In A")), 0);
        const QString name = pa->database().connectionName();
        pa.reset();
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void leftoverTemporaryFilesAreRemovedOnOpen()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        const QString leftover = folder + QStringLiteral("/.p.rapport.saving-Ab12Cd");
        QVERIFY(writeAll(leftover, m_template.left(8192)));
        FileResult r;
        {
            auto readOnly = ProjectFile::open(path, env(folder + QStringLiteral("/rec")),
                                              OpenMode::ReadOnly, RecoveryChoice::Ask, &r);
            QVERIFY(readOnly);
        }
        QVERIFY(QFileInfo::exists(leftover)); // read-only writes nothing, removes nothing
        auto project = ProjectFile::open(path, env(folder + QStringLiteral("/rec")),
                                         OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QVERIFY(!QFileInfo::exists(leftover));
    }

    void externalChangeIsNotOverwritten()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        FileResult r;
        auto project = ProjectFile::open(path, env(folder + QStringLiteral("/rec")),
                                         OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QVERIFY(addPerson(*project, QStringLiteral("Mine")));

        // Someone else writes their version and renames it over ours.
        const QString theirs = folder + QStringLiteral("/theirs.tmp");
        QVERIFY(writeAll(theirs, m_template));
        QVERIFY(sqlite(theirs,
                       {QStringLiteral("INSERT INTO meta (name, value) VALUES ('by', 'them')")}));
        QVERIFY(::rename(QFile::encodeName(theirs).constData(),
                         QFile::encodeName(path).constData()) == 0);
        const QByteArray theirBytes = readAll(path);

        QVERIFY(project->changedOnDisk());
        r = project->save();
        QCOMPARE(r.error, FileError::ChangedOnDisk);
        QVERIFY(r.message.contains(QString::fromUtf8("“p.rapport”")));
        QCOMPARE(readAll(path), theirBytes);
        QVERIFY(project->hasUnsavedChanges());

        const QString copy = folder + QStringLiteral("/mine.rapport");
        QVERIFY(project->saveCopy(copy));
        auto mine = ProjectFile::open(copy, env(folder + QStringLiteral("/rec")),
                                      OpenMode::ReadOnly, RecoveryChoice::Ask, &r);
        QVERIFY2(mine, qPrintable(r.message));
        QCOMPARE(countPeople(*mine, QStringLiteral("Mine")), 1);
        QCOMPARE(readAll(path), theirBytes);
    }

    void inPlaceChangeIsNoticed()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        FileResult r;
        auto project = ProjectFile::open(path, env(folder + QStringLiteral("/rec")),
                                         OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QVERIFY(!project->changedOnDisk());
        QVERIFY(sqlite(path, {QStringLiteral("UPDATE people SET notes = 'x' WHERE key = 1")}));
        QVERIFY(project->changedOnDisk());
        QCOMPARE(project->save().error, FileError::ChangedOnDisk);
    }

    void saveAsMovesLockAndWorkingCopy()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        const QString recovery = folder + QStringLiteral("/rec");
        const QString other = folder + QStringLiteral("/other.rapport");
        FileResult r;
        auto project =
            ProjectFile::open(path, env(recovery), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QVERIFY(addPerson(*project, QStringLiteral("Moved")));
        QVERIFY(project->saveAs(other));
        QCOMPARE(project->path(), QFileInfo(other).canonicalFilePath());
        QVERIFY(!project->hasUnsavedChanges());
        QVERIFY(!ProjectFile::readLock(path));
        QVERIFY(ProjectFile::readLock(other));
        QCOMPARE(readAll(path), m_template);
        QCOMPARE(listing(recovery).size(), 2);
        QVERIFY(addPerson(*project, QStringLiteral("After Move")));
        QVERIFY(project->save());
        QCOMPARE(readAll(path), m_template);
        project.reset();
        QVERIFY(listing(recovery).isEmpty());
        auto reopened =
            ProjectFile::open(other, env(recovery), OpenMode::ReadOnly, RecoveryChoice::Ask, &r);
        QVERIFY(reopened);
        QCOMPARE(countPeople(*reopened, QStringLiteral("Moved")), 1);
        QCOMPARE(countPeople(*reopened, QStringLiteral("After Move")), 1);
    }

    void writeFailuresSayWhy()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        FileResult r;
        auto project = ProjectFile::open(path, env(folder + QStringLiteral("/rec")),
                                         OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        r = project->saveCopy(folder + QStringLiteral("/missing/copy.rapport"));
        QCOMPARE(r.error, FileError::WriteFailed);
        QVERIFY2(r.message.contains(QString::fromUtf8("“copy.rapport”")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("No such file or directory")),
                 qPrintable(r.message));
        r = project->saveAs(folder + QStringLiteral("/missing/as.rapport"));
        QCOMPARE(r.error, FileError::WriteFailed);
        QCOMPARE(project->path(), QFileInfo(path).canonicalFilePath());
    }

    void saveFailsWhenTheDiskIsFull()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        FileResult r;
        auto project = ProjectFile::open(path, env(folder + QStringLiteral("/rec")),
                                         OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        {
            Transaction t = project->transaction();
            QSqlQuery q(project->database());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO activity_segments (person_lo, person_hi, row_count, format, data) "
                "VALUES (0, 0, 0, 0, randomblob(2000000))")));
            QVERIFY(t.commit());
        }
        // A file size limit makes every write past it fail, as a full disk does.
        struct rlimit old = {};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = old;
        limited.rlim_cur = 1000000;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
        r = project->save();
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QCOMPARE(r.error, FileError::WriteFailed);
        QVERIFY2(r.message.contains(QString::fromUtf8("“p.rapport” could not be written: ")),
                 qPrintable(r.message));
        QCOMPARE(readAll(path), m_template);
        QCOMPARE(listing(folder),
                 (QStringList{QStringLiteral("p.rapport"), QStringLiteral("p.rapport.lock"),
                              QStringLiteral("rec")}));
        QVERIFY(project->hasUnsavedChanges());
        QVERIFY(project->save()); // and works once there is room again
    }

    void saveFailsWhenTheFolderIsNotWritable()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        const QString recovery = m_root.filePath(QStringLiteral("rec-nobody"));
        QVERIFY(QDir().mkpath(recovery));
        for (const QString& p : {m_root.path(), folder, recovery})
            QVERIFY(::chmod(QFile::encodeName(p).constData(), 0777) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);
        QProcess child;
        runAsNobody(child);
        child.start(QStringLiteral(RAPPORT_STORAGE_HELPER),
                    {QStringLiteral("savewhen"), path, recovery});
        QVERIFY(child.waitForReadyRead(kHelperTimeoutMs));
        QCOMPARE(child.readLine().trimmed(), QByteArray("opened"));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        child.write("go\n");
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(kHelperTimeoutMs));
        ::chmod(QFile::encodeName(folder).constData(), 0755);
        const QStringList lines =
            QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0).toInt(), int(FileError::WriteFailed));
        QVERIFY2(lines.value(1).contains(
                     QString::fromUtf8("“p.rapport” could not be written: Permission denied")),
                 qPrintable(lines.value(1)));
        QCOMPARE(readAll(path), m_template);
    }

    // --- crash recovery: a helper process edits and is killed before it saves ---

    void crashRecovery_data()
    {
        QTest::addColumn<bool>("changeFileMeanwhile");
        QTest::newRow("file unchanged") << false;
        QTest::newRow("file changed on disk since") << true;
    }

    void closeKeepingUnsavedWork()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        const QString recovery = folder + QStringLiteral("/rec");
        FileResult r;
        auto project =
            ProjectFile::open(path, env(recovery), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        // Nothing unsaved: an ordinary close, no recovery offered afterwards.
        project->closeKeepingUnsavedWork();
        project.reset();
        QVERIFY(!ProjectFile::readLock(path));
        project = ProjectFile::open(path, env(recovery), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QVERIFY(addPerson(*project, QStringLiteral("Terminated")));
        project->closeKeepingUnsavedWork();
        project.reset();
        QCOMPARE(readAll(path), m_template); // the file itself untouched
        QVERIFY(!ProjectFile::readLock(path)); // released, not left stale
        project = ProjectFile::open(path, env(recovery), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY(!project);
        QCOMPARE(r.error, FileError::RecoveryAvailable);
        project = ProjectFile::open(path, env(recovery), OpenMode::ReadWrite,
                                    RecoveryChoice::Recover, &r);
        QVERIFY2(project, qPrintable(r.message));
        QCOMPARE(countPeople(*project, QStringLiteral("Terminated")), 1);
        QVERIFY(project->hasUnsavedChanges());
    }

    void crashRecovery()
    {
        QFETCH(bool, changeFileMeanwhile);
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        const QString recovery = folder + QStringLiteral("/rec");
        auto crashWithEdit = [&](const QString& name) {
            QProcess child;
            child.start(QStringLiteral(RAPPORT_STORAGE_HELPER),
                        {QStringLiteral("edit"), path, recovery, name});
            QVERIFY(child.waitForReadyRead(kHelperTimeoutMs));
            QCOMPARE(child.readLine().trimmed(), QByteArray("edited"));
            child.kill();
            QVERIFY(child.waitForFinished(kHelperTimeoutMs));
        };
        crashWithEdit(QStringLiteral("Unsaved One"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(readAll(path), m_template);
        QVERIFY(ProjectFile::readLock(path)->stale);
        if (changeFileMeanwhile)
            QVERIFY(sqlite(
                path, {QStringLiteral("INSERT INTO meta (name, value) VALUES ('by', 'them')")}));
        const QByteArray onDisk = readAll(path);

        FileResult r;
        auto project =
            ProjectFile::open(path, env(recovery), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY(!project);
        QCOMPARE(r.error, FileError::RecoveryAvailable);
        QVERIFY(r.recoveryInfo.has_value());
        QVERIFY(QFileInfo::exists(r.recoveryInfo->workingCopy));
        QVERIFY(r.recoveryInfo->lastChange.isValid());
        QVERIFY2(r.message.contains(QString::fromUtf8("“p.rapport” has unsaved changes")),
                 qPrintable(r.message));
        QCOMPARE(r.message.contains(QLatin1String("changed on disk")), changeFileMeanwhile);
        QVERIFY(!ProjectFile::readLock(path)); // asking took no lock

        // Discard: back to the file as it is on disk.
        project = ProjectFile::open(path, env(recovery), OpenMode::ReadWrite,
                                    RecoveryChoice::Discard, &r);
        QVERIFY2(project, qPrintable(r.message));
        QCOMPARE(countPeople(*project, QStringLiteral("Unsaved One")), 0);
        QVERIFY(!project->hasUnsavedChanges());
        project.reset();

        crashWithEdit(QStringLiteral("Unsaved Two"));
        if (changeFileMeanwhile)
            QVERIFY(sqlite(
                path, {QStringLiteral("INSERT INTO meta (name, value) VALUES ('again', 'them')")}));
        project = ProjectFile::open(path, env(recovery), OpenMode::ReadWrite,
                                    RecoveryChoice::Recover, &r);
        QVERIFY2(project, qPrintable(r.message));
        QCOMPARE(countPeople(*project, QStringLiteral("Unsaved Two")), 1);
        QVERIFY(project->hasUnsavedChanges());
        QCOMPARE(project->changedOnDisk(), changeFileMeanwhile);
        if (changeFileMeanwhile) {
            const QByteArray theirs = readAll(path);
            QCOMPARE(project->save().error, FileError::ChangedOnDisk);
            QCOMPARE(readAll(path), theirs);
            QVERIFY(project->saveCopy(folder + QStringLiteral("/recovered.rapport")));
        } else {
            QVERIFY(project->save());
            project.reset();
            project =
                ProjectFile::open(path, env(recovery), OpenMode::ReadOnly, RecoveryChoice::Ask, &r);
            QVERIFY(project);
            QCOMPARE(countPeople(*project, QStringLiteral("Unsaved Two")), 1);
        }
        Q_UNUSED(onDisk);
    }

    void crashWithoutEditsNeedsNoRecovery()
    {
        const QString folder = newFolder();
        const QString path = projectFromTemplate(folder);
        const QString recovery = folder + QStringLiteral("/rec");
        QProcess child;
        child.start(QStringLiteral(RAPPORT_STORAGE_HELPER),
                    {QStringLiteral("savewhen"), path, recovery});
        QVERIFY(child.waitForReadyRead(kHelperTimeoutMs));
        QCOMPARE(child.readLine().trimmed(), QByteArray("opened"));
        child.kill();
        QVERIFY(child.waitForFinished(kHelperTimeoutMs));
        FileResult r;
        auto project =
            ProjectFile::open(path, env(recovery), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QVERIFY(!project->hasUnsavedChanges());
    }
};

QTEST_GUILESS_MAIN(ProjectFileTest)
#include "tst_projectfile.moc"
