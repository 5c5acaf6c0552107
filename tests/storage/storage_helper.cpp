// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A separate process for the file-safety tests (see tests/storage/CMakeLists.txt):
//   inspect PATH                   print "<FileError as int>\n<message>" for ProjectFile::inspect
//   saveloop PATH RECOVERY ROWS KB  forever: write generation g (meta + ROWS blobs of KB) and save
//   edit PATH RECOVERY NAME         add a person, commit without saving, then wait to be killed
//   savewhen PATH RECOVERY          open, print "opened", wait for a line on stdin, edit, save,
//                                  print "<FileError as int>\n<message>"
//   make-v1 PATH                    write a schema-v1 project with a few rows (tests/data)
#include "core/storage/Migrator.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>

using namespace rapport::storage;

namespace {

QByteArray blobFor(qint64 generation, int row, int bytes)
{
    QByteArray data(bytes, '\0');
    const char fill = char((generation * 31 + row * 7) & 0xff);
    data.fill(fill);
    // Stamp the generation at both ends, so a torn row would show.
    const QByteArray stamp = QByteArray::number(generation) + ':' + QByteArray::number(row);
    data.replace(0, stamp.size(), stamp);
    data.replace(bytes - stamp.size(), stamp.size(), stamp);
    return data;
}

ProjectEnvironment environment(const QString& recoveryDir)
{
    ProjectEnvironment env;
    env.recoveryDir = recoveryDir;
    env.userName = QStringLiteral("helper");
    return env;
}

void say(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const FileResult& r)
{
    say(QString::number(int(r.error)));
    say(r.message);
    return 2;
}

bool exec(QSqlQuery& q, const QString& sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

int saveLoop(const QString& path, const QString& recoveryDir, int rows, int kilobytes)
{
    FileResult r;
    auto project = ProjectFile::open(path, environment(recoveryDir), OpenMode::ReadWrite,
                                     RecoveryChoice::Discard, &r);
    if (!project)
        return fail(r);
    qint64 generation = 0;
    {
        QSqlQuery q(project->database());
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'generation'")) && q.next())
            generation = q.value(0).toLongLong();
    }
    for (;;) {
        ++generation;
        {
            Transaction t = project->transaction();
            QSqlQuery q(project->database());
            if (!exec(q, QStringLiteral("DELETE FROM activity_segments")))
                return 3;
            q.prepare(
                QStringLiteral("INSERT INTO activity_segments (person_lo, person_hi, row_count, "
                               "format, data) VALUES (?, ?, ?, 0, ?)"));
            for (int row = 0; row < rows; ++row) {
                q.addBindValue(generation);
                q.addBindValue(row);
                q.addBindValue(kilobytes * 1024);
                q.addBindValue(blobFor(generation, row, kilobytes * 1024));
                if (!q.exec())
                    return 3;
            }
            q.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('generation', ?)"));
            q.addBindValue(QString::number(generation));
            if (!q.exec() || !t.commit())
                return 3;
        }
        say(QStringLiteral("saving %1").arg(generation));
        if (FileResult saved = project->save(); !saved)
            return fail(saved);
        say(QStringLiteral("saved %1").arg(generation));
    }
}

bool addPerson(ProjectFile& project, const QString& name)
{
    Transaction t = project.transaction();
    QSqlQuery q(project.database());
    q.prepare(QStringLiteral("INSERT INTO people (id, created_at, updated_at, display_name) "
                             "VALUES (?, 0, 0, ?)"));
    q.addBindValue(QStringLiteral("00000000-0000-7000-8000-%1")
                       .arg(qHash(name) % 1000000000000ULL, 12, 10, QLatin1Char('0')));
    q.addBindValue(name);
    return q.exec() && t.commit();
}

int edit(const QString& path, const QString& recoveryDir, const QString& name)
{
    FileResult r;
    auto project = ProjectFile::open(path, environment(recoveryDir), OpenMode::ReadWrite,
                                     RecoveryChoice::Discard, &r);
    if (!project)
        return fail(r);
    if (!addPerson(*project, name))
        return 3;
    say(QStringLiteral("edited"));
    for (;;)
        QThread::sleep(60);
}

int saveWhen(const QString& path, const QString& recoveryDir)
{
    FileResult r;
    auto project = ProjectFile::open(path, environment(recoveryDir), OpenMode::ReadWrite,
                                     RecoveryChoice::Discard, &r);
    if (!project)
        return fail(r);
    say(QStringLiteral("opened"));
    std::string line;
    std::getline(std::cin, line);
    if (!addPerson(*project, QStringLiteral("Late Edit")))
        return 3;
    r = project->save();
    say(QString::number(int(r.error)));
    say(r.message);
    return 0;
}

int makeV1(const QString& path)
{
    QFile::remove(path);
    int rc = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        if (!db.open())
            return 3;
        QSqlQuery q(db);
        exec(q, QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(q, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        QString error;
        if (!migrateDatabase(db, {migrationSteps().front()}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        const QStringList rows = {
            QStringLiteral("INSERT INTO people (key, id, created_at, updated_at, display_name, "
                           "company, country) VALUES "
                           "(1, '018f0000-0000-7000-8000-000000000001', 1700000000000, "
                           "1700000000000, 'Ada Lovelace', 'Analytical', 'GB'),"
                           "(2, '018f0000-0000-7000-8000-000000000002', 1700000000000, "
                           "1700000000000, 'Grace Hopper', 'Navy', 'US'),"
                           "(3, '018f0000-0000-7000-8000-000000000003', 1700000000000, "
                           "1700000000000, '李雷', '', 'CN')"),
            QStringLiteral("INSERT INTO person_tags (person_key, tag) VALUES (1, 'speaker'), (2, "
                           "'speaker'), (3, 'contributor')"),
            QStringLiteral(
                "INSERT INTO identities (key, person_key, kind, value, normalized) VALUES "
                "(1, 1, 'email', 'Ada@Example.org', 'ada@example.org'),"
                "(2, 1, 'github', 'ada', 'ada'),"
                "(3, 2, 'email', 'grace@example.org', 'grace@example.org'),"
                "(4, 3, 'github', 'lilei', 'lilei')"),
            QStringLiteral(
                "INSERT INTO campaigns (key, id, created_at, updated_at, kind, name, status, "
                "starts_on, ends_on, budget_minor) VALUES "
                "(1, '018f0000-0000-7000-8000-0000000000c1', 1700000000000, 1700000000000, "
                "'event', 'Spring Meetup', 'done', '2024-03-01', '2024-03-02', 150000),"
                "(2, '018f0000-0000-7000-8000-0000000000c2', 1700000000000, 1700000000000, "
                "'newsletter', 'April Digest', 'planned', '2024-04-01', NULL, 0)"),
            QStringLiteral("INSERT INTO meta (name, value) VALUES ('created_by', 'rapport schema "
                           "v1 fixture')"),
        };
        for (const QString& sql : rows)
            if (!exec(q, sql))
                rc = 3;
        exec(q, QStringLiteral("VACUUM"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    return rc;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("inspect") && args.size() == 3) {
        const FileResult r = ProjectFile::inspect(args[2]);
        say(QString::number(int(r.error)));
        say(r.message);
        return 0;
    }
    if (command == QLatin1String("saveloop") && args.size() == 6)
        return saveLoop(args[2], args[3], args[4].toInt(), args[5].toInt());
    if (command == QLatin1String("edit") && args.size() == 5)
        return edit(args[2], args[3], args[4]);
    if (command == QLatin1String("savewhen") && args.size() == 4)
        return saveWhen(args[2], args[3]);
    if (command == QLatin1String("make-v1") && args.size() == 3)
        return makeV1(args[2]);
    std::fprintf(stderr, "usage: see the comment at the top of storage_helper.cpp\n");
    return 1;
}
