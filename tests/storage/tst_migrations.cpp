// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/Schema.h"
#include "tests/support/FixedClock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport::storage;

namespace {

const QString kFixture = QStringLiteral(RAPPORT_TEST_DATA "/schema-v1.rapport");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList column(QSqlDatabase db, const QString& sql)
{
    QStringList values;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next())
        values << q.value(0).toString();
    return values;
}

/** The whole schema as text: every object's SQL and every table's columns. */
QStringList schemaOf(QSqlDatabase db)
{
    QStringList schema =
        column(db, QStringLiteral("SELECT type || ' ' || name || ': ' || ifnull(sql, '') "
                                  "FROM sqlite_schema ORDER BY name"));
    schema << column(db, QStringLiteral("SELECT m.name || '.' || c.name || ' ' || c.type "
                                        "FROM sqlite_schema m, pragma_table_info(m.name) c "
                                        "WHERE m.type = 'table' ORDER BY m.name, c.cid"));
    return schema;
}

/** Runs plain SQL on a file outside ProjectFile. */
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

} // namespace

class MigrationsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    rapport::test::FixedClock m_clock;
    int m_case = 0;
    QString m_folder;
    QString m_path;

    ProjectEnvironment env() const
    {
        return ProjectEnvironment{m_folder + QStringLiteral("/rec"), QStringLiteral("ann"),
                                  QSysInfo::machineHostName(), &m_clock};
    }
    QStringList files() const
    {
        return QDir(m_folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    }

private slots:
    void init()
    {
        QVERIFY(m_root.isValid());
        m_folder = m_root.filePath(QStringLiteral("case%1").arg(++m_case));
        QVERIFY(QDir().mkpath(m_folder));
        m_path = m_folder + QStringLiteral("/old.rapport");
        QVERIFY(QFile::copy(kFixture, m_path));
        QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    }

    void stepsAreOrderedAndDense()
    {
        const auto& steps = migrationSteps();
        QVERIFY(!steps.empty());
        for (size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].toVersion, int(i) + 1);
            QVERIFY(!steps[i].statements.isEmpty());
        }
        QCOMPARE(currentSchemaVersion(), steps.back().toVersion);
    }

    void fixtureIsARealVersion1File()
    {
        QVERIFY(ProjectFile::inspect(kFixture));
        QVERIFY(currentSchemaVersion() > 1); // otherwise nothing here is tested
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(kFixture);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QCOMPARE(databaseSchemaVersion(db), 1);
        QCOMPARE(column(db, QStringLiteral("SELECT count(*) FROM people")),
                 QStringList{QStringLiteral("3")});
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    }

    void openMigratesAndKeepsEveryRow()
    {
        const QByteArray before = readAll(m_path);
        FileResult r;
        auto project =
            ProjectFile::open(m_path, env(), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QCOMPARE(project->schemaVersion(), currentSchemaVersion());
        QVERIFY(project->hasUnsavedChanges()); // the file on disk is still version 1
        QSqlDatabase db = project->database();
        QCOMPARE(databaseSchemaVersion(db), currentSchemaVersion());
        QCOMPARE(column(db, QStringLiteral("SELECT display_name FROM people ORDER BY key")),
                 (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper"),
                              QString::fromUtf8("李雷")}));
        QCOMPARE(column(db, QStringLiteral("SELECT normalized FROM identities ORDER BY key")),
                 (QStringList{QStringLiteral("ada@example.org"), QStringLiteral("ada"),
                              QStringLiteral("grace@example.org"), QStringLiteral("lilei")}));
        QCOMPARE(column(db, QStringLiteral(
                                "SELECT name || '/' || budget_minor FROM campaigns ORDER BY key")),
                 (QStringList{QStringLiteral("Spring Meetup/150000"),
                              QStringLiteral("April Digest/0")}));
        QCOMPARE(column(db, QStringLiteral("SELECT count(*) FROM person_tags")),
                 QStringList{QStringLiteral("3")});
        // The version-2 additions are there and empty.
        QCOMPARE(
            column(db, QStringLiteral("SELECT count(*) FROM people WHERE merged_into IS NULL")),
            QStringList{QStringLiteral("3")});
        QCOMPARE(column(db, QStringLiteral("SELECT count(*) FROM calendar_moments")),
                 QStringList{QStringLiteral("0")});
        // The version-4 table of answer tags is there and empty.
        QCOMPARE(column(db, QStringLiteral("SELECT count(*) FROM survey_answer_tags")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(column(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList{});
        QCOMPARE(column(db, QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});
        db = QSqlDatabase();
        // The original is untouched until save, and no backup is needed yet.
        QCOMPARE(readAll(m_path), before);
        QCOMPARE(files(),
                 (QStringList{QStringLiteral("old.rapport"), QStringLiteral("old.rapport.lock")}));
        project.reset();
        QCOMPARE(readAll(m_path), before);
        QCOMPARE(files(), QStringList{QStringLiteral("old.rapport")});
    }

    void saveKeepsABackupOfTheOldVersion()
    {
        const QByteArray before = readAll(m_path);
        FileResult r;
        auto project =
            ProjectFile::open(m_path, env(), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QVERIFY(project->save());
        QVERIFY(!project->hasUnsavedChanges());
        const QString backup = m_path + QStringLiteral(".v1.bak");
        QCOMPARE(readAll(backup), before);
        QVERIFY(project->save()); // a second save makes no second backup
        project.reset();
        QCOMPARE(files(), (QStringList{QStringLiteral("old.rapport"),
                                       QStringLiteral("old.rapport.v1.bak")}));
        QVERIFY(ProjectFile::inspect(m_path));
        // Owner, group and others bits: the saved file keeps the original's 0600.
        const QFile::Permissions unixBits = QFile::Permissions(0xf0ff);
        QCOMPARE(QFile::permissions(m_path) & unixBits,
                 (QFile::ReadOwner | QFile::WriteOwner) & unixBits);
        project = ProjectFile::open(m_path, env(), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY(project);
        QCOMPARE(project->schemaVersion(), currentSchemaVersion());
        QVERIFY(!project->hasUnsavedChanges()); // nothing to migrate any more
        QCOMPARE(column(project->database(), QStringLiteral("SELECT count(*) FROM people")),
                 QStringList{QStringLiteral("3")});
    }

    void migratedFileHasTheSameSchemaAsANewOne()
    {
        FileResult r;
        auto migrated =
            ProjectFile::open(m_path, env(), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY(migrated);
        auto fresh = ProjectFile::create(m_folder + QStringLiteral("/fresh.rapport"), env(), &r);
        QVERIFY2(fresh, qPrintable(r.message));
        QCOMPARE(schemaOf(migrated->database()), schemaOf(fresh->database()));
    }

    void readOnlyOpenReadsAMigratedCopy()
    {
        const QByteArray before = readAll(m_path);
        FileResult r;
        auto project =
            ProjectFile::open(m_path, env(), OpenMode::ReadOnly, RecoveryChoice::Ask, &r);
        QVERIFY2(project, qPrintable(r.message));
        QCOMPARE(project->schemaVersion(), currentSchemaVersion());
        QCOMPARE(column(project->database(),
                        QStringLiteral("SELECT count(*) FROM people WHERE merged_into IS NULL")),
                 QStringList{QStringLiteral("3")});
        QCOMPARE(project->save().error, FileError::ReadOnly);
        QCOMPARE(files(), QStringList{QStringLiteral("old.rapport")}); // no lock, no backup
        project.reset();
        QCOMPARE(readAll(m_path), before);
        QVERIFY(QDir(env().recoveryDir).isEmpty());
    }

    void failedMigrationLeavesEverythingAsItWas()
    {
        // A version-1 file where the version-2 step cannot run (its table already exists).
        QVERIFY(sqlite(m_path, {QStringLiteral("CREATE TABLE calendar_moments (x)")}));
        const QByteArray before = readAll(m_path);
        FileResult r;
        auto project =
            ProjectFile::open(m_path, env(), OpenMode::ReadWrite, RecoveryChoice::Ask, &r);
        QVERIFY(!project);
        QCOMPARE(r.error, FileError::MigrationFailed);
        QVERIFY2(r.message.contains(
                     QString::fromUtf8("“old.rapport” could not be upgraded from schema 1")),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("calendar_moments")), qPrintable(r.message));
        QCOMPARE(readAll(m_path), before);
        QCOMPARE(files(), QStringList{QStringLiteral("old.rapport")});
        QVERIFY(QDir(env().recoveryDir).isEmpty());
        project = ProjectFile::open(m_path, env(), OpenMode::ReadOnly, RecoveryChoice::Ask, &r);
        QVERIFY(!project);
        QCOMPARE(r.error, FileError::MigrationFailed);
    }

    void eachStepIsOneTransaction()
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("steps"));
        db.setDatabaseName(m_folder + QStringLiteral("/steps.sqlite"));
        QVERIFY(db.open());
        std::vector<MigrationStep> steps = {
            {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a (x)")}},
            {2,
             QStringLiteral("two"),
             {QStringLiteral("CREATE TABLE b (x)"), QStringLiteral("INSERT INTO a VALUES (2)")}},
            {3,
             QStringLiteral("three"),
             {QStringLiteral("CREATE TABLE c (x)"),
              QStringLiteral("INSERT INTO nowhere VALUES (1)")}},
        };
        QString error;
        QVERIFY(!migrateDatabase(db, steps, &error));
        QVERIFY2(error.contains(QLatin1String("schema 3 (three)")) &&
                     error.contains(QLatin1String("nowhere")),
                 qPrintable(error));
        QCOMPARE(databaseSchemaVersion(db), 2);
        QCOMPARE(column(db, QStringLiteral("SELECT name FROM sqlite_schema ORDER BY name")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        // Fixing the step and running again continues from version 2.
        steps[2].statements.removeLast();
        QVERIFY2(migrateDatabase(db, steps, &error), qPrintable(error));
        QCOMPARE(databaseSchemaVersion(db), 3);
        QCOMPARE(column(db, QStringLiteral("SELECT count(*) FROM a")),
                 QStringList{QStringLiteral("1")});
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("steps"));
    }

    void version3AnswersCanBeTaggedAfterStep4()
    {
        // A file as version 3 left it, with one answered survey.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(m_folder + QStringLiteral("/v3.sqlite"));
        QVERIFY(db.open());
        std::vector<MigrationStep> upTo3(migrationSteps().begin(), migrationSteps().begin() + 3);
        QCOMPARE(upTo3.back().toVersion, 3);
        QString error;
        QVERIFY2(migrateDatabase(db, upTo3, &error), qPrintable(error));
        QSqlQuery q(db);
        for (const char* sql :
             {"INSERT INTO surveys (key, id, created_at, updated_at, name) VALUES (1, 's', 0, 0, 'S')",
              "INSERT INTO survey_questions (key, id, survey_key, position, kind, text) "
              "VALUES (1, 'q', 1, 0, 'text', 'Why?')",
              "INSERT INTO survey_responses (key, id, created_at, updated_at, survey_key, "
              "submitted_at) VALUES (1, 'r', 0, 0, 1, 0)",
              "INSERT INTO survey_answers (response_key, question_key, text) VALUES (1, 1, 'ok')"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM survey_answer_tags")));

        QVERIFY2(migrateDatabase(db, migrationSteps(), &error), qPrintable(error));
        QCOMPARE(databaseSchemaVersion(db), 4);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO survey_answer_tags VALUES (1, 1, 'docs')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO survey_answer_tags VALUES (1, 1, 'docs')")));
        QCOMPARE(column(db, QStringLiteral("SELECT text FROM survey_answers")),
                 QStringList{QStringLiteral("ok")});
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    }

    void recoveredMigrationStillKeepsTheBackup()
    {
        const QByteArray before = readAll(m_path);
        QProcess child;
        child.start(
            QStringLiteral(RAPPORT_STORAGE_HELPER),
            {QStringLiteral("edit"), m_path, env().recoveryDir, QStringLiteral("Crashed Edit")});
        QVERIFY(child.waitForReadyRead(15000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("edited"));
        child.kill();
        QVERIFY(child.waitForFinished(15000));
        FileResult r;
        auto project =
            ProjectFile::open(m_path, env(), OpenMode::ReadWrite, RecoveryChoice::Recover, &r);
        QVERIFY2(project, qPrintable(r.message));
        QCOMPARE(project->schemaVersion(), currentSchemaVersion());
        QCOMPARE(column(project->database(), QStringLiteral("SELECT count(*) FROM people")),
                 QStringList{QStringLiteral("4")});
        QVERIFY(project->save());
        QCOMPARE(readAll(m_path + QStringLiteral(".v1.bak")), before);
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
